"""The deal's payment waterfall, run for many structures and stresses at once.

Each month the trust collects interest, principal and recoveries from the pool and pays, in
order: senior fees (trust and servicing, on the outstanding pool), interest on each class
by rank (shortfalls carried forward; fees and interest draw on the liquidity reserve
when collections fall short), the reserve back to its target, then principal. With a
default trap the principal paid is whatever brings the classes down to the performing
pool, so excess interest covers defaulted principal; without it only collected principal
and recoveries are paid out. Principal goes by rank (sequential) or by balance
(pro rata) until cumulative defaults pass the trigger, which turns payment sequential for
good. What is left goes to the residual holder. When the pool falls to the clean-up call
level, the servicer buys the remaining loans at their balance and the classes are repaid.

The solver runs all its structures side by side (one row per problem), with a loop over
months only. Classes are in rank order, most senior first; the last position holds what is
left for the residual holder (the over-collateralisation, or a residual class).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.structured.rmbs.projection import PoolCashflows

MONTHS_PER_YEAR = 12
#: Months between checks whether every rated class is repaid (the loop can stop early).
_DONE_EVERY = 6


@dataclass(frozen=True)
class WaterfallTerms:
    """What the deal documents say about paying the classes, independent of their sizes."""

    coupons: np.ndarray  # (K,) annual; 0 for the residual class
    fee_rate: float  # annual share of the outstanding pool
    sequential: bool  # False: pro rata until the trigger
    trigger: float  # cumulative defaults / cut-off balance that turns pro rata sequential
    default_trap: bool
    clean_up_call: float  # share of the cut-off balance; 0 for none
    legal_final_month: int
    rated: np.ndarray | None = None  # (K,) bool, the classes tested; None: all but the last


@dataclass(frozen=True)
class WaterfallOutcome:
    """Per problem and class: paid in full by the legal final, and what was left unpaid."""

    paid_in_full: np.ndarray  # (P, K) bool
    unpaid_principal: np.ndarray  # (P, K)
    unpaid_interest: np.ndarray  # (P, K)
    ledger: WaterfallLedger | None


@dataclass(frozen=True)
class WaterfallLedger:
    """Month-by-month record of one run, kept for charts and the cash-conservation check."""

    class_balance: np.ndarray  # (P, K, M + 1)
    collections: np.ndarray  # (P, M + 1) interest + principal + recoveries + call proceeds
    fees: np.ndarray
    interest_paid: np.ndarray
    principal_paid: np.ndarray
    reserve: np.ndarray  # (P, M + 1) reserve balance at month end
    released: np.ndarray  # (P, M + 1) cash to the residual holder


def run_waterfall(
    flows: PoolCashflows,
    stress_index: np.ndarray,
    balances: np.ndarray,
    reserve_target: np.ndarray,
    terms: WaterfallTerms,
    *,
    record: bool = False,
) -> WaterfallOutcome:
    """Pay ``balances`` (P, K) from the flows of stress ``stress_index[p]`` for each problem.

    Inside, arrays are class-major (K, P) and month-major (M + 1, P): every step then works
    on contiguous rows, which matters with thousands of problems side by side.
    """
    problems, classes = balances.shape
    months = min(terms.legal_final_month, flows.months)
    cut_off = flows.balance[stress_index, 0]
    tolerance = cut_off * 1e-9  # a yen on a ¥10bn pool: rounding, not a shortfall
    principal_in = np.ascontiguousarray(flows.principal[stress_index].T)
    recoveries_in = np.ascontiguousarray(flows.recoveries[stress_index].T)
    performing_in = np.ascontiguousarray(
        (flows.interest[stress_index] + flows.principal[stress_index]).T
    )
    pool_end = np.ascontiguousarray(flows.balance[stress_index].T)
    coupon = terms.coupons[:, None] / MONTHS_PER_YEAR
    fee_rate = terms.fee_rate / MONTHS_PER_YEAR
    # Parts of the deal that are absent cost nothing in the monthly loop.
    has_call = terms.clean_up_call > 0
    has_reserve = bool(np.any(reserve_target > 0))
    watches_trigger = not terms.sequential and np.isfinite(terms.trigger)
    if watches_trigger:
        defaults_in = np.ascontiguousarray(flows.defaults[stress_index].T)
    call_level = terms.clean_up_call * cut_off

    outstanding = np.ascontiguousarray(balances.T, dtype=float)
    unpaid_interest = np.zeros((classes, problems))
    reserve = reserve_target.astype(float, copy=True)
    cumulative_defaults = np.zeros(problems)
    sequential = np.full(problems, terms.sequential)
    called = np.zeros(problems, dtype=bool)
    live = np.ones(problems, dtype=bool)
    no_proceeds = np.zeros(problems)
    ledger = _Ledger(problems, classes, months, balances, reserve) if record else None

    for month in range(1, months + 1):
        if has_call:
            live = ~called
            pool_start = pool_end[month - 1] * live
            collected = performing_in[month] * live + recoveries_in[month]
            call = live & (pool_end[month] <= call_level) & (pool_end[month - 1] > call_level)
            proceeds = np.where(call, pool_end[month], 0.0)
            cash = collected + proceeds
        else:
            pool_start = pool_end[month - 1]
            collected = performing_in[month] + recoveries_in[month]
            proceeds = no_proceeds
            cash = collected

        # Senior fees, then interest by rank; the reserve covers what collections cannot.
        fees_due = fee_rate * pool_start
        interest_due = outstanding * coupon + unpaid_interest
        available = cash + reserve if has_reserve else cash
        fees_paid = np.minimum(available, fees_due)
        interest_paid = _by_rank(available - fees_paid, interest_due)
        spent = fees_paid + interest_paid.sum(axis=0)
        unpaid_interest = interest_due - interest_paid
        if has_reserve:
            from_cash = np.minimum(cash, spent)
            reserve = reserve - (spent - from_cash)
            cash = cash - from_cash
            topped_up = np.minimum(cash, np.maximum(reserve_target - reserve, 0.0))
            reserve = reserve + topped_up
            cash = cash - topped_up
        else:
            cash = cash - spent

        if watches_trigger:
            cumulative_defaults += defaults_in[month] * live
            sequential |= cumulative_defaults > terms.trigger * cut_off
        notes = outstanding.sum(axis=0)
        if terms.default_trap:
            remaining_pool = (
                np.where(call | called, 0.0, pool_end[month]) if has_call else (pool_end[month])
            )
            due = np.maximum(notes - remaining_pool, 0.0)
        else:
            due = principal_in[month] * live + recoveries_in[month] + proceeds
            if has_call:
                due = np.where(call, notes, due)
        principal_paid = _allocate(np.minimum(cash, due), outstanding, sequential)
        outstanding = np.maximum(outstanding - principal_paid, 0.0)
        cash = cash - principal_paid.sum(axis=0)
        if has_call:
            called |= call
        if ledger is None:
            if month % _DONE_EVERY == 0 and _rated_classes_done(
                outstanding, unpaid_interest, tolerance, terms.rated
            ):
                break
            continue
        finished = outstanding.sum(axis=0) + unpaid_interest.sum(axis=0) <= tolerance
        released_reserve = np.where(finished, reserve, 0.0)
        reserve = reserve - released_reserve
        ledger.record(
            month,
            outstanding.T,
            collected + proceeds,
            fees_paid,
            interest_paid.sum(axis=0),
            principal_paid.sum(axis=0),
            reserve,
            cash + released_reserve,
        )

    paid = (outstanding <= tolerance) & (unpaid_interest <= tolerance)
    return WaterfallOutcome(
        paid.T, outstanding.T, unpaid_interest.T, ledger.build() if ledger else None
    )


def _rated_classes_done(
    outstanding: np.ndarray,
    unpaid_interest: np.ndarray,
    tolerance: np.ndarray,
    rated: np.ndarray | None,
) -> bool:
    """True once every rated class is repaid in every problem: nothing left to test."""
    tested = slice(None, -1) if rated is None else rated
    owed = outstanding[tested].sum(axis=0) + unpaid_interest[tested].sum(axis=0)
    return bool(np.all(owed <= tolerance))


def _by_rank(amount: np.ndarray, due: np.ndarray) -> np.ndarray:
    """Pay ``amount`` (P,) against ``due`` (K, P) in rank order, each in full before the next."""
    before = np.cumsum(due, axis=0) - due
    return np.clip(amount[None, :] - before, 0.0, due)


def _allocate(amount: np.ndarray, outstanding: np.ndarray, sequential: np.ndarray) -> np.ndarray:
    """Split principal among classes (K, P): by rank where sequential, by balance otherwise."""
    by_rank = _by_rank(amount, outstanding)
    if sequential.all():
        return by_rank
    total = outstanding.sum(axis=0)
    share = np.divide(outstanding, total, out=np.zeros_like(outstanding), where=total > 0)
    by_balance = np.minimum(amount[None, :] * share, outstanding)
    return np.where(sequential[None, :], by_rank, by_balance)


class _Ledger:
    def __init__(
        self, problems: int, classes: int, months: int, start: np.ndarray, reserve: np.ndarray
    ) -> None:
        shape = (problems, months + 1)
        self.class_balance = np.zeros((problems, classes, months + 1))
        self.class_balance[:, :, 0] = start
        self.collections = np.zeros(shape)
        self.fees = np.zeros(shape)
        self.interest_paid = np.zeros(shape)
        self.principal_paid = np.zeros(shape)
        self.reserve = np.zeros(shape)
        self.reserve[:, 0] = reserve
        self.released = np.zeros(shape)

    def record(
        self,
        month: int,
        outstanding: np.ndarray,
        collections: np.ndarray,
        fees: np.ndarray,
        interest: np.ndarray,
        principal: np.ndarray,
        reserve: np.ndarray,
        released: np.ndarray,
    ) -> None:
        self.class_balance[:, :, month] = outstanding
        self.collections[:, month] = collections
        self.fees[:, month] = fees
        self.interest_paid[:, month] = interest
        self.principal_paid[:, month] = principal
        self.reserve[:, month] = reserve
        self.released[:, month] = released

    def build(self) -> WaterfallLedger:
        return WaterfallLedger(
            self.class_balance,
            self.collections,
            self.fees,
            self.interest_paid,
            self.principal_paid,
            self.reserve,
            self.released,
        )
