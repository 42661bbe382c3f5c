"""Run domain work off the GUI thread and bring its progress and result back as signals.

Domain functions stay Qt-free: they take ``progress(fraction, message)`` and ``cancel`` keyword
arguments. A :class:`TaskRunner` owns at most one task at a time (a tab, the window's file
work): starting a new one cancels the last, and a cancelled or superseded task's result is
dropped, never delivered late.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from jcr_desk.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)

#: Progress signals are throttled to this interval so a tight domain loop cannot flood the
#: GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05

Work = Callable[..., Any]


class _TaskSignals(QObject):
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """One call of a domain function on the thread pool."""

    def __init__(self, work: Work, label: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.label = label
        self.token = CancelToken()
        self.signals = _TaskSignals()
        self._last_progress = 0.0

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S or fraction >= 1.0:
            self._last_progress = now
            self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:
        try:
            result = self.work(progress=self._progress, cancel=self.token)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the user by the runner's owner
            log.exception("%s failed", self.label)
            self.signals.failed.emit(error)
        else:
            if self.token.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts tasks one at a time and forwards the live task's signals.

    ``started(label)``, ``progress(fraction, message)``, ``finished()`` let a status bar show a
    progress bar with a Cancel button; results go to the callbacks given to :meth:`start`.
    """

    started = Signal(str)
    progress = Signal(float, str)
    finished = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._current: Task | None = None
        self._keep: set[Task] = set()

    @property
    def busy(self) -> bool:
        return self._current is not None

    def start(
        self,
        work: Work,
        label: str,
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancel: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``work(progress=…, cancel=…)``; cancels and forgets the task before it."""
        self.cancel()
        task = Task(work, label)
        self._current = task
        self._keep.add(task)

        def is_live() -> bool:
            return self._current is task

        def done() -> None:
            self._keep.discard(task)
            if is_live():
                self._current = None
                self.finished.emit()

        def succeeded(result: object) -> None:
            live = is_live()
            done()
            if live:
                on_success(result)

        def failed(error: BaseException) -> None:
            live = is_live()
            done()
            if live:
                on_error(error)

        def cancelled() -> None:
            live = is_live()
            done()
            if live and on_cancel is not None:
                on_cancel()

        def progressed(fraction: float, message: str) -> None:
            if is_live():
                self.progress.emit(fraction, message)

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        task.signals.cancelled.connect(cancelled)
        task.signals.progress.connect(progressed)
        self.started.emit(label)
        self._pool.start(task)
        return task

    def cancel(self) -> None:
        """Ask the live task to stop; its result, if any still comes, is dropped."""
        task, self._current = self._current, None
        if task is not None:
            task.token.cancel()
            self.finished.emit()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (used at exit so a save is never cut short)."""
        return self._pool.waitForDone(msecs)
