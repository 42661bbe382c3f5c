"""The contract between long-running domain work and whoever runs it (window or CLI).

A domain function that may take long accepts ``progress(fraction, message)`` and a
``CancelToken``; it knows nothing of threads. The window runs it on a worker thread and turns
the callbacks into signals; the CLI prints them or ignores them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[float, str], None]


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


def no_progress(_fraction: float, _message: str) -> None:
    """Progress sink for callers that do not show progress."""
