"""Run domain work off the GUI thread in lanes, and bring progress and results back as signals.

Domain functions stay Qt-free: they take ``progress(fraction, message)`` and ``cancel``
keyword arguments. The window has several lanes, so one kind of work never cuts another short
(after Orange's ``ConcurrentMixin``/``TaskState``):

- :class:`FileQueue` — opening and saving case files. Tasks run one after another in the
  order they were asked for and every result is delivered; nothing but the user's own Cancel
  stops one, and a save cannot be cancelled at all (its file is being written).
- :class:`ComputeLane` — one per tab (a stress run, a tape import). A new task replaces the
  lane's previous one: the old task is told to stop and its result is dropped, never
  delivered late. Other lanes are untouched.

Every task may carry a ``cleanup`` that runs on the GUI thread exactly once, after the work
has returned, whether it succeeded, failed, was cancelled or was superseded (or, in a queue,
was dropped before it started) — the place to release a lock taken for the task.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from jcr_desk.progress import Cancelled, CancelToken, ProgressMessage

log = logging.getLogger(__name__)

#: Progress signals are throttled to this interval so a tight domain loop cannot flood the
#: GUI thread's event queue.
PROGRESS_INTERVAL_S = 0.05

Work = Callable[..., Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]
Callback = Callable[[], None]


class _TaskSignals(QObject):
    progress = Signal(float, object)  # fraction, ProgressMessage
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """One call of a domain function on the thread pool, with what to do when it ends.

    Exactly one of the signals ``succeeded``, ``failed`` or ``cancelled`` is emitted when
    :meth:`run` returns; the lane that started the task turns it into the callbacks.
    """

    def __init__(
        self,
        work: Work,
        label: str,
        on_success: Success,
        on_error: Failure,
        on_cancel: Callback | None = None,
        cleanup: Callback | None = None,
        *,
        cancellable: bool = True,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.label = label
        self.on_success = on_success
        self.on_error = on_error
        self.on_cancel = on_cancel
        self.cleanup = cleanup
        self.cancellable = cancellable
        self.token = CancelToken()
        self.signals = _TaskSignals()
        self._last_progress = 0.0

    def _progress(self, fraction: float, message: ProgressMessage) -> None:
        now = time.monotonic()
        if now - self._last_progress >= PROGRESS_INTERVAL_S or fraction >= 1.0:
            self._last_progress = now
            self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:
        try:
            result = self.work(progress=self._progress, cancel=self.token)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as error:  # reported to the user by the lane's owner
            log.exception("%s failed", self.label)
            self.signals.failed.emit(error)
        else:
            if self.token.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class Lane(QObject):
    """What both lanes share: the live task, its signals and the clean-up guarantee.

    Signals
    -------
    started(str)
        A task of this lane began; the label says what it does.
    progress(float, object)
        The live task's progress (fraction 0–1, message: a domain ``Text`` or the window's
        own translated string; ``translations.shown`` makes either the analyst's sentence).
    finished()
        The lane has nothing live any more (done, cancelled or replaced).
    """

    started = Signal(str)
    progress = Signal(float, object)
    finished = Signal()

    def __init__(
        self, name: str, parent: QObject | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._pool = pool or QThreadPool.globalInstance()
        self._current: Task | None = None
        self._running: set[Task] = set()  # started and not yet ended, live or not

    @property
    def busy(self) -> bool:
        return self._current is not None

    @property
    def running(self) -> bool:
        """Whether some task of this lane, live or not, has not ended yet (a replaced or
        cancelled task runs on until its work notices)."""
        return bool(self._running)

    @property
    def current(self) -> Task | None:
        """The task whose result will be delivered, if any."""
        return self._current

    def wait(self, msecs: int = -1) -> bool:
        """Block until the thread pool is idle (tests, and exit after a cancel)."""
        return self._pool.waitForDone(msecs)

    def _launch(self, task: Task) -> None:
        self._current = task
        self._running.add(task)
        task.signals.succeeded.connect(lambda result: self._ended(task, task.on_success, result))
        task.signals.failed.connect(lambda error: self._ended(task, task.on_error, error))
        task.signals.cancelled.connect(lambda: self._ended(task, task.on_cancel))
        task.signals.progress.connect(
            lambda fraction, message: self._forward_progress(task, fraction, message)
        )
        self.started.emit(task.label)
        self._pool.start(task)

    def _forward_progress(self, task: Task, fraction: float, message: ProgressMessage) -> None:
        if self._current is task:
            self.progress.emit(fraction, message)

    def _ended(self, task: Task, deliver: Callable[..., None] | None, *result: Any) -> None:
        """The task's work returned: deliver if it is still live, then always clean up."""
        self._running.discard(task)
        live = self._current is task
        try:
            if live:
                self._current = None
                self._live_ended()
                if deliver is not None:
                    deliver(*result)
            elif self._cancelled_by_user(task) and task.on_cancel is not None:
                task.on_cancel()
        finally:
            run_cleanup(task)
            if live:
                self._after_delivery()

    def _live_ended(self) -> None:
        """The live task ended, before its result is delivered."""
        self.finished.emit()

    def _cancelled_by_user(self, task: Task) -> bool:
        """Whether a task that is no longer live was stopped by :meth:`cancel` (its
        ``on_cancel`` is then called) rather than replaced (nothing is called)."""
        return False

    def _after_delivery(self) -> None:
        """Hook for the queue: start the next task."""


def run_cleanup(task: Task) -> None:
    """Run a task's clean-up once; a failing clean-up is logged, never raised at the user."""
    cleanup, task.cleanup = task.cleanup, None
    if cleanup is None:
        return
    try:
        cleanup()
    except Exception:
        log.exception("clean-up of %s failed", task.label)


class ComputeLane(Lane):
    """One tab's computations: a new task replaces the last one of this lane only."""

    def __init__(
        self, name: str, parent: QObject | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(name, parent, pool)
        self._cancelling: Task | None = None
        self.closed = False
        """Set when the window closes: a computation asked for afterwards (a timer's) never
        starts, so nothing runs on while the program exits."""

    def start(
        self,
        work: Work,
        label: str,
        on_success: Success,
        on_error: Failure,
        on_cancel: Callback | None = None,
        *,
        cleanup: Callback | None = None,
    ) -> Task:
        """Run ``work(progress=…, cancel=…)``; the lane's previous task is cancelled and its
        result dropped (its clean-up still runs when its work returns). On a closed lane
        nothing runs but the clean-up."""
        self.cancel()
        self._cancelling = None  # replaced, not cancelled: its on_cancel is not called
        task = Task(work, label, on_success, on_error, on_cancel, cleanup)
        if self.closed:
            run_cleanup(task)
        else:
            self._launch(task)
        return task

    def cancel(self) -> None:
        """Ask the live task to stop; its result is dropped and, once its work returns, its
        ``on_cancel`` is called (unless another task of the lane started meanwhile)."""
        task, self._current = self._current, None
        if task is not None:
            task.token.cancel()
            self._cancelling = task
            self.finished.emit()

    def _cancelled_by_user(self, task: Task) -> bool:
        if task is not self._cancelling:
            return False
        self._cancelling = None
        return True


class FileQueue(Lane):
    """File work in order: each task starts when the one before it has been delivered."""

    def __init__(
        self, name: str, parent: QObject | None = None, pool: QThreadPool | None = None
    ) -> None:
        super().__init__(name, parent, pool)
        self._pending: deque[Task] = deque()

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._pending)

    def submit(
        self,
        work: Work,
        label: str,
        on_success: Success,
        on_error: Failure,
        on_cancel: Callback | None = None,
        *,
        cleanup: Callback | None = None,
        cancellable: bool = True,
    ) -> Task:
        """Queue ``work``; it runs after every task submitted before it.

        ``cancellable=False`` for work that must finish once begun (writing a case file):
        the Cancel button is then disabled while it runs.
        """
        task = Task(work, label, on_success, on_error, on_cancel, cleanup,
                    cancellable=cancellable)
        self._pending.append(task)
        if self._current is None:
            self._start_next()
        return task

    def cancel(self) -> None:
        """The user's Cancel: stop the running task if it may be stopped; the queue goes on."""
        task = self._current
        if task is not None and task.cancellable:
            task.token.cancel()

    def drop_pending(self) -> None:
        """Forget tasks that have not started (exit); their clean-up runs now."""
        while self._pending:
            run_cleanup(self._pending.popleft())

    def drain(self) -> None:
        """Block until every queued task has run and been delivered (used at exit, so a save
        asked for is never lost)."""
        while self.busy:
            self._pool.waitForDone()
            QCoreApplication.processEvents()  # delivers the result, which starts the next

    def _live_ended(self) -> None:
        if not self._pending:
            self.finished.emit()

    def _after_delivery(self) -> None:
        if self._current is None and self._pending:
            self._start_next()

    def _start_next(self) -> None:
        self._launch(self._pending.popleft())


class TaskLanes(QObject):
    """The window's lanes: one file queue and a compute lane per tab that asks for one.

    Signals
    -------
    lane_added(object)
        A compute lane was created (the status bar follows it from then on).
    """

    lane_added = Signal(object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self.files = FileQueue("files", self, self._pool)
        self._compute: list[ComputeLane] = []
        self._closed = False

    def compute(self, name: str) -> ComputeLane:
        """A new lane for one tab's computations (closed at once when the window's
        computations were stopped: a tab built while the window closes starts nothing)."""
        lane = ComputeLane(name, self, self._pool)
        lane.closed = self._closed
        self._compute.append(lane)
        self.lane_added.emit(lane)
        return lane

    def __iter__(self) -> Iterator[Lane]:
        yield self.files
        yield from self._compute

    @property
    def busy(self) -> bool:
        return any(lane.busy for lane in self)

    def cancel_compute(self) -> None:
        """Stop every computation and start no other (the window closes); file work is left
        to finish."""
        self._closed = True
        for lane in self._compute:
            lane.closed = True
            lane.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until no worker thread is busy (tests; exit after :meth:`cancel_compute`)."""
        return self._pool.waitForDone(msecs)
