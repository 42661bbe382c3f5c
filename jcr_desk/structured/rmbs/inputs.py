"""What one stress run needs: the pool's loans, the assumptions, the deal and its parties.

The case layer builds :class:`StressInputs` from a scenario (resolving the parties' ratings
from the group tab); the engine checks it before anything is projected. Anything missing
or out of range is a :class:`StressInputError` naming it, so the CLI and the tab show one
clear line.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import StressInputError, refused
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import COUPON_TYPES, DealStructure, NoteClass
from jcr_desk.structured.rmbs.loan_table import check_loans
from jcr_desk.structured.rmbs.settings import StressSettings, stress_settings

__all__ = [
    "COUPON_TYPES",
    "Parties",
    "StressInputError",
    "StressInputs",
    "check_inputs",
    "months_between_dates",
]

#: Assumptions a run cannot do without, with the words the analyst reads.
REQUIRED_ASSUMPTIONS = {
    "base_default_rate": QT_TRANSLATE_NOOP("StressInput", "lifetime default rate"),
    "cpr": QT_TRANSLATE_NOOP("StressInput", "prepayment rate"),
    "recovery_rate": QT_TRANSLATE_NOOP("StressInput", "recovery rate"),
    "recovery_lag_months": QT_TRANSLATE_NOOP("StressInput", "foreclosure lag"),
}
#: The pool's columns a run cannot do without, named.
_REQUIRED_COLUMNS = (
    ("current_balance", QT_TRANSLATE_NOOP("StressInput", "current balance")),
    ("interest_rate", QT_TRANSLATE_NOOP("StressInput", "interest rate")),
    ("remaining_term_months", QT_TRANSLATE_NOOP("StressInput", "remaining term")),
)


@dataclass(frozen=True)
class Parties:
    """The ratings of the deal's counterparties as the case knows them (None: not known)."""

    servicer_rating: str | None = None
    servicer_outlook: str | None = None
    guarantor_rating: str | None = None
    sublease_rating: str | None = None
    asset_country_ceiling: str | None = None
    sovereign: str | None = None
    domestic_single_country: bool = True


@dataclass(frozen=True)
class StressInputs:
    """Assumptions and structure of one scenario, with the pool's loan table."""

    loans: pd.DataFrame
    cut_off: date
    assumptions: StressAssumptions
    deal: DealStructure
    parties: Parties = field(default_factory=Parties)

    @property
    def legal_final_month(self) -> int | None:
        """Months from the cut-off to the legal final maturity, None when the deal has none."""
        final = self.deal.legal_final_maturity
        return None if final is None else months_between_dates(self.cut_off, final)

    @property
    def classes(self) -> tuple[NoteClass, ...]:
        return self.deal.ordered()


def months_between_dates(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def check_inputs(inputs: StressInputs, rules: StressSettings | None = None) -> None:
    """Refuse a run that cannot give a meaningful answer, naming what is missing."""
    loans = inputs.loans
    if loans is None or len(loans) == 0:
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput", "The scenario has no pool: import a loan tape first."
                )
            )
        )
    for column, what in _REQUIRED_COLUMNS:
        if column not in loans.columns or loans[column].isna().all():
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "The pool has no {what} ({column}); the run needs it."
                    ),
                    what=refused(what),
                    column=column,
                )
            )
    assumptions = inputs.assumptions
    missing = [name for name in REQUIRED_ASSUMPTIONS if getattr(assumptions, name) is None]
    if missing:
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput",
                    "The scenario has no {named}: type it or import the originator's static data.",
                ),
                named=_listed(
                    refused(
                        QT_TRANSLATE_NOOP("StressInput", "{what} ({name})"),
                        what=refused(REQUIRED_ASSUMPTIONS[name]),
                        name=name,
                    )
                    for name in missing
                ),
            )
        )
    if not assumptions.target_ratings:
        raise StressInputError(
            refused(QT_TRANSLATE_NOOP("StressInput", "No target rating chosen."))
        )
    for name in ("base_default_rate", "cpr", "recovery_rate"):
        value = getattr(assumptions, name)
        if not (math.isfinite(value) and 0 <= value <= 1):
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "{name} must be a fraction between 0 and 1, got {value}."
                    ),
                    name=name,
                    value=repr(value),
                )
            )
    if assumptions.recovery_lag_months < 0:
        raise StressInputError(
            refused(QT_TRANSLATE_NOOP("StressInput", "recovery_lag_months must be 0 or more."))
        )
    deal = inputs.deal
    for fee, value in (
        (QT_TRANSLATE_NOOP("StressInput", "The trust fee"), deal.trust_fee),
        (QT_TRANSLATE_NOOP("StressInput", "The servicing fee"), deal.servicing_fee),
    ):
        if not (isinstance(value, int | float) and math.isfinite(value) and 0 <= value <= 1):
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "{fee} is an annual fraction between 0 and 1 (0 % to 100 %); got {value}.",
                    ),
                    fee=refused(fee),
                    value=repr(value),
                )
            )
    final = inputs.legal_final_month
    if final is not None and final < 1:
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput",
                    "The legal final maturity {final} is not after the cut-off {cut_off}.",
                ),
                final=str(deal.legal_final_maturity),
                cut_off=str(inputs.cut_off),
            )
        )
    check_loans(loans)
    tolerance = (rules or stress_settings()).class_fit_tolerance
    _check_classes(deal, float(pd.to_numeric(loans["current_balance"]).sum()), tolerance)


def _check_classes(deal: DealStructure, pool: float, tolerance: float) -> None:
    classes = deal.classes
    if not classes:
        raise StressInputError(
            refused(QT_TRANSLATE_NOOP("StressInput", "The structure has no classes."))
        )
    if not any(c.rated for c in classes):
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput", "The structure has no rated class (only a residual class)."
                )
            )
        )
    for note in classes:
        if note.coupon_type not in COUPON_TYPES:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "{name}: coupon type {kind} is not one of {allowed}."
                    ),
                    name=note.name,
                    kind=repr(note.coupon_type),
                    allowed=", ".join(COUPON_TYPES),
                )
            )
        if not math.isfinite(note.balance) or note.balance < 0:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "{name}: the balance must be a number of at least 0, got {value}.",
                    ),
                    name=note.name,
                    value=repr(note.balance),
                )
            )
        if note.rated and (not math.isfinite(note.coupon) or note.coupon < 0):
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "{name}: the coupon (or the margin of a floating coupon) must be a "
                        "number of at least 0, got {value}.",
                    ),
                    name=note.name,
                    value=repr(note.coupon),
                )
            )
    deal.check_classes()
    deal.check_against_pool(pool, tolerance)


def _listed(items: Iterable[Text]) -> Text:
    """Sentences joined as a list ("a, b"), each read in the analyst's language."""
    texts = tuple(items)
    source = ", ".join(f"{{item{i}}}" for i in range(len(texts)))
    return Text("StressInput", source, {f"item{i}": text for i, text in enumerate(texts)})
