"""What one stress run needs, gathered from a case into plain values (no case objects).

The case layer builds :class:`StressInputs` from a scenario; the engine checks it and turns
the loan table into arrays. Anything missing that the run cannot do without is a
:class:`StressInputError` naming it, so the CLI and the tab show one clear line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from jcr_desk.structured.errors import StressInputError
from jcr_desk.structured.loan_table import check_loans

__all__ = ["COUPON_TYPES", "StressInputError", "StressInputs", "Tranche", "check_inputs"]

COUPON_TYPES = ("fixed", "floating", "residual")


@dataclass(frozen=True)
class Tranche:
    name: str
    rank: int
    balance: float
    coupon_type: str  # fixed | floating | residual
    coupon: float = 0.0  # fixed rate, or margin over the reference rate when floating


@dataclass(frozen=True)
class StressInputs:
    """Assumptions and structure of one scenario, with the pool's loan table."""

    loans: pd.DataFrame
    cut_off: date
    target_ratings: tuple[str, ...]
    base_default_rate: float
    cpr: float
    recovery_rate: float
    recovery_lag_months: int
    tranches: tuple[Tranche, ...]
    timing_curve: tuple[float, ...] | None = None
    multiplier_adjustments: tuple[Mapping[str, object], ...] = ()
    payment: str = "sequential"
    trust_fee: float = 0.0
    servicing_fee: float = 0.0
    sequential_trigger: float | None = None
    default_trap: bool = True
    clean_up_call: float | None = None
    liquidity_reserve: bool = True
    hedged: bool = False
    bases_match: bool = False
    reference_rate: float | None = None
    commingling_one_day: bool = False
    collection_period_months: int | None = None
    legal_final_month: int | None = None
    servicer_rating: str | None = None
    servicer_outlook: str | None = None
    asset_country_ceiling: str | None = None
    sovereign: str | None = None
    domestic_single_country: bool = True
    base_case_source: Mapping[str, object] = field(default_factory=dict)


def check_inputs(inputs: StressInputs) -> None:
    """Refuse a run that cannot give a meaningful answer, naming what is missing."""
    loans = inputs.loans
    if loans is None or len(loans) == 0:
        raise StressInputError("The scenario has no pool: import a loan tape first.")
    for column, what in (
        ("current_balance", "current balance"),
        ("interest_rate", "interest rate"),
        ("remaining_term_months", "remaining term"),
    ):
        if column not in loans.columns or loans[column].isna().all():
            raise StressInputError(f"The pool has no {what} ({column}); the run needs it.")
    if not inputs.target_ratings:
        raise StressInputError("No target rating chosen.")
    for name, value in (
        ("base_default_rate", inputs.base_default_rate),
        ("cpr", inputs.cpr),
        ("recovery_rate", inputs.recovery_rate),
    ):
        if value is None or not 0 <= value <= 1:
            raise StressInputError(f"{name} must be a fraction between 0 and 1, got {value!r}.")
    if inputs.recovery_lag_months is None or inputs.recovery_lag_months < 0:
        raise StressInputError("recovery_lag_months must be 0 or more.")
    for name, value in (("trust fee", inputs.trust_fee), ("servicing fee", inputs.servicing_fee)):
        if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= 1):
            raise StressInputError(
                f"The {name} is an annual fraction between 0 and 1 (0 % to 100 %); got {value!r}."
            )
    check_loans(loans)
    _check_tranches(inputs.tranches, float(pd.to_numeric(loans["current_balance"]).sum()))


def _check_tranches(tranches: tuple[Tranche, ...], pool: float) -> None:
    if not tranches:
        raise StressInputError("The structure has no tranches.")
    if not any(t.coupon_type != "residual" for t in tranches):
        raise StressInputError("The structure has no rated tranche (only a residual class).")
    for tranche in tranches:
        if tranche.coupon_type not in COUPON_TYPES:
            raise StressInputError(
                f"{tranche.name}: coupon type {tranche.coupon_type!r} is not one of "
                f"{', '.join(COUPON_TYPES)}."
            )
        if not math.isfinite(tranche.balance) or tranche.balance < 0:
            raise StressInputError(
                f"{tranche.name}: the balance must be a number of at least 0, got "
                f"{tranche.balance!r}."
            )
        if tranche.coupon_type != "residual" and (
            not math.isfinite(tranche.coupon) or tranche.coupon < 0
        ):
            raise StressInputError(
                f"{tranche.name}: the coupon (or the margin of a floating coupon) must be a "
                f"number of at least 0, got {tranche.coupon!r}."
            )
    if len({t.rank for t in tranches}) != len(tranches):
        raise StressInputError("Two tranches share a rank; every tranche needs its own.")
    total = sum(t.balance for t in tranches)
    if total > pool + 1.0:
        raise StressInputError(
            f"The tranches total ¥{total:,.0f}, more than the pool's ¥{pool:,.0f} current balance."
        )
