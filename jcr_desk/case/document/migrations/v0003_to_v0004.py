"""Case format 3 → 4: a case holds ABCP programs beside its RMBS scenarios (issue 19).

A format-3 file has no program: the step adds the empty tables a format-4 case keeps its
programs in (their terms and stress choices, the frames of their monthly histories and
receivables, and their last analyses), exactly as a format-4 save creates them. The SQL is
written out here: a step must keep turning format 3 into format 4 whatever later formats add.
"""

from __future__ import annotations

import sqlite3

_TABLES = """
CREATE TABLE IF NOT EXISTS program_columns (
    program_position INTEGER NOT NULL,
    part TEXT NOT NULL,
    column_position INTEGER NOT NULL,
    label TEXT NOT NULL,
    sql_name TEXT NOT NULL,
    dtype TEXT NOT NULL,
    PRIMARY KEY (program_position, part, column_position)
);
CREATE TABLE IF NOT EXISTS programs (
    position INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    program TEXT NOT NULL,
    choices TEXT NOT NULL,
    history_source TEXT,
    receivables TEXT
);
CREATE TABLE IF NOT EXISTS program_results (
    position INTEGER PRIMARY KEY,
    program_id TEXT NOT NULL,
    computed_at TEXT NOT NULL,
    inputs_hash TEXT NOT NULL,
    data TEXT NOT NULL
);
"""


def upgrade(conn: sqlite3.Connection) -> None:
    """Add the (empty) program tables; nothing else of a format-3 case changes."""
    for statement in _TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
