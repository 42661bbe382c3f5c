"""Stressed pool cash flows, many stresses at once, from the pool's scheduled sums.

A stress is a lifetime default rate spread over a timing curve, multiplied by the rating's
multipliers (one before and one after the fifth year), a prepayment rate and a recovery
assumption. Defaults in a month are the curve's share of the stressed lifetime rate applied
to the cut-off balance (METHODOLOGY §6: cumulative defaults are quoted on the cut-off
balance), spread over the performing loans in proportion to balance × relative risk, so a
riskier apartment loan defaults more often than a salaried borrower's loan. A group of loans
can lose no more than it still owes: what it cannot take passes to the other loans still
running that month, and what no running loan can take is counted as ``unapplied`` so the
result can say so (seed 002 §2(1)(c) applies the stressed rate in full).

A segment of the pool (investment condominiums, apartment loans, a region, self-employed
borrowers) may carry its own multipliers (seed 002 §2(1)(b), §2(2)(b)): its loans weigh more in
the month's defaults and add their extra to the month's total. Apartment loans under a
sublease rent guarantee take no defaults until the guarantee's first review, under the stresses
for which the guarantee counts (seed 002 §2(2)(c)). Prepayments apply the monthly rate of the
stressed CPR to what is left after defaults and scheduled principal; recoveries arrive after
the lag. Every array is (stress, month): the engine projects all its stresses in one pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from jcr_desk.structured.rmbs.schedule import RATE_TYPES, PoolSchedule

MONTHS_PER_YEAR = 12
#: Components of a segment's multipliers, as multiples of the pool's (index of the last axis).
EARLY, LATE, PREPAYMENT = 0, 1, 2


@dataclass(frozen=True)
class Stresses:
    """One row per stress; ``recovery_index`` picks the schedule's value ratio.

    ``segment_factors[s, c]`` holds, for loans of segment combination ``c`` (the schedule's
    ``group_segment``), their early-default, late-default and prepayment multipliers as
    multiples of the pool's (1 where a segment has none of its own); ``None`` means the pool
    has no segments. ``rent_guarantee[s]`` says whether the sublease rent guarantee counts
    under stress ``s``.
    """

    lifetime_default: np.ndarray  # (S,) base-case lifetime default rate of the pool
    multiplier_early: np.ndarray  # (S,) defaults up to the split month
    multiplier_late: np.ndarray  # (S,) defaults after it
    cpr: np.ndarray  # (S,) stressed annual prepayment rate
    recovery_index: np.ndarray  # (S,) int
    segment_factors: np.ndarray | None = None  # (S, C, 3)
    rent_guarantee: np.ndarray | None = None  # (S,) bool

    def take(self, rows: np.ndarray) -> Stresses:
        """The stresses of ``rows`` (repeats allowed), for searches over many trial points."""
        return Stresses(
            self.lifetime_default[rows],
            self.multiplier_early[rows],
            self.multiplier_late[rows],
            self.cpr[rows],
            self.recovery_index[rows],
            None if self.segment_factors is None else self.segment_factors[rows],
            None if self.rent_guarantee is None else self.rent_guarantee[rows],
        )


@dataclass(frozen=True)
class PoolCashflows:
    """Cash flows per stress and month (index 0 is the cut-off, always zero).

    ``principal`` is scheduled plus prepaid principal of performing loans; ``balance`` the
    performing balance at the end of each month; so principal + defaults over the projection
    equals the cut-off balance. ``balance_by_rate_type[s, r, t]`` splits the balance by the
    loans' rate type (``schedule.RATE_TYPES``), for the interest-rate layer. ``stressed`` is
    each stress's lifetime defaults as asked (yen), ``unapplied`` the part of them no running
    loan could take.
    """

    principal: np.ndarray
    interest: np.ndarray
    defaults: np.ndarray
    recoveries: np.ndarray
    balance: np.ndarray
    balance_by_rate_type: np.ndarray  # (S, R, T + 1)
    stressed: np.ndarray = field(default_factory=lambda: np.zeros(0))  # (S,)
    unapplied: np.ndarray = field(default_factory=lambda: np.zeros(0))  # (S,)

    @property
    def months(self) -> int:
        return self.principal.shape[1] - 1

    def row(self, index: int) -> dict[str, list[float]]:
        """One stress's flows as plain lists (month 1 onwards), for results and the CLI."""
        return {
            "principal": self.principal[index, 1:].tolist(),
            "interest": self.interest[index, 1:].tolist(),
            "defaults": self.defaults[index, 1:].tolist(),
            "recoveries": self.recoveries[index, 1:].tolist(),
            "balance": self.balance[index, 1:].tolist(),
        }


def monthly_prepayment(cpr: np.ndarray) -> np.ndarray:
    """Single monthly mortality equivalent to an annual CPR."""
    return 1.0 - np.power(1.0 - np.clip(cpr, 0.0, 1.0), 1.0 / MONTHS_PER_YEAR)


def project(
    schedule: PoolSchedule,
    stresses: Stresses,
    timing: np.ndarray,
    split_month: int,
    lag_months: int,
) -> PoolCashflows:
    """Project every stress; ``timing[t - 1]`` is month t's share of lifetime defaults.

    The loop over months works on (stress, group) rows; the schedule's arrays are read
    month-major so each month touches contiguous memory.
    """
    count = len(stresses.cpr)
    groups = len(schedule.group_factor)
    months = schedule.months
    horizon = months + lag_months
    scheduled = np.ascontiguousarray(schedule.balance.T)  # (T + 1, G)
    scheduled_interest = np.ascontiguousarray(schedule.interest.T)
    recoverable = np.ascontiguousarray(schedule.recoverable.transpose(2, 0, 1))  # (T+1, K, G)
    cut_off_by_group = scheduled[0]
    factors = _segment_factors(schedule, stresses)  # (S, G, 3)
    # Relative risk is normalised over the pool, so the lifetime rate is the pool's whatever
    # the groups' factors; segments' own multipliers then add their extra on top.
    risk = schedule.group_factor / _weighted_mean(schedule.group_factor, cut_off_by_group)
    base_weight = stresses.lifetime_default[:, None] * risk[None, :]
    early_weight = base_weight * stresses.multiplier_early[:, None] * factors[:, :, EARLY]
    late_weight = base_weight * stresses.multiplier_late[:, None] * factors[:, :, LATE]
    smm = monthly_prepayment(stresses.cpr[:, None] * factors[:, :, PREPAYMENT])  # (S, G)
    guarded = _rent_guarantee(schedule, stresses)  # (S, G) last protected month, 0 for none
    last_guarded = 0 if guarded is None else int(guarded.max())
    by_type = np.zeros((groups, len(RATE_TYPES)))
    by_type[np.arange(groups), schedule.group_rate_type] = 1.0
    survival = np.ones((count, groups))

    principal = np.zeros((count, horizon + 1))
    interest = np.zeros((count, horizon + 1))
    defaults = np.zeros((count, horizon + 1))
    recoveries = np.zeros((count, horizon + 1))
    balance = np.zeros((count, horizon + 1))
    balance_by_type = np.zeros((count, len(RATE_TYPES), horizon + 1))
    stressed = np.zeros(count)
    unapplied = np.zeros(count)
    balance[:, 0] = schedule.pool_balance
    balance_by_type[:, :, 0] = cut_off_by_group @ by_type
    shares = np.zeros(months + 1)
    shares[1 : min(len(timing), months) + 1] = timing[:months]
    recovery_index = stresses.recovery_index

    for month in range(1, months + 1):
        weight = early_weight if month <= split_month else late_weight
        if month <= last_guarded:
            weight = np.where(month <= guarded, 0.0, weight)
        start = survival * scheduled[month - 1]  # (S, G)
        if shares[month] > 0:
            target = shares[month] * (weight @ cut_off_by_group)  # (S,) yen asked this month
            default_rate, missed = _spread(target, start, weight)
            stressed += target
            unapplied += missed
            defaulted = survival * default_rate
            defaults[:, month] = (defaulted * scheduled[month - 1]).sum(axis=1)
            recovered = (defaulted * recoverable[month][recovery_index]).sum(axis=1)
            if month + lag_months <= horizon:
                recoveries[:, month + lag_months] += recovered
            kept = survival - defaulted
        else:
            kept = survival
        interest[:, month] = kept @ scheduled_interest[month]
        scheduled_paid = kept @ (scheduled[month - 1] - scheduled[month])
        after_schedule = kept * scheduled[month]
        prepaid = (after_schedule * smm).sum(axis=1)
        principal[:, month] = scheduled_paid + prepaid
        survival = kept * (1.0 - smm)
        end = after_schedule - after_schedule * smm
        balance[:, month] = end.sum(axis=1)
        balance_by_type[:, :, month] = end @ by_type
    return PoolCashflows(
        principal, interest, defaults, recoveries, balance, balance_by_type, stressed, unapplied
    )


def _spread(
    target: np.ndarray, start: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Share of each group's balance that defaults, and the yen no running loan could take.

    Defaults fall on each group in proportion to balance × ``weight``; a group asked for more
    than it owes defaults whole and the rest is spread again over the groups not yet
    exhausted (water-filling: at most one pass per group, and none in the usual month where
    no group is asked for more than it owes).
    """
    exposure = start * weight
    total = exposure.sum(axis=1)
    hazard = np.divide(target, total, out=np.zeros_like(target), where=total > 0)
    rate = hazard[:, None] * weight
    if rate.max(initial=0.0) <= 1.0:
        return rate, np.where(total > 0, 0.0, target)
    capacity = np.where(weight > 0, start, 0.0).sum(axis=1)
    taken = np.minimum(target, capacity)
    missed = target - taken
    whole = np.zeros(start.shape, dtype=bool)
    while True:
        left = taken - np.where(whole, start, 0.0).sum(axis=1)
        free = np.where(whole, 0.0, exposure).sum(axis=1)
        hazard = np.divide(left, free, out=np.zeros_like(left), where=free > 0)
        rate = hazard[:, None] * weight
        newly = ~whole & (rate >= 1.0) & (start > 0)
        if not newly.any():
            break
        whole |= newly
    rate = np.where(whole, 1.0, np.minimum(rate, 1.0))
    return np.where(start > 0, rate, 0.0), missed


def _weighted_mean(values: np.ndarray, weights: np.ndarray) -> float:
    total = float(weights.sum())
    mean = float(values @ weights) / total if total > 0 else 0.0
    return mean if mean > 0 else 1.0


def _segment_factors(schedule: PoolSchedule, stresses: Stresses) -> np.ndarray:
    """(S, G, 3) segment multiples per group; ones when the pool has no segments."""
    count, groups = len(stresses.cpr), len(schedule.group_factor)
    if stresses.segment_factors is None:
        return np.ones((count, groups, 3))
    return stresses.segment_factors[:, schedule.group_segment, :]


def _rent_guarantee(schedule: PoolSchedule, stresses: Stresses) -> np.ndarray | None:
    """(S, G) last month each group is spared defaults under each stress, or None."""
    if stresses.rent_guarantee is None or not schedule.group_guarded_until.any():
        return None
    return np.where(stresses.rent_guarantee[:, None], schedule.group_guarded_until[None, :], 0)
