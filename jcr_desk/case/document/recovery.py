"""Autosave of modified cases and their recovery after a crash.

While a case has unsaved changes the window calls ``write_recovery`` on a timer; each case
has one recovery file (named after its original file, or "untitled" plus an id for a case
never saved), so autosaves overwrite rather than pile up. A JSON sidecar says where the case
belongs, so the start-up dialog can list pending recoveries without opening the cases.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jcr_desk.case.document._atomic_file import backup_path, replace_file
from jcr_desk.case.document.errors import CaseFileError
from jcr_desk.case.document.model import Case, now_utc
from jcr_desk.case.document.storage import CASE_SUFFIX, save_case
from jcr_desk.paths import recovery_dir

_SIDECAR_SUFFIX = ".json"


@dataclass(frozen=True)
class RecoveryFile:
    """An autosaved case waiting to be recovered or discarded."""

    path: Path
    original_path: Path | None
    saved_at: datetime
    case_name: str

    @property
    def sidecar(self) -> Path:
        return _sidecar(self.path)


def write_recovery(
    case: Case,
    original_path: Path | None,
    directory: Path | None = None,
    untitled_key: str | None = None,
) -> Path:
    """Autosave the case (atomically) and its sidecar; returns the recovery file's path.

    ``untitled_key`` names the recovery of a never-saved case; callers that autosave a fresh
    snapshot each time pass the same key so the autosaves overwrite one file.
    """
    folder = directory if directory is not None else recovery_dir()
    path = folder / _recovery_name(case, original_path, untitled_key)
    save_case(case, path)
    sidecar = {
        "original_path": None if original_path is None else str(original_path),
        "saved_at": now_utc().isoformat(),
        "case_name": case.committee.case_name,
    }
    text = json.dumps(sidecar, ensure_ascii=False, indent=1)
    try:
        replace_file(
            _sidecar(path), lambda tmp: tmp.write_text(text, encoding="utf-8"), keep_backup=False
        )
    except OSError as exc:
        raise CaseFileError(path, f"autosave failed: {exc.strerror or exc}") from exc
    return path


def pending_recoveries(directory: Path | None = None) -> list[RecoveryFile]:
    """Recovery files with a readable sidecar, newest first; anything unreadable is skipped."""
    folder = directory if directory is not None else recovery_dir()
    found = []
    for sidecar in folder.glob(f"*{CASE_SUFFIX}{_SIDECAR_SUFFIX}"):
        path = sidecar.with_name(sidecar.name.removesuffix(_SIDECAR_SUFFIX))
        try:
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            original = data["original_path"]
            entry = RecoveryFile(
                path=path,
                original_path=None if original is None else Path(original),
                saved_at=datetime.fromisoformat(data["saved_at"]),
                case_name=str(data["case_name"]),
            )
        except (OSError, ValueError, TypeError, KeyError):
            continue
        if path.is_file():
            found.append(entry)
    return sorted(found, key=lambda entry: entry.saved_at, reverse=True)


def discard_recovery(recovery: RecoveryFile | str | Path, directory: Path | None = None) -> None:
    """Forget a recovery: given the RecoveryFile, the recovery file's path, or the case's path."""
    folder = directory if directory is not None else recovery_dir()
    if isinstance(recovery, RecoveryFile):
        path = recovery.path
    elif Path(recovery).parent.resolve() == folder.resolve():
        path = Path(recovery)
    else:
        path = folder / _name_for_original(Path(recovery))
    try:
        for leftover in (_sidecar(path), path, backup_path(path)):
            leftover.unlink(missing_ok=True)
    except OSError as exc:
        raise CaseFileError(path, f"could not be discarded: {exc.strerror or exc}") from exc


def _recovery_name(case: Case, original_path: Path | None, untitled_key: str | None) -> str:
    if original_path is not None:
        return _name_for_original(original_path)
    if untitled_key is not None:
        safe_key = re.sub(r"[^\w-]+", "_", untitled_key)
        return f"untitled-{os.getpid()}-{safe_key}{CASE_SUFFIX}"
    # A never-saved case has no path: this process and this object identify it for as
    # long as it is open, and a crashed session's files never collide with a new one's.
    return f"untitled-{os.getpid()}-{id(case):x}{CASE_SUFFIX}"


def _name_for_original(original_path: Path) -> str:
    """Readable stem plus a hash of the full path: same-named cases in two folders differ."""
    full = str(original_path.expanduser().resolve())
    digest = hashlib.sha256(full.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", original_path.stem)[:40] or "case"
    return f"{stem}-{digest}{CASE_SUFFIX}"


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + _SIDECAR_SUFFIX)
