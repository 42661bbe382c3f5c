"""The contract between long-running domain work and whoever runs it (window or CLI).

A domain function that may take long accepts ``progress(fraction, message)`` and a
``CancelToken``; it knows nothing of threads. The window runs it on a worker thread and turns
the callbacks into signals; the CLI prints them or ignores them.

A domain message is a :class:`~jcr_desk.i18n.Text` made with :func:`step`, so the status bar
shows it in the analyst's language; the window's own messages are already translated strings.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Final

from jcr_desk.i18n import Text

#: The translation context of progress messages (``jcr_desk_ja.ts``).
PROGRESS: Final = "Progress"

ProgressMessage = Text | str
ProgressCallback = Callable[[float, ProgressMessage], None]


def step(source: str, **args: Any) -> Text:
    """A progress message: its English template, marked where it is written with
    ``QT_TRANSLATE_NOOP("Progress", …)``, and its arguments."""
    return Text(PROGRESS, source, args)


class Cancelled(Exception):  # noqa: N818 - reads as "the work was cancelled"
    """Raised inside domain work when its cancel token was set; the caller drops the result."""


class CancelToken:
    """Thread-safe flag a long computation checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def within(report: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A step's own 0–1 progress as its share, ``start`` to ``end``, of the whole task's bar."""
    return lambda fraction, message: report(start + (end - start) * fraction, message)


def no_progress(_fraction: float, _message: ProgressMessage) -> None:
    """Progress sink for callers that do not show progress."""
