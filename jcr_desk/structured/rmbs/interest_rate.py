"""The interest-rate enhancement layer: negative spread under stressed rate paths (seed 002 §3).

Loans and notes that pay on different rate types (or on different base rates) can end up
with the notes costing more than the loans earn once the market moves. Seed 002 §3(1) names
both directions as risks: in a falling market borrowers choose variable rates while fixed
notes keep their coupon, in a rising one borrowers fix their rate while floating notes reset.
So the Desk runs a rising and a falling path of the reference rate for every target rating,
prices both sides at their stressed levels each month, adds up the months in which the notes'
coupons and the senior fees exceed the loans' interest, and keeps the worse path. A fall in
loan income that still leaves the loans out-earning the notes is no shortfall. The path
sizes, ramp, the loans' reset lag and the basis squeeze are Desk defaults in ``stress.toml``;
none of them is written here.

Rising path: floating coupons rise at once (plus the basis squeeze), variable loans follow
only after their reset lag, fixed and fixed-period-selective borrowers keep their rate.
Falling path: a small move since rates are already low; the reference rate stops at 0 %
(floating notes keep their margin), variable loans follow after the lag, fixed-period-selective
borrowers switch to variable, and no loan rate falls below zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from jcr_desk.ratings import Rating
from jcr_desk.structured.rating_tables import rating_table_value
from jcr_desk.structured.rmbs.layers import amounts, non_negative
from jcr_desk.structured.rmbs.settings import StressSettings, stress_settings

LOAN_RATE_TYPES = ("fixed", "variable", "fixed_period_selective")
NOTE_COUPON_TYPES = ("fixed", "floating", "residual")
# Loan types whose rate follows the path, by the path's direction.
_FOLLOWERS = {"up": ("variable",), "down": ("variable", "fixed_period_selective")}
_MONTHS_PER_YEAR = 12


@dataclass(frozen=True)
class InterestRateLayer:
    """The layer as a fraction of the pool, the path that produced it and the monthly shortfall.

    ``shortfall`` is yen per month (month 1 first); ``shift`` is the size of the rate move
    (positive, whatever the direction; 0 when no path is run) and ``interpolated`` says it was
    not tabulated for the rating.
    """

    enhancement: float
    direction: Literal["up", "down", "none"]
    shift: float
    interpolated: bool
    shortfall: np.ndarray
    note: str
    paths: dict[str, float] = field(default_factory=dict)  # layer under each path run


def rate_path(shift: float, ramp_months: int, months: int) -> np.ndarray:
    """Change of the reference rate in months 1..``months``: linear to ``shift``, then flat.

    Month t carries ``shift × min(t, ramp_months) / ramp_months``; ``shift`` may be negative.
    """
    if ramp_months < 1:
        raise ValueError(f"ramp must be at least 1 month, got {ramp_months!r}")
    if months < 0:
        raise ValueError(f"months must be at least 0, got {months!r}")
    month = np.arange(1, months + 1)
    return shift * np.minimum(month, ramp_months) / ramp_months


def _lagged(path: np.ndarray, lag: int) -> np.ndarray:
    """The path as seen by loans that reset ``lag`` months late: path[t − lag], 0 before.

    A simplification of resets every ``lag`` months: each month uses the move of ``lag``
    months earlier, which lags the notes by the same average delay without a step pattern.
    """
    return np.concatenate((np.zeros(min(lag, len(path))), path[: max(len(path) - lag, 0)]))


def interest_rate_enhancement(
    balances_by_rate_type: Mapping[str, np.ndarray],
    loan_rates_by_type: Mapping[str, float],
    note_balances: Sequence[np.ndarray],
    note_coupon_types: Sequence[str],
    note_coupons: Sequence[float],
    rating: Rating | str,
    pool_balance: float,
    *,
    monthly_fees: np.ndarray | None = None,
    hedged: bool = False,
    bases_match: bool = False,
    reference_rate: float | None = None,
    settings: StressSettings | None = None,
) -> InterestRateLayer:
    """Negative spread under the worse stressed path for ``rating``, as a fraction of the pool.

    ``balances_by_rate_type`` maps a loan rate type to its performing balance at the start of
    each month (yen, same length T for every type, note and fee schedule);
    ``loan_rates_by_type`` gives every present type's current balance-weighted annual rate;
    ``note_balances``/``note_coupon_types``/``note_coupons`` describe the notes (annual
    coupon: the fixed rate, or ``reference_rate`` plus margin when floating; residual notes
    are ignored); ``monthly_fees`` are the senior fees paid before the notes (yen per month).
    Monthly negative spread = max(0, Σ notes stressed coupon × balance + 12 × fee − Σ loan
    types max(rate + Δrate, 0) × balance) / 12; the shortfall is what the stressed path adds
    to the negative spread at today's rates (which the waterfall already pays), and the layer
    is its sum over the months divided by ``pool_balance``. Both paths are run; the worse
    holds and ``paths`` keeps each. Zero when hedged or when the loans and the notes share a
    base rate (seed 002 §3).
    """
    rules = settings or stress_settings()
    loans, notes, months = _checked(balances_by_rate_type, note_balances, note_coupon_types)
    pool = non_negative(pool_balance, "pool balance")
    if pool == 0:
        raise ValueError("pool balance must be above 0")
    loan_rates = {kind: _loan_rate(loan_rates_by_type, kind) for kind in loans}
    coupons = _coupons(note_coupon_types, note_coupons)
    fees = _fees(monthly_fees, months)
    reference = rules.reference_rate if reference_rate is None else float(reference_rate)

    def flat(reason: str) -> InterestRateLayer:
        return InterestRateLayer(0.0, "none", 0.0, False, np.zeros(months), reason)

    if hedged:
        return flat("No interest-rate layer: the rate risk is hedged (swap or similar).")
    if bases_match:
        return flat("No interest-rate layer: the loans and the notes share the same base rate.")
    if all(kind == "residual" for kind in note_coupon_types):
        return flat("No interest-rate layer: no note pays a coupon (residual notes only).")

    def negative_spread(
        direction: str, path: np.ndarray, loan_move: np.ndarray, squeeze: float
    ) -> np.ndarray:
        loan_income = np.zeros(months)
        for kind, balance in loans.items():
            change = loan_move if kind in _FOLLOWERS[direction] else 0.0
            loan_income += np.maximum(loan_rates[kind] + change, 0.0) * balance  # never < 0 %
        note_cost = np.zeros(months)
        for kind, coupon, balance in zip(note_coupon_types, coupons, notes, strict=True):
            if kind == "floating":
                # The reference rate stops at 0 %: a floating note keeps at least its margin.
                moved = np.maximum(reference + path, 0.0) - reference
                note_cost += (coupon + moved + squeeze) * balance
            else:
                note_cost += coupon * balance
        outgo = note_cost + _MONTHS_PER_YEAR * fees
        return np.maximum(outgo - loan_income, 0.0) / _MONTHS_PER_YEAR

    # Only what the rate path adds: a spread already negative at today's rates is paid
    # through the waterfall and counted in the bad-loan layer.
    still = np.zeros(months)
    today = negative_spread("up", still, still, 0.0)
    runs: dict[str, tuple[np.ndarray, float, bool]] = {}
    for direction, table in (("up", rules.rate_rise), ("down", rules.rate_fall)):
        shift, tabulated = rating_table_value(table, rating)
        path = rate_path(shift if direction == "up" else -shift, rules.rate_ramp_months, months)
        loan_path = _lagged(path, rules.loan_reset_months)
        stressed = negative_spread(direction, path, loan_path, rules.basis_squeeze)
        runs[direction] = (np.maximum(stressed - today, 0.0), shift, tabulated)

    paths = {direction: float(run[0].sum()) / pool for direction, run in runs.items()}
    usual: Literal["up", "down"] = "up" if "floating" in note_coupon_types else "down"
    other: Literal["up", "down"] = "down" if usual == "up" else "up"
    worse = other if paths[other] > paths[usual] else usual
    shortfall, shift, tabulated = runs[worse]
    note = _describe(worse, shift, rules, Rating.parse(rating), tabulated, shortfall.any())
    note += (
        f" Rising path {paths['up']:.3%} of the pool, falling path {paths['down']:.3%}: "
        f"the worse ({'rising' if worse == 'up' else 'falling'}) holds."
    )
    return InterestRateLayer(paths[worse], worse, shift, not tabulated, shortfall, note, paths)


def _describe(
    direction: str,
    shift: float,
    rules: StressSettings,
    rating: Rating,
    tabulated: bool,
    negative: bool,
) -> str:
    """Why the path moves the way it does and whether the spread turns negative."""
    source = "tabulated" if tabulated else "interpolated on the notch order"
    if direction == "up":
        why = (
            f"the reference rate rises by {shift:.2%} (rise table, {source}); floating "
            f"coupons follow at once (plus a {rules.basis_squeeze:.2%} basis squeeze), "
            f"variable loans after {rules.loan_reset_months} months, fixed and "
            "fixed-period-selective loans not at all"
        )
    else:
        why = (
            f"the reference rate falls by {shift:.2%} (fall table, {source}; little room is "
            "left below today's low rates) and stops at 0 %; variable and "
            f"fixed-period-selective loans follow after {rules.loan_reset_months} months "
            "(never below a 0 % rate), fixed loans and fixed notes keep their rates"
        )
    outcome = (
        "The notes' coupons and senior fees exceed the loans' interest in some months."
        if negative
        else "The loans' interest covers the notes' coupons and senior fees in every month."
    )
    return f"{rating}: {why}; the move builds up over {rules.rate_ramp_months} months. {outcome}"


def _checked(
    balances_by_rate_type: Mapping[str, np.ndarray],
    note_balances: Sequence[np.ndarray],
    note_coupon_types: Sequence[str],
) -> tuple[dict[str, np.ndarray], list[np.ndarray], int]:
    """Loan and note balance schedules as arrays of one common length, or a clear ValueError."""
    unknown = sorted(set(balances_by_rate_type) - set(LOAN_RATE_TYPES))
    if unknown:
        raise ValueError(f"unknown loan rate types {unknown} (expected {LOAN_RATE_TYPES})")
    wrong = sorted(set(note_coupon_types) - set(NOTE_COUPON_TYPES))
    if wrong:
        raise ValueError(f"unknown note coupon types {wrong} (expected {NOTE_COUPON_TYPES})")
    if len(note_balances) != len(note_coupon_types):
        raise ValueError(
            f"{len(note_balances)} note balance schedules but {len(note_coupon_types)} coupon types"
        )
    loans = {
        kind: amounts(balance, f"{kind} loan balance")
        for kind, balance in balances_by_rate_type.items()
    }
    notes = [
        amounts(balance, f"note {number} balance")
        for number, balance in enumerate(note_balances, start=1)
    ]
    lengths = {len(schedule) for schedule in [*loans.values(), *notes]}
    if len(lengths) > 1:
        raise ValueError(f"balance schedules differ in length: {sorted(lengths)} months")
    return loans, notes, lengths.pop() if lengths else 0


def _loan_rate(loan_rates_by_type: Mapping[str, float], kind: str) -> float:
    if kind not in loan_rates_by_type:
        raise ValueError(f"no current loan rate given for {kind} loans")
    return non_negative(loan_rates_by_type[kind], f"{kind} loan rate")


def _coupons(note_coupon_types: Sequence[str], note_coupons: Sequence[float]) -> list[float]:
    """Each note's current annual coupon; a residual note's entry is not read (it pays none)."""
    if len(note_coupons) != len(note_coupon_types):
        raise ValueError(
            f"{len(note_coupons)} note coupons but {len(note_coupon_types)} coupon types"
        )
    return [
        0.0 if kind == "residual" else non_negative(coupon, f"note {number} coupon")
        for number, (kind, coupon) in enumerate(
            zip(note_coupon_types, note_coupons, strict=True), start=1
        )
    ]


def _fees(monthly_fees: np.ndarray | None, months: int) -> np.ndarray:
    """Senior fees in yen per month, zeros when none are given."""
    if monthly_fees is None:
        return np.zeros(months)
    fees = amounts(monthly_fees, "monthly senior fees")
    if len(fees) != months:
        raise ValueError(f"monthly senior fees cover {len(fees)} months, the schedules {months}")
    return fees
