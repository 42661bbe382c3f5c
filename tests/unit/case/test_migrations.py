"""The upgrade chain runs on an in-memory copy, step by step, and never touches the file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from jcr_desk.case import CaseFileError, load_case, migrations, save_case
from jcr_desk.case.migrations import v0001_to_v0002, v0002_to_v0003

from .factories import rich_case


def _downgrade_to_format_0(path: Path) -> None:
    """Pretend format 0 named the audit table ``journal``; the test step renames it back.

    Format 0 also predates format 2's what-if flag, so the shipped 1 → 2 step adds it again.
    """
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE audit_log RENAME TO journal")
        conn.execute("ALTER TABLE scenarios DROP COLUMN what_if")
        conn.execute("UPDATE schema_version SET version = 0")
    conn.close()


def _step_0_to_1(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE journal RENAME TO audit_log")


def test_registered_step_upgrades_a_copy_and_leaves_the_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.jcrcase"
    case = rich_case(rows=10)
    save_case(case, path)
    _downgrade_to_format_0(path)
    before = path.read_bytes()
    monkeypatch.setitem(migrations.STEPS, 0, _step_0_to_1)

    assert load_case(path) == case
    assert path.read_bytes() == before


def test_failing_step_is_reported_as_a_case_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.jcrcase"
    save_case(rich_case(rows=3), path)
    _downgrade_to_format_0(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE no_such_table RENAME TO audit_log")

    monkeypatch.setitem(migrations.STEPS, 0, broken)
    with pytest.raises(CaseFileError, match=r"old\.jcrcase: is damaged"):
        load_case(path)


def test_steps_run_in_order_and_record_each_version(monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    conn.execute("INSERT INTO schema_version VALUES (3)")
    seen: list[int] = []

    def step(version: int) -> migrations.Step:
        def run(c: sqlite3.Connection) -> None:
            seen.append(c.execute("SELECT version FROM schema_version").fetchone()[0])

        return run

    for version in (3, 4, 5):
        monkeypatch.setitem(migrations.STEPS, version, step(version))
    migrations.upgrade(conn, 3, 6)
    assert seen == [3, 4, 5]
    assert conn.execute("SELECT version FROM schema_version").fetchone() == (6,)


def test_a_gap_in_the_chain_runs_no_step(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    monkeypatch.setitem(migrations.STEPS, 1, lambda conn: ran.append(1))
    with pytest.raises(migrations.MissingMigrationError) as caught:
        migrations.upgrade(sqlite3.connect(":memory:"), 1, len(migrations.STEPS) + 2)
    assert caught.value.version == len(migrations.STEPS) + 1
    assert ran == []


def test_the_shipped_steps_are_the_what_if_flag_and_the_abcp_programs() -> None:
    shipped = dict(migrations.STEPS)
    assert shipped == {1: v0001_to_v0002.upgrade, 2: v0002_to_v0003.upgrade}


def test_a_format_1_file_opens_with_every_scenario_a_committee_scenario(tmp_path: Path) -> None:
    # Format 2 added the scenarios' what-if flag; a format-1 file has no such column.
    path = tmp_path / "format1.jcrcase"
    case = rich_case(rows=5)
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("ALTER TABLE scenarios DROP COLUMN what_if")
        conn.execute("UPDATE schema_version SET version = 1")
    loaded = load_case(path)
    assert [s.what_if for s in loaded.scenarios] == [False] * len(case.scenarios)
    assert loaded == case


def test_a_format_2_file_opens_without_abcp_programs(tmp_path: Path) -> None:
    # Format 3 added the ABCP program tables; a format-2 file has none of them.
    path = tmp_path / "format2.jcrcase"
    case = rich_case(rows=5)
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        for table in ("programs", "program_columns", "program_results"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE schema_version SET version = 2")
    loaded = load_case(path)
    assert loaded.programs == [] and loaded.program_results == []
    assert loaded == case
    save_case(loaded, tmp_path / "again.jcrcase")  # and saves as format 3
    with closing(sqlite3.connect(tmp_path / "again.jcrcase")) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchone() == (3,)
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"programs", "program_columns", "program_results"} <= names
