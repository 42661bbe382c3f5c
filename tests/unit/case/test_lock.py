"""The lock file tells a second analyst that the case is open, and stale locks are taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from jcr_desk.case.document.errors import CaseFileError
from jcr_desk.case.document.lock import CaseLockedError, acquire_lock, lock_path, read_lock


def _foreign_lock(case: Path, host: str, pid: int) -> None:
    holder = {
        "user": "suzuki",
        "host": host,
        "pid": pid,
        "opened_at": "2024-05-17T01:02:03+00:00",
        "token": "theirs",
    }
    lock_path(case).write_text(json.dumps(holder), encoding="utf-8")


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert finished.returncode == 0
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()  # reaped: the pid names no process any more
    return process.pid


def test_acquire_writes_who_holds_the_case_and_release_removes_it(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    lock = acquire_lock(case)
    holder = read_lock(case)
    assert holder == lock.info
    assert holder.pid == os.getpid() and holder.host == socket.gethostname()
    lock.release()
    lock.release()  # idempotent
    assert read_lock(case) is None and not lock_path(case).exists()


def test_context_manager_releases(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    with acquire_lock(case):
        assert lock_path(case).exists()
    assert not lock_path(case).exists()


def test_second_acquire_in_a_live_process_is_refused(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    with acquire_lock(case), pytest.raises(CaseLockedError) as caught:
        acquire_lock(case)
    assert caught.value.holder.pid == os.getpid()


def test_lock_from_another_computer_is_respected(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    _foreign_lock(case, host="ANOTHER-PC", pid=_dead_pid())
    with pytest.raises(CaseLockedError) as caught:
        acquire_lock(case)
    assert isinstance(caught.value, CaseFileError)
    assert caught.value.holder.user == "suzuki"
    assert "deal.jcrcase: is open by suzuki on ANOTHER-PC" in str(caught.value)
    assert "read-only" in str(caught.value)


def test_stale_lock_of_a_dead_process_here_is_taken_over(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    _foreign_lock(case, host=socket.gethostname(), pid=_dead_pid())
    with acquire_lock(case) as lock:
        assert read_lock(case) == lock.info
    assert not lock_path(case).exists()
    assert [p.name for p in tmp_path.iterdir()] == []


def test_unreadable_lock_file_is_taken_over(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    lock_path(case).write_text("{half written", encoding="utf-8")
    with acquire_lock(case) as lock:
        assert read_lock(case) == lock.info


def test_release_leaves_a_lock_that_is_no_longer_ours(tmp_path: Path) -> None:
    case = tmp_path / "deal.jcrcase"
    lock = acquire_lock(case)
    _foreign_lock(case, host="ANOTHER-PC", pid=1)
    lock.release()
    assert read_lock(case) is not None and read_lock(case).user == "suzuki"
