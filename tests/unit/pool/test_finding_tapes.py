"""Issue 15's tapes (tests/data/tapes/f*.xlsx, written by finding_tapes.py) read to the true
pool they were written from, or ask. Each of these read a wrong number, silently, before."""

from __future__ import annotations

from datetime import date

import numpy as np
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
