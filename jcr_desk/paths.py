"""Where JCR Desk finds its bundled resources and keeps per-user files.

One function locates ``resources/`` whether the application runs from a source checkout,
an installed wheel (where the folder travels as ``jcr_desk/resources``) or a frozen
PyInstaller bundle (where it is unpacked beside the executable's ``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

from jcr_desk import APP_NAME, ORG_NAME

_MARKER = Path("methodology")


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "jcr_desk" / "resources")
        found.append(Path(frozen_root) / "resources")
    found.append(here / "resources")  # installed wheel
    found.append(here.parent / "resources")  # source checkout or editable install
    return found


@cache
def resources_dir() -> Path:
    """The folder holding the rulebook, templates and sample data."""
    override = os.environ.get("JCR_DESK_RESOURCES")
    if override:
        return Path(override)
    for candidate in _candidates():
        if (candidate / _MARKER).is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"JCR Desk resources not found (looked in {searched})")


def user_data_dir() -> Path:
    """Per-user folder for the demo case, recovery files and logs.

    ``JCR_DESK_HOME`` overrides it, so tests and smoke runs never touch the user's files.
    """
    override = os.environ.get("JCR_DESK_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    path.mkdir(parents=True, exist_ok=True)
    return path


def recovery_dir() -> Path:
    """Autosave files live here until the case is saved or the user discards them."""
    path = user_data_dir() / "recovery"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
