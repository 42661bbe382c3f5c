"""Format 2: a scenario says whether it is a what-if (edits without a reason) or not."""

from __future__ import annotations

import sqlite3


def upgrade(conn: sqlite3.Connection) -> None:
    """Every scenario of a format-1 file was edited with reasons: none is a what-if."""
    conn.execute("ALTER TABLE scenarios ADD COLUMN what_if INTEGER NOT NULL DEFAULT 0")
