"""Read a scenario back from the Assumptions sheet of an exported, hand-edited workbook.

The sheet is read by its keys (column A), not by cell positions, so rows the analyst inserted
into a table (a new class, another adjustment) are read too. The values become the scenario
file's document and go through the same checks as a TOML file (``scenario_from_document``);
a refusal names the file, the sheet, the cell and the reason.
"""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from jcr_desk.case.document.model import Case
from jcr_desk.case.document.scenario_file import (
    SCENARIO_FILE,
    ScenarioFile,
    ScenarioFileError,
    scenario_document,
    scenario_from_document,
)
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.reports.assumptions_layout import (
    HEADERS,
    KEY_COLUMN,
    KEY_PATTERN,
    SHEET_TITLE,
    TABLE_COLUMN,
    TABLES,
    VALUE_COLUMN,
    Field,
    Table,
    field_for,
)

_TRUE_FALSE = {"true": True, "false": False}
_INDEX = re.compile(r"\[\d+\]$")


class WorkbookScenarioError(ScenarioFileError):
    """The workbook's Assumptions sheet cannot be read, or holds a value a scenario refuses."""


def _says(source: str, **args: Any) -> Text:
    return Text(SCENARIO_FILE, source, args)


def read_workbook_scenario(case: Case, path: str | Path) -> ScenarioFile:
    """The scenario of a committee workbook's Assumptions sheet, checked against ``case``."""
    source = Path(path)
    reader = _SheetReader(source, *_open(source))
    document = reader.document()
    _keep_unchanged_digits(document, _current_document(case, document.get("name")))
    try:
        return scenario_from_document(case, document, source.name)
    except ScenarioFileError as error:
        raise reader.explain(error) from None


def _open(source: Path) -> tuple[list[list[Any]], list[list[Any]]]:
    """The sheet's rows twice: as written (formulas) and with the values Excel computed."""
    found = []
    for data_only in (False, True):
        try:
            book = load_workbook(source, read_only=True, data_only=data_only)
        except FileNotFoundError:
            source_text = QT_TRANSLATE_NOOP("ScenarioFile", "{file}: no such file")
            raise WorkbookScenarioError(_says(source_text, file=str(source))) from None
        except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
            unread = QT_TRANSLATE_NOOP(
                "ScenarioFile", "{file}: not an Excel workbook JCR Desk can read ({error})"
            )
            raise WorkbookScenarioError(_says(unread, file=source.name, error=error)) from None
        try:
            if SHEET_TITLE not in book.sheetnames:
                missing = QT_TRANSLATE_NOOP(
                    "ScenarioFile",
                    "{file}: has no {sheet} sheet; export a committee workbook from JCR Desk, "
                    "edit its {sheet} sheet, then import it",
                )
                raise WorkbookScenarioError(_says(missing, file=source.name, sheet=SHEET_TITLE))
            found.append([list(row) for row in book[SHEET_TITLE].iter_rows(values_only=True)])
        finally:
            book.close()
    return found[0], found[1]


class _SheetReader:
    def __init__(self, source: Path, rows: list[list[Any]], values: list[list[Any]]) -> None:
        self.source = source
        self.rows = rows
        self.values = values
        self.cells: dict[str, str] = {}  # document key → cell

    # -- reading ---------------------------------------------------------------------

    def document(self) -> dict[str, Any]:
        document: dict[str, Any] = {}
        lines = iter(range(self._header_row() + 1, len(self.rows)))
        for index in lines:
            key = self._key(index)
            if key is None:
                continue
            self.cells[key] = self._coordinate(index, KEY_COLUMN)
            table = TABLES.get(key)
            if table is not None:
                records = list(self._records(table, lines))
                if records:
                    _put(document, key, records)
                continue
            self.cells[key] = self._coordinate(index, VALUE_COLUMN)
            value = self._value(index, VALUE_COLUMN, field_for(key), key)
            if value is not None:
                _put(document, key, value)
        return document

    def _header_row(self) -> int:
        for index, row in enumerate(self.rows):
            if tuple(_text(v) for v in row[: len(HEADERS)]) == HEADERS:
                return index
        source = QT_TRANSLATE_NOOP(
            "ScenarioFile",
            "{file}: sheet {sheet}: no header row ({headers}); was the sheet exported by JCR Desk?",
        )
        raise WorkbookScenarioError(
            _says(source, file=self.source.name, sheet=SHEET_TITLE, headers=", ".join(HEADERS))
        )

    def _key(self, index: int) -> str | None:
        text = _text(self._cell(self.rows, index, KEY_COLUMN))
        return text if text and KEY_PATTERN.match(text) else None

    def _records(self, table: Table, lines: Iterator[int]) -> Iterator[Any]:
        """The rows under a table's header, up to the first empty row."""
        next(lines, None)  # the header of the table's fields
        numbers = itertools.count()
        for index in lines:
            if self._key(index) is not None:
                source = QT_TRANSLATE_NOOP(
                    "ScenarioFile",
                    "{file}: sheet {sheet}, cell {cell}: the table {table} must end with an "
                    "empty row before the next key",
                )
                raise WorkbookScenarioError(
                    _says(
                        source,
                        file=self.source.name,
                        sheet=SHEET_TITLE,
                        cell=self._coordinate(index, KEY_COLUMN),
                        table=table.key,
                    )
                )
            width = range(TABLE_COLUMN, TABLE_COLUMN + len(table.columns))
            if all(self._cell(self.rows, index, c) in (None, "") for c in width):
                return
            base = f"{table.key}[{next(numbers)}]"
            self.cells[base] = self._coordinate(index, TABLE_COLUMN)
            record: dict[str, Any] = {}
            for column, spec in zip(width, table.columns, strict=True):
                key = f"{base}.{spec.key}"
                self.cells[key] = self._coordinate(index, column)
                value = self._value(index, column, spec, key)
                if value is not None:
                    record[spec.key] = value
            yield record.get(table.columns[0].key) if table.scalar else record

    def _value(self, index: int, column: int, spec: Field, key: str) -> Any:
        raw = self._cell(self.rows, index, column)
        if isinstance(raw, str) and raw.startswith("="):
            raw = self._cell(self.values, index, column)
            if raw is None:
                problem = QT_TRANSLATE_NOOP(
                    "ScenarioFile",
                    "holds a formula without a computed value; type the value, or save the "
                    "workbook in Excel so that it keeps the formula's result",
                )
                raise self._refused(key, _says(problem))
        if raw is None or raw == "":
            return None
        return _convert(raw, spec)

    # -- where a value is --------------------------------------------------------------

    def explain(self, error: ScenarioFileError) -> WorkbookScenarioError:
        """A scenario refusal ("file: key: problem") as "file: sheet, cell (key): problem"."""
        cell = None if error.key is None else self._cell_of(error.key)
        if cell is None or error.problem is None:
            source = QT_TRANSLATE_NOOP("ScenarioFile", "{file}: sheet {sheet}: {problem}")
            return WorkbookScenarioError(
                _says(source, file=self.source.name, sheet=SHEET_TITLE, problem=_after_file(error)),
                error.key,
                error.problem,
            )
        return self._refused(error.key, error.problem)

    def _refused(self, key: str, problem: Text) -> WorkbookScenarioError:
        source = QT_TRANSLATE_NOOP(
            "ScenarioFile", "{file}: sheet {sheet}, cell {cell} ({key}): {problem}"
        )
        sentence = _says(
            source,
            file=self.source.name,
            sheet=SHEET_TITLE,
            cell=str(self._cell_of(key)),
            key=key,
            problem=problem,
        )
        return WorkbookScenarioError(sentence, key, problem)

    def _cell_of(self, key: str) -> str | None:
        """The cell of a key, else of the nearest record or table that holds it."""
        while key:
            if key in self.cells:
                return self.cells[key]
            if _INDEX.search(key):
                key = _INDEX.sub("", key)
            elif "." in key:
                key = key.rsplit(".", 1)[0]
            else:
                return None
        return None

    @staticmethod
    def _cell(rows: list[list[Any]], index: int, column: int) -> Any:
        row = rows[index] if index < len(rows) else []
        return row[column - 1] if column - 1 < len(row) else None

    @staticmethod
    def _coordinate(index: int, column: int) -> str:
        return f"{get_column_letter(column)}{index + 1}"


def _after_file(error: ScenarioFileError) -> Text:
    """The refusal without the file it names first ("key: problem", or the problem)."""
    if error.problem is None:
        return error.sentence
    if error.key is None:
        return error.problem
    source = QT_TRANSLATE_NOOP("ScenarioFile", "{key}: {problem}")
    return _says(source, key=error.key, problem=error.problem)


def _convert(raw: Any, spec: Field) -> Any:
    """A cell's value as the scenario document holds it; wrong kinds pass through, so that the
    scenario's own checks name them."""
    kind = spec.kind
    if kind == "ratings" and isinstance(raw, str):
        return [part.strip() for part in raw.split(",") if part.strip()]
    if kind == "bool" and isinstance(raw, str) and raw.strip().casefold() in _TRUE_FALSE:
        return _TRUE_FALSE[raw.strip().casefold()]
    if kind == "date" and isinstance(raw, datetime):
        return raw.date()
    if kind == "generic":
        if isinstance(raw, datetime):
            return raw.date() if raw.time() == datetime.min.time() else raw
        if isinstance(raw, str) and raw.startswith("["):
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                return raw
        return raw
    if (
        kind in ("text", "rating", "choice")
        and isinstance(raw, int | float)
        and not isinstance(raw, bool)
    ):
        return str(int(raw)) if float(raw).is_integer() else str(raw)
    return raw


def _current_document(case: Case, name: Any) -> dict[str, Any]:
    """The document of the case's scenario the workbook names, or nothing."""
    if not isinstance(name, str):
        return {}
    key = name.strip().casefold()
    for scenario in case.scenarios:
        if scenario.name.strip().casefold() == key:
            return scenario_document(case, scenario)
    return {}


def _keep_unchanged_digits(read: Any, current: Any) -> Any:
    """A cell holds 16 significant digits of what was exported: where what was read is the
    case's own value to those digits, the case's value stands, so an untouched cell is no
    change. Returns the value to keep; updates mappings and lists in place."""
    if isinstance(read, dict) and isinstance(current, Mapping):
        for key, value in read.items():
            read[key] = _keep_unchanged_digits(value, current.get(key))
    elif isinstance(read, list) and isinstance(current, list | tuple):
        for index, value in enumerate(read[: len(current)]):
            read[index] = _keep_unchanged_digits(value, current[index])
    elif (
        isinstance(read, float)
        and isinstance(current, float)
        and f"{read:.16g}" == f"{current:.16g}"
    ):
        return current
    return read


def _put(document: dict[str, Any], key: str, value: Any) -> None:
    parts = key.split(".")
    node = document
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
