"""The upgrade chain runs on an in-memory copy, step by step, and never touches the file."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from jcr_desk.case import CaseFileError, load_case, save_case
from jcr_desk.case.document import migrations
from jcr_desk.case.document.migrations import v0001_to_v0002, v0002_to_v0003
from jcr_desk.case.document.model import DisclosureInfo
from jcr_desk.case.document.storage import SCHEMA_VERSION

from .factories import rich_case

PREVIOUS = SCHEMA_VERSION - 1
#: Written by JCR Desk at case format 1 (before formats 2 and 3), never rewritten.
FORMAT_1_CASE = Path(__file__).parents[2] / "data" / "cases" / "format1.jcrcase"


def _downgrade_to_previous_format(path: Path) -> None:
    """Pretend the previous format named the audit table ``journal``; the test step renames
    it back (so the step under test is the monkeypatched one, not the shipped one)."""
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE audit_log RENAME TO journal")
        conn.execute("UPDATE schema_version SET version = ?", (PREVIOUS,))
    conn.close()


def _step_rename_back(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE journal RENAME TO audit_log")


def _as_format_2(conn: sqlite3.Connection) -> None:
    """Undo what format 3 added: the committee's outputs, and the rationale as paragraphs."""
    (text,) = conn.execute("SELECT rationale FROM committee").fetchone()
    conn.execute("UPDATE committee SET rationale = ?", ("\n\n".join(json.loads(text)),))
    conn.execute("DROP TABLE disclosure")
    conn.execute("DROP TABLE committee_items")
    conn.execute("ALTER TABLE entities DROP COLUMN name_ja")
    conn.execute("UPDATE schema_version SET version = 2")


def test_registered_step_upgrades_a_copy_and_leaves_the_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.jcrcase"
    case = rich_case(rows=10)
    save_case(case, path)
    _downgrade_to_previous_format(path)
    before = path.read_bytes()
    monkeypatch.setitem(migrations.STEPS, PREVIOUS, _step_rename_back)

    assert load_case(path) == case
    assert path.read_bytes() == before


def test_failing_step_is_reported_as_a_case_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.jcrcase"
    save_case(rich_case(rows=3), path)
    _downgrade_to_previous_format(path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE no_such_table RENAME TO audit_log")

    monkeypatch.setitem(migrations.STEPS, PREVIOUS, broken)
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
    monkeypatch.delitem(migrations.STEPS, 2)
    with pytest.raises(migrations.MissingMigrationError) as caught:
        migrations.upgrade(sqlite3.connect(":memory:"), 1, 3)
    assert caught.value.version == 2
    assert ran == []


def test_the_shipped_steps_are_the_what_if_flag_and_the_committee_outputs() -> None:
    assert dict(migrations.STEPS) == {1: v0001_to_v0002.upgrade, 2: v0002_to_v0003.upgrade}
    assert sorted(migrations.STEPS) == list(range(1, SCHEMA_VERSION))


def test_a_format_1_file_opens_with_every_scenario_a_committee_scenario(tmp_path: Path) -> None:
    # Format 2 added the scenarios' what-if flag; a format-1 file has no such column.
    path = tmp_path / "format1.jcrcase"
    case = rich_case(rows=5)
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        _as_format_2(conn)
        conn.execute("ALTER TABLE scenarios DROP COLUMN what_if")
        conn.execute("UPDATE schema_version SET version = 1")
    loaded = load_case(path)
    assert [s.what_if for s in loaded.scenarios] == [False] * len(case.scenarios)
    assert loaded.scenarios == case.scenarios


def test_a_format_2_file_opens_with_its_rationale_in_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "format2.jcrcase"
    case = rich_case(rows=5)
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        _as_format_2(conn)
    loaded = load_case(path)
    assert loaded.committee.rationale == case.committee.rationale
    assert loaded.disclosure == DisclosureInfo() and loaded.committee_items == []
    assert [e.name_ja for e in loaded.entities] == ["", ""]
    expected = dataclasses.replace(
        case,
        disclosure=DisclosureInfo(),
        committee_items=[],
        entities=[dataclasses.replace(e, name_ja="") for e in case.entities],
    )
    assert loaded == expected


def test_a_file_written_by_format_1_jcr_desk_opens(tmp_path: Path) -> None:
    before = FORMAT_1_CASE.read_bytes()
    case = load_case(FORMAT_1_CASE)
    assert FORMAT_1_CASE.read_bytes() == before
    assert case.committee.rationale == [
        "First paragraph, wrapped over two lines.",
        "Second paragraph.",
    ]
    assert case.committee.issuer == "日本証券金融株式会社"
    assert [e.name_ja for e in case.entities] == [""]
    assert case.disclosure == DisclosureInfo()
    assert case.committee_items == []
    assert case.history[0].issue == "Issuer(Long-term)"
    # Saved again, it is a current-format file that reads back the same.
    save_case(case, tmp_path / "upgraded.jcrcase")
    assert load_case(tmp_path / "upgraded.jcrcase") == case


def test_old_notes_split_into_paragraphs_at_blank_lines() -> None:
    assert v0002_to_v0003.paragraphs("") == []
    assert v0002_to_v0003.paragraphs("One line.") == ["One line."]
    assert v0002_to_v0003.paragraphs("a\nb\n \n\nc") == ["a b", "c"]
