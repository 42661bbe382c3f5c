"""The longest stall of the GUI thread while domain work runs on a compute lane's worker."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from jcr_desk.progress import CancelToken, ProgressCallback

TICK_MS = 10


def gui_stall_ms(work: Callable[[ProgressCallback, CancelToken], object], label: str) -> float:
    """Largest gap between 10 ms timer ticks on the GUI thread while ``work`` runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from jcr_desk.ui.workers import ComputeLane

    app = QApplication.instance() or QApplication([])
    loop = QEventLoop()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    errors: list[BaseException] = []

    def fail(error: BaseException) -> None:
        errors.append(error)
        loop.quit()

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    runner = ComputeLane("bench")
    timer.start()
    last[0] = time.perf_counter()
    runner.start(work, label, on_success=lambda _result: loop.quit(), on_error=fail)
    loop.exec()
    timer.stop()
    app.processEvents()
    if errors:
        raise SystemExit(f"{label} failed in the worker: {errors[0]}")
    return max(gaps, default=0.0) * 1000
