"""User preferences kept by Qt (QSettings), apart from anything stored in a case file.

Recent files, window geometry and the analyst's name are the user's, not the case's: they
never travel with a ``.jcrcase``. With ``JCR_DESK_HOME`` set (tests, smoke runs, a second
installation) the preferences are a ``settings.ini`` in that folder, so they never touch the
user's own.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jcr_desk.case.document.model import current_user
from jcr_desk.i18n import PREFERENCES, SYSTEM
from jcr_desk.paths import user_data_dir

#: How many files File → Open Recent lists.
RECENT_FILES_MAX = 10
#: Seconds between autosaves of a modified case to its recovery file.
AUTOSAVE_INTERVAL_S = 60
SETTINGS_VERSION = 1


class AppSettings:
    """Typed access to the few preferences the window keeps."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or _default_settings()
        if int(self._s.value("settings_version", 0)) < SETTINGS_VERSION:
            self._s.setValue("settings_version", SETTINGS_VERSION)

    def recent_files(self) -> list[Path]:
        raw = self._s.value("recent_files", [])
        if isinstance(raw, str):  # QSettings returns a bare string for a one-item list
            raw = [raw]
        return [Path(p) for p in raw or [] if p]

    def add_recent_file(self, path: Path) -> list[Path]:
        path = path.resolve()
        files = [path] + [p for p in self.recent_files() if p != path]
        files = files[:RECENT_FILES_MAX]
        self._s.setValue("recent_files", [str(p) for p in files])
        return files

    def clear_recent_files(self) -> None:
        self._s.setValue("recent_files", [])

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def has_analyst_name(self) -> bool:
        """Whether the analyst has told JCR Desk their name (asked on first use)."""
        return bool(str(self._s.value("analyst/name", "") or "").strip())

    def analyst_name(self) -> str:
        """Who decisions and the audit log name; the operating-system login until the
        analyst gives their name."""
        return str(self._s.value("analyst/name", "") or "").strip() or current_user()

    def set_analyst_name(self, name: str) -> None:
        self._s.setValue("analyst/name", name.strip())

    def language(self) -> str:
        """The window's language preference: ``system``, ``ja`` or ``en`` (read at start)."""
        value = str(self._s.value("ui/language", SYSTEM) or SYSTEM)
        return value if value in PREFERENCES else SYSTEM

    def set_language(self, language: str) -> None:
        if language not in PREFERENCES:
            raise ValueError(f"language must be one of {', '.join(PREFERENCES)}")
        self._s.setValue("ui/language", language)

    def file_name(self) -> str:
        """Where the preferences are kept (a file, or the registry key on Windows)."""
        return self._s.fileName()

    def sync(self) -> None:
        self._s.sync()


def _default_settings() -> QSettings:
    if os.environ.get("JCR_DESK_HOME"):
        return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings()
