"""The pool's loan table read into the projection's arrays, with every bad value named.

A value the engine cannot use (a negative or missing balance, a negative deposit or property
value, no remaining term anywhere) refuses the run before any projection, naming the column
and the loans by id and tape row, so the analyst can find them in the originator's file. A
value it can read leniently (a loan already repaid, a missing rate, a negative rate) is
used as stated and said in a warning.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import StressInputError, refused
from jcr_desk.structured.rmbs.schedule import RATE_TYPES, LoanArrays
from jcr_desk.structured.rmbs.sentences import said

_SHOWN = 3  # loans a message names
#: The first loans of a warning: one, two or three named, then how many more.
_NAMED = (
    "{first}",
    QT_TRANSLATE_NOOP("StressResult", "{first}, {second}"),
    QT_TRANSLATE_NOOP("StressResult", "{first}, {second}, {third}"),
    QT_TRANSLATE_NOOP("StressResult", "{first}, {second}, {third} and {more:,} more"),
)
_PLACES = ("first", "second", "third")
#: The columns a loan may lack, with the value every loan is then read as.
_READ_AS = {
    "repayment_type": QT_TRANSLATE_NOOP(
        "StressResult", "The pool has no repayment_type: every loan is read as level_payment."
    ),
    "rate_type": QT_TRANSLATE_NOOP(
        "StressResult", "The pool has no rate_type: every loan is read as variable."
    ),
}

#: Every loan column a stress run reads (a command-line run loads only these).
STRESS_COLUMNS = (
    "loan_id",
    "excel_row",
    "borrower_id",
    "current_balance",
    "interest_rate",
    "remaining_term_months",
    "repayment_type",
    "rate_type",
    "first_lien",
    "property_value",
    "valuation_date",
    "origination_date",
    "loan_purpose",
    "dscr",
    "employment_type",
    "prefecture",
    "deposit_balance",
    "rent_guarantee_end",
)


def loans_named(loans: pd.DataFrame, mask: np.ndarray) -> Text:
    """The first loans of ``mask`` by id and tape row: "loan L0002 (tape row 3), … and 4
    more" (``str()`` of it in an error message, translated in a warning)."""
    rows = np.flatnonzero(mask)
    ids = loans["loan_id"].to_numpy() if "loan_id" in loans.columns else None
    tape_rows = loans["excel_row"].to_numpy() if "excel_row" in loans.columns else None
    named = [_loan_named(ids, tape_rows, int(position)) for position in rows[:_SHOWN]]
    more = len(rows) - _SHOWN
    template = _NAMED[-1] if more > 0 else _NAMED[len(named) - 1]
    return said(template, **dict(zip(_PLACES, named, strict=False)), more=more)


def _loan_named(ids: np.ndarray | None, tape_rows: np.ndarray | None, position: int) -> Text:
    row = tape_rows[position] if tape_rows is not None else None
    on_tape = row is not None and pd.notna(row)
    if ids is None:
        template = (
            QT_TRANSLATE_NOOP("StressResult", "loan at position {position} (tape row {row})")
            if on_tape
            else QT_TRANSLATE_NOOP("StressResult", "loan at position {position}")
        )
        return said(template, position=position + 1, row=int(row) if on_tape else None)
    template = (
        QT_TRANSLATE_NOOP("StressResult", "loan {loan} (tape row {row})")
        if on_tape
        else QT_TRANSLATE_NOOP("StressResult", "loan {loan}")
    )
    return said(template, loan=str(ids[position]), row=int(row) if on_tape else None)


def numbers(loans: pd.DataFrame, column: str) -> np.ndarray:
    """A column as floats (NaN where empty or not a number)."""
    return pd.to_numeric(loans[column], errors="coerce").to_numpy(dtype=float)


def check_loans(loans: pd.DataFrame) -> None:
    """Refuse values no stress run can use; each message names the column and the loans."""
    balance = numbers(loans, "current_balance")
    bad = ~np.isfinite(balance) | (balance < 0)
    if bad.any():
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput",
                    "The pool's current balance must be a number of at least 0; it is negative, "
                    "missing or infinite for {loans}.",
                ),
                loans=loans_named(loans, bad),
            )
        )
    term = numbers(loans, "remaining_term_months")
    if not (np.nan_to_num(term) >= 1).any():
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput",
                    "The pool has no loan with a remaining term of at least one month: there is "
                    "nothing to project (check the remaining term or maturity date column).",
                )
            )
        )
    bad = (term < 0) | np.isinf(term)
    if bad.any():
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput", "The remaining term is negative or infinite for {loans}."
                ),
                loans=loans_named(loans, bad),
            )
        )
    for column, what in (
        ("deposit_balance", QT_TRANSLATE_NOOP("StressInput", "The deposit balance")),
        ("property_value", QT_TRANSLATE_NOOP("StressInput", "The property value")),
    ):
        if column in loans.columns:
            values = numbers(loans, column)
            bad = (values < 0) | np.isinf(values)
            if bad.any():
                raise StressInputError(
                    refused(
                        QT_TRANSLATE_NOOP(
                            "StressInput",
                            "{what} must be a number of at least 0; it is negative or infinite "
                            "for {loans}.",
                        ),
                        what=refused(what),
                        loans=loans_named(loans, bad),
                    )
                )


def loan_arrays(
    loans: pd.DataFrame,
    risk_factor: np.ndarray,
    cut_off: date,
    *,
    segment: np.ndarray | None = None,
    guarded_until: np.ndarray | None = None,
) -> tuple[LoanArrays, list[str], str]:
    """The projection's arrays, the warnings about loans read leniently, the valuation basis.

    ``segment`` is each loan's segment combination code, ``guarded_until`` the last month a
    rent guarantee spares it (both per row of ``loans``; None when there are none).
    """
    warnings: list[Text] = []
    balance = numbers(loans, "current_balance")
    term = numbers(loans, "remaining_term_months")
    rate = numbers(loans, "interest_rate")
    usable = (balance > 0) & (term >= 1)
    if (~usable).any():
        warnings.append(
            _loans_said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{count:,} loans without a positive balance or a remaining term are left out "
                    "of the projection: {loans}.",
                ),
                loans,
                ~usable,
            )
        )
    if np.isnan(rate[usable]).any():
        missing = usable & np.isnan(rate)
        warnings.append(
            _loans_said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{count:,} loans without an interest rate earn no interest: {loans}.",
                ),
                loans,
                missing,
            )
        )
    negative = usable & (rate < 0)
    if negative.any():
        warnings.append(
            _loans_said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{count:,} loans carry a negative interest rate, used as stated: {loans}.",
                ),
                loans,
                negative,
            )
        )
    rate = np.nan_to_num(rate, nan=0.0)
    level_principal = (
        _category(loans, "repayment_type", "level_payment", warnings) == "level_principal"
    )
    kinds = _category(loans, "rate_type", "variable", warnings)
    rate_type = np.select([kinds == kind for kind in RATE_TYPES], range(len(RATE_TYPES)), 1)
    if "first_lien" in loans.columns:
        first_lien = loans["first_lien"].fillna(False).to_numpy(bool)
    else:
        warnings.append(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "The pool does not say which loans hold a first lien: no recoveries.",
                )
            )
        )
        first_lien = np.zeros(len(loans), dtype=bool)
    if "property_value" in loans.columns:
        value = numbers(loans, "property_value")
        unvalued = usable & first_lien & np.isnan(value)
        if unvalued.any():
            warnings.append(
                _loans_said(
                    QT_TRANSLATE_NOOP(
                        "StressResult",
                        "{count:,} first-lien loans without a property value recover nothing: "
                        "{loans}.",
                    ),
                    loans,
                    unvalued,
                )
            )
        value = np.nan_to_num(value, nan=0.0)
    else:
        warnings.append(
            said(
                QT_TRANSLATE_NOOP("StressResult", "The pool has no property values: no recoveries.")
            )
        )
        value = np.zeros(len(loans))
    age, basis = valuation_age(loans, cut_off, warnings)
    arrays = LoanArrays(
        balance=balance[usable],
        rate=rate[usable],
        term=term[usable].astype(np.int64),
        level_principal=level_principal[usable],
        rate_type=rate_type[usable],
        risk_factor=risk_factor[usable],
        first_lien=first_lien[usable],
        property_value=value[usable],
        value_age=age[usable],
        segment=None if segment is None else segment[usable],
        guarded_until=None if guarded_until is None else guarded_until[usable],
    )
    return arrays, warnings, basis


def _loans_said(template: str, loans: pd.DataFrame, mask: np.ndarray) -> Text:
    """A warning about the loans of ``mask``: how many, and the first of them by name."""
    return said(template, count=int(mask.sum()), loans=loans_named(loans, mask))


def months_between(earlier: pd.Series, later: date) -> np.ndarray:
    """Whole calendar months from each date of ``earlier`` to ``later`` (NaN where empty)."""
    stamps = pd.to_datetime(earlier, errors="coerce")
    months = (later.year - stamps.dt.year) * 12 + (later.month - stamps.dt.month)
    return months.to_numpy(dtype=float, na_value=np.nan)


def valuation_age(
    loans: pd.DataFrame, cut_off: date, warnings: list[Text]
) -> tuple[np.ndarray, str]:
    """Months each property value has aged by the cut-off, and what they were counted from.

    The tape's property value is the appraisal at origination (seed 002 §2(1)(d): the value
    declines over time), unless the tape gives a valuation date. A loan with neither is
    valued at the cut-off, which the warnings say.
    """
    count = len(loans)
    from_valuation = (
        months_between(loans["valuation_date"], cut_off)
        if "valuation_date" in loans.columns
        else np.full(count, np.nan)
    )
    from_origination = (
        months_between(loans["origination_date"], cut_off)
        if "origination_date" in loans.columns
        else np.full(count, np.nan)
    )
    age = np.where(np.isnan(from_valuation), from_origination, from_valuation)
    undated = np.isnan(age)
    if undated.all():
        basis = QT_TRANSLATE_NOOP("ResultDetails", "cut-off date (the tape has no dates)")
    elif (~np.isnan(from_valuation)).all():
        basis = QT_TRANSLATE_NOOP("ResultDetails", "valuation date")
    elif np.isnan(from_valuation).all():
        basis = QT_TRANSLATE_NOOP("ResultDetails", "origination date")
    else:
        basis = QT_TRANSLATE_NOOP(
            "ResultDetails", "valuation date where the tape gives one, else origination date"
        )
    if undated.any():
        warnings.append(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "{count:,} properties have neither a valuation nor an origination date: "
                    "their values are taken as valued at the cut-off.",
                ),
                count=int(undated.sum()),
            )
        )
    return np.maximum(np.nan_to_num(age, nan=0.0), 0.0), basis


def _category(loans: pd.DataFrame, column: str, default: str, warnings: list[Text]) -> np.ndarray:
    if column not in loans.columns:
        warnings.append(said(_READ_AS[column]))
        return np.full(len(loans), default, dtype=object)
    values = loans[column].astype("object").where(loans[column].notna(), default)
    return values.to_numpy(dtype=object)
