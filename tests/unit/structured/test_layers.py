"""Setoff, liquidity and commingling layers on small tables worked by hand (seed 002 §4–§6)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.layers import (
    commingling_enhancement,
    commingling_trigger,
    liquidity_reserve,
    setoff_enhancement,
)
from jcr_desk.structured.rmbs.settings import stress_settings

M = 1_000_000  # yen

# Five loans; borrower A holds two, and the tape repeats A's deposit on both rows.
LOANS = pd.DataFrame(
    {
        "borrower_id": ["A", "A", "B", "C", "D"],
        "current_balance": [20 * M, 5 * M, 30 * M, 4 * M, 12 * M],
        "deposit_balance": [25 * M, 25 * M, 8 * M, 18 * M, np.nan],
    }
)


def _setoff(frame: pd.DataFrame, cap: float | None = None) -> float:
    return setoff_enhancement(
        frame["current_balance"], frame["deposit_balance"], frame["borrower_id"], cap=cap
    )


def test_setoff_rulebook_cap_by_hand() -> None:
    # Cap ¥10M (rulebook). A: deposit 25M counted once, owes 20M + 5M = 25M -> min(15M, 25M) = 15M.
    # B: deposit 8M below the cap -> 0.  C: min(18M - 10M, 4M) = 4M, capped at the balance.
    # D: no deposit -> 0.  Total 19M.
    assert _setoff(LOANS) == 19 * M


def test_setoff_custom_cap_by_hand() -> None:
    # Cap ¥5M. A: min(20M, 25M) = 20M; B: min(3M, 30M) = 3M; C: min(13M, 4M) = 4M; D: 0 -> 27M.
    assert _setoff(LOANS, cap=5 * M) == 27 * M


def test_setoff_takes_the_largest_deposit_reported_for_a_borrower() -> None:
    # A's rows disagree (25M and 24M): the larger one stands, so the result is still 19M.
    frame = LOANS.assign(deposit_balance=[25 * M, 24 * M, 8 * M, 18 * M, np.nan])
    assert _setoff(frame) == 19 * M


def test_setoff_accepts_plain_arrays_and_lists() -> None:
    result = setoff_enhancement(
        LOANS["current_balance"].to_numpy(),
        LOANS["deposit_balance"].tolist(),
        LOANS["borrower_id"].tolist(),
    )
    assert result == 19 * M


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"deposit_balance": [25 * M, 25 * M, -1, 18 * M, 0]}, "deposit balance: negative .* 2"),
        ({"current_balance": [20 * M, np.nan, 30 * M, 4 * M, 0]}, "loan balance: missing .* 1"),
        ({"borrower_id": ["A", None, "B", "C", "D"]}, "borrower id: missing .* 1"),
    ],
)
def test_setoff_refuses_bad_rows(change: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _setoff(LOANS.assign(**change))


def test_setoff_refuses_inputs_of_different_lengths() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        setoff_enhancement([1, 2], [0, 0, 0], ["A", "B"])


_BORROWERS = st.dictionaries(
    st.sampled_from("ABCDEFGH"),
    st.tuples(
        st.integers(0, 40).map(lambda m: m * M),  # deposit
        st.lists(st.integers(0, 30 * M), min_size=1, max_size=4),  # loan balances
    ),
    min_size=1,
)


def _rows(borrowers: dict, deposit_on_every_row: bool = True) -> pd.DataFrame:
    records = [
        (borrower, balance, deposit if deposit_on_every_row or number == 0 else np.nan)
        for borrower, (deposit, balances) in borrowers.items()
        for number, balance in enumerate(balances)
    ]
    return pd.DataFrame(records, columns=["borrower_id", "current_balance", "deposit_balance"])


@settings(max_examples=150, deadline=None)
@given(_BORROWERS, st.integers(0, 20 * M), st.randoms(use_true_random=False))
def test_setoff_invariants(borrowers: dict, cap: int, rng) -> None:
    frame = _rows(borrowers)
    result = _setoff(frame, cap)
    exposed = sum(max(deposit - cap, 0) for deposit, _ in borrowers.values())
    assert 0 <= result <= frame["current_balance"].sum()
    assert result <= exposed
    shuffled = frame.sample(frac=1, random_state=rng.randint(0, 2**31))
    assert _setoff(shuffled, cap) == pytest.approx(result)
    assert _setoff(_rows(borrowers, deposit_on_every_row=False), cap) == pytest.approx(result)


def test_liquidity_reserve_fixed_and_floating_by_hand() -> None:
    # Senior ¥8,000M at 0.6 % -> ¥48M a year; fees ¥12M a year; one month = (48M + 12M) / 12 = 5M.
    # Fixed-rate notes hold one month (5M), floating-rate notes three months (15M).
    assert liquidity_reserve(8_000 * M, 0.006, 12 * M, floating=False) == pytest.approx(5 * M)
    assert liquidity_reserve(8_000 * M, 0.006, 12 * M, floating=True) == pytest.approx(15 * M)


@pytest.mark.parametrize("arguments", [(-1, 0.01, 0), (1, -0.01, 0), (1, 0.01, -5)])
def test_liquidity_reserve_refuses_negative_inputs(arguments: tuple) -> None:
    with pytest.raises(ValueError, match="at least 0"):
        liquidity_reserve(*arguments, floating=False)


# Monthly collections of an amortising pool (yen): principal + interest + recoveries.
COLLECTIONS = np.array([30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4]) * M


def test_commingling_is_the_first_period_of_collections() -> None:
    # One month: 30M / 1,000M = 0.03.  Three months: (30 + 28 + 26)M / 1,000M = 0.084.
    assert commingling_enhancement(COLLECTIONS, 1_000 * M, 1) == pytest.approx(0.03)
    assert commingling_enhancement(COLLECTIONS, 1_000 * M, 3) == pytest.approx(0.084)


def test_commingling_period_defaults_to_the_settings() -> None:
    period = stress_settings().collection_period_months
    assert commingling_enhancement(COLLECTIONS, 1_000 * M) == commingling_enhancement(
        COLLECTIONS, 1_000 * M, period
    )


def test_commingling_takes_the_largest_window_of_the_first_year() -> None:
    # A prepayment bump in months 3-4: two-month windows 15, 60, 90, 55, 10, ... -> 90M / 1,000M.
    # The 200M in month 13 lies outside the first year and is not counted.
    flows = np.array([5, 10, 50, 40, 15, 5, 5, 5, 5, 5, 5, 5, 200]) * M
    assert commingling_enhancement(flows, 1_000 * M, 2) == pytest.approx(0.09)


def test_commingling_short_projection_sums_what_there_is() -> None:
    # Two months of collections and a three-month period: (30 + 28)M / 1,000M.
    assert commingling_enhancement(COLLECTIONS[:2], 1_000 * M, 3) == pytest.approx(0.058)


def test_commingling_one_day_stay_is_zero() -> None:
    assert commingling_enhancement(COLLECTIONS, 1_000 * M, 1, one_day=True) == 0.0


@pytest.mark.parametrize("period", [0, -1, 1.5, True])
def test_commingling_refuses_a_bad_period(period: object) -> None:
    with pytest.raises(ValueError, match="collection period"):
        commingling_enhancement(COLLECTIONS, 1_000 * M, period)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("rating", "outlook", "breached"),
    [
        ("A", "Stable", False),
        ("BBB", "Stable", False),
        ("BBB", "Negative", True),
        ("BBB", "Credit Monitor (Negative)", True),
        ("BBB-", "Positive", True),
        ("BBB-", None, True),
        ("BBB+", "Negative", False),
    ],
)
def test_commingling_trigger(rating: str, outlook: str | None, breached: bool) -> None:
    trigger = commingling_trigger(rating, outlook)
    assert trigger.breached is breached
    assert rating in str(trigger.note)
    if breached:
        assert "30 days" in str(trigger.note)
        assert "in trust" in str(trigger.note)
        assert "in advance" in str(trigger.note)


def test_commingling_trigger_days_come_from_the_settings() -> None:
    custom = dataclasses.replace(stress_settings(), trust_deposit_days=45)
    assert "45 days" in str(commingling_trigger("BB", "Stable", custom).note)


@pytest.mark.parametrize("rating", [None, "", "  "])
def test_commingling_trigger_without_a_servicer_rating(rating: str | None) -> None:
    trigger = commingling_trigger(rating, "Negative")
    assert trigger.breached is False
    assert "not entered" in str(trigger.note)


def test_commingling_trigger_refuses_an_unreadable_rating() -> None:
    with pytest.raises(ValueError, match="not a long-term rating"):
        commingling_trigger("BBB++", None)


def test_the_public_helpers_are_importable_from_the_package() -> None:
    from jcr_desk.structured import rmbs as structured

    assert structured.stress_multipliers("AAA") == (3.5, 3.5, 0.5)
    assert structured.liquidity_reserve(1_200_000_000, 0.01, 0, floating=False) == 1_000_000
    assert structured.setoff_enhancement([5e6], [12e6], ["B1"]) == 2_000_000
