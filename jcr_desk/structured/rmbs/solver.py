"""Required subordination and breakeven default multiples, by bisection on the waterfall.

For a class at position ``j`` (rank order) and a subordination ``x`` (a share of the pool),
the structure is reshaped: the classes junior to ``j`` hold ``x`` of the pool in their
original proportions and ``j`` with its seniors hold the rest in theirs. The required
enhancement is the smallest ``x`` with which class ``j`` receives all its interest and
principal by the legal final maturity, found to the rulebook's tolerance by a bisection
that cuts each bracket into many sections per pass. Every problem (each rating, class and
sensitivity cell) is searched side by side, so one waterfall pass serves them all. When
even a sliver of senior notes cannot be repaid the class is "not achievable".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from jcr_desk.progress import CancelToken
from jcr_desk.structured.rmbs.projection import PoolCashflows, Stresses, project
from jcr_desk.structured.rmbs.schedule import PoolSchedule
from jcr_desk.structured.rmbs.waterfall import WaterfallTerms, run_waterfall

SECTIONS = 8


@dataclass(frozen=True)
class Problems:
    """One row per question: which stress, which class (position in rank order)."""

    stress_index: np.ndarray  # (P,) int
    position: np.ndarray  # (P,) int


@dataclass(frozen=True)
class Requirement:
    subordination: np.ndarray  # (P,) smallest passing subordination; NaN when not achievable
    achievable: np.ndarray  # (P,) bool


def reshaped_balances(
    shares: np.ndarray, position: np.ndarray, sub: np.ndarray, pool: float
) -> np.ndarray:
    """Class balances (P, K) with ``sub`` of the pool below each problem's class."""
    classes = len(shares)
    senior = np.arange(classes)[None, :] <= position[:, None]
    senior_shares = np.where(senior, shares[None, :], 0.0)
    junior_shares = np.where(senior, 0.0, shares[None, :])
    junior_total = junior_shares.sum(axis=1, keepdims=True)
    residual_only = np.zeros_like(junior_shares)
    residual_only[:, -1] = 1.0
    junior_shares = np.where(junior_total > 0, junior_shares, residual_only)
    junior_total = junior_shares.sum(axis=1, keepdims=True)
    senior_total = senior_shares.sum(axis=1, keepdims=True)
    seniors = np.divide(
        senior_shares, senior_total, out=np.zeros_like(senior_shares), where=senior_total > 0
    )
    juniors = junior_shares / junior_total
    return pool * (seniors * (1.0 - sub[:, None]) + juniors * sub[:, None])


def required_subordination(
    flows: PoolCashflows,
    problems: Problems,
    shares: np.ndarray,
    reserve_target: np.ndarray,
    terms: WaterfallTerms,
    tolerance: float,
    cancel: CancelToken | None = None,
) -> Requirement:
    """Smallest subordination per problem, to within ``tolerance`` of the pool."""
    pool = float(flows.balance[0, 0])
    count = len(problems.position)

    def passes(sub: np.ndarray) -> np.ndarray:
        if cancel is not None:
            cancel.raise_if_cancelled()
        points = sub.shape[1]
        position = np.repeat(problems.position, points)
        balances = reshaped_balances(shares, position, sub.ravel(), pool)
        outcome = run_waterfall(
            flows,
            np.repeat(problems.stress_index, points),
            balances,
            np.repeat(reserve_target, points),
            terms,
        )
        return outcome.paid_in_full[np.arange(len(position)), position].reshape(sub.shape)

    _, high, achievable = _narrow(
        passes, np.zeros(count), np.full(count, 1.0 - tolerance), tolerance
    )
    return Requirement(np.where(achievable, high, np.nan), achievable)


def _narrow(
    holds: Callable[[np.ndarray], np.ndarray],
    low: np.ndarray,
    high: np.ndarray,
    tolerance: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bracket, per problem, the point where ``holds`` turns true; and whether it holds at
    ``high`` at all (where it does not, the bracket closes on ``high``).

    Bisection with many sections per pass: ``holds`` takes a (problems, points) array and
    tests every point in one vectorised call (the waterfall costs per month, not per
    problem), so each pass cuts every bracket into ``SECTIONS``; the first pass tests both
    ends too. Five passes reach 0.01 % where halving would take fourteen. A problem already
    true at ``low`` ends with ``high = low``.
    """
    count = len(low)
    rows = np.arange(count)
    fractions = np.linspace(0.0, 1.0, SECTIONS + 1)
    grid = low[:, None] + (high - low)[:, None] * fractions[None, :]
    results = holds(grid)
    at_high = results[:, -1]
    first = np.where(results.any(axis=1), results.argmax(axis=1), SECTIONS)
    low = np.where(at_high, grid[rows, np.maximum(first - 1, 0)], high)
    high = np.where(at_high, grid[rows, first], high)
    while np.any(high - low > tolerance):
        grid = low[:, None] + (high - low)[:, None] * fractions[None, :]
        inside = holds(grid[:, 1:-1])
        results = np.column_stack((np.zeros(count, bool), inside, np.ones(count, bool)))
        first = results.argmax(axis=1)
        open_ = high - low > tolerance
        low, high = (
            np.where(open_, grid[rows, np.maximum(first - 1, 0)], low),
            np.where(open_, grid[rows, first], high),
        )
    return low, high, at_high


def breakeven_multiples(
    schedule: PoolSchedule,
    stresses: Stresses,
    problems: Problems,
    balances: np.ndarray,
    reserve_target: np.ndarray,
    terms: WaterfallTerms,
    timing: np.ndarray,
    split_month: int,
    lag_months: int,
    max_multiple: float,
    tolerance: float,
    cancel: CancelToken | None = None,
) -> np.ndarray:
    """Largest multiple of the base-case default rate each class survives (both periods).

    ``stresses`` supplies the prepayment and recovery of each problem's stress; its default
    multipliers are replaced by the searched multiple. A class that survives ``max_multiple``
    is reported at it.
    """
    count = len(problems.position)

    def passes(multiple: np.ndarray) -> np.ndarray:
        if cancel is not None:
            cancel.raise_if_cancelled()
        points = multiple.shape[1]
        chosen = np.repeat(problems.stress_index, points)
        trial = Stresses(
            lifetime_default=stresses.lifetime_default[chosen],
            multiplier_early=multiple.ravel(),
            multiplier_late=multiple.ravel(),
            cpr=stresses.cpr[chosen],
            recovery_index=stresses.recovery_index[chosen],
        )
        flows = project(schedule, trial, timing, split_month, lag_months)
        position = np.repeat(problems.position, points)
        outcome = run_waterfall(
            flows,
            np.arange(len(position)),
            np.repeat(balances, points, axis=0),
            np.repeat(reserve_target, points),
            terms,
        )
        return outcome.paid_in_full[np.arange(len(position)), position].reshape(multiple.shape)

    low, _, fails_by_max = _narrow(
        lambda m: ~passes(m),
        np.zeros(count),
        np.full(count, max_multiple),
        tolerance * max_multiple,
    )
    return np.where(fails_by_max, low, max_multiple)
