"""Taking over another machine's lock, once the analyst has seen who, where and since when."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from jcr_desk.case.document.lock import (
    CaseLockedError,
    acquire_lock,
    read_lock,
    take_over_lock,
)

from .test_lock import _foreign_lock


def _held_elsewhere(tmp_path: Path) -> Path:
    case = tmp_path / "deal.jcrcase"
    _foreign_lock(case, "desk-far-away", 4242)
    return case


def test_a_lock_seen_by_the_analyst_is_taken_over(tmp_path):
    case = _held_elsewhere(tmp_path)
    with pytest.raises(CaseLockedError) as caught:
        acquire_lock(case)
    lock = take_over_lock(case, caught.value.holder)
    assert read_lock(case) == lock.info
    assert lock.info.host == socket.gethostname()
    lock.release()
    assert read_lock(case) is None


def test_a_lock_that_changed_meanwhile_is_not_taken_over(tmp_path):
    case = _held_elsewhere(tmp_path)
    with pytest.raises(CaseLockedError) as caught:
        acquire_lock(case)
    seen = caught.value.holder
    _foreign_lock(case, "desk-of-another-analyst", 99)  # someone else opened it since
    with pytest.raises(CaseLockedError) as again:
        take_over_lock(case, seen)
    assert again.value.holder.host == "desk-of-another-analyst"
    assert read_lock(case).host == "desk-of-another-analyst"
