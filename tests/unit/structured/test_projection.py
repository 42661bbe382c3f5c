"""Loan-level projection: the schedule against the annuity formula, and stressed flows."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.projection import Stresses, monthly_prepayment, project
from jcr_desk.structured.rmbs.schedule import LoanArrays, RecoveryBasis, schedule_pool

NO_RECOVERY = RecoveryBasis((0.0,), 0.0, 0)


def loans(balance, rate, term, level_principal=None, factor=None, lien=None, value=None):
    count = len(balance)
    return LoanArrays(
        balance=np.asarray(balance, float),
        rate=np.asarray(rate, float),
        term=np.asarray(term, np.int64),
        level_principal=np.zeros(count, bool)
        if level_principal is None
        else np.asarray(level_principal),
        rate_type=np.zeros(count, np.int64),
        risk_factor=np.ones(count) if factor is None else np.asarray(factor, float),
        first_lien=np.ones(count, bool) if lien is None else np.asarray(lien),
        property_value=np.zeros(count) if value is None else np.asarray(value, float),
    )


def stresses(default=0.0, early=1.0, late=1.0, cpr=0.0, recovery=0):
    return Stresses(
        np.array([default]),
        np.array([early]),
        np.array([late]),
        np.array([cpr]),
        np.array([recovery]),
    )


def annuity_balance(balance: float, annual_rate: float, term: int, month: int) -> float:
    """Textbook outstanding balance of a level-payment loan after ``month`` instalments."""
    r = annual_rate / 12
    payment = balance * r / (1 - (1 + r) ** -term)
    return balance * (1 + r) ** month - payment * ((1 + r) ** month - 1) / r


def test_no_defaults_no_prepayments_gives_the_annuity_schedule() -> None:
    pool = loans([10_000_000, 5_000_000], [0.012, 0.024], [120, 60])
    schedule = schedule_pool(pool, NO_RECOVERY)
    flows = project(schedule, stresses(), np.full(120, 1 / 120), 60, 0)
    for month in (1, 12, 59, 60, 100, 120):
        expected = annuity_balance(10_000_000, 0.012, 120, month)
        if month < 60:
            expected += annuity_balance(5_000_000, 0.024, 60, month)
        assert flows.balance[0, month] == pytest.approx(expected, rel=1e-9, abs=1e-3)
    # Principal is the fall in balance, interest the rate on the opening balance.
    principal = -np.diff(flows.balance[0])
    assert flows.principal[0, 1:] == pytest.approx(principal, abs=1e-3)
    # Interest of every month: each loan's rate on its opening annuity balance.
    for month in range(1, 121):
        opening = annuity_balance(10_000_000, 0.012, 120, month - 1) * 0.012 / 12
        if month <= 60:
            opening += annuity_balance(5_000_000, 0.024, 60, month - 1) * 0.024 / 12
        assert flows.interest[0, month] == pytest.approx(opening, rel=1e-9, abs=1e-6)
    assert flows.balance[0, -1] == pytest.approx(0.0, abs=1e-3)


def test_level_principal_repays_an_equal_slice_each_month() -> None:
    pool = loans([1_200_000], [0.03], [12], level_principal=[True])
    flows = project(schedule_pool(pool, NO_RECOVERY), stresses(), np.full(12, 1 / 12), 60, 0)
    assert flows.principal[0, 1:] == pytest.approx(np.full(12, 100_000))
    # Interest of month 3: 3 % / 12 on the 1,000,000 still owed after two slices.
    assert flows.interest[0, 3] == pytest.approx(1_000_000 * 0.03 / 12)


def test_defaults_follow_the_curve_and_the_multipliers() -> None:
    # 10 % lifetime defaults, 2× in the first 2 months, 1× after: the curve puts a quarter of
    # the lifetime rate in each of months 1..4 of a 12-month interest-only-like long loan.
    pool = loans([100_000_000], [0.0], [600])
    curve = np.zeros(600)
    curve[:4] = 0.25
    flows = project(schedule_pool(pool, NO_RECOVERY), stresses(0.10, 2.0, 1.0), curve, 2, 0)
    assert flows.defaults[0, 1:5] == pytest.approx([5e6, 5e6, 2.5e6, 2.5e6])
    assert flows.defaults[0, 5:].sum() == pytest.approx(0.0)


def test_recoveries_arrive_after_the_lag_and_never_exceed_the_balance() -> None:
    # One loan of 10m on a 20m property, recovered at 50 % of the value: min(10m, 10m) = 10m.
    pool = loans([10_000_000], [0.0], [360], value=[20_000_000])
    basis = RecoveryBasis((0.5,), 0.0, 6)
    curve = np.zeros(360)
    curve[0] = 1.0
    flows = project(schedule_pool(pool, basis), stresses(1.0), curve, 60, 6)
    assert flows.defaults[0, 1] == pytest.approx(10_000_000)
    assert flows.recoveries[0, 7] == pytest.approx(10_000_000)
    assert flows.recoveries[0].sum() == pytest.approx(10_000_000)


def test_second_liens_recover_nothing() -> None:
    pool = loans([10_000_000], [0.0], [360], lien=[False], value=[50_000_000])
    curve = np.zeros(360)
    curve[0] = 1.0
    flows = project(schedule_pool(pool, RecoveryBasis((0.9,), 0.0, 3)), stresses(0.5), curve, 60, 3)
    assert flows.recoveries.sum() == 0.0


def test_monthly_prepayment_compounds_to_the_annual_rate() -> None:
    smm = monthly_prepayment(np.array([0.06]))[0]
    assert 1 - (1 - smm) ** 12 == pytest.approx(0.06)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 50_000_000),
            st.floats(0.0, 0.08),
            st.integers(1, 420),
            st.booleans(),
            st.sampled_from([1.0, 2.0, 4.0]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.floats(0.0, 0.5),
    st.floats(0.5, 4.0),
    st.floats(0.0, 0.3),
)
def test_principal_plus_defaults_is_the_pool_and_nothing_goes_negative(
    rows, default, multiple, cpr
) -> None:
    balance, rate, term, principal_type, factor = zip(*rows, strict=True)
    pool = loans(balance, rate, term, principal_type, factor, value=np.array(balance) * 1.2)
    schedule = schedule_pool(pool, RecoveryBasis((0.6,), 0.02, 12))
    curve = np.full(max(term), 1 / max(term))
    flows = project(schedule, stresses(default, multiple, multiple, cpr), curve, 60, 12)
    total = float(np.sum(balance))
    assert flows.principal.sum() + flows.defaults.sum() == pytest.approx(total, rel=1e-9)
    for series in (
        flows.principal,
        flows.interest,
        flows.defaults,
        flows.recoveries,
        flows.balance,
    ):
        assert (series >= -1e-6).all()
    assert flows.recoveries.sum() <= flows.defaults.sum() + 1e-6


def reference_projection(
    pool: LoanArrays, default, early, late, cpr, curve, split, ratio, decline, lag
):
    """Loan by loan, month by month, in plain Python: what the grouped projection must equal.

    Each loan is a whole loan held with a survival weight: a default or a full prepayment
    takes a share of the weight, the whole loan's balance runs on its own schedule.
    """
    count = len(pool.balance)
    months = int(pool.term.max())
    smm = 1 - (1 - cpr) ** (1 / 12)
    weight = [1.0] * count
    whole = [float(b) for b in pool.balance]
    out = {
        k: [0.0] * (months + lag + 1) for k in ("principal", "interest", "defaults", "recoveries")
    }
    cut_off = float(sum(pool.balance))
    for month in range(1, months + 1):
        multiple = early if month <= split else late
        target = default * multiple * curve[month - 1] * cut_off
        shares = _water_fill(target, [weight[i] * whole[i] for i in range(count)], pool.risk_factor)
        for i in range(count):
            if whole[i] <= 0:
                continue
            rate = pool.rate[i] / 12
            remaining = int(pool.term[i]) - month + 1
            share = shares[i]
            out["defaults"][month] += weight[i] * share * whole[i]
            value = pool.property_value[i] * (1 - decline) ** ((month + lag) / 12) * ratio
            recovered = min(whole[i], value) if pool.first_lien[i] else 0.0
            out["recoveries"][month + lag] += weight[i] * share * recovered
            weight[i] *= 1 - share
            out["interest"][month] += weight[i] * whole[i] * rate
            if pool.level_principal[i]:
                paid = whole[i] / remaining
            elif rate > 0:
                paid = whole[i] * rate / (1 - (1 + rate) ** -remaining) - whole[i] * rate
            else:
                paid = whole[i] / remaining
            paid = whole[i] if remaining == 1 else paid
            out["principal"][month] += weight[i] * paid
            whole[i] -= paid
            out["principal"][month] += weight[i] * smm * whole[i]
            weight[i] *= 1 - smm
    return out


def _water_fill(target: float, owed: list[float], factor) -> list[float]:
    """Each loan's defaulted share: hazard × factor, a loan defaulting whole at most, and what
    a loan cannot take falling on the loans that still can (issue 14, finding 2)."""
    whole: set[int] = set()
    while True:
        left = min(target, sum(owed)) - sum(owed[i] for i in whole)
        free = sum(owed[i] * factor[i] for i in range(len(owed)) if i not in whole)
        hazard = left / free if free > 0 else 0.0
        newly = {
            i
            for i in range(len(owed))
            if i not in whole and owed[i] > 0 and hazard * factor[i] >= 1.0
        }
        if not newly:
            return [1.0 if i in whole else min(hazard * factor[i], 1.0) for i in range(len(owed))]
        whole |= newly


def test_grouped_projection_equals_a_loan_by_loan_reference() -> None:
    pool = loans(
        [30e6, 12e6, 45e6, 8e6, 20e6, 5e6],
        [0.008, 0.012, 0.0, 0.025, 0.015, 0.03],
        [240, 36, 120, 60, 300, 12],
        level_principal=[False, True, False, False, True, False],
        factor=[1.0, 1.0, 2.5, 1.0, 4.0, 2.5],
        lien=[True, True, False, True, True, True],
        value=[40e6, 10e6, 60e6, 20e6, 15e6, 9e6],
    )
    curve = np.full(300, 1 / 300)
    expected = reference_projection(pool, 0.2, 3.0, 2.0, 0.07, curve, 60, 0.4, 0.03, 9)
    schedule = schedule_pool(pool, RecoveryBasis((0.4,), 0.03, 9))
    flows = project(schedule, stresses(0.2, 3.0, 2.0, 0.07), curve, 60, 9)
    for name in ("principal", "interest", "defaults", "recoveries"):
        assert getattr(flows, name)[0] == pytest.approx(expected[name], rel=1e-9, abs=1e-4), name


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0, 1e8), st.floats(0, 3e8), st.integers(0, 4)), min_size=1, max_size=30
    ),
    st.lists(st.floats(0, 1.0), min_size=1, max_size=6),
)
def test_recoveries_by_bucket_equal_the_loan_by_loan_minimum(rows, ratios) -> None:
    from jcr_desk.structured.rmbs.schedule import _recoverable

    owed, value, owner = (np.array(column) for column in zip(*rows, strict=True))
    ratios = np.array(ratios)
    expected = np.array(
        [np.bincount(owner, np.minimum(owed, value * ratio), 5) for ratio in ratios]
    )
    got = _recoverable(owed, value, owner.astype(np.int64), ratios, 5)
    np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-3)
