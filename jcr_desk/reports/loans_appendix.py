"""The Loans appendix: every loan of the pool, streamed into the workbook a chunk at a time.

openpyxl writes the rest of the workbook; this sheet gets its header and first loan from
openpyxl too (so its styles, filter, frozen header and print setup are ordinary openpyxl
ones), and the other rows are streamed straight into the sheet's XML part while the package
is copied to the file. Nothing holds more than one chunk of rows, so a million loans cost
what one chunk does, and the streaming is faster than openpyxl's own write-only mode
(``bench/bench_export.py`` measures both). Text is cleaned exactly as the other sheets
clean it and always written as a string, never as a formula.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd
from openpyxl.utils import get_column_letter, quote_sheetname

from jcr_desk.case.services.pool_import import EXCEL_ROW
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.pool.schema import schema
from jcr_desk.progress import CancelToken, ProgressCallback, step
from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.safe_text import (
    CELL_LIMIT,
    ILLEGAL_PATTERN,
    Notice,
    clean_text,
    notice_text,
)

LOANS_TITLE = "Loans"
CHUNK_ROWS = 5_000
_EXCEL_EPOCH = np.datetime64("1899-12-30", "s")
_SECONDS_PER_DAY = 86_400
_STYLE_OF_KIND = {
    "money": styles.YEN,
    "rate": styles.FINE_PERCENT,
    "ratio": styles.PERCENT,
    "int": styles.INTEGER,
    "number": styles.DECIMAL,
    "date": styles.DATE,
    "bool": styles.BOOLEAN,
}
_SPACES = re.compile(r"^\s|\s$")
_ILLEGAL = re.compile(ILLEGAL_PATTERN)


@dataclass(frozen=True)
class _Column:
    field: str
    label: str
    kind: str  # "text" | "number" | "date" | "bool"
    style: str


class LoansAppendix:
    """Prepare the sheet now (header, first loan, layout); :meth:`stream` the rest at save."""

    def __init__(self, sheet: Sheet, loans: pd.DataFrame) -> None:
        self.sheet = sheet
        self.loans = loans
        self.columns = _columns(loans)
        self.rows = len(loans)
        self.notices = [notice for column in self.columns for notice in self._scan(column)]
        self._style_ids: list[int] = []
        self._prepare()

    @property
    def last_row(self) -> int:
        return self.rows + 1

    def range_of(self, field: str) -> str | None:
        """The absolute range of one field's values, for formulas on other sheets."""
        for number, column in enumerate(self.columns, start=1):
            if column.field == field and self.rows:
                letter = get_column_letter(number)
                return f"{quote_sheetname(LOANS_TITLE)}!${letter}$2:${letter}${self.last_row}"
        return None

    # -- the sheet as openpyxl writes it ------------------------------------------------

    def _prepare(self) -> None:
        sheet = self.sheet
        sheet.header(1, [column.label for column in self.columns])
        sample = self.loans.head(1_000)
        for number, column in enumerate(self.columns, start=1):
            values = sample[column.field]
            if column.kind == "text":
                width = int(values.astype("string").str.len().max(skipna=True) or 0)
                sheet.width(number, min(width, 40))
            else:
                sheet.width(number, 12 if column.kind != "date" else 11)
        first = self.loans.head(1)
        for number, column in enumerate(self.columns, start=1):
            cell = sheet.ws.cell(2, number)
            cell.style = column.style
            if not len(first):
                continue
            value = _python_values(first[column.field], column)[0]
            if value is None:
                continue
            if column.kind == "text":
                cell.value, _ = clean_text(value)
                cell.data_type = "s"
            else:
                cell.value = value
        last = get_column_letter(len(self.columns))
        sheet.finish(header_row=1, freeze="B2", filter_range=f"A1:{last}{max(self.last_row, 2)}")

    def _scan(self, column: _Column) -> list[Notice]:
        """What cleaning will change in a text column, counted before anything is written."""
        if column.kind != "text":
            return []
        text = self.loans[column.field].astype("string")
        notices = []
        found = (
            (
                text.str.contains(ILLEGAL_PATTERN, regex=True),
                QT_TRANSLATE_NOOP(
                    "ExportNotices",
                    "{count} value(s) of {column} had control characters replaced (the first here)",
                ),
            ),
            (
                text.str.len() > CELL_LIMIT,
                QT_TRANSLATE_NOOP(
                    "ExportNotices",
                    "{count} value(s) of {column} were cut to {limit} characters (the first here)",
                ),
            ),
        )
        for mask, source in found:
            hits = np.flatnonzero(mask.fillna(False).to_numpy(dtype=bool))
            if hits.size:
                cell = f"{get_column_letter(self.columns.index(column) + 1)}{hits[0] + 2}"
                sentence = notice_text(
                    source, count=f"{hits.size:,}", column=column.label, limit=f"{CELL_LIMIT:,}"
                )
                notices.append(Notice(LOANS_TITLE, cell, sentence))
        return notices

    # -- streaming the rows at save -----------------------------------------------------

    def stream(
        self,
        package: io.BytesIO,
        target: Path,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> None:
        """Copy the package openpyxl wrote to ``target``, the loans streamed into its sheet."""
        self._style_ids = [
            self.sheet.ws.cell(2, n).style_id for n in range(1, len(self.columns) + 1)
        ]
        part = self.sheet.ws.path.lstrip("/")
        with (
            zipfile.ZipFile(package) as source,
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
        ):
            for info in source.infolist():
                if info.filename == part:
                    self._write_part(source.read(part).decode("utf-8"), out, part, progress, cancel)
                else:
                    out.writestr(info, source.read(info.filename), zipfile.ZIP_DEFLATED)
        cancel.raise_if_cancelled()  # a cancel during the last chunk still leaves no file

    def _write_part(
        self,
        xml: str,
        out: zipfile.ZipFile,
        part: str,
        progress: ProgressCallback,
        cancel: CancelToken,
    ) -> None:
        end = xml.rindex("</sheetData>")
        last = f"{get_column_letter(len(self.columns))}{max(self.last_row, 2)}"
        head = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:{last}"/>', xml[:end])
        with out.open(part, "w", force_zip64=True) as stream:
            stream.write(head.encode("utf-8"))
            for start in range(1, self.rows, CHUNK_ROWS):
                cancel.raise_if_cancelled()
                stop = min(start + CHUNK_ROWS, self.rows)
                stream.write(self._rows_xml(start, stop).encode("utf-8"))
                progress(
                    stop / self.rows,
                    step(
                        QT_TRANSLATE_NOOP("Progress", "Writing loans: {done} of {rows}"),
                        done=f"{stop:,}",
                        rows=f"{self.rows:,}",
                    ),
                )
            stream.write(xml[end:].encode("utf-8"))

    def _rows_xml(self, start: int, stop: int) -> str:
        """Rows ``start``…``stop - 1`` of the pool (0-based) as sheet XML."""
        chunk = self.loans.iloc[start:stop]
        tails = [
            _tails(_python_values(chunk[column.field], column), column.kind, style)
            for column, style in zip(self.columns, self._style_ids, strict=True)
        ]
        heads = [f'<c r="{get_column_letter(n)}' for n in range(1, len(self.columns) + 1)]
        lines = []
        for offset, cells in enumerate(zip(*tails, strict=True)):
            number = str(start + offset + 2)
            body = "".join(head + number + tail for head, tail in zip(heads, cells, strict=True))
            lines.append(f'<row r="{number}">{body}</row>')
        return "".join(lines)


def _columns(loans: pd.DataFrame) -> list[_Column]:
    """The pool's columns in the schema's order, then any others (the tape's row number)."""
    specs = {spec.name: spec for spec in schema()}
    ordered = [name for name in specs if name in loans.columns]
    ordered += [name for name in loans.columns if name not in specs]
    columns = []
    for name in ordered:
        dtype = loans[name].dtype
        spec = specs.get(name)
        label = spec.label if spec else ("Row in the tape" if name == EXCEL_ROW else name)
        if pd.api.types.is_bool_dtype(dtype):
            kind, style = "bool", styles.BOOLEAN
        elif pd.api.types.is_datetime64_any_dtype(dtype):
            kind, style = "date", styles.DATE
        elif pd.api.types.is_numeric_dtype(dtype):
            kind = "number"
            style = _STYLE_OF_KIND.get(spec.kind if spec else "int", styles.DECIMAL)
        else:
            kind, style = "text", styles.TEXT
        columns.append(_Column(name, label, kind, style))
    return columns


def _python_values(values: pd.Series, column: _Column) -> list[Any]:
    """One column's values as Python objects (None when missing), dates as Excel serials."""
    if column.kind == "date":
        stamps = values.to_numpy(dtype="datetime64[s]")
        serial = (stamps - _EXCEL_EPOCH).astype("float64") / _SECONDS_PER_DAY
        serial[np.isnat(stamps)] = np.nan
        return [None if v != v else v for v in serial.tolist()]  # NaN is not equal to itself
    if column.kind == "number":
        numbers = values.to_numpy(dtype="float64", na_value=np.nan)
        return [None if v != v else v for v in numbers.tolist()]  # NaN is not equal to itself
    if column.kind == "bool":
        return [None if pd.isna(v) else bool(v) for v in values.astype(object).tolist()]
    return [None if v is None or v is pd.NA or v != v else str(v) for v in values.astype(object)]


def _tails(values: list[Any], kind: str, style: int) -> list[str]:
    """What follows ``<c r="A7`` for each value: style, type and value, closed."""
    empty = f'" s="{style}"/>'
    if kind == "text":
        return [empty if v is None else _text_tail(v, style) for v in values]
    if kind == "bool":
        return [empty if v is None else f'" s="{style}" t="b"><v>{int(v)}</v></c>' for v in values]
    return [empty if v is None else f'" s="{style}"><v>{_number(v)}</v></c>' for v in values]


def _text_tail(value: str, style: int) -> str:
    if _ILLEGAL.search(value) or len(value) > CELL_LIMIT:
        value, _ = clean_text(value)
    space = ' xml:space="preserve"' if _SPACES.search(value) else ""
    return f'" s="{style}" t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
