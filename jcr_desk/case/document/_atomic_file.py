"""Replace a file so that its path always opens as either the old or the new version.

The new content goes to a hidden temporary file beside the target (same folder, so the final
``os.replace`` is a rename on one file system), is flushed to disk, and only then takes the
target's name. The previous version is first hard-linked (or copied) to ``<name>.bak``; the
target itself is never removed. A save killed half-way leaves only temporary files, which
the next save of the same file removes.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path


def backup_path(target: Path) -> Path:
    """Where the version before the last save is kept."""
    return target.with_name(target.name + ".bak")


def replace_file(target: Path, write: Callable[[Path], None], *, keep_backup: bool) -> None:
    """Call ``write`` on a temporary path, then put the result in place of ``target``."""
    remove_stale_temporaries(target)
    temporary = _temporary_path(target, ".tmp")
    try:
        write(temporary)
        _fsync_file(temporary)
        if target.exists():
            with contextlib.suppress(OSError):  # keep a shared file's permissions if allowed
                shutil.copymode(target, temporary)
            if keep_backup:
                _keep_backup(target)
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _fsync_directory(target.parent)


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files that a killed save of this very target left behind."""
    with contextlib.suppress(OSError):
        for stale in temporaries(target):
            with contextlib.suppress(OSError):
                stale.unlink(missing_ok=True)


def temporaries(target: Path) -> list[Path]:
    """The temporary files of saves of ``target`` that exist right now."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}(\.bak)?\.tmp")
    return [path for path in target.parent.iterdir() if pattern.fullmatch(path.name)]


def _temporary_path(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{suffix}")


def _keep_backup(target: Path) -> None:
    staging = _temporary_path(target, ".bak.tmp")
    try:
        try:
            os.link(target, staging)
        except OSError:  # file systems without hard links (some network shares)
            shutil.copy2(target, staging)
        staging.replace(backup_path(target))
    finally:
        with contextlib.suppress(OSError):
            staging.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:  # Windows only flushes a handle opened for writing
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable; Windows and some network shares cannot, and need not."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
