"""Writing cells the way the committee workbook needs them: safe text, live formulas, fitted sheets.

:class:`Book` wraps one openpyxl workbook with the named styles, the defined names and a
ledger of every formula written with the value JCR Desk computed for it — the tests recalculate
the workbook in another engine and compare each formula with that value. :class:`Sheet`
writes one worksheet: text always as text (a loan id ``=HYPERLINK(…)`` stays those
characters), numbers with their style, formulas with their expected value, then fits the
columns and sets up printing.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from jcr_desk.reports import styles
from jcr_desk.reports.safe_text import Notice, clean_text, clean_text_saying
from jcr_desk.reports.settings import workbook_settings

#: Characters a header's width counts before it wraps onto a second line.
_HEADER_WIDTH = 10
#: Points a line of 9-point text takes.
_LINE_HEIGHT = 12.5
#: Width a figure of each style needs, in characters.
_FIGURE_WIDTHS = {
    styles.YEN: 16,
    styles.TOTAL_YEN: 16,
    styles.INPUT_YEN: 16,
    styles.DATE: 11,
    styles.INPUT_DATE: 11,
    styles.DATETIME: 19,
}


@dataclass(frozen=True)
class Formula:
    """A live formula and the value JCR Desk computed for the same figure."""

    text: str
    expected: Any


@dataclass
class Book:
    """One committee workbook being written."""

    case_name: str
    workbook: Workbook = field(default_factory=Workbook)
    expected: dict[tuple[str, str], Any] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.workbook.remove(self.workbook.active)
        styles.add_named_styles(self.workbook)

    def sheet(self, title: str) -> Sheet:
        return Sheet(self, self.workbook.create_sheet(title))

    def define(self, name: str, sheet: str, reference: str) -> None:
        """A workbook-wide name for a cell or range (``$C$5`` or ``$C$5:$C$9``)."""
        target = f"{quote_sheetname(sheet)}!{reference}"
        self.workbook.defined_names[name] = DefinedName(name, attr_text=target)


class Sheet:
    """One worksheet: cells by row and column (1-based), then :meth:`finish`."""

    def __init__(self, book: Book, worksheet: Worksheet) -> None:
        self.book = book
        self.ws = worksheet
        self._widths: dict[int, int] = {}
        self._wrapped: set[int] = set()
        self._wrapped_cells: list[tuple[int, int, str]] = []

    @property
    def title(self) -> str:
        return self.ws.title

    # -- cells ------------------------------------------------------------------------

    def put(self, row: int, column: int, value: Any, style: str = styles.TEXT) -> Cell:
        """Write one value: text as text, a :class:`Formula` as a formula, else a figure."""
        if isinstance(value, Formula):
            return self.formula(row, column, value, style)
        if isinstance(value, str):
            return self.text(row, column, value, style)
        cell = self.ws.cell(row, column)
        if value is not None:
            cell.value = _plain(value)
        cell.style = style
        self._measure(column, _figure_width(value, style), style)
        return cell

    def text(
        self, row: int, column: int, value: str, style: str = styles.TEXT, *, measure: bool = True
    ) -> Cell:
        """Text as a string cell whatever it starts with (``=``, ``+``, ``-``, ``@``)."""
        cell = self.ws.cell(row, column)
        cleaned, changes = clean_text_saying(value)
        for change in changes:
            self.book.notices.append(Notice(self.title, cell.coordinate, change))
        cell.value = cleaned
        cell.data_type = "s"  # never a formula, whatever openpyxl would guess
        cell.style = style
        if measure:
            self._measure(column, _text_width(cleaned), style)
        if style == styles.WRAP:
            self._wrapped_cells.append((row, column, cleaned))
        return cell

    def formula(self, row: int, column: int, formula: Formula, style: str) -> Cell:
        cell = self.ws.cell(row, column)
        cell.value = formula.text if formula.text.startswith("=") else f"={formula.text}"
        cell.style = style
        self.book.expected[(self.title, cell.coordinate)] = formula.expected
        self._measure(column, _figure_width(formula.expected, style), style)
        return cell

    def row(
        self, row: int, values: Sequence[Any], cell_styles: Sequence[str] | str, column: int = 1
    ) -> list[Cell]:
        """Values left to right from ``column``; one style for all or one per value."""
        if isinstance(cell_styles, str):
            cell_styles = [cell_styles] * len(values)
        return [
            self.put(row, column + i, value, style)
            for i, (value, style) in enumerate(zip(values, cell_styles, strict=True))
        ]

    def header(self, row: int, titles: Iterable[str], column: int = 1) -> None:
        for offset, title in enumerate(titles):
            self.text(row, column + offset, title, styles.HEADER)

    def title_block(self, title: str, subtitle: str = "") -> int:
        """The sheet's title (and a line under it); returns the next free row."""
        self.text(1, 1, title, styles.TITLE)
        if subtitle:
            self.text(2, 1, subtitle, styles.NOTE)
        return 4 if subtitle else 3

    def note(self, row: int, text: str, style: str = styles.NOTE) -> None:
        """A line of text that spills across the columns and sets no width."""
        self.text(row, 1, text, style)

    def merged_text(self, row: int, first: int, last: int, text: str, per_line: int = 150) -> None:
        """Wrapped text across columns ``first``…``last``; the row is made tall enough for
        about ``per_line`` characters a line, since no spreadsheet fits merged rows itself."""
        cell = self.text(row, first, text, styles.WRAP, measure=False)
        self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        self._fit_height(row, str(cell.value), per_line)

    def address(self, row: int, column: int, absolute: bool = False) -> str:
        letter = get_column_letter(column)
        return f"${letter}${row}" if absolute else f"{letter}{row}"

    def external(self, row: int, column: int) -> str:
        """A reference to a cell of this sheet from another sheet."""
        return f"{quote_sheetname(self.title)}!{self.address(row, column, absolute=True)}"

    # -- layout -----------------------------------------------------------------------

    def width(self, column: int, characters: int) -> None:
        """Give a column at least ``characters`` of width."""
        self._widths[column] = max(self._widths.get(column, 0), characters)

    def finish(
        self,
        *,
        header_row: int | None = None,
        freeze: str | None = None,
        filter_range: str | None = None,
        one_page: bool = False,
    ) -> None:
        """Fit the columns, freeze the headers, add the filter and set up printing."""
        layout = workbook_settings()["layout"]
        fitted: dict[int, int] = {}
        for column, width in self._widths.items():
            if column in self._wrapped:
                width = min(width, layout["wrap_width"])
            fitted[column] = min(max(width + 2, layout["min_width"]), layout["max_width"])
            self.ws.column_dimensions[get_column_letter(column)].width = fitted[column]
        for row, column, text in self._wrapped_cells:
            if not self._is_merged(row, column):
                self._fit_height(row, text, fitted.get(column, layout["min_width"]))
        if freeze:
            self.ws.freeze_panes = freeze
        if filter_range:
            self.ws.auto_filter.ref = filter_range
        print_setup(self.ws, self.book.case_name, header_row)
        if one_page:
            self.ws.page_setup.fitToHeight = 1

    def _is_merged(self, row: int, column: int) -> bool:
        return any((row, column) in merged.cells for merged in self.ws.merged_cells.ranges)

    def _fit_height(self, row: int, text: str, width: float) -> None:
        """Give a row holding wrapped text the lines it needs (spreadsheets do not on load)."""
        per_line = max(int(width) - 1, 1)
        lines = sum(max(1, -(-_text_width(part) // per_line)) for part in text.splitlines() or [""])
        height = _LINE_HEIGHT * lines + 3
        current = self.ws.row_dimensions[row].height or 0
        self.ws.row_dimensions[row].height = max(current, height)

    def _measure(self, column: int, characters: int, style: str) -> None:
        if style == styles.HEADER:
            characters = min(characters, _HEADER_WIDTH)
        if style == styles.WRAP:
            self._wrapped.add(column)
        elif style in (styles.TITLE, styles.HEADING, styles.NOTE, styles.WARNING):
            return
        self.width(column, characters)


def print_setup(ws: Worksheet, case_name: str, header_row: int | None) -> None:
    """Landscape A4 fitted to the page width, headers repeated, the case and page in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = False
    if header_row is not None:
        ws.print_title_rows = f"{header_row}:{header_row}"
    label = workbook_settings()["text"]["footer_label"]
    ws.oddFooter.left.text = _footer_text(case_name)
    ws.oddFooter.center.text = "&A · page &P of &N"
    ws.oddFooter.right.text = _footer_text(label)
    for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
        part.size = 8
        part.font = styles.font_name()


def _footer_text(text: str) -> str:
    """Footer codes start with ``&``: a literal one is doubled; Excel keeps 255 per footer."""
    cleaned, _ = clean_text(" ".join(text.split()))
    return cleaned[:80].replace("&", "&&")


def _plain(value: Any) -> Any:
    """numpy scalars and pandas timestamps as the Python values openpyxl writes."""
    if hasattr(value, "item") and not isinstance(value, datetime | date):
        return value.item()
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    return value


def _text_width(text: str) -> int:
    """Display width of the longest line; East Asian wide characters count two."""
    lines = text.splitlines() or [""]
    return max(
        sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line) for line in lines
    )


def _figure_width(value: Any, style: str) -> int:
    if style in _FIGURE_WIDTHS:
        return _FIGURE_WIDTHS[style]
    if isinstance(value, float):
        return 10
    return len(str(value)) if value is not None else 0
