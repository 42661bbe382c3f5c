"""Every problem of a parsed loan tape, each tied to its Excel cell.

Each rule builds one boolean mask over all loans at once and creates a ``Problem`` only for the
rows it flags, so a clean 100,000-loan tape costs a few array operations per rule. Limits are
Desk defaults in ``resources/pool/validation.toml``. Errors exclude the row from the import;
warnings keep it and ask the analyst to look.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import ERROR, WARNING, Problem, column_letter, problem_text
from jcr_desk.pool.schema import field_spec, schema, tape_settings
from jcr_desk.pool.settings import pool_defaults

if TYPE_CHECKING:
    from jcr_desk.pool.mapping import ColumnMapping
    from jcr_desk.pool.units import UnitReading

LIMITS_FILE = "validation.toml"
BALANCES = ("original_balance", "current_balance")
#: The words the sentences name a cell's kind and a tape's rows with (schema ``kind`` and
#: ``noun``), registered for translation.
SCHEMA_WORDS = (
    QT_TRANSLATE_NOOP("TapeProblems", "bool"),
    QT_TRANSLATE_NOOP("TapeProblems", "category"),
    QT_TRANSLATE_NOOP("TapeProblems", "date"),
    QT_TRANSLATE_NOOP("TapeProblems", "id"),
    QT_TRANSLATE_NOOP("TapeProblems", "int"),
    QT_TRANSLATE_NOOP("TapeProblems", "money"),
    QT_TRANSLATE_NOOP("TapeProblems", "month"),
    QT_TRANSLATE_NOOP("TapeProblems", "number"),
    QT_TRANSLATE_NOOP("TapeProblems", "rate"),
    QT_TRANSLATE_NOOP("TapeProblems", "ratio"),
    QT_TRANSLATE_NOOP("TapeProblems", "text"),
    QT_TRANSLATE_NOOP("TapeProblems", "loan"),
    QT_TRANSLATE_NOOP("TapeProblems", "receivable"),
    QT_TRANSLATE_NOOP("TapeProblems", "month row"),
)


def limits() -> dict[str, Any]:
    """The validation limits (dotted key → value)."""
    return pool_defaults(LIMITS_FILE)


def error_rows(problems: Iterable[Problem]) -> set[int]:
    """Excel rows with at least one error: the rows an import leaves out."""
    return {p.row for p in problems if p.severity == ERROR and p.row is not None}


def validate(
    loans: pd.DataFrame,
    rows: np.ndarray,
    mapping: ColumnMapping,
    sheet: str,
    bad_cells: Mapping[str, np.ndarray],
    *,
    cells: pd.DataFrame | None = None,
) -> list[Problem]:
    """Every problem of ``loans`` (one row per tape row, Excel row numbers in ``rows``).

    ``bad_cells`` marks the cells the parsers could not read; ``cells`` (the raw sheet, one
    column per sheet column) lets the report quote what the originator wrote rather than the
    parsed value. Problems come sorted by row and column, file-level ones first.
    """
    report = _Report(loans, np.asarray(rows), mapping, sheet, cells)
    _check_cells(report, bad_cells)
    _check_ranges(report)
    _check_dates(report)
    _check_duplicates(report)
    _check_outliers(report)
    return report.sorted()


def check_totals(
    loans: pd.DataFrame,
    totals: Mapping[str, Any],
    sheet: str,
    row: int | None,
    *,
    mapping: ColumnMapping | None = None,
) -> list[Problem]:
    """Warnings for totals-row figures that the loans do not add up to.

    Numeric columns are summed; others (the loan number column) are counted, as originators
    put the loan count under the ID column.
    """
    tolerance = limits()["totals_tolerance"]
    problems = []
    for field, stated in totals.items():
        expected = _number(stated)
        if field not in loans or expected is None:
            continue
        column = loans[field]
        if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
            actual = float(column.sum(skipna=True))
        else:
            actual = float(column.notna().sum())
        allowed = max(tolerance["absolute"], tolerance["relative"] * abs(expected))
        if abs(actual - expected) <= allowed:
            continue
        letter, header = _where(mapping, field)
        sentence = problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "the totals row says {stated} for {label}; the loans add up to {actual}",
            ),
            stated=_figure(expected),
            label=header or field,
            actual=_figure(actual),
        )
        problems.append(
            Problem.saying(
                sentence,
                sheet=sheet,
                row=row,
                column=letter,
                header=header,
                field=field,
                value=_text(stated),
                rule="totals_mismatch",
                severity=WARNING,
            )
        )
    return problems


def unit_problems(
    readings: Iterable[UnitReading], mapping: ColumnMapping, sheet: str
) -> list[Problem]:
    """An error for each unit the tape leaves undecided (nothing is imported until the
    analyst decides it) and a warning for each unit the analyst set against the evidence."""
    problems = []
    for reading in readings:
        spec = field_spec(reading.field)
        letter, header = _where(mapping, reading.field)
        label, reasons = Text("PoolFields", spec.label), reading.reasons_said()
        if reading.unit is None:
            first, second = UNIT_CHOICES[spec.kind]
            message = problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems",
                    "{label}: the unit is not decided ({reasons}); choose it in the mapping "
                    "dialog (command line: --unit {name}={options})",
                ),
                label=label,
                reasons=reasons,
                name=spec.name,
                options=problem_text(
                    QT_TRANSLATE_NOOP("TapeProblems", "{first} or {second}"),
                    first=first,
                    second=second,
                ),
            )
            rule, severity = "unit_undecided", ERROR
        elif reading.chosen and any(item.unit != reading.unit for item in reading.evidence):
            message = problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems", "{label}: read in {unit} as chosen, against {reasons}"
                ),
                label=label,
                unit=reading.unit,
                reasons=reasons,
            )
            rule, severity = "unit_against_evidence", WARNING
        else:
            continue
        problems.append(
            Problem.saying(message, sheet, None, letter, header, reading.field, "", rule, severity)
        )
    return problems


UNIT_CHOICES = {
    "money": ("yen", "thousand_yen"),
    "rate": ("percent", "fraction"),
    "ratio": ("percent", "fraction"),
}


class _Report:
    """Collects problems; turns a rule's mask into problems for the flagged rows only."""

    def __init__(
        self,
        loans: pd.DataFrame,
        rows: np.ndarray,
        mapping: ColumnMapping,
        sheet: str,
        cells: pd.DataFrame | None,
    ) -> None:
        self.loans = loans
        self.rows = rows
        self.mapping = mapping
        self.sheet = sheet
        self.cells = cells
        self.problems: list[Problem] = []
        self.errors: dict[str, np.ndarray] = {}

    def add(
        self,
        field: str,
        mask: np.ndarray,
        rule: str,
        severity: str,
        message: str,
        fixed: Mapping[str, Any] | None = None,
        **details: Any,
    ) -> None:
        """Problems for the rows in ``mask``; ``message`` (a ``TapeProblems`` template) is
        filled with ``value`` (the cell's text), ``label`` (header or field), the ``fixed``
        arguments and, per row, the text of each ``details`` array (formatted for the flagged
        rows only)."""
        flagged = np.flatnonzero(mask)
        if not flagged.size:
            return
        if severity == ERROR:
            self.errors[field] = self.errors_in(field) | mask
        letter, header = _where(self.mapping, field)
        values = self._values(field, flagged)
        per_row = {name: np.asarray(array)[flagged] for name, array in details.items()}
        for position, (index, value) in enumerate(zip(flagged, values, strict=True)):
            extra = {name: _text(array[position]) for name, array in per_row.items()}
            sentence = problem_text(
                message, value=value, label=header or _field_words(field), **(fixed or {}),
                **extra,
            )
            self.problems.append(
                Problem.saying(
                    sentence,
                    sheet=self.sheet,
                    row=int(self.rows[index]),
                    column=letter,
                    header=header,
                    field=field,
                    value=value,
                    rule=rule,
                    severity=severity,
                )
            )

    def file_level(self, field: str, rule: str, message: Text) -> None:
        self.problems.append(
            Problem.saying(message, self.sheet, None, None, None, field, "", rule, ERROR)
        )

    def errors_in(self, field: str) -> np.ndarray:
        """Rows already holding an error in ``field``, so later rules do not repeat it."""
        return self.errors.get(field, np.zeros(len(self.loans), bool))

    def mapped(self, field: str) -> bool:
        return field in self.mapping.columns and field in self.loans

    def _values(self, field: str, flagged: np.ndarray) -> list[str]:
        column = self.mapping.columns.get(field)
        if self.cells is not None and column is not None and column < self.cells.shape[1]:
            source = self.cells.iloc[flagged, column]
        else:
            source = self.loans[field].iloc[flagged]
        return [_text(value) for value in source.tolist()]

    def sorted(self) -> list[Problem]:
        def key(problem: Problem) -> tuple[int, int, str, str]:
            letters = problem.column or ""
            return (problem.row or 0, len(letters), letters, problem.rule)

        return sorted(self.problems, key=key)


def _check_cells(report: _Report, bad_cells: Mapping[str, np.ndarray]) -> None:
    """Unreadable cells, unknown codes and missing required values."""
    for spec in schema(report.mapping.kind):
        field = spec.name
        bad = np.asarray(bad_cells.get(field, np.zeros(len(report.loans), bool)), dtype=bool)
        if spec.kind == "category":
            report.add(
                field,
                bad,
                "unknown_category",
                ERROR,
                QT_TRANSLATE_NOOP(
                    "TapeProblems", "{label}: {value!r} is not a known code (known: {known})"
                ),
                fixed={"known": ", ".join(spec.categories)},
            )
        else:
            report.add(
                field,
                bad,
                "unreadable",
                ERROR if spec.required else WARNING,
                QT_TRANSLATE_NOOP("TapeProblems", "{label}: cannot read {value!r} as {kind}"),
                fixed={"kind": problem_text(spec.kind)},
            )
        if not spec.required:
            continue
        if report.mapped(field):
            missing = report.loans[field].isna().to_numpy(dtype=bool) & ~bad
            report.add(
                field,
                missing,
                "required_missing",
                ERROR,
                QT_TRANSLATE_NOOP("TapeProblems", "{label}: required value is empty"),
            )
        elif field not in report.loans or (len(report.loans) and report.loans[field].isna().all()):
            report.file_level(
                field,
                "required_column_missing",
                problem_text(
                    QT_TRANSLATE_NOOP(
                        "TapeProblems",
                        "no column of the tape is mapped to the required field {field}",
                    ),
                    field=Text("PoolFields", spec.label),
                ),
            )


def _check_ranges(report: _Report) -> None:
    loans = report.loans
    for field in BALANCES:
        if field in loans:
            report.add(
                field,
                _true(loans[field] <= 0),
                "balance_not_positive",
                ERROR,
                QT_TRANSLATE_NOOP("TapeProblems", "{label}: balance {value} is zero or negative"),
            )
    if set(BALANCES) <= set(loans.columns):
        report.add(
            "current_balance",
            _true(loans["current_balance"] > loans["original_balance"]),
            "current_above_original",
            WARNING,
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "{label}: current balance {value} is above the original balance {original}",
            ),
            original=loans["original_balance"].to_numpy(),
        )
    for spec in schema(report.mapping.kind):
        if spec.name not in loans or (spec.minimum is None and spec.maximum is None):
            continue
        low = -math.inf if spec.minimum is None else spec.minimum
        high = math.inf if spec.maximum is None else spec.maximum
        mask = _outside(loans[spec.name], low, high) & ~report.errors_in(spec.name)
        report.add(
            spec.name,
            mask,
            "out_of_range",
            ERROR,
            QT_TRANSLATE_NOOP(
                "TapeProblems", "{label}: {value} is outside the valid range {range}"
            ),
            fixed={"range": _range_text(low, high, spec.kind)},
        )


def _check_dates(report: _Report) -> None:
    loans = report.loans
    if {"origination_date", "maturity_date"} <= set(loans.columns):
        report.add(
            "maturity_date",
            _true(loans["maturity_date"] < loans["origination_date"]),
            "maturity_before_origination",
            ERROR,
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "{label}: maturity {value} is before the origination date {origination}",
            ),
            origination=loans["origination_date"].to_numpy(),
        )


def _check_duplicates(report: _Report) -> None:
    """Duplicate loan (or receivable) numbers (every copy is an error: which one is right is
    unknown) and borrowers with several loans (setoff is per borrower, 002 §5)."""
    noun = tape_settings(report.mapping.kind)["noun"]
    for spec in schema(report.mapping.kind):
        if not spec.unique or spec.name not in report.loans:
            continue
        codes, count = _occurrences(report.loans[spec.name])
        repeated = count > 1
        if repeated.any():
            first = np.full(count.size, np.iinfo(np.int64).max)
            np.minimum.at(first, codes[repeated], report.rows[repeated])
            report.add(
                spec.name,
                repeated,
                f"duplicate_{spec.name}",
                ERROR,
                QT_TRANSLATE_NOOP(
                    "TapeProblems",
                    "{label}: {noun} {value} appears {count} times (first on row {first})",
                ),
                fixed={"noun": problem_text(noun)},
                count=count,
                first=first[np.maximum(codes, 0)],
            )
    if "borrower_id" in report.loans:
        _, count = _occurrences(report.loans["borrower_id"])
        report.add(
            "borrower_id",
            count > 1,
            "borrower_several_loans",
            WARNING,
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "{label}: borrower {value} has {count} loans in the pool (setoff is per borrower)",
            ),
            count=count,
        )


def _occurrences(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each row's value code (-1 when empty) and how many rows share its value (0 when empty),
    from one hashing pass over the column."""
    codes, uniques = pd.factorize(values)
    counts = np.bincount(codes[codes >= 0], minlength=len(uniques))
    return codes, np.where(codes >= 0, counts[np.maximum(codes, 0)], 0)


def _check_outliers(report: _Report) -> None:
    """Plausibility ranges; a cell that already failed an error rule is not reported again."""
    prefix = "outliers."
    for key, (low, high) in limits().items():
        field = key.removeprefix(prefix)
        if not key.startswith(prefix) or field not in report.loans:
            continue
        mask = _outside(report.loans[field], low, high) & ~report.errors_in(field)
        report.add(
            field,
            mask,
            "outlier",
            WARNING,
            QT_TRANSLATE_NOOP(
                "TapeProblems", "{label}: {value} is outside the usual range {range}"
            ),
            fixed={"range": _range_text(low, high, field_spec(field).kind)},
        )


def _field_words(field: str) -> Text | str:
    """A field no column of the tape holds (a term derived from dates) named by its label,
    as the Pool tab names it; a field the schema does not know by its name."""
    try:
        return Text("PoolFields", field_spec(field).label)
    except KeyError:
        return field


def _where(mapping: ColumnMapping | None, field: str) -> tuple[str | None, str | None]:
    """Excel column letters and header of a mapped field; ``None`` for derived fields."""
    if mapping is None or field not in mapping.columns:
        return None, None
    index = mapping.columns[field]
    header = mapping.headers[index] if index < len(mapping.headers) else None
    return column_letter(index), header


def _true(mask: pd.Series) -> np.ndarray:
    """A comparison's result with missing values counted as not flagged."""
    return mask.to_numpy(dtype=bool, na_value=False)


def _outside(values: pd.Series, low: float, high: float) -> np.ndarray:
    return _true((values < low) | (values > high))


def _range_text(low: float, high: float, kind: str) -> str:
    """Limits as the analyst reads them: yen with separators, rates and ratios in percent."""

    def show(value: float) -> str:
        if kind in ("rate", "ratio"):
            return f"{value * 100:g} %"
        whole = f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"
        return f"¥{whole}" if kind == "money" else whole

    if math.isinf(low):
        return f"≤ {show(high)}"
    if math.isinf(high):
        return f"≥ {show(low)}"
    return f"{show(low)} – {show(high)}"


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _figure(value: Any) -> str:
    number = _number(value)
    if number is None:
        return ""
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.6g}"


def _text(value: Any) -> str:
    """A cell as the analyst would type it: dates as ISO, whole floats without ".0"."""
    if isinstance(value, str):
        return value
    if value is None or (not isinstance(value, str | bytes) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp | datetime | np.datetime64):
        stamp = pd.Timestamp(value)
        return stamp.date().isoformat() if stamp == stamp.normalize() else stamp.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)
