"""Stressed pool cash flows, many stresses at once, from the pool's scheduled sums.

A stress is a lifetime default rate spread over a timing curve, multiplied by the rating's
multipliers (one before and one after the fifth year), a prepayment rate and a recovery
assumption. Defaults in a month are the curve's share of the lifetime rate applied to the
cut-off balance (METHODOLOGY §6: cumulative defaults are quoted on the cut-off balance),
spread over the performing loans in proportion to balance × risk factor, so a riskier
apartment loan defaults more often than a salaried borrower's loan. Prepayments apply the
monthly rate of the stressed CPR to what is left after defaults and scheduled principal;
recoveries arrive after the lag. Every array is (stress, month): the engine projects all its
stresses in one pass over the months.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.structured.schedule import PoolSchedule

MONTHS_PER_YEAR = 12


@dataclass(frozen=True)
class Stresses:
    """One row per stress; ``recovery_index`` picks the schedule's value ratio."""

    lifetime_default: np.ndarray  # (S,) base-case lifetime default rate
    multiplier_early: np.ndarray  # (S,) defaults up to the split month
    multiplier_late: np.ndarray  # (S,) defaults after it
    cpr: np.ndarray  # (S,) stressed annual prepayment rate
    recovery_index: np.ndarray  # (S,) int


@dataclass(frozen=True)
class PoolCashflows:
    """Cash flows per stress and month (index 0 is the cut-off, always zero).

    ``principal`` is scheduled plus prepaid principal of performing loans; ``balance`` the
    performing balance at the end of each month; so principal + defaults over the projection
    equals the cut-off balance.
    """

    principal: np.ndarray
    interest: np.ndarray
    defaults: np.ndarray
    recoveries: np.ndarray
    balance: np.ndarray
    balance_by_group: np.ndarray  # (S, G, T + 1) performing balance at the end of each month

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
    """Project every stress; ``timing[t - 1]`` is month t's share of lifetime defaults."""
    count = len(stresses.cpr)
    months = schedule.months
    horizon = months + lag_months
    scheduled = schedule.balance  # (G, T + 1)
    factor = schedule.group_factor[None, :]  # (1, G)
    cut_off = schedule.pool_balance
    smm = monthly_prepayment(stresses.cpr)[:, None]
    survival = np.ones((count, len(schedule.group_factor)))

    principal = np.zeros((count, horizon + 1))
    interest = np.zeros((count, horizon + 1))
    defaults = np.zeros((count, horizon + 1))
    recoveries = np.zeros((count, horizon + 1))
    balance = np.zeros((count, horizon + 1))
    by_group = np.zeros((count, len(schedule.group_factor), horizon + 1))
    balance[:, 0] = cut_off
    by_group[:, :, 0] = scheduled[None, :, 0]
    recoverable = schedule.recoverable[stresses.recovery_index]  # (S, G, T + 1)
    shares = np.zeros(months + 1)
    shares[1 : min(len(timing), months) + 1] = timing[:months]

    for month in range(1, months + 1):
        multiplier = stresses.multiplier_early if month <= split_month else stresses.multiplier_late
        target = stresses.lifetime_default * multiplier * shares[month] * cut_off  # (S,)
        start = survival * scheduled[None, :, month - 1]  # (S, G)
        exposure = (start * factor).sum(axis=1)
        hazard = np.divide(target, exposure, out=np.zeros(count), where=exposure > 0)
        default_rate = np.minimum(hazard[:, None] * factor, 1.0)  # (S, G)
        defaults[:, month] = (start * default_rate).sum(axis=1)
        kept = survival * (1.0 - default_rate)
        interest[:, month] = kept @ schedule.interest[:, month]
        scheduled_paid = kept @ (scheduled[:, month - 1] - scheduled[:, month])
        after_schedule = kept * scheduled[None, :, month]
        prepaid = (after_schedule * smm).sum(axis=1)
        principal[:, month] = scheduled_paid + prepaid
        recovered = (survival * default_rate * recoverable[:, :, month]).sum(axis=1)
        if month + lag_months <= horizon:
            recoveries[:, month + lag_months] += recovered
        survival = kept * (1.0 - smm)
        by_group[:, :, month] = survival * scheduled[None, :, month]
        balance[:, month] = by_group[:, :, month].sum(axis=1)
    return PoolCashflows(principal, interest, defaults, recoveries, balance, by_group)
