"""When the window is first painted and when its first case is drawn, for ``bench startup``.

The benchmark starts JCR Desk as an analyst does (from the checkout or the frozen bundle)
with ``JCR_DESK_STARTUP_PROBE=FILE`` set. The probe then writes both moments to FILE as
``time.monotonic()`` readings — one clock for every process of the machine, so the benchmark
subtracts the moment it started the process — with the case that was opened, and closes the
window once the case is drawn (the installer's check opens a case given on the command line
this way, as a double-click does). Without the variable nothing of this runs.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMainWindow

ENV_VAR = "JCR_DESK_STARTUP_PROBE"

#: The events on which Qt paints a window: its first exposure (on the platform window) and
#: each update pass (on the top-level widget), both painting every dirty widget at once.
_PAINT_PASSES = (QEvent.Type.Expose, QEvent.Type.UpdateRequest)


class StartupProbe(QObject):
    """Times the window's first paint and its first paint after a case was opened.

    A paint pass is delivered here first, run to its end, and only then timed: the moment
    the pixels are in the window's backing store.
    """

    def __init__(self, window: QMainWindow, target: Path, opened) -> None:
        super().__init__(window)
        self._window = window
        self._target = target
        self._times: dict[str, float] = {}
        self._case: str | None = None
        opened.connect(self._on_opened)
        QCoreApplication.instance().installEventFilter(self)

    def _on_opened(self, path: object) -> None:
        self._case = str(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _PAINT_PASSES or watched not in (
            self._window, self._window.windowHandle()
        ):
            return False
        watched.event(event)
        now = time.monotonic()
        self._times.setdefault("first_paint", now)
        if self._case is not None and "case_drawn" not in self._times:
            self._times["case_drawn"] = now
            report = {**self._times, "case": self._case}
            self._target.write_text(json.dumps(report), encoding="utf-8")
            QCoreApplication.instance().removeEventFilter(self)
            self._window.close()
        return True
