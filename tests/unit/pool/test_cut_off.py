"""The cut-off date comes from the tape's title rows, in English or Japanese layouts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from jcr_desk.pool.cut_off import find_cut_off
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.tape_writer import write_tape_xlsx

CUT_OFF = date(2026, 9, 30)


@pytest.mark.parametrize(
    "rows",
    [
        [("Residential mortgage loan tape",), ("Cut-off date: 2026-09-30",)],
        [("住宅ローン債権明細",), ("基準日：2026年9月30日",)],
        [("Pool as of", datetime(2026, 9, 30))],
        [("基準日", "令和8年9月30日")],
        [(None, "Cut off", None, "2026/09/30")],
        [("住宅ローン債権明細（2026年9月30日現在）",)],
        [("住宅ローン債権明細", None, "令和8年9月30日時点")],
        [("Residential mortgage pool as of 30 September 2026",)],
        [("Pool as at September 30th, 2026",)],
        [("令和8年9月末現在",)],
        [("2026年9月末日現在",)],
        [("R8.9.30 時点",)],
        [("データ基準日：２０２６０９３０",)],
    ],
)
def test_cut_off_in_the_cell_or_the_next_one(rows):
    found = find_cut_off(rows)
    assert found.date == CUT_OFF and found.source == "title"
    assert found.detail.startswith("title row")


def test_the_report_names_the_title_row_the_date_came_from():
    found = find_cut_off([("住宅ローン債権明細（2026年9月30日現在）",)])
    assert found.text() == '2026-09-30 (title row 1 "住宅ローン債権明細（2026年9月30日現在）")'


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [("Residential mortgage loan tape",)],
        [("Cut-off date: unknown",)],
        [("実行日2020/1/1以降のローン",)],  # a date, but no cut-off word beside it
    ],
)
def test_no_cut_off_gives_none(rows):
    assert find_cut_off(rows) is None


@pytest.mark.parametrize("language", ["en", "ja"])
def test_imported_tape_runs_seasoning_and_terms_to_its_cut_off(tmp_path, language):
    loans = generate_loans(40, seed=3)
    newest = loans["origination_date"].max().date()
    assert newest < CUT_OFF  # otherwise the test would not tell the two dates apart
    path = write_tape_xlsx(loans.drop(columns=["remaining_term_months"]),
                           tmp_path / f"tape_{language}.xlsx", language, as_of=CUT_OFF)

    tape = read_tape(path)

    assert tape.source["as_of"] == CUT_OFF.isoformat()
    assert tape.summary.as_of == CUT_OFF
    assert "remaining_term_months" in tape.source["derived"]
    expected = loans["remaining_term_months"].to_numpy()
    assert (abs(tape.loans["remaining_term_months"].to_numpy() - expected) <= 1).all()
