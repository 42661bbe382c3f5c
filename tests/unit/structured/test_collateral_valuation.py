"""Collateral value declines from its valuation, not from the cut-off (issue 14, finding 5).

The tape's property value is the appraisal at origination unless the tape gives a valuation
date; seed 002 §2(1)(d) assumes the value falls over time, so a loan originated ten years
before the cut-off has lived through ten years of the decline already.
"""

from __future__ import annotations

import pandas as pd
import pytest

from jcr_desk.structured.rmbs.settings import stress_settings
from tests.unit.structured.deals import deal, loan_table, run_json

CLASSES = [("A", 0.8, "fixed", 0.0), ("R", 0.2, "residual", 0.0)]


def _one_loan(**dates) -> pd.DataFrame:
    frame = loan_table([10_000_000], [420], rate=0.0)
    frame["property_value"] = 20_000_000.0
    for name, value in dates.items():
        frame[name] = pd.Timestamp(value)
    return frame


def _run(loans: pd.DataFrame):
    # Every default in month 1, recovered 12 months later.
    return run_json(
        deal(
            loans, CLASSES, default=0.1, recovery=0.4, lag=12, ratings=("AAA",), timing_curve=(1.0,)
        )
    )


def _expected_recovery(result, months_of_decline: int) -> float:
    rules = stress_settings()
    ratio = (
        0.4
        * rules.recovery_rating_ratio["AAA"]
        * (1 - rules.sale_cost - rules.special_servicer_fee)
    )
    value = 20_000_000 * ratio * (1 - rules.property_decline_per_year) ** (months_of_decline / 12)
    defaulted = result["pool_cashflows"]["AAA"]["defaults"][0]
    return defaulted * min(1.0, value / 10_000_000)


def test_value_declines_from_origination_when_the_tape_has_no_valuation_date() -> None:
    result = _run(_one_loan(origination_date="2016-09-30"))
    recovered = result["pool_cashflows"]["AAA"]["recoveries"][12]
    # 120 months since the appraisal, 1 month to the default, 12 to the sale.
    assert recovered == pytest.approx(_expected_recovery(result, 133), rel=1e-12)
    assert result["recovery"]["valuation_basis"] == "origination date"


def test_a_valuation_date_on_the_tape_wins() -> None:
    result = _run(_one_loan(origination_date="2016-09-30", valuation_date="2024-09-30"))
    recovered = result["pool_cashflows"]["AAA"]["recoveries"][12]
    assert recovered == pytest.approx(_expected_recovery(result, 37), rel=1e-12)
    assert result["recovery"]["valuation_basis"] == "valuation date"


def test_without_dates_the_value_is_taken_at_the_cut_off_and_the_result_says_so() -> None:
    result = _run(_one_loan())
    recovered = result["pool_cashflows"]["AAA"]["recoveries"][12]
    assert recovered == pytest.approx(_expected_recovery(result, 13), rel=1e-12)
    assert result["recovery"]["valuation_basis"] == "cut-off date (the tape has no dates)"
    assert any("valued at the cut-off" in w for w in result["warnings"])
