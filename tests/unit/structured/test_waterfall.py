"""The waterfall and the solver on small pools worked by hand."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.projection import PoolCashflows
from jcr_desk.structured.rmbs.solver import Problems, required_subordination
from jcr_desk.structured.rmbs.waterfall import WaterfallTerms, run_waterfall


def flows(interest, principal, defaults=None, recoveries=None) -> PoolCashflows:
    """Pool flows for one stress from month-1-onwards lists; the balance follows from them."""
    interest = np.concatenate(([0.0], interest))
    principal = np.concatenate(([0.0], principal))
    months = len(principal) - 1
    defaults = np.concatenate(([0.0], defaults if defaults is not None else np.zeros(months)))
    recoveries = np.concatenate(([0.0], recoveries if recoveries is not None else np.zeros(months)))
    total = principal.sum() + defaults.sum()
    balance = total - np.cumsum(principal + defaults)
    rows = [a[None, :] for a in (principal, interest, defaults, recoveries, balance)]
    return PoolCashflows(*rows, balance_by_rate_type=balance[None, None, :])


def terms(coupons, **overrides) -> WaterfallTerms:
    values = {
        "coupons": np.asarray(coupons, float),
        "fee_rate": 0.0,
        "sequential": True,
        "trigger": 1.0,
        "default_trap": True,
        "clean_up_call": 0.0,
        "legal_final_month": 10_000,
    }
    values.update(overrides)
    return WaterfallTerms(**values)


def test_sequential_pays_the_senior_first_and_losses_hit_the_junior() -> None:
    # Pool 100: 10 defaults in month 1 (no recovery, no interest), 90 principal over months 2-3.
    pool = flows([0, 0, 0], [0, 45, 45], defaults=[10, 0, 0])
    outcome = run_waterfall(
        pool, np.array([0]), np.array([[80.0, 20.0]]), np.zeros(1), terms([0, 0]), record=True
    )
    assert outcome.paid_in_full[0].tolist() == [True, False]
    assert outcome.unpaid_principal[0] == pytest.approx([0.0, 10.0])
    ledger = outcome.ledger
    assert ledger is not None
    # Month 2 pays 45 to the senior, month 3 the senior's last 35 and 10 to the junior.
    assert ledger.class_balance[0, :, 2] == pytest.approx([35.0, 20.0])
    assert ledger.class_balance[0, :, 3] == pytest.approx([0.0, 10.0])


def test_excess_spread_covers_defaults_through_the_default_trap() -> None:
    # 10 defaults in month 1; 12 of interest in month 2 on a zero-coupon structure: the trap
    # pays 10 of it as principal, so both classes are whole.
    pool = flows([0, 12, 0], [0, 45, 45], defaults=[10, 0, 0])
    trapped = run_waterfall(
        pool, np.array([0]), np.array([[80.0, 20.0]]), np.zeros(1), terms([0, 0])
    )
    assert trapped.paid_in_full[0].tolist() == [True, True]
    loose = run_waterfall(
        pool,
        np.array([0]),
        np.array([[80.0, 20.0]]),
        np.zeros(1),
        terms([0, 0], default_trap=False),
    )
    assert loose.paid_in_full[0].tolist() == [True, False]


def test_interest_shortfall_is_carried_and_the_reserve_pays_it() -> None:
    # Senior 100 at 12 % a year owes 1 a month; the pool pays no interest in month 1.
    pool = flows([0, 5], [0, 100])
    without = run_waterfall(
        pool, np.array([0]), np.array([[100.0, 0.0]]), np.zeros(1), terms([0.12, 0])
    )
    assert without.paid_in_full[0, 0]  # month 2 pays both months' interest
    reserve = run_waterfall(
        pool,
        np.array([0]),
        np.array([[100.0, 0.0]]),
        np.array([1.0]),
        terms([0.12, 0]),
        record=True,
    )
    assert reserve.ledger is not None
    assert reserve.ledger.reserve[0, 1] == pytest.approx(0.0)  # drawn for month 1's interest
    assert reserve.paid_in_full[0, 0]


def test_pro_rata_turns_sequential_when_defaults_pass_the_trigger() -> None:
    pool = flows([0, 0, 0], [10, 10, 70], defaults=[0, 10, 0])
    pro_rata = terms([0, 0], sequential=False, trigger=0.05)
    outcome = run_waterfall(
        pool, np.array([0]), np.array([[50.0, 50.0]]), np.zeros(1), pro_rata, record=True
    )
    assert outcome.ledger is not None
    # Month 1 pro rata: 5 and 5. Month 2: defaults 10 % > 5 % trigger, so the 10 collected
    # all go to the senior.
    assert outcome.ledger.class_balance[0, :, 1] == pytest.approx([45.0, 45.0])
    assert outcome.ledger.class_balance[0, :, 2] == pytest.approx([35.0, 45.0])


def test_clean_up_call_repays_the_classes_at_the_call_level() -> None:
    pool = flows([0] * 10, [10] * 10)
    outcome = run_waterfall(
        pool,
        np.array([0]),
        np.array([[90.0, 10.0]]),
        np.zeros(1),
        terms([0, 0], clean_up_call=0.25),
        record=True,
    )
    assert outcome.ledger is not None
    # After month 8 the pool is 20 ≤ 25: the servicer buys it, every class is repaid.
    assert outcome.ledger.class_balance[0, :, 8] == pytest.approx([0.0, 0.0])


def test_senior_needs_at_least_the_losses_when_there_is_no_excess_spread() -> None:
    # No interest anywhere, 7 % of the pool lost: a sequential senior needs CE ≥ 7 %.
    pool = flows([0] * 4, [0, 31, 31, 31], defaults=[7, 0, 0, 0])
    need = required_subordination(
        pool,
        Problems(np.array([0]), np.array([0])),
        np.array([0.9, 0.1]),
        np.zeros(1),
        terms([0, 0]),
        1e-4,
    )
    assert need.achievable[0]
    assert 0.07 <= need.subordination[0] <= 0.07 + 2e-4


def test_not_achievable_when_the_pool_cannot_repay_even_a_sliver() -> None:
    pool = flows([0, 0], [0, 0], defaults=[100, 0])
    need = required_subordination(
        pool,
        Problems(np.array([0]), np.array([0])),
        np.array([0.9, 0.1]),
        np.zeros(1),
        terms([0, 0]),
        1e-4,
    )
    assert not need.achievable[0]
    assert np.isnan(need.subordination[0])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 3), st.floats(0, 30), st.floats(0, 8), st.floats(0, 5)),
        min_size=1,
        max_size=24,
    ),
    st.lists(st.floats(0.05, 1.0), min_size=2, max_size=4),
    st.lists(st.floats(0.0, 0.2), min_size=2, max_size=4),
    st.booleans(),
    st.booleans(),
    st.floats(0, 0.05),
    st.floats(0, 5),
)
def test_cash_is_conserved_and_balances_stay_non_negative(
    months, weights, coupons, sequential, trap, fee_rate, reserve
) -> None:
    interest, principal, defaults, recoveries = (
        np.array(column) for column in zip(*months, strict=True)
    )
    pool = flows(interest, principal, defaults, recoveries)
    classes = min(len(weights), len(coupons))
    shares = np.array(weights[:classes]) / sum(weights[:classes])
    balances = shares[None, :] * pool.balance[0, 0]
    rates = np.array(coupons[:classes])
    rates[-1] = 0.0
    outcome = run_waterfall(
        pool,
        np.array([0]),
        balances,
        np.array([reserve]),
        terms(rates, sequential=sequential, default_trap=trap, fee_rate=fee_rate, trigger=0.02),
        record=True,
    )
    ledger = outcome.ledger
    assert ledger is not None
    assert (ledger.class_balance >= 0).all()
    assert (ledger.reserve >= -1e-9).all()
    inflow = ledger.collections[0, 1:] + ledger.reserve[0, :-1]
    outflow = (
        ledger.fees[0, 1:]
        + ledger.interest_paid[0, 1:]
        + ledger.principal_paid[0, 1:]
        + ledger.reserve[0, 1:]
        + ledger.released[0, 1:]
    )
    assert inflow == pytest.approx(outflow, abs=1e-6)
    assert (ledger.released >= -1e-9).all()
