"""ABCP programs in the case file: saved and reopened whole, refused when damaged."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest

from jcr_desk.case import CaseFileError, load_case, save_case
from tests.unit.case.abcp_cases import program_case


def test_a_program_with_history_receivables_choices_and_analysis_round_trips(tmp_path):
    case = program_case()
    path = tmp_path / "abcp.jcrcase"
    save_case(case, path)
    loaded = load_case(path)
    assert loaded.programs == case.programs
    [item] = loaded.programs
    assert item.history is not None and item.history.month_count == 24
    assert item.receivables is not None and len(item.receivables.loans) == 40
    assert item.choices.adjustments[0].reason == "seasonal peaks"
    [record] = loaded.program_results
    assert record.result == case.program_results[0].result
    assert record.inputs_hash == case.program_results[0].inputs_hash


def _tamper(path, statement, *values):
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(statement, values)


def test_a_history_with_months_out_of_order_is_refused_as_damaged_naming_the_program(tmp_path):
    path = tmp_path / "abcp.jcrcase"
    save_case(program_case(), path)
    with closing(sqlite3.connect(path)) as conn:
        [(month,)] = conn.execute("SELECT month FROM program_0_history WHERE _row = 23").fetchall()
    _tamper(path, "UPDATE program_0_history SET month = ? WHERE _row = 5", month)
    with pytest.raises(CaseFileError) as caught:
        load_case(path)
    message = str(caught.value)
    assert "is damaged" in message and "'Sakura Receivables Funding'" in message
    assert "monthly history" in message and "2024-07 comes after 2025-12" in message


def test_a_sponsor_no_longer_in_the_group_is_refused(tmp_path):
    case = program_case()
    path = tmp_path / "abcp.jcrcase"
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn:
        [(text,)] = conn.execute("SELECT program FROM programs").fetchall()
    data = json.loads(text)
    data["sponsor"]["entity_id"] = "gone"
    _tamper(path, "UPDATE programs SET program = ?", json.dumps(data))
    with pytest.raises(CaseFileError, match="sponsor: entity 'gone' is not in the case"):
        load_case(path)


def test_factors_weaker_for_a_better_rating_are_refused(tmp_path):
    case = program_case()
    item = case.programs[0]
    adjusted = replace(item.choices.adjustments[0], rating="J-1+", value=2.0)
    item.choices = replace(item.choices, adjustments=(adjusted,))
    path = tmp_path / "abcp.jcrcase"
    save_case(case, path)
    with pytest.raises(CaseFileError, match="stress factors: the multiple of J-1\\+ \\(2\\)"):
        load_case(path)


def test_a_stored_analysis_of_another_format_is_left_out(tmp_path):
    path = tmp_path / "abcp.jcrcase"
    save_case(program_case(), path)
    _tamper(path, "UPDATE program_results SET data = ?", json.dumps({"format": 0}))
    loaded = load_case(path)
    assert loaded.program_results == [] and len(loaded.programs) == 1
