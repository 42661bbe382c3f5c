"""Assumptions: the scenario's inputs as named cells, in the scenario file's own schema.

Every value of ``scenario_document`` gets a row (``assumptions_layout``); scalar inputs get
a workbook name (``cpr``, ``trust_fee``, ``class_1_balance`` …) so formulas elsewhere read
them by name. ``jcr-desk-cli scenario import CASE FILE.xlsx`` and File → Import scenario
from workbook… read this sheet back (``jcr_desk.reports.assumptions_reader``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from openpyxl.worksheet.datavalidation import DataValidation

from jcr_desk.case.document.scenario_file import scenario_document
from jcr_desk.reports import styles
from jcr_desk.reports.assumptions_layout import (
    HEADERS,
    KEY_COLUMN,
    LABEL_COLUMN,
    LAYOUT,
    TABLE_COLUMN,
    TABLES,
    VALUE_COLUMN,
    Field,
    Heading,
    Table,
    defined_name,
    field_for,
)
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.structured.multipliers import COMPONENTS

_INPUT_STYLES = {
    "fraction": styles.INPUT_PERCENT,
    "fine_fraction": styles.INPUT_FINE_PERCENT,
    "yen": styles.INPUT_YEN,
    "whole": styles.INPUT_INTEGER,
    "number": styles.INPUT_NUMBER,
    "bool": styles.INPUT_BOOLEAN,
    "date": styles.INPUT_DATE,
}
_INTRO = (
    "Blue cells are inputs in the scenario file's schema (column A: its keys, see "
    "docs/scenario-format.md). Edit them, then File → Import scenario from workbook… or "
    "jcr-desk-cli scenario import CASE FILE.xlsx --reason TEXT reads this sheet back. The "
    "other sheets' figures come from the last run and change when JCR Desk runs the stress."
)


def write_assumptions(sheet: Sheet, context: ExportContext) -> None:
    scenario = context.scenario
    assert scenario is not None
    document = scenario_document(context.case, scenario)
    writer = _Writer(sheet, context)
    sheet.text(1, 1, f"Assumptions: {scenario.name}", styles.TITLE)
    sheet.merged_text(2, 1, 5, _INTRO, per_line=150)
    row = 4
    header_row = row
    sheet.header(row, HEADERS)
    row += 1
    flat = flatten(document)
    for item in LAYOUT:
        if isinstance(item, Heading):
            row = writer.heading(row, item.text)
        elif isinstance(item, Table):
            row = writer.table(row, item, lookup(document, item.key))
        else:
            row = writer.scalar(row, item.key, flat.get(item.key))
    extra = [key for key in flat if key not in _LAID_OUT and not _in_table(key)]
    if extra:
        row = writer.heading(row, "Recorded with the base case")
        for key in extra:
            row = writer.scalar(row, key, flat[key])
    if context.result is not None:
        row = _multipliers(sheet, row + 1, context)
    sheet.finish(header_row=header_row, freeze=f"A{header_row + 1}")


_LAID_OUT = {item.key for item in LAYOUT if isinstance(item, Field)}


def _in_table(key: str) -> bool:
    return any(key == table or key.startswith(f"{table}.") for table in TABLES)


def flatten(document: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every value of a nested document by its dotted key; lists stay whole."""
    flat: dict[str, Any] = {}
    for key, value in document.items():
        path = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{path}."))
        else:
            flat[path] = value
    return flat


def lookup(document: Mapping[str, Any], key: str) -> Any:
    value: Any = document
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


class _Writer:
    def __init__(self, sheet: Sheet, context: ExportContext) -> None:
        self.sheet = sheet
        self.context = context

    def heading(self, row: int, text: str) -> int:
        self.sheet.text(row + 1, LABEL_COLUMN, text, styles.HEADING)
        return row + 2

    def scalar(self, row: int, key: str, value: Any) -> int:
        spec = field_for(key)
        sheet = self.sheet
        sheet.text(row, KEY_COLUMN, key, styles.KEY)
        sheet.text(row, LABEL_COLUMN, spec.label or key.rsplit(".", 1)[-1], styles.LABEL)
        self.value(row, VALUE_COLUMN, spec, value)
        sheet.text(row, VALUE_COLUMN + 1, spec.unit, styles.TEXT)
        sheet.text(row, VALUE_COLUMN + 2, spec.meaning, styles.WRAP)
        name = defined_name(key)
        if name:
            sheet.book.define(name, sheet.title, sheet.address(row, VALUE_COLUMN, absolute=True))
        self.context.input_cells[key] = sheet.external(row, VALUE_COLUMN)
        return row + 1

    def table(self, row: int, table: Table, records: Any) -> int:
        sheet = self.sheet
        sheet.text(row, KEY_COLUMN, table.key, styles.KEY)
        sheet.text(row, LABEL_COLUMN, table.label, styles.LABEL)
        sheet.text(row, VALUE_COLUMN + 2, table.meaning, styles.WRAP)
        row += 1
        sheet.header(row, [column.key for column in table.columns], column=TABLE_COLUMN)
        for index, record in enumerate(records or []):
            row += 1
            values = {table.columns[0].key: record} if table.scalar else record
            for offset, column in enumerate(table.columns):
                where = TABLE_COLUMN + offset
                self.value(row, where, column, values.get(column.key))
                key = f"{table.key}[{index}].{column.key}"
                self.context.input_cells[key] = sheet.external(row, where)
                if table.key == "structure.classes" and column.key in ("balance", "coupon"):
                    reference = sheet.address(row, where, absolute=True)
                    sheet.book.define(f"class_{index + 1}_{column.key}", sheet.title, reference)
        return row + 2

    def value(self, row: int, column: int, spec: Field, value: Any) -> None:
        style = _INPUT_STYLES.get(spec.kind, styles.INPUT_TEXT)
        if spec.kind == "ratings" and isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        elif spec.kind == "generic":
            style, value = _generic(value)
        cell = self.sheet.put(row, column, value, style)
        choices = ("TRUE", "FALSE") if spec.kind == "bool" else spec.choices
        if choices:
            self._validation(",".join(choices), cell.coordinate)

    def _validation(self, listed: str, coordinate: str) -> None:
        ws = self.sheet.ws
        for existing in ws.data_validations.dataValidation:
            if existing.formula1 == f'"{listed}"':
                existing.add(coordinate)
                return
        validation = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
        validation.error = f"Choose one of: {listed.replace(',', ', ')}"
        validation.errorTitle = "JCR Desk input"
        validation.add(coordinate)
        ws.add_data_validation(validation)


def _generic(value: Any) -> tuple[str, Any]:
    """A provenance value as it is: lists as JSON text, the rest in their own kind."""
    if isinstance(value, bool):
        return styles.INPUT_BOOLEAN, value
    if isinstance(value, int | float):
        return styles.INPUT_NUMBER, value
    if isinstance(value, date):
        return styles.INPUT_DATE, value
    if isinstance(value, list | tuple):
        return styles.INPUT_TEXT, json.dumps(list(value), ensure_ascii=False)
    return styles.INPUT_TEXT, None if value is None else str(value)


def _multipliers(sheet: Sheet, row: int, context: ExportContext) -> int:
    """For reference (not read back): the multipliers each rating ran with."""
    result = context.result
    assert result is not None
    sheet.text(
        row, LABEL_COLUMN, "Stress multipliers of the last run (not read back)", styles.HEADING
    )
    row += 1
    sheet.header(row, ("Rating", "Component", "Rulebook", "Used", "How"), column=LABEL_COLUMN)
    for line in result.ratings:
        multipliers = line.multipliers
        used = (multipliers.first_five_years, multipliers.after_five_years, multipliers.prepayment)
        for component, rulebook, value in zip(COMPONENTS, multipliers.rulebook, used, strict=True):
            row += 1
            how = "interpolated (Desk default)" if multipliers.interpolated else "rulebook"
            if value != rulebook:
                how = "adjusted: " + "; ".join(multipliers.adjusted)
            sheet.row(
                row,
                [line.rating, component, rulebook, value, how],
                [styles.RATING, styles.TEXT, styles.MULTIPLE, styles.MULTIPLE, styles.TEXT],
                column=LABEL_COLUMN,
            )
    return row + 1
