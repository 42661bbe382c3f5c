"""Required subordination by part, worked by hand on small histories (both stress forms).

History of the main examples: 12 months on a ¥1,000,000 balance; credit losses alternate
0.4 % and 0.6 % (mean 0.5 %, sample SD √(12 × 0.001² / 11) = 0.104447 %), cancellations 0.2 %
every month (SD 0), collections 95 % but 98 % in 2024-06.
"""

from __future__ import annotations

import math

import pytest

from jcr_desk.structured.abcp.program import Party
from jcr_desk.structured.abcp.stress import StressChoices
from jcr_desk.structured.abcp.subordination import FAIL, PASS, PASS_IF_ORIGINATOR_CAPS
from tests.unit.structured.abcp.programs import (
    MEAN_MULTIPLE,
    MEAN_SD,
    analyse,
    history_of,
    internal_program,
)

LOSSES = [0.004, 0.006] * 6
CANCELLATIONS = [0.002] * 12
COLLECTIONS = [0.95] * 5 + [0.98] + [0.95] * 6
SD_LOSS = math.sqrt(12 * 0.001**2 / 11)


@pytest.fixture
def history():
    return history_of(LOSSES, CANCELLATIONS, COLLECTIONS)


def test_base_case_statistics(history):
    result = analyse(internal_program(), history)
    loss = result.statistic("credit_loss")
    assert loss.mean == pytest.approx(0.005)
    assert loss.sd == pytest.approx(SD_LOSS)
    assert loss.recent_mean == pytest.approx(0.005)
    assert loss.peak == pytest.approx(0.006) and loss.peak_month == "2024-02"
    collections = result.statistic("collection")
    assert collections.peak == pytest.approx(0.98) and collections.peak_month == "2024-06"


def test_multiple_form_parts_per_rating(history):
    result = analyse(internal_program(), history, MEAN_MULTIPLE)
    # multiple 4.5 / 3.5 / 3.0 / 2.5; transfer reserve 0.5 % (Desk default); commingling
    # mitigated, so 0.
    expected = {
        "J-1+": (0.0225, 0.009),
        "J-1": (0.0175, 0.007),
        "J-2": (0.015, 0.006),
        "J-3": (0.0125, 0.005),
    }
    for rating, (loss, dilution) in expected.items():
        test = result.test(rating)
        assert test.part("credit_loss").value == pytest.approx(loss)
        assert test.part("dilution").value == pytest.approx(dilution)
        assert test.part("commingling").value == 0.0
        assert test.part("servicer_transfer").value == pytest.approx(0.005)
        assert test.required == pytest.approx(loss + dilution + 0.005)
        assert test.outcome == PASS  # 10 % subordination
    assert "base 0.500% (mean of every month) stressed as base × 4.5" in (
        str(result.test("J-1+").part("credit_loss").basis)
    )


def test_sd_form_parts_per_rating(history):
    result = analyse(internal_program(), history, MEAN_SD)
    # k 6 / 5 / 4 / 3; cancellations have SD 0, so dilution stays at its base 0.2 %.
    for rating, k in {"J-1+": 6, "J-1": 5, "J-2": 4, "J-3": 3}.items():
        test = result.test(rating)
        assert test.part("credit_loss").value == pytest.approx(0.005 + k * SD_LOSS)
        assert test.part("dilution").value == pytest.approx(0.002)
    assert result.test("J-1+").required == pytest.approx(0.005 + 6 * SD_LOSS + 0.002 + 0.005)


def test_subordination_decides_pass_and_the_highest_rating(history):
    # J-1+ needs 3.65 %, J-1 2.95 %, J-2 2.6 %, J-3 2.25 %.
    result = analyse(internal_program(subordination=0.03), history)
    assert [t.outcome for t in result.tests] == [FAIL, PASS, PASS, PASS]
    assert result.guideline.status == "proposed"
    assert result.guideline.proposed == "J-1"
    none = analyse(internal_program(subordination=0.02), history)
    assert none.guideline.status == "not_reached" and none.guideline.proposed is None


def test_a_cash_reserve_counts_beside_subordination(history):
    result = analyse(internal_program(subordination=0.03, cash_reserve=0.0065), history)
    assert result.test("J-1+").available == pytest.approx(0.0365)
    assert result.guideline.proposed == "J-1+"


def test_commingling_not_mitigated_is_the_highest_month_of_collections(history):
    program = internal_program(commingling_mitigated=False, commingling_reason="")
    result = analyse(program, history)
    commingling = result.test("J-1").part("commingling")
    assert commingling.value == pytest.approx(0.98)
    assert "2024-06" in str(commingling.basis) and "(Desk default)" in str(commingling.basis)
    two_months = analyse(internal_program(commingling_mitigated=False,
                                          collection_period_months=2), history)
    assert two_months.test("J-1").part("commingling").value == pytest.approx(1.96)


def test_the_originator_caps_when_no_subordination_covers_commingling(history):
    program = internal_program(commingling_mitigated=False, subordination=0.04)
    result = analyse(program, history)  # seller Sakura Card J-1
    assert {t.outcome for t in result.tests} == {PASS_IF_ORIGINATOR_CAPS}
    assert result.guideline.reached == "J-1"
    originator = next(cap for cap in result.caps if cap.kind == "originator")
    assert originator.applied and originator.limit == "J-1"
    assert "003 No. 2 §3(2)(ii)(e)" in originator.citation


def test_an_unknown_originator_rating_keeps_the_capped_ratings_open(history):
    program = internal_program(
        commingling_mitigated=False,
        sellers=(Party("Unrated Card"),),
    )
    result = analyse(program, history)
    assert result.guideline.status == "open"
    assert any("Unrated Card is not known" in str(item) for item in result.guideline.open_items)


def test_commingling_covered_by_subordination_needs_no_originator_cap(history):
    program = internal_program(commingling_mitigated=False, subordination=1.02)
    result = analyse(program, history)
    assert result.test("J-1+").outcome == PASS
    assert result.guideline.proposed == "J-1+"
    assert not any(cap.kind == "originator" for cap in result.caps)


def test_a_stated_transfer_estimate_replaces_the_desk_default(history):
    program = internal_program(transfer_reserve=0.012, transfer_reserve_reason="backup quote")
    part = analyse(program, history).test("J-2").part("servicer_transfer")
    assert part.value == pytest.approx(0.012) and not part.desk_default
    assert str(part.basis) == "program's estimate: backup quote"


def test_readings_of_a_rising_history():
    # losses 0.1 % … 1.2 %: mean 0.65 %, slope 0.1 % a month, trend at the latest month
    # 0.65 % + 0.1 % × 11 / 2 = 1.2 %; the latest 12 months are all of them.
    history = history_of([0.001 * m for m in range(1, 13)])
    loss = analyse(internal_program(), history).statistic("credit_loss")
    assert loss.trend_per_month == pytest.approx(0.001)
    assert loss.reading("trend") == pytest.approx(0.012)
    assert loss.reading("highest") == pytest.approx(0.012)
    assert loss.reading("recent") == pytest.approx(0.0065)
    trend = StressChoices("multiple", "r", "trend", "rising losses")
    result = analyse(internal_program(), history, trend)
    assert result.test("J-3").part("credit_loss").value == pytest.approx(0.012 * 2.5)
    assert not any("rises by" in str(note) for note in result.notes)  # the trend is the base
    mean = analyse(internal_program(), history, StressChoices("multiple", "r", "mean", "r"))
    assert any("rises by 1.200% a year on trend, to 1.200% at the latest month, above the "
               "base case of 0.650%" in str(note) for note in mean.notes)


def test_an_analyst_factor_replaces_the_rulebook_for_its_rating(history):
    from jcr_desk.structured.abcp.stress import FactorAdjustment

    choices = StressChoices(
        "multiple", "r", "mean", "r",
        (FactorAdjustment("J-2", "multiple", 3.2, "seasonal peaks in the pool"),),
    )
    result = analyse(internal_program(), history, choices)
    part = result.test("J-2").part("credit_loss")
    assert part.value == pytest.approx(0.005 * 3.2)
    assert "factor set by the analyst" in str(part.basis) and not part.desk_default


def test_the_desk_defaults_the_figures_rest_on_are_named(history):
    result = analyse(internal_program(), history, StressChoices())
    keys = {d.key for d in result.desk_defaults}
    assert {"abcp.stress.multiple", "abcp.base_case.method", "abcp.stress.form",
            "abcp.servicer_transfer.reserve"} <= keys
    assert result.choices == {"method": "Desk default", "form": "Desk default"}
