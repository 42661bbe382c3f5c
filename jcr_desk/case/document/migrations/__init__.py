"""Upgrades of case files written by older versions, one module per version step.

Each step is a module ``vNNNN_to_vMMMM.py`` with ``def upgrade(conn: sqlite3.Connection) ->
None`` that turns a format-N database into a format-M one, registered here as ``STEPS[N]``
and tested on a real format-N file. Steps only ever run on an in-memory copy of the user's
file (see ``storage.load_case``), so a failed upgrade cannot harm the original.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from jcr_desk.case.document.migrations import v0001_to_v0002, v0002_to_v0003

Step = Callable[[sqlite3.Connection], None]

STEPS: dict[int, Step] = {1: v0001_to_v0002.upgrade, 2: v0002_to_v0003.upgrade}
"""``STEPS[n]`` upgrades a database from case format ``n`` to format ``n + 1``."""


class MissingMigrationError(LookupError):
    """No chain of steps leads from the file's format to the current one."""

    def __init__(self, version: int) -> None:
        super().__init__(f"no upgrade from case format {version}")
        self.version = version


def upgrade(conn: sqlite3.Connection, from_version: int, to_version: int) -> None:
    """Apply the steps one by one, recording the new format after each, in its transaction."""
    missing = [v for v in range(from_version, to_version) if v not in STEPS]
    if missing:
        raise MissingMigrationError(missing[0])
    for version in range(from_version, to_version):
        with conn:
            STEPS[version](conn)
            conn.execute("UPDATE schema_version SET version = ?", (version + 1,))
