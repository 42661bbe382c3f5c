"""User preferences kept by Qt (QSettings), apart from anything stored in a case file.

Recent files, window geometry and the analyst's name are the user's, not the case's: they
never travel with a ``.jcrcase``. Tests point QSettings at a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from jcr_desk.case.model import current_user

#: How many files File → Open Recent lists.
RECENT_FILES_MAX = 10
#: Seconds between autosaves of a modified case to its recovery file.
AUTOSAVE_INTERVAL_S = 60
SETTINGS_VERSION = 1


class AppSettings:
    """Typed access to the few preferences the window keeps."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()
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

    def analyst_name(self) -> str:
        """Prefilled in decisions; falls back to the operating-system user."""
        return str(self._s.value("analyst/name", "") or current_user())

    def set_analyst_name(self, name: str) -> None:
        self._s.setValue("analyst/name", name)

    def sync(self) -> None:
        self._s.sync()
