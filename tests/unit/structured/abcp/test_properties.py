"""Invariants of the required subordination, over many histories and choices.

- A higher target rating never needs less (the rulebook's factors and any analyst adjustment
  are refused out of that order, so this holds for every choice).
- A worse history never needs less. "Worse" is read as the statistics allow: month by month
  higher loss and cancellation rates for the mean and recent readings; a higher level and a
  proportionally wider spread (rates × c + d, c ≥ 1, d ≥ 0) for every reading and both forms;
  increments that do not shrink over time for the trend (and so the highest) reading. Other
  rises can lower a standard deviation (a bad month nearer the mean narrows the spread) or a
  trend (a bad early month flattens it) — a property of the seed's statistics, not of the Desk.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.structured.abcp.rules import BASE_CASE_METHODS, TARGET_RATINGS
from jcr_desk.structured.abcp.stress import StressChoices
from tests.unit.structured.abcp.programs import analyse, history_of, internal_program

MONTHS = 18
rates = st.lists(st.floats(0.0, 0.02, allow_nan=False), min_size=MONTHS, max_size=MONTHS)
increments = st.lists(st.floats(0.0, 0.01, allow_nan=False), min_size=MONTHS, max_size=MONTHS)
forms = st.sampled_from(("multiple", "sd"))
methods = st.sampled_from(BASE_CASE_METHODS)
PROGRAM = internal_program(subordination=0.05)


def required(losses, cancellations, form="multiple", method="mean") -> list[float]:
    choices = StressChoices(form, "test", method, "test")
    result = analyse(PROGRAM, history_of(losses, cancellations), choices)
    return [result.test(rating).required for rating in TARGET_RATINGS]


def at_least(worse: list[float], better: list[float]) -> bool:
    return all(w >= b - 1e-12 for w, b in zip(worse, better, strict=True))


@settings(max_examples=60, deadline=None)
@given(rates, rates, forms, methods)
def test_a_higher_target_rating_never_needs_less(losses, cancellations, form, method):
    needs = required(losses, cancellations, form, method)
    assert all(a >= b - 1e-12 for a, b in pairwise(needs))


@settings(max_examples=60, deadline=None)
@given(rates, rates, increments, st.sampled_from(("mean", "recent")))
def test_month_by_month_worse_rates_never_need_less(losses, cancellations, more, method):
    worse_losses = list(np.asarray(losses) + np.asarray(more))
    worse_cancellations = list(np.asarray(cancellations) + np.asarray(more[::-1]))
    assert at_least(
        required(worse_losses, worse_cancellations, "multiple", method),
        required(losses, cancellations, "multiple", method),
    )


@settings(max_examples=60, deadline=None)
@given(rates, rates, st.floats(1.0, 3.0), st.floats(0.0, 0.01), forms, methods)
def test_a_higher_and_wider_history_never_needs_less(losses, cancellations, scale, shift, form,
                                                     method):
    def worse(values: list[float]) -> list[float]:
        return list(np.asarray(values) * scale + shift)

    assert at_least(
        required(worse(losses), worse(cancellations), form, method),
        required(losses, cancellations, form, method),
    )


@settings(max_examples=60, deadline=None)
@given(rates, rates, increments, st.sampled_from(("trend", "highest")))
def test_growing_increments_never_lower_the_trend_readings(losses, cancellations, more, method):
    rising = np.sort(np.asarray(more))  # no month gets less than the one before
    assert at_least(
        required(list(np.asarray(losses) + rising), list(np.asarray(cancellations) + rising),
                 "multiple", method),
        required(losses, cancellations, "multiple", method),
    )
