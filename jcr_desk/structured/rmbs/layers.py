"""The setoff and commingling enhancement layers and the liquidity reserve (seed 002 §4–§6).

Small closed-form pieces of the RMBS enhancement, kept apart from the cash-flow engine so
the tab, the CLI and the tests can call them on their own. The interest-rate layer, which
needs a rate path, lives in :mod:`jcr_desk.structured.rmbs.interest_rate`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Outlook, Rating
from jcr_desk.structured.rmbs.sentences import said
from jcr_desk.structured.rmbs.settings import StressSettings, stress_settings

_FIRST_YEAR_MONTHS = 12


def amounts(values: Any, what: str, *, missing_as_zero: bool = False) -> np.ndarray:
    """``values`` as a float array, refusing negative (and, unless allowed, missing) entries.

    The message names the input and the first offending rows (0-based positions), so a bad
    tape column is found without a traceback hunt.
    """
    array = np.asarray(values, dtype=float).reshape(-1)
    missing = np.isnan(array)
    if missing_as_zero:
        array = np.where(missing, 0.0, array)
    elif missing.any():
        raise ValueError(f"{what}: missing value on rows {_first_rows(missing)}")
    negative = array < 0
    if negative.any():
        raise ValueError(f"{what}: negative value on rows {_first_rows(negative)}")
    if np.isinf(array).any():
        raise ValueError(f"{what}: infinite value on rows {_first_rows(np.isinf(array))}")
    return array


def non_negative(value: float, what: str) -> float:
    """A single figure that must be a finite number of at least 0."""
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"{what} must be a number of at least 0, got {value!r}")
    return number


def _first_rows(mask: np.ndarray, shown: int = 5) -> str:
    rows = np.flatnonzero(mask)
    listed = ", ".join(str(row) for row in rows[:shown])
    return listed + (f" and {len(rows) - shown} more" if len(rows) > shown else "")


def setoff_enhancement(
    balances: Any, deposits: Any, borrower_ids: Any, cap: float | None = None
) -> float:
    """Yen exposed to setoff: Σ over borrowers of min(max(deposit − cap, 0), loan balance).

    Seed 002 §5 exposes, per borrower, the deposit above the deposit-insurance cap, and no more
    than what the borrower owes (setoff cannot exceed the claim). The seed's own last sentence
    of §5 is garbled; this follows the digest's formula (METHODOLOGY §6).

    Inputs are per loan. A tape repeats the borrower's deposit on each of their loan rows, so
    it is counted once per borrower; when the rows disagree the largest value is taken, the
    prudent reading of a deposit snapshot (it never understates the exposure). Loan balances
    are summed per borrower. Missing deposits count as 0 (no deposit reported).
    """
    balance = amounts(balances, "loan balance")
    deposit = amounts(deposits, "deposit balance", missing_as_zero=True)
    # Factorised as given (a tape's string or categorical column) to keep 10^6 loans fast.
    ids = borrower_ids if isinstance(borrower_ids, pd.Series) else pd.Series(borrower_ids)
    if not len(balance) == len(deposit) == len(ids):
        raise ValueError(
            f"setoff inputs differ in length: {len(balance)} balances, {len(deposit)} "
            f"deposits, {len(ids)} borrower ids"
        )
    limit = non_negative(load_rulebook().deposit_insurance_cap if cap is None else cap, "cap")
    codes, borrowers = pd.factorize(ids)
    if (codes < 0).any():
        raise ValueError(f"borrower id: missing value on rows {_first_rows(codes < 0)}")
    owed = np.bincount(codes, weights=balance, minlength=len(borrowers))
    held = np.zeros(len(borrowers))
    np.maximum.at(held, codes, deposit)
    exposed = np.minimum(np.maximum(held - limit, 0.0), owed)
    return float(exposed.sum())


def liquidity_reserve(
    senior_balance: float, senior_coupon: float, annual_fees: float, floating: bool
) -> float:
    """Yen held in cash: months × (senior balance × coupon + annual fees) / 12 (seed 002 §6).

    The months come from the rulebook (one for fixed-rate notes, three for floating, whose
    coupon can rise while collections are stuck). ``annual_fees`` is the yen paid per year in
    trust, servicing and other senior fees.
    """
    balance = non_negative(senior_balance, "senior balance")
    coupon = non_negative(senior_coupon, "senior coupon")
    fees = non_negative(annual_fees, "annual fees")
    months = load_rulebook().liquidity_reserve_months(floating)
    return months * (balance * coupon + fees) / 12


def commingling_enhancement(
    collections: Any,
    pool_balance: float,
    period_months: int | None = None,
    one_day: bool = False,
) -> float:
    """Collections of one collection period as a fraction of the pool (seed 002 §4).

    ``collections`` is yen per month (principal, interest and recoveries collected). The
    exposed period is the largest total of ``period_months`` consecutive months in the first
    year: for an amortising pool that is the first period, but a pool with a prepayment or
    recovery bump early on would otherwise be understated. Zero when collections stay with the
    originator only one day.
    """
    months = stress_settings().collection_period_months if period_months is None else period_months
    if isinstance(months, bool) or not isinstance(months, int | np.integer) or months < 1:
        raise ValueError(f"collection period must be a whole number of months ≥ 1, got {months!r}")
    flows = amounts(collections, "collections")
    pool = non_negative(pool_balance, "pool balance")
    if pool == 0:
        raise ValueError("pool balance must be above 0")
    if one_day:
        return 0.0
    head = flows[: max(_FIRST_YEAR_MONTHS, months)]
    if len(head) <= months:
        return float(head.sum()) / pool
    running = np.concatenate(([0.0], np.cumsum(head)))
    return float((running[months:] - running[:-months]).max()) / pool


@dataclass(frozen=True)
class ComminglingTrigger:
    """Whether the servicer's rating calls for cash in trust, and what the structure must do."""

    breached: bool
    note: Text


def commingling_trigger(
    servicer_rating: str | None, outlook: str | None, settings: StressSettings | None = None
) -> ComminglingTrigger:
    """Seed 002 §4 trigger: servicer below the trigger rating, or at it with a negative direction.

    A negative outlook and a credit monitor with a negative direction both count as a negative
    direction. No servicer rating entered → not breached, and the note says so.
    """
    rules = settings or stress_settings()
    trigger = rules.servicer_trigger
    if servicer_rating is None or not str(servicer_rating).strip():
        return ComminglingTrigger(
            False,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "The servicer's rating is not entered, so the {trigger} trigger for "
                    "commingling cannot be checked; enter it to see whether cash in trust is "
                    "needed.",
                ),
                trigger=str(trigger),
            ),
        )
    rating = Rating.parse(servicer_rating)
    direction = Outlook.parse(outlook) if outlook is not None and outlook.strip() else None
    negative = direction is not None and direction.direction == "Negative"
    stated = str(rating) if direction is None else _with_direction(rating, direction)
    if rating < trigger or (rating == trigger and negative):
        return ComminglingTrigger(
            True,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "Servicer rated {rating} is below {trigger} flat with a negative "
                    "direction: within {days} days the structure must add cash in trust equal "
                    "to the commingling enhancement, or the servicer must pay estimated "
                    "collections in advance.",
                ),
                rating=stated,
                trigger=str(trigger),
                days=rules.trust_deposit_days,
            ),
        )
    return ComminglingTrigger(
        False,
        said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "Servicer rated {rating} is not below {trigger} flat with a negative direction; "
                "no cash in trust or advance payment of collections is required.",
            ),
            rating=stated,
            trigger=str(trigger),
        ),
    )


def _with_direction(rating: Rating, outlook: Outlook) -> Text:
    """The servicer's rating with its direction ("A+ (Negative)"), the direction in the words
    the Committee tab shows it in."""
    direction = Text("Outlook", outlook.direction)  # translated in context Outlook
    if outlook.credit_monitor:
        direction = said(
            QT_TRANSLATE_NOOP("StressResult", "Credit Monitor ({direction})"), direction=direction
        )
    return said(
        QT_TRANSLATE_NOOP("StressResult", "{rating} ({direction})"),
        rating=str(rating),
        direction=direction,
    )
