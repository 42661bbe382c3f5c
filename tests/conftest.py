"""Test-wide isolation: no test reads or writes the user's JCR Desk folder or settings."""

from __future__ import annotations

import os

import pytest

# The window is tested offscreen unless the caller chose a platform: plain `pytest` on a
# machine without a display must not abort in Qt's platform plugin.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path_factory.mktemp("jcr-home")))
