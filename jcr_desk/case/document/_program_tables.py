"""The tables of a case's ABCP programs (case format 4).

``programs`` holds one row per program: its terms and the analyst's stress choices as JSON,
where its history and receivables came from. The history's months and the receivables are
frames of their own (``program_<position>_history``, ``program_<position>_receivables``),
described in ``program_columns`` the way loan tables are in ``pool_columns``.
``program_results`` keeps each program's last analysis. A history read back is checked again
(months in order without a gap, every figure present): a file that breaks those rules is
refused as damaged, naming the program.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any, Final

import pandas as pd

from jcr_desk.case.document._case_tables import (
    DamagedCaseError,
    _Field,
    _json,
    _json_text,
    _reading,
    _record,
    _Table,
    _text,
    _time,
)
from jcr_desk.case.document._frame_codec import (
    ColumnRecord,
    UnsupportedColumnError,
    read_frame,
    write_frame,
)
from jcr_desk.case.document.model import ProgramResultRecord, StoredPool, StoredProgram
from jcr_desk.structured.abcp.history import HistoryError, MonthlyHistory
from jcr_desk.structured.abcp.program import AbcpProgram
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.stress import StressChoices
from jcr_desk.structured.fields import FieldError

log = logging.getLogger(__name__)

HISTORY: Final = "history"
RECEIVABLES: Final = "receivables"


def _optional_json(name: str, attribute: str) -> _Field:
    return _Field(
        name,
        "TEXT",
        lambda v: None if v is None else _json_text(v),
        lambda t: None if t is None else json.loads(t),
        attribute,
    )


PROGRAMS = _Table(
    "programs",
    (
        _text("id"),
        _record("program", AbcpProgram),
        _record("choices", StressChoices),
        _optional_json("history_source", "history"),
        _optional_json("receivables", "receivables"),
    ),
)
PROGRAM_RESULTS = _Table(
    "program_results",
    (
        _text("program_id"),
        _time("computed_at"),
        _text("inputs_hash"),
        _json("data"),
    ),
)
PROGRAM_COLUMNS: Final = """
CREATE TABLE program_columns (
    program_position INTEGER NOT NULL,
    part TEXT NOT NULL,
    column_position INTEGER NOT NULL,
    label TEXT NOT NULL,
    sql_name TEXT NOT NULL,
    dtype TEXT NOT NULL,
    PRIMARY KEY (program_position, part, column_position)
);
"""


def frame_table(position: int, part: str) -> str:
    return f"program_{position}_{part}"


def write_programs(
    conn: sqlite3.Connection, programs: list[StoredProgram], results: list[ProgramResultRecord]
) -> None:
    """Create the program tables and fill them (called once per save, after ``write_case``)."""
    conn.executescript(PROGRAM_COLUMNS)
    PROGRAMS.create(conn)
    PROGRAM_RESULTS.create(conn)
    rows = [_Row(item) for item in programs]
    PROGRAMS.write(conn, rows)
    for position, item in enumerate(programs):
        frames = {
            HISTORY: None if item.history is None else item.history.frame,
            RECEIVABLES: None if item.receivables is None else item.receivables.loans,
        }
        for part, frame in frames.items():
            if frame is not None:
                _write_part(conn, position, part, frame, item.program.name)
    PROGRAM_RESULTS.write(conn, [_ResultRow(record) for record in results])
    conn.commit()


def read_programs(
    conn: sqlite3.Connection,
) -> tuple[list[StoredProgram], list[ProgramResultRecord]]:
    """The case's programs and their current results; a broken one is DamagedCaseError."""
    rows = PROGRAMS.read(conn)
    programs = [_program(conn, position, row) for position, row in enumerate(rows)]
    results = []
    for row in PROGRAM_RESULTS.read(conn):
        try:
            result = ProgramResult.from_dict(row["data"])
        except FieldError as error:
            log.info("stored analysis of program %s left out: %s", row["program_id"], error)
            continue
        results.append(
            ProgramResultRecord(row["program_id"], row["computed_at"], row["inputs_hash"], result)
        )
    return programs, results


class _Row:
    """A program as its table row sees it (sources instead of frames)."""

    def __init__(self, item: StoredProgram) -> None:
        self.id = item.id
        self.program = item.program
        self.choices = item.choices
        self.history = None if item.history is None else dict(item.history.source)
        pool = item.receivables
        self.receivables = (
            None
            if pool is None
            else {"id": pool.id, "name": pool.name, "source": pool.source, "report": pool.report}
        )


class _ResultRow:
    def __init__(self, record: ProgramResultRecord) -> None:
        self.program_id = record.program_id
        self.computed_at = record.computed_at
        self.inputs_hash = record.inputs_hash
        self.data = record.result.to_dict()


def _write_part(
    conn: sqlite3.Connection, position: int, part: str, frame: pd.DataFrame, name: str
) -> None:
    try:
        records = write_frame(conn, frame_table(position, part), frame)
    except UnsupportedColumnError as exc:
        raise UnsupportedColumnError(f"in the {part} of program {name!r}, {exc}") from None
    conn.executemany(
        "INSERT INTO program_columns VALUES (?, ?, ?, ?, ?, ?)",
        (
            (position, part, index, r.label_json, r.sql_name, _json_text(r.description))
            for index, r in enumerate(records)
        ),
    )


def _read_part(conn: sqlite3.Connection, position: int, part: str) -> pd.DataFrame:
    table = frame_table(position, part)
    with _reading(f"the {table} table"):
        rows = conn.execute(
            "SELECT label, sql_name, dtype FROM program_columns"
            " WHERE program_position = ? AND part = ? ORDER BY column_position",
            (position, part),
        ).fetchall()
        records = [ColumnRecord(label, name, json.loads(dtype)) for label, name, dtype in rows]
        return read_frame(conn, table, records)


def _program(conn: sqlite3.Connection, position: int, row: dict[str, Any]) -> StoredProgram:
    name = row["program"].name
    history = None
    if row["history"] is not None:
        frame = _read_part(conn, position, HISTORY)
        try:
            history = MonthlyHistory.checked(frame, row["history"])
        except HistoryError as error:
            raise DamagedCaseError(f"program {name!r}, monthly history: {error}") from None
    receivables = None
    stored = row["receivables"]
    if stored is not None:
        with _reading(f"the receivables of program {name!r}"):
            receivables = StoredPool(
                id=str(stored["id"]),
                name=str(stored["name"]),
                loans=_read_part(conn, position, RECEIVABLES),
                source=dict(stored["source"]),
                report=list(stored["report"]),
            )
    return StoredProgram(row["id"], row["program"], row["choices"], history, receivables)
