"""Warn when another analyst has a case open (cases live on shared drives).

An advisory lock file ``.~lock.<name>#`` beside the case says who holds it, on which
computer, in which process and since when. A lock whose process is gone from this computer
is stale and taken over; a lock from another computer is respected, since its process cannot
be checked from here: the window offers to open the case read-only, or to take the lock over
once the analyst has seen who holds it, where and since when (``take_over_lock``).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from jcr_desk.case.document.errors import CaseFileError
from jcr_desk.case.document.model import current_user, new_id, now_utc


@dataclass(frozen=True)
class LockInfo:
    """Who holds a case; ``token`` tells this holder from a later one of the same process."""

    user: str
    host: str
    pid: int
    opened_at: datetime
    token: str

    def describe(self) -> str:
        opened = self.opened_at.strftime("%Y-%m-%d %H:%M UTC")
        return f"{self.user} on {self.host} (since {opened})"


class CaseLockedError(CaseFileError):
    """Another live holder has the case open; the case may still be opened read-only."""

    def __init__(self, path: str | Path, holder: LockInfo) -> None:
        super().__init__(path, f"is open by {holder.describe()}; it can be opened read-only")
        self.holder = holder


def lock_path(case_path: str | Path) -> Path:
    case_path = Path(case_path)
    return case_path.with_name(f".~lock.{case_path.name}#")


def read_lock(case_path: str | Path) -> LockInfo | None:
    """The current holder, or None when there is no lock file or it cannot be understood."""
    try:
        data = json.loads(lock_path(case_path).read_text(encoding="utf-8"))
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            opened_at=datetime.fromisoformat(data["opened_at"]),
            token=str(data["token"]),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None


class CaseLock:
    """Our hold on a case; ``release`` (or leaving the ``with`` block) gives it back."""

    def __init__(self, case_path: Path, info: LockInfo) -> None:
        self.case_path = case_path
        self.info = info
        self._released = False

    def release(self) -> None:
        """Remove the lock file if it is still ours; safe to call more than once."""
        if self._released:
            return
        self._released = True
        current = read_lock(self.case_path)
        if current is not None and current.token == self.info.token:
            with contextlib.suppress(OSError):  # an unreachable share keeps the file; nothing lost
                lock_path(self.case_path).unlink()

    def __enter__(self) -> CaseLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def acquire_lock(case_path: str | Path) -> CaseLock:
    """Take the lock, or raise CaseLockedError naming the live holder."""
    case_path = Path(case_path)
    mine = LockInfo(current_user(), socket.gethostname(), os.getpid(), now_utc(), new_id())
    path = lock_path(case_path)
    try:
        try:
            with path.open("x", encoding="utf-8") as handle:
                handle.write(_to_json(mine))
            return CaseLock(case_path, mine)
        except FileExistsError:
            holder = read_lock(case_path)
            if holder is not None and _is_live(holder):
                raise CaseLockedError(case_path, holder) from None
            _take_over(path, mine)
    except OSError as exc:
        raise CaseFileError(case_path, f"cannot be locked for editing: {exc.strerror}") from exc
    holder = read_lock(case_path)
    if holder == mine:
        return CaseLock(case_path, mine)
    if holder is None:
        raise CaseFileError(case_path, "cannot be locked for editing: its lock file is unreadable")
    raise CaseLockedError(case_path, holder)  # another analyst took over the stale lock first


def take_over_lock(case_path: str | Path, seen: LockInfo) -> CaseLock:
    """Take over the lock of ``seen`` after the analyst chose to (a lock from another
    computer, whose process cannot be checked from here: perhaps left by a crash weeks ago).

    Raises CaseLockedError when the lock is no longer the one the analyst saw (its holder
    released it and another analyst opened the case meanwhile).
    """
    case_path = Path(case_path)
    current = read_lock(case_path)
    if current is not None and current != seen:
        raise CaseLockedError(case_path, current)
    if current is None:
        return acquire_lock(case_path)
    mine = LockInfo(current_user(), socket.gethostname(), os.getpid(), now_utc(), new_id())
    try:
        _take_over(lock_path(case_path), mine)
    except OSError as exc:
        raise CaseFileError(case_path, f"cannot be locked for editing: {exc.strerror}") from exc
    holder = read_lock(case_path)
    if holder != mine:
        raise CaseLockedError(case_path, holder or seen)
    return CaseLock(case_path, mine)


def _take_over(path: Path, mine: LockInfo) -> None:
    """Replace a stale lock in one rename, so no instant exists without a lock file."""
    staging = path.with_name(f"{path.name}.{mine.token}.tmp")
    try:
        staging.write_text(_to_json(mine), encoding="utf-8")
        staging.replace(path)
    finally:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)


def _to_json(info: LockInfo) -> str:
    return json.dumps({**asdict(info), "opened_at": info.opened_at.isoformat()})


def _is_live(holder: LockInfo) -> bool:
    if holder.host.casefold() != socket.gethostname().casefold():
        return True
    return _process_exists(holder.pid)


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_process_exists(pid)
    try:
        os.kill(pid, 0)  # signal 0 only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, but belongs to another user
        return True
    return True


def _windows_process_exists(pid: int) -> bool:
    """``os.kill`` would terminate the process on Windows, so ask the kernel instead."""
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: exists, not ours
    try:
        exit_code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(exit_code))
        return exit_code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
