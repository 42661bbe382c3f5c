"""The receivables population's monthly history, checked, and the monthly rates it gives.

Seed 003 No. 2 §3(2)(ii)(a): credit-loss and cancellation (dilution) rates from the history of
the population receivables; (e) needs the month's collections for commingling. A history
states, per month (and per seller or merchant category when the originator splits it),
amounts with the month's receivables balance, or the rates themselves. Before any figure is
drawn from it the history is checked whole: months in order without a gap, a figure for every
measure in every row, no loss or cancellation above the month's balance. A refusal is a
:class:`HistoryError` naming the file, sheet, Excel row, column and the problem, a sentence
the window and the command line show in the analyst's language (context ``AbcpHistory``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.structured.frozen import Shared

MONTH: Final = "month"
BALANCE: Final = "population_balance"
EXCEL_ROW: Final = "excel_row"
SEGMENTS: Final = ("history_seller", "history_merchant_category")
MEASURES: Final = {
    "credit_loss": ("credit_losses", "credit_loss_rate"),
    "cancellation": ("cancellations", "cancellation_rate"),
    "collection": ("collections", "collection_rate"),
}
"""Each measure as an amount (needs the balance) or as a rate: the history gives one of them."""
HISTORY_CONTEXT: Final = "AbcpHistory"
MEASURE_WORDS: Final = {
    "credit_loss": QT_TRANSLATE_NOOP("AbcpHistory", "credit losses"),
    "cancellation": QT_TRANSLATE_NOOP("AbcpHistory", "cancellations"),
    "collection": QT_TRANSLATE_NOOP("AbcpHistory", "collections"),
}
RATE_WORDS: Final = {
    "credit_loss": QT_TRANSLATE_NOOP("AbcpHistory", "credit loss rate"),
    "cancellation": QT_TRANSLATE_NOOP("AbcpHistory", "cancellation rate"),
    "collection": QT_TRANSLATE_NOOP("AbcpHistory", "collection rate"),
}
#: A month's losses or cancellations above its balance are impossible; collections of late
#: payments may exceed it, up to this multiple (the schema's collection-rate limit).
_RATE_LIMITS: Final = {"credit_loss": 1.0, "cancellation": 1.0, "collection": 2.0}


def history_text(source: str, **args: Any) -> Text:
    """A sentence about a history: ``source`` marked with
    ``QT_TRANSLATE_NOOP("AbcpHistory", ...)`` where it is written."""
    return Text(HISTORY_CONTEXT, source, args)


class HistoryError(ExplainedError, ValueError):
    """The history cannot be used; ``str(error)`` is one line naming where and why, in
    English, and ``translated()`` the same in the analyst's language."""

    CONTEXT = HISTORY_CONTEXT

    def __init__(self, where: Text | None, problem: Text) -> None:
        self.where = "" if where is None else str(where)
        self.problem = str(problem)
        super().__init__(
            problem
            if where is None
            else history_text(
                QT_TRANSLATE_NOOP("AbcpHistory", "{where}: {problem}"), where=where, problem=problem
            )
        )


@dataclass(frozen=True)
class MonthlyRates:
    """The population's rates month by month (fractions of the month's balance), oldest first.

    ``balance`` is None when the history gives rates only.
    """

    months: np.ndarray  # datetime64[M]
    balance: np.ndarray | None
    credit_loss: np.ndarray
    cancellation: np.ndarray
    collection: np.ndarray

    def measure(self, name: str) -> np.ndarray:
        return getattr(self, name)

    def month_text(self, index: int) -> str:
        return str(np.datetime_as_string(self.months[index], unit="M"))


@dataclass(frozen=True, eq=False)
class MonthlyHistory(Shared):
    """The checked history: ``frame`` holds the history's fields and each row's Excel row;
    ``source`` where it came from (file, sheet, SHA-256, import time) and each field's column
    (``columns``: field → [letter, header])."""

    frame: pd.DataFrame
    source: Mapping[str, Any]

    @classmethod
    def checked(cls, frame: pd.DataFrame, source: Mapping[str, Any]) -> MonthlyHistory:
        """The history, or :class:`HistoryError` at its first problem."""
        history = cls(frame.reset_index(drop=True), dict(source))
        _check(history)
        return history

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MonthlyHistory):
            return NotImplemented
        return dict(self.source) == dict(other.source) and self.frame.equals(other.frame)

    __hash__ = None  # type: ignore[assignment]

    @property
    def month_count(self) -> int:
        return int(self.frame[MONTH].nunique())

    @property
    def segments(self) -> tuple[str, ...]:
        """The split columns the history has (seller, merchant category)."""
        return tuple(name for name in SEGMENTS if name in self.frame)

    def rates(self) -> MonthlyRates:
        """The monthly rates of the whole population (segments summed month by month)."""
        frame = self.frame
        months = frame[MONTH].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]")
        unique, position = np.unique(months, return_inverse=True)
        if BALANCE in frame:
            balance = np.bincount(position, weights=_floats(frame, BALANCE))
            rows = _floats(frame, BALANCE)
            rates = {}
            for name, (amount, rate) in MEASURES.items():
                # An amount, or a rate weighted by its row's balance: the month's whole rate.
                share = _floats(frame, amount) if amount in frame else _floats(frame, rate) * rows
                rates[name] = np.bincount(position, weights=share) / balance
            return MonthlyRates(unique, balance, **rates)
        return MonthlyRates(
            unique, None, **{name: _floats(frame, rate) for name, (_, rate) in MEASURES.items()}
        )

    def population_shares(self, segment: str, months: int) -> dict[str, float] | None:
        """Each value's share of the balance over the latest ``months`` months; None when
        the history is not split by ``segment`` or gives no balances."""
        if segment not in self.frame or BALANCE not in self.frame:
            return None
        frame = self.frame
        latest = np.sort(frame[MONTH].unique())[-months:]
        recent = frame[frame[MONTH].isin(latest)]
        totals = recent.groupby(recent[segment].map(segment_key), sort=False)[BALANCE].sum()
        whole = float(totals.sum())
        if whole <= 0:
            return None
        return {str(key): float(value) / whole for key, value in totals.items()}

    def cell(self, index: int, field: str) -> Text:
        """Where a row's field sits in the file, as messages name it."""
        return cell_said(self.source, int(self.frame[EXCEL_ROW].iloc[index]), field)


def segment_key(value: object) -> str:
    """A seller or merchant category as it is compared: trimmed, width and case folded."""
    return unicodedata.normalize("NFKC", str(value)).strip().casefold()


def cell_words(source: Mapping[str, Any], row: int | None, field: str | None) -> str:
    """ "file.xlsx, sheet History, row 14, column D (貸倒額（円）)" — as much as is known."""
    return str(cell_said(source, row, field))


def cell_said(source: Mapping[str, Any], row: int | None, field: str | None) -> Text:
    """:func:`cell_words` as a sentence to show in the analyst's language."""
    where = (
        history_text("{file}", file=source["file"])
        if source.get("file")
        else history_text(QT_TRANSLATE_NOOP("AbcpHistory", "history"))
    )
    if source.get("sheet"):
        where = history_text(
            QT_TRANSLATE_NOOP("AbcpHistory", "{where}, sheet {sheet}"),
            where=where,
            sheet=source["sheet"],
        )
    if row is not None:
        where = history_text(
            QT_TRANSLATE_NOOP("AbcpHistory", "{where}, row {row}"), where=where, row=row
        )
    column = (source.get("columns") or {}).get(field) if field else None
    if column:
        letter, header = column
        if header:
            where = history_text(
                QT_TRANSLATE_NOOP("AbcpHistory", "{where}, column {letter} ({header})"),
                where=where,
                letter=letter,
                header=header,
            )
        else:
            where = history_text(
                QT_TRANSLATE_NOOP("AbcpHistory", "{where}, column {letter}"),
                where=where,
                letter=letter,
            )
    return where


def _floats(frame: pd.DataFrame, name: str) -> np.ndarray:
    return frame[name].to_numpy(dtype=np.float64, na_value=np.nan)


# --- the checks -----------------------------------------------------------------------------


def _check(history: MonthlyHistory) -> None:
    frame, source = history.frame, history.source
    if MONTH not in frame or not len(frame):
        raise HistoryError(
            cell_said(source, None, None),
            history_text(QT_TRANSLATE_NOOP("AbcpHistory", "no month rows")),
        )
    _check_measures_present(history)
    _check_months(history)
    _check_values(history)


def _check_measures_present(history: MonthlyHistory) -> None:
    frame, where = history.frame, cell_said(history.source, None, None)
    for name, (amount, rate) in MEASURES.items():
        amounts, rates = _word(MEASURE_WORDS[name]), _word(RATE_WORDS[name])
        if amount in frame and rate in frame:
            raise HistoryError(
                where,
                history_text(
                    QT_TRANSLATE_NOOP(
                        "AbcpHistory",
                        "both {amounts} and the {rate} are given: keep one column per measure",
                    ),
                    amounts=amounts,
                    rate=rates,
                ),
            )
        if amount not in frame and rate not in frame:
            raise HistoryError(
                where,
                history_text(
                    QT_TRANSLATE_NOOP(
                        "AbcpHistory",
                        "no column of {amounts} (an amount with the balance, or a rate)",
                    ),
                    amounts=amounts,
                ),
            )
        if amount in frame and BALANCE not in frame:
            raise HistoryError(
                where,
                history_text(
                    QT_TRANSLATE_NOOP(
                        "AbcpHistory",
                        "{amounts} are amounts but no column gives the month's receivables balance "
                        "to divide them by",
                    ),
                    amounts=amounts,
                ),
            )
    if history.segments and BALANCE not in frame:
        raise HistoryError(
            where,
            history_text(
                QT_TRANSLATE_NOOP(
                    "AbcpHistory",
                    "a history split by seller or merchant category needs the receivables balance "
                    "of each row, to weigh its rates",
                )
            ),
        )


def _check_months(history: MonthlyHistory) -> None:
    """Months ascending, one row per month (and segment), no month missing between two."""
    frame = history.frame
    months = frame[MONTH].to_numpy(dtype="datetime64[ns]").astype("datetime64[M]")
    steps = np.diff(months.astype(np.int64))
    if (steps < 0).any():
        index = int(np.flatnonzero(steps < 0)[0]) + 1
        raise HistoryError(
            history.cell(index, MONTH),
            history_text(
                QT_TRANSLATE_NOOP(
                    "AbcpHistory",
                    "{month} comes after {previous}: the months must run in order, oldest first",
                ),
                month=_month(months[index]),
                previous=_month(months[index - 1]),
            ),
        )
    if (steps > 1).any():
        index = int(np.flatnonzero(steps > 1)[0]) + 1
        missing = months[index - 1] + 1
        raise HistoryError(
            history.cell(index, MONTH),
            history_text(
                QT_TRANSLATE_NOOP(
                    "AbcpHistory",
                    "{missing} is missing between {previous} and {month}: a history has every "
                    "month",
                ),
                missing=_month(missing),
                previous=_month(months[index - 1]),
                month=_month(months[index]),
            ),
        )
    keys = [MONTH, *history.segments]
    repeated = frame.duplicated(subset=keys).to_numpy()
    if repeated.any():
        index = int(np.flatnonzero(repeated)[0])
        what = _month(months[index]) + "".join(
            f", {frame[name].iloc[index]}" for name in history.segments
        )
        raise HistoryError(
            history.cell(index, MONTH),
            history_text(QT_TRANSLATE_NOOP("AbcpHistory", "{what} appears twice"), what=what),
        )


def _check_values(history: MonthlyHistory) -> None:
    """Every measure in every row; a balance above zero where amounts are divided by it; no
    rate above its limit."""
    frame = history.frame
    columns = [BALANCE, *(c for pair in MEASURES.values() for c in pair)]
    for name in columns:
        if name not in frame:
            continue
        values = _floats(frame, name)
        blank = np.isnan(values)
        if blank.any():
            index = int(np.flatnonzero(blank)[0])
            raise HistoryError(
                history.cell(index, name),
                history_text(
                    QT_TRANSLATE_NOOP("AbcpHistory", "blank: every month needs its figure")
                ),
            )
        negative = values < 0
        if negative.any():
            index = int(np.flatnonzero(negative)[0])
            raise HistoryError(
                history.cell(index, name),
                history_text(
                    QT_TRANSLATE_NOOP("AbcpHistory", "{value} is negative"),
                    value=f"{values[index]:,g}",
                ),
            )
    if BALANCE in frame:
        balance = _floats(frame, BALANCE)
        if (balance <= 0).any():
            index = int(np.flatnonzero(balance <= 0)[0])
            raise HistoryError(
                history.cell(index, BALANCE),
                history_text(
                    QT_TRANSLATE_NOOP(
                        "AbcpHistory", "the balance is zero: no rate can be drawn from it"
                    )
                ),
            )
    for name, (amount, rate) in MEASURES.items():
        if amount in frame:
            ratio = _floats(frame, amount) / _floats(frame, BALANCE)
            field, shown = amount, ratio
        else:
            field, shown = rate, _floats(frame, rate)
        over = shown > _RATE_LIMITS[name]
        if over.any():
            index = int(np.flatnonzero(over)[0])
            raise HistoryError(
                history.cell(index, field),
                history_text(
                    QT_TRANSLATE_NOOP(
                        "AbcpHistory",
                        "{amounts} of {rate} of the month's balance are more than {limit} of it",
                    ),
                    amounts=_word(MEASURE_WORDS[name]),
                    rate=f"{shown[index]:.2%}",
                    limit=f"{_RATE_LIMITS[name]:.0%}",
                ),
            )


def _word(source: str) -> Text:
    return history_text(source)


def _month(month: np.datetime64) -> str:
    return str(np.datetime_as_string(month, unit="M"))
