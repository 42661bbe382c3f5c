"""The pool's scheduled amortisation, computed loan by loan and summed by risk group.

Every stressed projection of the pool (each target rating, each cell of the sensitivity grid,
each step of the breakeven search) differs only in pool-level default and prepayment rates,
which act on every loan of a risk group in proportion to its balance. So the loan-level work
is done once here: each loan's level-payment or level-principal schedule from its balance,
rate and remaining term, vectorised over loans with a loop over months only, summed into
groups of loans that share a default-risk factor and a rate type. The stressed projections
then run on those sums, exactly as a loan-by-loan run would.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step

RATE_TYPES = ("fixed", "variable", "fixed_period_selective")
MONTHS_PER_YEAR = 12
_CHECK_EVERY = 24


@dataclass(frozen=True)
class LoanArrays:
    """The loan attributes the projection needs, one array entry per loan."""

    balance: np.ndarray  # yen, float64
    rate: np.ndarray  # annual fraction
    term: np.ndarray  # remaining months, int, >= 1
    level_principal: np.ndarray  # bool: level principal, else level payment
    rate_type: np.ndarray  # int index into RATE_TYPES
    risk_factor: np.ndarray  # default-rate multiple of the pool base case (1 for most loans)
    first_lien: np.ndarray  # bool: recoveries only from first-ranked mortgages
    property_value: np.ndarray  # yen, 0 where unknown
    value_age: np.ndarray | None = None  # months from the valuation to the cut-off; None: 0
    segment: np.ndarray | None = None  # int code of the loan's segments; None: no segments
    guarded_until: np.ndarray | None = None  # int: last month of a rent guarantee, 0 for none


@dataclass(frozen=True)
class RecoveryBasis:
    """How the value of a defaulted loan's property is turned into cash.

    ``value_ratios`` are the shares of the declined property value realised, net of sale
    cost and special-servicer fee, one per recovery assumption the run needs (each target
    rating and each recovery rate of the sensitivity grid).
    """

    value_ratios: tuple[float, ...]
    decline_per_year: float
    lag_months: int


@dataclass(frozen=True)
class PoolSchedule:
    """Scheduled sums per group (risk factor × rate type) and month.

    ``balance[g, t]`` is the scheduled balance at the end of month t (t = 0 the cut-off);
    ``interest[g, t]`` the scheduled interest of month t (index 0 unused);
    ``recoverable[k, g, t]`` the cash recovered, under value ratio k, from a default in month t
    of the whole scheduled balance of group g (its loans' balances capped by the net value of
    their properties at the sale).
    """

    group_factor: np.ndarray  # (G,)
    group_rate_type: np.ndarray  # (G,) index into RATE_TYPES
    group_rate: np.ndarray  # (G,) balance-weighted current rate
    balance: np.ndarray  # (G, T + 1)
    interest: np.ndarray  # (G, T + 1)
    recoverable: np.ndarray  # (K, G, T + 1)
    months: int
    group_segment: np.ndarray  # (G,) segment code
    group_guarded_until: np.ndarray  # (G,) last month spared by a rent guarantee, 0 for none

    @property
    def pool_balance(self) -> float:
        return float(self.balance[:, 0].sum())


def schedule_pool(
    loans: LoanArrays,
    recovery: RecoveryBasis,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> PoolSchedule:
    """Amortise every loan over its remaining term and sum the schedules by group."""
    report = progress or no_progress
    count = len(loans.balance)
    columns = (
        loans.risk_factor,
        loans.rate_type,
        _codes(loans.segment, count),
        _codes(loans.guarded_until, count),
    )
    group, used = _groups(columns)
    groups = len(used)
    months = int(loans.term.max()) if len(loans.term) else 0
    # Longest terms first: in month m only the first ``running[m]`` loans still run, so each
    # month works on the loans left instead of the whole pool.
    order = np.argsort(-loans.term, kind="stable")
    term = loans.term[order]
    group_by_term = group[order]
    monthly_rate = loans.rate[order] / MONTHS_PER_YEAR
    payment = _level_payment(loans.balance[order], monthly_rate, term)
    principal_step = loans.balance[order] / np.maximum(term, 1)
    level_principal = loans.level_principal[order]
    # The value at the cut-off: the appraisal has already aged by the months since it.
    age = np.zeros(count) if loans.value_age is None else np.maximum(loans.value_age, 0.0)
    net_value = np.where(loans.first_lien, loans.property_value, 0.0)[order]
    net_value = net_value * (1.0 - recovery.decline_per_year) ** (age[order] / 12)
    running = np.searchsorted(-term, -np.arange(months + 1), side="right")
    ratios = np.asarray(recovery.value_ratios, dtype=float)
    yearly_decline = 1.0 - recovery.decline_per_year

    balance = np.zeros((groups, months + 1))
    interest = np.zeros((groups, months + 1))
    recoverable = np.zeros((len(ratios), groups, months + 1))
    balance[:, 0] = np.bincount(group, loans.balance, groups)
    current = loans.balance[order].astype(float, copy=True)
    for month in range(1, months + 1):
        if month % _CHECK_EVERY == 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            report(
                month / months,
                step(
                    QT_TRANSLATE_NOOP("Progress", "Amortising the pool: month {month} of {months}"),
                    month=month,
                    months=months,
                ),
            )
        live = slice(0, running[month])
        now, rate, owner = current[live], monthly_rate[live], group_by_term[live]
        interest[:, month] = np.bincount(owner, now * rate, groups)
        sale_value = net_value[live] * yearly_decline ** ((month + recovery.lag_months) / 12)
        recoverable[:, :, month] = _recoverable(now, sale_value, owner, ratios, groups)
        next_balance = np.where(
            level_principal[live], now - principal_step[live], now * (1.0 + rate) - payment[live]
        )
        current[live] = np.where(term[live] <= month, 0.0, np.maximum(next_balance, 0.0))
        balance[:, month] = np.bincount(owner, current[live], groups)

    weights = np.bincount(group, loans.balance, groups)
    rates = np.bincount(group, loans.balance * loans.rate, groups)
    return PoolSchedule(
        group_factor=used[:, 0],
        group_rate_type=used[:, 1].astype(np.int64),
        group_rate=np.divide(rates, weights, out=np.zeros(groups), where=weights > 0),
        balance=balance,
        interest=interest,
        recoverable=recoverable,
        months=months,
        group_segment=used[:, 2].astype(np.int64),
        group_guarded_until=used[:, 3].astype(np.int64),
    )


def _recoverable(
    owed: np.ndarray, sale_value: np.ndarray, owner: np.ndarray, ratios: np.ndarray, groups: int
) -> np.ndarray:
    """(K, G) Σ min(owed, sale value × ratio) per group for every ratio, in two passes.

    A loan recovers sale value × ratio while that is below what it owes, else what it owes:
    with the ratios sorted, each loan falls in one bucket (how many ratios stay below its
    owed / sale value), and per group the sums of sale values and of amounts owed by bucket
    give every ratio's total by a cumulative sum, instead of one pass over the loans per ratio.
    """
    order = np.argsort(ratios)
    ordered = ratios[order]
    count = len(ordered)
    # Ratios below owed / sale value (a loan with nothing to sell recovers nothing: its
    # threshold is infinite, or undefined when it owes nothing either — 0 both ways).
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        threshold = owed / sale_value
    bucket = np.zeros(len(owed), dtype=np.uint8 if count < 255 else np.uint16)
    for ratio in ordered:
        np.add(bucket, threshold > ratio, out=bucket, casting="unsafe")
    cell = owner * (count + 1) + bucket
    size = groups * (count + 1)
    sale = np.bincount(cell, sale_value, size).reshape(groups, count + 1)
    capped = np.bincount(cell, owed, size).reshape(groups, count + 1)
    # Ratio j recovers the sale value of loans in buckets above j, the balance of the rest.
    sale_above = np.cumsum(sale[:, ::-1], axis=1)[:, ::-1][:, 1:]  # (G, K): buckets > j
    owed_upto = np.cumsum(capped, axis=1)[:, :count]  # (G, K): buckets <= j
    cash = np.empty((count, groups))
    cash[order] = (ordered[None, :] * sale_above + owed_upto).T
    return cash


def _groups(columns: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Each loan's group and the groups' (factor, rate type, segment, guarded) values.

    Each column is reduced to small integer codes and the codes combined into one key, so a
    1-D unique finds the groups (a row-wise unique of the float columns sorts far slower).
    """
    key = np.zeros(len(columns[0]), dtype=np.int64)
    values = []
    for column in columns:
        distinct, codes = np.unique(column, return_inverse=True)
        key = key * len(distinct) + codes.reshape(-1)
        values.append(distinct)
    used, group = np.unique(key, return_inverse=True)
    table = np.empty((len(used), len(columns)))
    rest = used.copy()
    for position in range(len(columns) - 1, -1, -1):
        size = len(values[position])
        table[:, position] = values[position][rest % size]
        rest //= size
    return group.reshape(-1), table


def _codes(values: np.ndarray | None, count: int) -> np.ndarray:
    return np.zeros(count) if values is None else np.asarray(values, dtype=float)


def _level_payment(balance: np.ndarray, monthly_rate: np.ndarray, term: np.ndarray) -> np.ndarray:
    """The annuity paying ``balance`` off in ``term`` months (straight-line at a zero rate)."""
    growth = np.power(1.0 + monthly_rate, term)
    with np.errstate(divide="ignore", invalid="ignore"):
        annuity = balance * monthly_rate * growth / (growth - 1.0)
    return np.where(monthly_rate > 0, annuity, balance / np.maximum(term, 1))


def value_ratio(recovery_rate: float, rating_ratio: float, sale_cost: float, fee: float) -> float:
    """Share of a property's declined value that reaches the trust after the forced sale."""
    return recovery_rate * rating_ratio * (1.0 - sale_cost - fee)
