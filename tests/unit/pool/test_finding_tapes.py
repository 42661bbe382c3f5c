"""Issue 15's tapes (tests/data/tapes/f*.xlsx, written by finding_tapes.py) read to the true
pool they were written from, or ask. Each of these read a wrong number, silently, before."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from jcr_desk.pool.tape import ReadChoices, read_tape
from jcr_desk.pool.units import FORMAT, TITLE, VALUES
from tests.unit.pool import finding_tapes
from tests.unit.pool.finding_tapes import CUT_OFF, truth


def read(name: str, **options):
    return read_tape(finding_tapes.path(name), **options)


def errors(tape) -> list[str]:
    return [p.message for p in tape.problems if p.severity == "error"]


def weighted_rate(loans) -> float:
    balance = loans["current_balance"].to_numpy(dtype=float)
    return float(loans["interest_rate"].to_numpy(dtype=float) @ balance / balance.sum())


# -- 1. percent-formatted fractions under a "%" header ----------------------------------------


def test_percent_formatted_fractions_read_as_the_rates_excel_shows():
    tape, loans = read("f01_percent_format"), truth("f01_percent_format")
    assert not errors(tape)
    np.testing.assert_allclose(tape.loans["interest_rate"], loans["interest_rate"], atol=5e-6)
    np.testing.assert_allclose(tape.loans["ltv"], loans["ltv"], atol=5e-5)
    np.testing.assert_allclose(tape.loans["dti"], loans["dti"], atol=5e-5)  # percent numbers
    assert weighted_rate(tape.loans) == pytest.approx(weighted_rate(loans), abs=1e-5)
    rate = tape.readings["interest_rate"]
    assert rate.unit == "fraction" and rate.evidence[0].source == FORMAT
    assert "40 cells in a percent format" in tape.source["unit_evidence"]["interest_rate"]


# -- 2. thousand-yen tapes of large loans ------------------------------------------------------


@pytest.mark.parametrize("name", ["f02_thousand_yen_title", "f02_thousand_yen_bare"])
def test_thousand_yen_apartment_loans_read_in_yen(name):
    tape, loans = read(name), truth(name)
    assert not errors(tape)
    for key in ("original_balance", "current_balance"):
        np.testing.assert_array_equal(tape.loans[key], loans[key].to_numpy(dtype=float))
    assert tape.summary.total_current_balance == loans["current_balance"].sum()
    assert tape.readings["current_balance"].unit == "thousand_yen"


def test_the_report_says_which_words_and_values_decided_the_unit():
    tape = read("f02_thousand_yen_title")
    sources = {item.source for item in tape.readings["original_balance"].evidence}
    assert {TITLE, VALUES} <= sources
    assert '"単位：千円"' in tape.source["unit_evidence"]["original_balance"]


def test_a_yen_header_over_thousand_yen_figures_is_asked_not_guessed():
    name = "f02_yen_header_thousand_figures"
    tape = read(name)
    asked = [p for p in tape.problems if p.rule == "unit_undecided"]
    assert {p.field for p in asked} == {"original_balance", "current_balance"}
    assert "--unit current_balance=yen or thousand_yen" in asked[-1].message
    assert len(tape.importable()) == 0

    units = {"original_balance": "thousand_yen", "current_balance": "thousand_yen"}
    chosen = read(name, choices=ReadChoices(units=units))
    assert not errors(chosen)
    np.testing.assert_array_equal(
        chosen.loans["current_balance"], truth(name)["current_balance"].to_numpy(dtype=float)
    )
    warned = [p for p in chosen.problems if p.rule == "unit_against_evidence"]
    assert len(warned) == 2  # the analyst chose against the header's 円, and it says so


# -- 3. the cut-off date from the title ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("f03_cut_off_in_title", "住宅ローン債権明細（2026年9月30日現在）"),
        ("f03_cut_off_era", "令和8年9月30日時点"),
        ("f03_cut_off_english", "Residential mortgage pool as of 30 September 2026"),
    ],
)
def test_the_cut_off_in_the_title_runs_seasoning_and_terms(name, where):
    tape, loans = read(name), truth(name)
    assert loans["origination_date"].max().date() <= finding_tapes.NEWEST_ORIGINATION
    assert tape.summary.as_of == CUT_OFF and not tape.summary.as_of_inferred
    assert where in tape.source["as_of_source"]
    np.testing.assert_allclose(
        tape.loans["remaining_term_months"], loans["remaining_term_months"], atol=1
    )


def test_no_cut_off_in_the_tape_is_said_and_the_inferred_date_shown_as_inferred():
    name = "f03_no_cut_off"
    tape, loans = read(name), truth(name)
    newest = loans["origination_date"].max().date()
    assert tape.summary.as_of == newest and tape.summary.as_of_inferred
    assert tape.source["as_of_inferred"] and "inferred" in tape.source["as_of_source"]
    [warning] = [p for p in tape.problems if p.rule == "cut_off_inferred"]
    assert "--cut-off YYYY-MM-DD" in warning.message and newest.isoformat() in warning.message

    entered = read(name, choices=ReadChoices(cut_off=CUT_OFF))
    assert entered.summary.as_of == CUT_OFF and not entered.summary.as_of_inferred
    assert not [p for p in entered.problems if p.rule == "cut_off_inferred"]
    np.testing.assert_allclose(
        entered.loans["remaining_term_months"], loans["remaining_term_months"], atol=1
    )


def test_an_entered_cut_off_against_the_title_is_reported():
    tape = read("f03_cut_off_in_title", choices=ReadChoices(cut_off=date(2026, 8, 31)))
    assert tape.summary.as_of == date(2026, 8, 31)
    [warning] = [p for p in tape.problems if p.rule == "cut_off_differs"]
    assert "2026-09-30" in warning.message


# -- 4. two-row and merged headers ------------------------------------------------------------


@pytest.mark.parametrize("name", ["f04_merged_header", "f04_bilingual_header"])
def test_a_header_over_two_rows_maps_every_column_and_no_header_row_is_a_loan(name):
    tape, loans = read(name), truth(name)
    assert not errors(tape)
    assert len(tape.loans) == len(loans) == 40
    assert tape.excel_rows[0] == 5  # two title rows, two header rows
    np.testing.assert_array_equal(
        tape.loans["current_balance"], loans["current_balance"].to_numpy(dtype=float)
    )
    np.testing.assert_array_equal(
        tape.loans["original_balance"], loans["original_balance"].to_numpy(dtype=float)
    )
    assert tape.source["header_row"] == 3 and tape.source["header_rows"] == 2


def test_merged_parent_and_child_labels_are_combined():
    tape = read("f04_merged_header")
    headers = tape.mapping.headers
    assert headers[:6] == ["債権番号", "債務者番号", "実行日", "最終期日",
                           "金額（円） / 当初貸出額", "金額（円） / 貸出残高"]
    assert tape.readings["current_balance"].unit == "yen"  # from the group header's 円


def test_a_two_row_header_in_csv_without_merge_data(tmp_path):
    name = "f04_merged_header"
    frame = pd.read_excel(finding_tapes.path(name), header=None, dtype=object, engine="calamine")
    csv_path = tmp_path / "merged.csv"
    frame.to_csv(csv_path, header=False, index=False)
    tape, loans = read_tape(csv_path), truth(name)
    assert not errors(tape) and len(tape.loans) == 40
    np.testing.assert_array_equal(
        tape.loans["current_balance"], loans["current_balance"].to_numpy(dtype=float)
    )


# -- 9. a totals row and footnotes under the loans --------------------------------------------


def test_footnotes_under_the_totals_row_are_neither_loans_nor_errors():
    tape, loans = read("f09_footnotes"), truth("f09_footnotes")
    assert not errors(tape)
    assert len(tape.loans) == 40
    assert tape.source["totals_row"] == 3 + 40 + 1  # two title rows, the header, the loans
    assert [text for _row, text in tape.source["footnotes"]] == [
        "※1 残高は基準日現在の元本残高です。", "※2 金利は年率（%）です。"
    ]
    assert not [p for p in tape.problems if p.rule == "totals_mismatch"]
    assert tape.summary.total_current_balance == loans["current_balance"].sum()


# -- 8. a column the tape lacks is "not in the tape", never zero ------------------------------


def test_missing_columns_are_not_in_the_tape_rather_than_zero():
    summary = read("f08_missing_columns").summary
    assert summary.total_original_balance is None
    assert summary.borrower_count == len(truth("f08_missing_columns")["borrower_id"].unique())
    flags = {flag.name: flag for flag in summary.concentrations}
    assert flags["largest_prefecture_share"].share is None
    assert not flags["largest_prefecture_share"].flagged
    assert flags["investment_condominium_share"].share is None
    mixes = {table.field: table for table in summary.mixes}
    assert mixes["prefecture"].missing and mixes["prefecture"].labels == ()
    assert mixes["loan_purpose"].missing
    assert not mixes["rate_type"].missing or "rate_type" in summary.missing
    assert {"original_balance", "prefecture", "loan_purpose", "ltv"} <= set(summary.missing)
    data = summary.to_dict()
    assert data["total_original_balance"] is None and "prefecture" in data["missing"]


# -- 7. problems that can be read ---------------------------------------------------------------


def test_errors_come_first_by_row_and_repeated_warnings_are_one_line():
    from jcr_desk.pool.problem_groups import group_problems

    tape, loans = read("f07_many_warnings"), truth("f07_many_warnings")
    groups = group_problems(tape.problems)
    first_row = 4  # two title rows, the header
    errors = [g for g in groups if g.severity == "error"]
    assert [g.rows for g in errors] == [[first_row + i] for i in finding_tapes.WARNING_ERRORS]
    assert groups[: len(errors)] == errors

    shared = loans["borrower_id"].value_counts()
    several = shared[shared > 1]
    [borrowers] = [g for g in groups if g.rule == "borrower_several_loans"]
    assert borrowers.count == int(several.sum())
    assert borrowers.headline == (
        f"債務者番号: {len(several)} borrowers hold more than one loan ({several.sum()} loans) "
        "— setoff is counted per borrower"
    )
    assert borrowers.rows == sorted(borrowers.rows) and len(borrowers.rows) == borrowers.count
    assert len(groups) < len(tape.problems) / 10


# -- 5. the report before the import: a tape with no importable row can be inspected ---------


def test_a_tape_that_cannot_be_imported_is_still_summarised_and_counted_right():
    tape, loans = read("f05_no_valid_rows"), truth("f05_no_valid_rows")
    assert (tape.row_count, tape.importable_count, tape.excluded_count) == (201, 0, 201)
    assert [p.rule for p in tape.blocking] == ["required_column_missing"]
    assert tape.summary.loan_count == 201  # the rows without errors of their own
    assert tape.summary.total_current_balance == loans["current_balance"].sum()
