"""Over-collateralisation is enhancement every class has, and the last class can be rated.

Issue 14, finding 1: a structure without a residual class, or a pool larger than its notes,
used to give the last rated class no enhancement and no way to pass.
"""

from __future__ import annotations

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import stress_inputs
from tests.unit.structured.deals import deal, loan_table, run_json, with_deal


def test_a_rated_last_class_passes_when_the_waterfall_repays_it() -> None:
    # No defaults, collections swept daily (no commingling layer), no deposits: nothing but
    # the waterfall stands between the Junior and full repayment.
    loans = loan_table([20e6, 30e6, 50e6], [120, 180, 240])
    inputs = deal(
        loans,
        [("Senior", 0.9, "fixed", 0.004), ("Junior", 0.1, "fixed", 0.008)],
        default=0.0,
        commingling_one_day=True,
    )
    result = run_json(inputs)
    for line in result["ratings"].values():
        junior = line["tranches"]["Junior"]
        assert junior["achievable"] is True
        assert junior["pass"] is True
        assert junior["bad_loan_ce"] == pytest.approx(0.0, abs=1e-4)
        assert junior["available_ce"] == pytest.approx(0.0)
        assert junior["breakeven_multiple"] > 0
    assert result["over_collateralisation"]["amount"] == pytest.approx(0.0, abs=1.0)


@pytest.fixture(scope="module")
def demo_class_a_alone():
    case = build_demo_case(loans=400)
    inputs = stress_inputs(case, case.scenarios[0])
    senior = inputs.classes[0]
    return run_json(with_deal(inputs, classes=(senior,))), senior


def test_the_pool_above_the_notes_is_enhancement_shown_as_its_own_line(demo_class_a_alone):
    result, senior = demo_class_a_alone
    oc = result["over_collateralisation"]
    assert oc["amount"] == pytest.approx(result["pool_balance"] - senior.balance)
    assert oc["share"] == pytest.approx(0.07, abs=1e-4)  # class sizes rounded to ¥1m
    aaa = result["ratings"]["AAA"]["tranches"]["Class A"]
    assert aaa["available_ce"] == pytest.approx(oc["share"])
    assert aaa["over_collateralisation"] == pytest.approx(oc["share"])
    assert aaa["required_ce"] is not None
    assert aaa["pass"] is (aaa["available_ce"] + 1e-12 >= aaa["required_ce"])
    assert result["tranches"]["Class A"]["highest_rating"] is not None


def test_over_collateralisation_adds_to_each_class_below_a_residual() -> None:
    loans = loan_table([40e6, 60e6], [240, 300])
    inputs = deal(
        loans,
        [("A", 0.85, "fixed", 0.004), ("B", 0.05, "fixed", 0.008), ("Seller", 0.05, "residual", 0)],
    )
    result = run_json(inputs)
    line = result["ratings"]["AAA"]["tranches"]
    assert result["over_collateralisation"]["share"] == pytest.approx(0.05)
    assert line["A"]["available_ce"] == pytest.approx(0.15)
    assert line["B"]["available_ce"] == pytest.approx(0.10)
    assert line["B"]["over_collateralisation"] == pytest.approx(0.05)


def test_a_residual_class_is_never_rated() -> None:
    loans = loan_table([40e6, 60e6], [240, 300])
    inputs = deal(loans, [("A", 0.9, "fixed", 0.004), ("Seller", 0.1, "residual", 0.0)])
    result = run_json(inputs)
    assert set(result["ratings"]["AAA"]["tranches"]) == {"A"}
    assert result["tranches"]["Seller"]["rated"] is False
