"""One importer, three kinds of tape: housing loans, ABCP receivables and their monthly history.

The receivables tape and the history go through ``read_tape`` with their own schema, so they
get the loan tape's file safety, unit evidence and cell-by-cell problems (sheet, row, column).
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest

from jcr_desk.pool.mapping import MappingProfile, auto_map, load_profiles, save_profile
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.schema import (
    LOANS,
    RECEIVABLES,
    RECEIVABLES_HISTORY,
    TAPE_KINDS,
    field_spec,
    schema,
)
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.values import parse_months
from tests.sheets import write_rows

RECEIVABLE_HEADER = ["債権番号", "会員番号", "請求額（円）", "支払日", "加盟店業種", "譲渡人"]


def _receivables(tmp_path, rows):
    title = [["カードショッピング債権明細（2026年9月30日現在）"], RECEIVABLE_HEADER]
    return write_rows(tmp_path / "receivables.xlsx", [*title, *rows])


def test_field_names_are_unique_across_the_kinds():
    names = [spec.name for kind in TAPE_KINDS for spec in schema(kind)]
    assert len(names) == len(set(names))
    assert field_spec("receivable_balance").kind == "money"
    assert field_spec("month").kind == "month"


def test_a_receivables_tape_reads_with_its_own_schema(tmp_path):
    due = datetime(2026, 10, 27)
    path = _receivables(
        tmp_path,
        [
            ["R-1", "M-1", 12_000, due, "Supermarket", "Mitsukaze Card"],
            ["R-2", "M-2", 53_500, due, "Department store", "Mitsukaze Card"],
            ["R-3", "M-2", 8_250, due, "Supermarket", "Hoshizora Card"],
        ],
    )
    tape = read_tape(path, kind=RECEIVABLES)
    assert tape.mapping.kind == RECEIVABLES
    assert set(tape.mapping.columns) == {spec.name for spec in schema(RECEIVABLES)}
    assert tape.loans["receivable_balance"].tolist() == [12_000, 53_500, 8_250]
    assert tape.mapping.units["receivable_balance"] == "yen"
    assert tape.cut_off is not None and tape.cut_off.date == date(2026, 9, 30)
    assert tape.summary is None  # housing-loan strats mean nothing here
    assert not [p for p in tape.problems if p.severity == "error"]
    assert tape.source["kind"] == RECEIVABLES


def test_a_repeated_receivable_number_is_an_error_on_each_copy_naming_its_cell(tmp_path):
    due = datetime(2026, 10, 27)
    path = _receivables(
        tmp_path,
        [
            ["R-1", "M-1", 12_000, due, "Supermarket", "Mitsukaze Card"],
            ["R-1", "M-2", 53_500, due, "Supermarket", "Mitsukaze Card"],
        ],
    )
    tape = read_tape(path, kind=RECEIVABLES)
    duplicates = [p for p in tape.problems if p.rule == "duplicate_receivable_id"]
    where = [(p.row, p.column, p.severity) for p in duplicates]
    assert where == [(3, "A", "error"), (4, "A", "error")]
    assert "receivable R-1 appears 2 times" in duplicates[0].message


def test_a_history_reads_months_written_as_text_and_refuses_negative_amounts_by_cell(tmp_path):
    rows = [
        ["年月", "債権残高（円）", "回収額（円）", "貸倒額（円）", "取消額（円）"],
        ["2025/01", 1_000_000, 950_000, 3_000, 2_000],
        ["2025年2月", 1_100_000, 1_040_000, -5, 2_500],
        [202503, 1_050_000, 1_000_000, 2_800, "n/a"],
    ]
    tape = read_tape(write_rows(tmp_path / "history.xlsx", rows), kind=RECEIVABLES_HISTORY)
    months = tape.loans["month"].to_numpy(dtype="datetime64[M]")
    assert months.astype(str).tolist() == ["2025-01", "2025-02", "2025-03"]
    assert tape.cut_off is None
    negative = next(p for p in tape.problems if p.rule == "out_of_range")
    assert (negative.row, negative.column, negative.header) == (3, "D", "貸倒額（円）")
    unreadable = next(p for p in tape.problems if p.rule == "unreadable")
    assert (unreadable.row, unreadable.column) == (4, "E")


def test_a_loan_profile_is_refused_for_a_receivables_tape(tmp_path):
    path = _receivables(tmp_path, [["R-1", "M-1", 1_000, datetime(2026, 10, 27), "x", "y"]])
    profile = MappingProfile("Mitsukaze Card", {"loan_id": "債権番号"})
    with pytest.raises(TapeError, match="maps loans tapes, not receivables"):
        read_tape(path, profile=profile, kind=RECEIVABLES)


def test_one_originator_keeps_a_profile_per_tape_kind(tmp_path):
    loans = MappingProfile("Mitsukaze Card", {"loan_id": "No"})
    receivables = MappingProfile(
        "Mitsukaze Card", {"receivable_id": "債権番号"}, kind=RECEIVABLES
    )
    first, second = save_profile(loans, tmp_path), save_profile(receivables, tmp_path)
    assert first != second
    assert load_profiles(tmp_path) == [loans]
    assert load_profiles(tmp_path, kind=RECEIVABLES) == [receivables]


def test_a_profile_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="tape kind 'leases'"):
        MappingProfile("x", {}, kind="leases")


def test_headers_map_within_their_kind_only():
    assert auto_map(["債権番号"], LOANS).columns == {"loan_id": 0}
    assert auto_map(["債権番号"], RECEIVABLES).columns == {"receivable_id": 0}


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("2024-01", "2024-01"),
        ("2024/1", "2024-01"),
        ("２０２４年３月", "2024-03"),
        (202412, "2024-12"),
        (datetime(2024, 5, 17), "2024-05"),
        ("2024-05-31", "2024-05"),
    ],
)
def test_months_are_read_from_the_ways_originators_write_them(cell, month):
    values, bad = parse_months([cell])
    assert not bad[0]
    assert np.datetime_as_string(values[0], unit="M") == month


@pytest.mark.parametrize("cell", ["2024-13", "soon", 202413, True])
def test_a_cell_naming_no_month_is_bad(cell):
    _values, bad = parse_months([cell])
    assert bad[0]
