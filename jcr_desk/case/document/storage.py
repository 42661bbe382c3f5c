"""Saving and opening ``.jcrcase`` files: one SQLite database per committee case.

Saving builds the whole database in memory and copies it into place atomically (see
``_atomic_file``), so a crash or a full disk never leaves a half-written case. Opening reads
the file read-only into memory, checks it and upgrades older formats on that copy only; every
problem reaches the analyst as a ``CaseFileError`` that names the file in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable, Collection
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from jcr_desk import __version__
from jcr_desk.case.document import migrations
from jcr_desk.case.document._atomic_file import backup_path, replace_file
from jcr_desk.case.document._case_invariants import check_invariants
from jcr_desk.case.document._case_tables import (
    DamagedCaseError,
    read_case,
    read_schema_version,
    write_case,
)
from jcr_desk.case.document.errors import CASE_FILE, CaseFileError, UnsupportedColumnError
from jcr_desk.case.document.model import Case, now_utc
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import RulebookError, load_rulebook

CASE_SUFFIX = ".jcrcase"
SCHEMA_VERSION = 4
APPLICATION_ID = 0x4A435244
"""``PRAGMA application_id`` of every case file ("JCRD"): tells our files from other SQLite."""

_SQLITE_HEADER = b"SQLite format 3\x00"
#: The system's ways of saying a disk (or the user's quota on a share) is full.
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_A_CASE = QT_TRANSLATE_NOOP("CaseFile", "is not a JCR Desk case file")


def save_case(case: Case, path: str | Path) -> None:
    """Write the case to ``path`` atomically, keeping the previous version as ``<name>.bak``.

    The case is stamped with the JCR Desk version and the rulebook version that wrote it
    (``case.app_version``, ``case.rulebook_version``), so opening it under another rulebook
    can say so.
    """
    target = Path(path)
    if case.partial_loans:
        raise CaseFileError(
            target, "could not be saved: it was opened with only some of its loan columns"
        )
    if not target.parent.is_dir():
        raise CaseFileError(target, f"could not be saved: the folder {target.parent} is missing")
    case.app_version = __version__
    with contextlib.suppress(RulebookError):  # no rulebook: keep the version recorded
        case.rulebook_version = load_rulebook().version
    try:
        with closing(_build_database(case)) as memory:
            replace_file(target, _memory_copier(memory), keep_backup=True)
    except UnsupportedColumnError as exc:
        raise CaseFileError(target, f"could not be saved: {exc}, which a case cannot hold") from exc
    except (OSError, sqlite3.Error) as exc:
        raise CaseFileError(target, f"could not be saved: {_save_failure(target, exc)}") from exc
    except (ValueError, TypeError, OverflowError) as exc:
        raise CaseFileError(target, f"could not be saved: {exc}") from exc


def _save_failure(target: Path, exc: OSError | sqlite3.Error) -> str:
    """Why a save failed, in words the analyst can act on (SQLite only says "unable to open
    database file" for a folder it may not write to, or one that went away)."""
    folder = target.parent
    code = getattr(exc, "errno", None)
    words = str(exc).lower()
    if not folder.is_dir():
        return f"the folder {folder} is missing (moved, renamed or disconnected?)"
    if code == errno.EROFS:
        return f"the disk holding {folder} is read-only"
    if isinstance(exc, PermissionError) or not os.access(folder, os.W_OK):
        return f"permission denied — the folder {folder} cannot be written to"
    if code in _DISK_FULL or "disk is full" in words:
        return f"the disk holding {folder} is full"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    if "unable to open" in words:
        return f"the file cannot be created in {folder}"
    return str(exc)


def load_case(path: str | Path, loan_columns: Collection[str] | None = None) -> Case:
    """Open a case file without modifying it; older formats are upgraded in memory.

    A file whose content breaks the rules every edit keeps (an unknown role, an entity that
    is its own parent…) is refused as damaged, naming the entity and the field.
    ``loan_columns`` reads only those columns of each pool's loans (a read-only use such as
    a stress run from the command line: the case then refuses to be saved).
    """
    source = Path(path)
    _check_header(source)
    try:
        with closing(_read_into_memory(source)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                raise DamagedCaseError(f"its internal structure is broken ({problems[0]})")
            _upgrade(conn, source, read_schema_version(conn))
            case = read_case(conn, loan_columns)
            from jcr_desk.case.document._program_tables import (
                read_programs,  # pandas: not at start-up
            )

            case.programs, case.program_results = read_programs(conn)
        check_invariants(case)
        return case
    except DamagedCaseError as exc:
        raise _damaged(source, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(source, f"the database cannot be read ({exc})") from exc


def stored_format(path: str | Path) -> int | None:
    """The case format a file was saved in, or None when it cannot be read as a case."""
    source = Path(path)
    try:
        _check_header(source)
        with closing(_read_into_memory(source)) as conn:
            return read_schema_version(conn)
    except (CaseFileError, DamagedCaseError, sqlite3.Error):
        return None


def _memory_copier(memory: sqlite3.Connection) -> Callable[[Path], None]:
    """A writer that copies the in-memory database into a new file (SQLite backup API)."""

    def write(temporary: Path) -> None:
        with closing(sqlite3.connect(temporary)) as destination:
            destination.execute("PRAGMA journal_mode=OFF")  # a fresh private file needs none
            memory.backup(destination)

    return write


def _build_database(case: Case) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        meta = {
            "app_version": case.app_version,
            "rulebook_version": case.rulebook_version,
            "saved_at": now_utc().isoformat(),
        }
        write_case(memory, case, SCHEMA_VERSION, meta)
        from jcr_desk.case.document._program_tables import write_programs  # pandas: not at start-up

        write_programs(memory, case.programs, case.program_results)
    except BaseException:
        memory.close()
        raise
    return memory


def _check_header(source: Path) -> None:
    """Tell missing, unreadable, foreign and truncated files apart before SQLite sees them."""
    if not source.exists():
        raise CaseFileError(
            source,
            _problem(
                QT_TRANSLATE_NOOP("CaseFile", "was not found (looked in {folder})"),
                folder=source.parent,
            ),
        )
    if source.is_dir():
        raise CaseFileError(
            source, _problem(QT_TRANSLATE_NOOP("CaseFile", "is a folder, not a JCR Desk case file"))
        )
    try:
        with source.open("rb") as handle:
            header = handle.read(100)
        size = source.stat().st_size
    except PermissionError as exc:
        raise CaseFileError(
            source, _problem(QT_TRANSLATE_NOOP("CaseFile", "cannot be opened: permission denied"))
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CaseFileError(
            source,
            _problem(QT_TRANSLATE_NOOP("CaseFile", "cannot be read: {reason}"), reason=reason),
        ) from exc
    if not header.startswith(_SQLITE_HEADER):
        raise CaseFileError(
            source,
            _problem(
                QT_TRANSLATE_NOOP("CaseFile", "is not a JCR Desk case file (the file is empty)")
            )
            if not header
            else _problem(_NOT_A_CASE),
        )
    if len(header) < 100:
        raise _damaged(source, _problem(QT_TRANSLATE_NOOP("CaseFile", "the file is cut short")))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise CaseFileError(
            source,
            _problem(
                QT_TRANSLATE_NOOP(
                    "CaseFile", "is not a JCR Desk case file (it is a database of another program)"
                )
            ),
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count_valid = header[24:28] == header[92:96]
    if page_count_valid and size < int.from_bytes(header[28:32], "big") * page_size:
        raise _damaged(
            source,
            _problem(
                QT_TRANSLATE_NOOP(
                    "CaseFile", "the file is shorter than it should be (cut off while copying?)"
                )
            ),
        )


def _read_into_memory(source: Path) -> sqlite3.Connection:
    """Copy the file into memory through a read-only connection, then let go of the file."""
    location = source.resolve().as_posix()
    # An empty URI authority keeps drive letters and UNC shares (//server/share) working.
    uri = "file://" + ("" if location.startswith("/") else "/") + quote(location, safe="/:")
    memory = sqlite3.connect(":memory:")
    try:
        with closing(sqlite3.connect(f"{uri}?mode=ro", uri=True)) as original:
            original.backup(memory)
    except BaseException:
        memory.close()
        raise
    return memory


def _upgrade(conn: sqlite3.Connection, source: Path, version: int) -> None:
    if version > SCHEMA_VERSION:
        raise CaseFileError(
            source,
            _problem(
                QT_TRANSLATE_NOOP(
                    "CaseFile",
                    "was saved by a newer JCR Desk (case format {version}); this version reads "
                    "format {supported} — update JCR Desk",
                ),
                version=version,
                supported=SCHEMA_VERSION,
            ),
        )
    try:
        migrations.upgrade(conn, version, SCHEMA_VERSION)
    except migrations.MissingMigrationError as exc:
        raise CaseFileError(
            source,
            _problem(
                QT_TRANSLATE_NOOP(
                    "CaseFile",
                    "uses case format {version}, which this version of JCR Desk cannot read",
                ),
                version=version,
            ),
        ) from exc


def _damaged(source: Path, what: str | Text) -> CaseFileError:
    backup = backup_path(source)
    if backup.is_file():
        problem = _problem(
            QT_TRANSLATE_NOOP(
                "CaseFile", "is damaged: {what}; the previous version is kept in {backup}"
            ),
            what=what,
            backup=backup.name,
        )
    else:
        problem = _problem(QT_TRANSLATE_NOOP("CaseFile", "is damaged: {what}"), what=what)
    return CaseFileError(source, problem)


def _problem(source: str, **args: object) -> Text:
    """A case file's problem as a sentence: marked for translation where it is written
    (each caller passes a literal), shown in the analyst's language by the command line."""
    return Text(CASE_FILE, source, args)
