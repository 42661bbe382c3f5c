"""Read an originator's static (vintage) data: cumulative default and prepayment rates.

The base case of a mortgage pool starts from the originator's history (``002 §2(1)(a)``): one
row per vintage, one column per month (or quarter) since origination, each cell the share of
the vintage's original balance that has defaulted (or prepaid) by then. Young vintages leave
their later cells blank; the chain ladder fills them in. Files come from outside the Desk, so
they go through the loan-tape reader's safety checks (signature, encryption, zip bombs, DTDs)
and its value parsers; every refusal is a ``StaticDataError`` whose text is one line naming
the file, sheet, Excel row and column letter.

Units: a cell written with "%" is a percent; bare numbers follow a unit word in the title or
period headers ("%", "円"), else their size: above 100 they can only be yen amounts (which need
an original-balance column), above 1 percent, else fractions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import TapeError, column_letter
from jcr_desk.pool.reader import Workbook, limits, open_workbook
from jcr_desk.pool.schema import normalise
from jcr_desk.pool.tape import file_sha256
from jcr_desk.pool.values import parse_money, parse_numbers, unit_from_header
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step
from jcr_desk.structured.rmbs.sentences import said
from jcr_desk.structured.rmbs.static_refusals import StaticDataError, Where, cell_text, file_refusal

_DEFAULT_SHEET_WORDS: Final = ("default", "デフォルト", "代位弁済", "貸倒", "事故")
_PREPAYMENT_SHEET_WORDS: Final = ("prepay", "期限前", "繰上", "繰り上げ", "早期返済")
_BALANCE_WORDS: Final = (
    "original balance",
    "original amount",
    "original principal",
    "origination amount",
    "amount originated",
    "loan amount",
    "実行金額",
    "実行額",
    "実行残高",
    "当初残高",
    "当初元本",
    "当初貸出",
    "貸出金額",
    "融資金額",
    "融資額",
)
_MONTH_SUFFIX: Final = r"(?:m|mo|mos|mth|mths|month|months|ヶ月|か月|カ月|ヵ月|ケ月|箇月)?目?"
_MONTHS_LABEL: Final = re.compile(rf"(\d+){_MONTH_SUFFIX}|(?:m|mth|month)(\d+)")
_QUARTERS_LABEL: Final = re.compile(r"(?:q|quarter)(\d+)|第?(\d+)(?:q|quarters?|四半期)目?")
_QUARTER_MONTHS: Final = 3
_PERIOD_STEPS: Final = (1, _QUARTER_MONTHS)
_YEAR_DIGITS: Final = re.compile(r"\d")
_DASHES: Final = frozenset({"", "-", "—", "―", "–", "‐", "ー"})
_ROUNDING: Final = 1e-6
"""A cumulative rate may fall by this much (a fraction) from one period to the next unnoticed:
float noise, not a fall worth an analyst's look. Layout tolerance, not methodology."""
_PERCENT_AT_MOST: Final = 100.0
"""Bare numbers above this cannot be percent rates: they are amounts."""
_NOT_A_NUMBER: Final = QT_TRANSLATE_NOOP("StressResult", "{value} is not a number")
_NOT_AN_AMOUNT: Final = QT_TRANSLATE_NOOP("StressResult", "{value} is not an amount")


@dataclass(frozen=True)
class StaticTable:
    """One sheet's cumulative rates: vintages (rows) × periods since origination (columns).

    ``rates[i, j]`` is the fraction of vintage ``i``'s original balance defaulted (or prepaid)
    by ``periods[j]`` months after origination; ``NaN`` where not yet observed.
    """

    sheet: str
    header_row: int
    vintages: tuple[str, ...]
    excel_rows: np.ndarray
    period_months: int
    periods: np.ndarray
    rates: np.ndarray
    original_balance: np.ndarray | None
    unit: str


@dataclass(frozen=True)
class StaticData:
    """The originator's static data as imported, with where it came from."""

    defaults: StaticTable
    prepayments: StaticTable | None
    source: dict[str, Any]
    warnings: tuple[Text, ...]  # shown in the analyst's language by the import dialog


def read_static_data(
    path: str | Path,
    sheet: str | None = None,
    *,
    prepayment_sheet: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> StaticData:
    """Read the default rates (``sheet``, else a sheet named like "Default"/"代位弁済") and the
    prepayment rates (``prepayment_sheet``, else a sheet named like "Prepayment"/"期限前"; none
    when the workbook has no such sheet). Falling cumulative rates are warnings, not errors.
    """
    report = progress or no_progress
    token = cancel or CancelToken()
    path = Path(path)
    report(0.0, step(QT_TRANSLATE_NOOP("Progress", "Checking {file}"), file=path.name))
    try:
        book = open_workbook(path)
        token.raise_if_cancelled()
        default_name, prepayment_name = _choose_sheets(book, sheet, prepayment_sheet)
        report(
            0.3, step(QT_TRANSLATE_NOOP("Progress", "Reading sheet {sheet}"), sheet=default_name)
        )
        warnings: list[Text] = []
        defaults = _read_table(book, default_name, warnings)
        prepayments = None
        if prepayment_name is not None:
            token.raise_if_cancelled()
            report(
                0.6,
                step(QT_TRANSLATE_NOOP("Progress", "Reading sheet {sheet}"), sheet=prepayment_name),
            )
            prepayments = _read_table(book, prepayment_name, warnings)
    except TapeError as error:
        raise StaticDataError(error.sentence) from None
    token.raise_if_cancelled()
    source = {
        "file": path.name,
        "sheet": default_name,
        "prepayment_sheet": prepayment_name,
        "sha256": file_sha256(path),
        "imported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "period_months": defaults.period_months,
        "unit": defaults.unit,
    }
    report(
        1.0,
        step(
            QT_TRANSLATE_NOOP("Progress", "Read {count} vintages from {file}"),
            count=len(defaults.vintages),
            file=path.name,
        ),
    )
    return StaticData(defaults, prepayments, source, tuple(warnings))


def _choose_sheets(
    book: Workbook, sheet: str | None, prepayment: str | None
) -> tuple[str, str | None]:
    """The default-rate sheet and the prepayment sheet (or ``None``), by argument or by name."""
    names: list[str] = book.names
    for wanted in (sheet, prepayment):
        if wanted is not None and wanted not in names:
            problem = said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "there is no sheet named {sheet} (sheets: {sheets})"
                ),
                sheet=repr(wanted),
                sheets=", ".join(names),
            )
            raise file_refusal(book.path, problem)
    if sheet is not None and sheet == prepayment:
        problem = said(
            QT_TRANSLATE_NOOP(
                "StressResult", "sheet {sheet} cannot hold both default and prepayment rates"
            ),
            sheet=repr(sheet),
        )
        raise file_refusal(book.path, problem)
    prepayment_names = [name for name in names if _named(name, _PREPAYMENT_SHEET_WORDS)]
    if sheet is None:
        sheet = _default_sheet(book, [n for n in names if n not in prepayment_names])
    if prepayment is None:
        prepayment = next((name for name in prepayment_names if name != sheet), None)
    return sheet, prepayment


def _default_sheet(book: Workbook, candidates: list[str]) -> str:
    """A sheet named for defaults, else the first sheet with a period header."""
    if not candidates:
        raise file_refusal(
            book.path,
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "no sheet of default rates (only prepayment sheets)"
                )
            ),
        )
    named = [name for name in candidates if _named(name, _DEFAULT_SHEET_WORDS)]
    if named:
        return named[0]
    for name in candidates:
        grid, blank = book.grid(book.names.index(name))
        if blank.size and _find_header(grid, blank) is not None:
            return name
    return candidates[0]


def _named(name: str, words: Sequence[str]) -> bool:
    key = normalise(name)
    return any(normalise(word) in key for word in words)


@dataclass(frozen=True)
class _Header:
    row: int
    first: int
    periods: np.ndarray
    step: int


def _read_table(book: Workbook, name: str, warnings: list[Text]) -> StaticTable:
    grid, blank = book.grid(book.names.index(name))
    blank = blank | _unobserved_marks(grid)
    if not blank.size or blank.all():
        raise file_refusal(
            book.path, said(QT_TRANSLATE_NOOP("StressResult", "the sheet is empty")), name
        )
    header = _find_header(grid, blank)
    if header is None:
        problem = said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "no header of months since origination (such as 1M, 12M, 1ヶ月, Q4 or 1, 2, 3) "
                "in the first {rows} rows",
            ),
            rows=limits()["header_search_rows"],
        )
        raise file_refusal(book.path, problem, name)
    where = Where(book.path, name, grid, header.row)
    columns = np.arange(header.first, header.first + header.periods.size)
    _check_run_end(grid, header, where)
    label_column = _label_column(blank, header)
    if label_column is None:
        raise where.fail(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "no vintage column left of the period headers in row {row}"
                ),
                row=header.row + 1,
            )
        )
    balance_column = _balance_column(grid, header, label_column)
    rows = _vintage_rows(grid, blank, label_column, columns, where, warnings)
    if not rows.size:
        raise where.fail(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "no vintage rows below the header in row {row} "
                    "(expected labels such as 2015 or 2015-04 in column {column})",
                ),
                row=header.row + 1,
                column=column_letter(label_column),
            )
        )
    observed = ~blank[np.ix_(rows, columns)]
    _check_gaps(observed, rows, columns, where)
    rates, balance, unit = _rates(grid, observed, rows, columns, balance_column, header, where)
    _check_range(rates, rows, columns, where)
    warnings += _falls(rates, rows, columns, where)
    return StaticTable(
        sheet=name,
        header_row=header.row + 1,
        vintages=tuple(_label(grid[row, label_column]) for row in rows),
        excel_rows=(rows + 1).astype(np.int64),
        period_months=header.step,
        periods=header.periods,
        rates=rates,
        original_balance=balance,
        unit=unit,
    )


def _find_header(grid: np.ndarray, blank: np.ndarray) -> _Header | None:
    """The first row, among the first rows, with a run of period labels (step 1 or 3 months)."""
    filled = np.flatnonzero(~blank.all(axis=1))[: limits()["header_search_rows"]]
    for row in filled:
        months = [_period_months(cell) for cell in grid[row]]
        header = _period_run(int(row), months)
        if header is not None:
            return header
    return None


def _period_run(row: int, months: list[int | None]) -> _Header | None:
    """The row's first run of at least two evenly stepped period labels (step 1 or 3)."""
    for first in range(len(months) - 1):
        start, following = months[first], months[first + 1]
        if start is None or following is None or following - start not in _PERIOD_STEPS:
            continue
        step = following - start
        if start % step:
            return None
        count = 2
        while first + count < len(months) and months[first + count] == start + count * step:
            count += 1
        return _Header(row, first, start + step * np.arange(count), step)
    return None


def _period_months(cell: object) -> int | None:
    """Months since origination a header cell names: 12, "12", "12M", "12ヶ月", "Q4" → 12."""
    if isinstance(cell, bool) or cell is None:
        return None
    if isinstance(cell, int | float):
        return int(cell) if float(cell).is_integer() and cell >= 1 else None
    if not isinstance(cell, str):
        return None
    key = normalise(cell)
    for pattern, factor in ((_MONTHS_LABEL, 1), (_QUARTERS_LABEL, _QUARTER_MONTHS)):
        match = pattern.fullmatch(key)
        if match:
            number = int(next(group for group in match.groups() if group is not None))
            return number * factor if number >= 1 else None
    return None


def _check_run_end(grid: np.ndarray, header: _Header, where: Where) -> None:
    """A period label right after the run means the headers skip periods: refuse, not guess."""
    after = header.first + header.periods.size
    if after < grid.shape[1]:
        months = _period_months(grid[header.row, after])
        if months is not None:
            problem = said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "period headers jump from {last} to {months} months (expected {expected})",
                ),
                last=int(header.periods[-1]),
                months=months,
                expected=int(header.periods[-1] + header.step),
            )
            raise where.cell_error(header.row, after, problem)


def _label_column(blank: np.ndarray, header: _Header) -> int | None:
    """The leftmost column, left of the periods, with anything in it below the header."""
    below = ~blank[header.row + 1 :, : header.first]
    used = np.flatnonzero(below.any(axis=0))
    return int(used[0]) if used.size else None


def _balance_column(grid: np.ndarray, header: _Header, label_column: int) -> int | None:
    """The column between the labels and the periods whose header names an original balance."""
    for column in range(label_column + 1, header.first):
        if _named(cell_text(grid[header.row, column]), _BALANCE_WORDS):
            return column
    return None


def _vintage_rows(
    grid: np.ndarray,
    blank: np.ndarray,
    label_column: int,
    columns: np.ndarray,
    where: Where,
    warnings: list[Text],
) -> np.ndarray:
    """Rows whose label looks like a vintage (a year, a month, a date) and that hold a rate.

    A label without a digit ("Total", "平均", a note) is not a vintage; a vintage with no
    observed rate yet is left out with a warning.
    """
    rows = np.arange(where.header_row + 1, grid.shape[0])
    labelled = rows[[_is_vintage(grid[row, label_column]) for row in rows]]
    has_rates = (~blank[np.ix_(labelled, columns)]).any(axis=1)
    for row in labelled[~has_rates]:
        warnings.append(
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "{cell}: vintage {vintage} has no observed rate yet; left out"
                ),
                cell=where.cell(int(row), label_column),
                vintage=_label(grid[row, label_column]),
            )
        )
    return labelled[has_rates]


def _is_vintage(cell: object) -> bool:
    if isinstance(cell, bool) or cell is None:
        return False
    if isinstance(cell, int | float | date):
        return True
    return isinstance(cell, str) and _YEAR_DIGITS.search(cell) is not None


def _label(cell: object) -> str:
    """A vintage's label as the analyst reads it: 2015.0 → "2015", a date → "2015-04"."""
    if isinstance(cell, date):
        return f"{cell:%Y-%m}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell_text(cell)


def _unobserved_marks(grid: np.ndarray) -> np.ndarray:
    """Cells holding only spaces or a dash, which originators write for "not yet observed"."""
    marks = np.frompyfunc(lambda cell: isinstance(cell, str) and cell_text(cell) in _DASHES, 1, 1)
    return np.asarray(marks(grid), dtype=bool).reshape(grid.shape)


def _check_gaps(observed: np.ndarray, rows: np.ndarray, columns: np.ndarray, where: Where) -> None:
    """Observed cells must run from the first period on: a blank before a rate is a hole."""
    last = observed.shape[1] - 1 - np.argmax(observed[:, ::-1], axis=1)
    holes = ~observed & (np.arange(observed.shape[1]) < last[:, None])
    if holes.any():
        i, j = np.argwhere(holes)[0]
        raise where.cell_error(
            int(rows[i]),
            int(columns[j]),
            said(
                QT_TRANSLATE_NOOP(
                    "StressResult",
                    "blank cell before a later observed rate (only the latest periods may be "
                    "blank)",
                )
            ),
        )


def _rates(
    grid: np.ndarray,
    observed: np.ndarray,
    rows: np.ndarray,
    columns: np.ndarray,
    balance_column: int | None,
    header: _Header,
    where: Where,
) -> tuple[np.ndarray, np.ndarray | None, str]:
    """The cells as fractions of original balance, the balances, and the unit found."""
    cells = grid[np.ix_(rows, columns)]
    shape = cells.shape
    flat = cells.ravel()
    with_percent, bad = parse_numbers(flat)
    bare, _ = parse_money(flat)
    _raise_bad(bad.reshape(shape) & observed, cells, rows, columns, where, _NOT_A_NUMBER)
    percent = (observed.ravel() & (with_percent != bare)).reshape(shape)
    bare = bare.reshape(shape)
    balance = _balances(grid, rows, balance_column, where)
    plain = observed & ~percent
    top = float(bare[plain].max()) if plain.any() else 0.0
    unit = _unit(grid, header, top)
    if unit == "amount":
        if balance is None or balance_column is None:
            raise where.fail(
                said(
                    QT_TRANSLATE_NOOP(
                        "StressResult",
                        "the cells hold amounts (up to {top}) but there is no original-balance "
                        "column (such as Original balance or 実行金額) left of the periods",
                    ),
                    top=f"{top:,.0f}",
                )
            )
        if percent.any():
            i, j = np.argwhere(percent)[0]
            raise where.cell_error(
                int(rows[i]),
                int(columns[j]),
                said(
                    QT_TRANSLATE_NOOP(
                        "StressResult", "a percent among amounts; write one unit per sheet"
                    )
                ),
            )
        _check_balances(balance, rows, balance_column, where)
        rates = bare / balance[:, None]
    else:
        scale = 0.01 if unit == "percent" else 1.0
        rates = np.where(percent, with_percent.reshape(shape), bare * scale)
    return np.where(observed, rates, np.nan), balance, unit


def _unit(grid: np.ndarray, header: _Header, top: float) -> str:
    """ "amount", "percent" or "fraction" for the bare numbers of the period cells."""
    words = [cell_text(cell) for cell in grid[: header.row].ravel() if cell is not None]
    words += [cell_text(cell) for cell in grid[header.row, header.first :] if cell is not None]
    text = " ".join(words)
    if unit_from_header(text, "money") is not None:
        return "amount"
    hinted = unit_from_header(text, "rate")
    if top > _PERCENT_AT_MOST and hinted is None:
        return "amount"
    if hinted is not None:
        return hinted
    return "percent" if top > 1 else "fraction"


def _balances(
    grid: np.ndarray, rows: np.ndarray, column: int | None, where: Where
) -> np.ndarray | None:
    if column is None:
        return None
    cells = grid[rows, column]
    values, bad = parse_money(cells)
    _raise_bad(bad[:, None], cells[:, None], rows, np.array([column]), where, _NOT_AN_AMOUNT)
    return values


def _check_balances(balance: np.ndarray, rows: np.ndarray, column: int, where: Where) -> None:
    missing = ~(balance > 0)
    if missing.any():
        i = int(np.flatnonzero(missing)[0])
        problem = (
            QT_TRANSLATE_NOOP("StressResult", "original balance is blank; amounts need it")
            if np.isnan(balance[i])
            else QT_TRANSLATE_NOOP(
                "StressResult", "original balance is not above 0; amounts need it"
            )
        )
        raise where.cell_error(int(rows[i]), column, said(problem))


def _raise_bad(
    bad: np.ndarray,
    cells: np.ndarray,
    rows: np.ndarray,
    columns: np.ndarray,
    where: Where,
    problem: str,
) -> None:
    if bad.any():
        i, j = np.argwhere(bad)[0]
        raise where.cell_error(
            int(rows[i]), int(columns[j]), said(problem, value=repr(cells[i, j]))
        )


def _check_range(rates: np.ndarray, rows: np.ndarray, columns: np.ndarray, where: Where) -> None:
    outside = (rates < 0) | (rates > 1 + _ROUNDING)
    if outside.any():
        i, j = np.argwhere(outside)[0]
        problem = said(
            QT_TRANSLATE_NOOP("StressResult", "{rate} is outside 0–100 %"),
            rate=f"{rates[i, j]:.2%}",
        )
        raise where.cell_error(int(rows[i]), int(columns[j]), problem)


def _falls(rates: np.ndarray, rows: np.ndarray, columns: np.ndarray, where: Where) -> list[Text]:
    """Warnings for cumulative rates that fall from one period to the next beyond rounding."""
    falls = np.diff(rates, axis=1) < -_ROUNDING
    return [
        said(
            QT_TRANSLATE_NOOP(
                "StressResult", "{cell}: cumulative rate falls from {before:.4%} to {after:.4%}"
            ),
            cell=where.cell(int(rows[i]), int(columns[j + 1])),
            before=float(rates[i, j]),
            after=float(rates[i, j + 1]),
        )
        for i, j in np.argwhere(falls)
    ]
