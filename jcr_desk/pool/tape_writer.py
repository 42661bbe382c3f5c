"""Write a loan pool as an originator would send it: an .xlsx tape with title rows and totals.

The import side must cope with what originators really send (title rows above the header,
percent numbers, human code texts, Japanese headers, a totals row under the loans), so the
demo tapes are written that way on purpose. Headers, code texts and number formats live in
``resources/demo/tape_layout.toml``. openpyxl's write-only mode streams the rows, so memory
stays flat however long the tape.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from jcr_desk.paths import resources_dir

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

LANGUAGES: Final = ("en", "ja")
HEADER_ROW: Final = 4
"""1-based sheet row of the header: two title rows and a blank row sit above it."""

Layout = dict[str, Any]
Converter = Callable[[pd.Series, Layout, Layout, str], list[Any]]


@cache
def tape_layout() -> Layout:
    """The bundled header, code-text and number-format tables, read once per process."""
    with (resources_dir() / "demo" / "tape_layout.toml").open("rb") as handle:
        return tomllib.load(handle)


def tape_headers(language: str = "en") -> dict[str, str]:
    """Canonical column name -> tape header, in sheet order (tests and the reader use it)."""
    _check_language(language)
    return {column["key"]: column[language] for column in tape_layout()["columns"]}


def write_tape_xlsx(
    loans: pd.DataFrame,
    path: str | Path,
    language: str = "en",
    title: str | None = None,
    *,
    as_of: date | None = None,
) -> Path:
    """Write ``loans`` to ``path`` as an originator-style tape and return the path.

    Columns of the layout that ``loans`` lacks are left out; the cut-off date comes from
    ``as_of`` or else from ``loans.attrs["as_of"]`` (set by the synthetic generator).
    """
    _check_language(language)
    layout = tape_layout()
    columns = [c for c in layout["columns"] if c["key"] in loans.columns]
    if not columns:
        raise ValueError("the loans have none of the tape's columns (loan_id, current_balance…)")
    cut_off = as_of or loans.attrs.get("as_of")

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(layout["sheet"][language])
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = layout["width"][column["kind"]]

    sheet.append([title or layout["title"][language]])
    sheet.append([layout["cut_off"][language].format(cut_off)] if cut_off else [])
    sheet.append([])
    sheet.append([column[language] for column in columns])

    values = [
        _CONVERTERS[column["kind"]](loans[column["key"]], column, layout, language)
        for column in columns
    ]
    templates = [_template(sheet, layout["formats"].get(column["kind"])) for column in columns]
    for row in zip(*values, strict=True):
        sheet.append(_cells(sheet, row, templates))
    sheet.append(_totals_row(sheet, loans, columns, layout, language))

    target = Path(path)
    workbook.save(target)
    return target


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"tape language must be one of {', '.join(LANGUAGES)} (got {language!r})")


def _template(sheet: WriteOnlyWorksheet, number_format: str | None) -> WriteOnlyCell | None:
    """One formatted cell per column, refilled row by row (the row is written at once)."""
    if number_format is None:
        return None
    cell = WriteOnlyCell(sheet)
    cell.number_format = number_format
    return cell


def _cells(
    sheet: WriteOnlyWorksheet, row: tuple[Any, ...], templates: list[WriteOnlyCell | None]
) -> list[Any]:
    """Give numbers and dates their format; text stays text, never a formula."""
    cells = list(row)
    for index, (value, template) in enumerate(zip(row, templates, strict=True)):
        if value is None:
            continue
        if template is not None:
            template.value = value
            cells[index] = template
        elif isinstance(value, str) and value.startswith("="):
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            cells[index] = cell
    return cells


def _totals_row(
    sheet: WriteOnlyWorksheet,
    loans: pd.DataFrame,
    columns: list[Layout],
    layout: Layout,
    language: str,
) -> list[Any]:
    """Label, loan count and the sums of the balance columns, as values (no formulas)."""
    row: list[Any] = [None] * len(columns)
    row[0] = layout["total"]["label"][language]
    count = WriteOnlyCell(sheet, len(loans))
    count.number_format = layout["total"]["count_format"][language]
    if len(columns) > 1:
        row[1] = count
    for index, column in enumerate(columns):
        if column.get("total"):
            cell = WriteOnlyCell(sheet, int(loans[column["key"]].sum()))
            cell.number_format = layout["formats"][column["kind"]]
            row[index] = cell
    return row


def _missing_to_none(values: np.ndarray, missing: np.ndarray) -> list[Any]:
    listed = values.tolist()
    if missing.any():
        for index in np.flatnonzero(missing):
            listed[index] = None
    return listed


def _text(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    as_text = series.astype("object")
    return [None if pd.isna(v) or v == "" else str(v) for v in as_text.tolist()]


def _code(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    table = layout["codes"].get(column["key"], {})

    def label(code: Any) -> Any:
        key = str(code).lower() if isinstance(code, bool | np.bool_) else str(code)
        return table.get(key, {}).get(language, str(code))

    if isinstance(series.dtype, pd.CategoricalDtype):
        return _text(series.cat.rename_categories(label), column, layout, language)
    labels = {code: label(code) for code in series.dropna().unique().tolist()}
    return _text(series.map(labels), column, layout, language)


def _date(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    # numpy turns day values into datetime.date and NaT into None.
    return pd.to_datetime(series).to_numpy(dtype="datetime64[D]").tolist()


def _whole(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    numbers = series.to_numpy(dtype=float, na_value=np.nan)
    missing = np.isnan(numbers)
    return _missing_to_none(np.rint(np.where(missing, 0, numbers)).astype(np.int64), missing)


def _scaled(series: pd.Series, column: Layout, factor: float) -> list[Any]:
    numbers = series.to_numpy(dtype=float, na_value=np.nan)
    return _missing_to_none(np.round(numbers * factor, column["decimals"]), np.isnan(numbers))


def _percent(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    return _scaled(series, column, 100.0)


def _number(series: pd.Series, column: Layout, layout: Layout, language: str) -> list[Any]:
    return _scaled(series, column, 1.0)


_CONVERTERS: Final[dict[str, Converter]] = {
    "text": _text,
    "code": _code,
    "date": _date,
    "yen": _whole,
    "integer": _whole,
    "percent": _percent,
    "number": _number,
}
