"""Import an originator's loan tape: read, map, parse, derive, validate and summarise.

``read_tape`` does every step the tab and the CLI need and changes nothing: it returns a
``TapeImport`` the analyst looks at before deciding to import its valid rows. Each step works
on whole columns (the parsers are vectorised), so the import costs little beyond calamine's
reading of the workbook. Canonical dtypes: ids and text ``str``, amounts in yen, rates and
ratios as fractions and other numbers as ``float64`` (NaN when blank), dates
``datetime64[ns]``, codes ``category``, flags nullable ``boolean``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.pool.cut_off import CutOff, find_cut_off, resolve_cut_off
from jcr_desk.pool.mapping import ColumnMapping, MappingProfile, apply_profile, auto_map
from jcr_desk.pool.problems import ERROR, Problem, TapeError, problem_text
from jcr_desk.pool.reader import RawSheet, gc_paused, read_sheet, release_cells
from jcr_desk.pool.schema import (
    LOANS,
    RECEIVABLES,
    RECEIVABLES_HISTORY,
    FieldSpec,
    schema,
    tape_settings,
)
from jcr_desk.pool.strats import PoolSummary, summarise
from jcr_desk.pool.units import UnitReading, UnitSource, decide_units
from jcr_desk.pool.validation import check_totals, error_rows, unit_problems, validate
from jcr_desk.pool.values import Numbers, Parsed, parse_column, parse_money, parse_numbers
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step, within

#: What each kind of tape holds, as a refusal names it.
_KIND_WORDS: Final = {
    LOANS: QT_TRANSLATE_NOOP("TapeProblems", "loans"),
    RECEIVABLES: QT_TRANSLATE_NOOP("TapeProblems", "receivables"),
    RECEIVABLES_HISTORY: QT_TRANSLATE_NOOP("TapeProblems", "receivables history"),
}
#: Progress messages naming what a tape holds, by its schema's noun (``tape_settings``).
_CHECKING: Final = {
    "loan": QT_TRANSLATE_NOOP("Progress", "Checking the loans"),
    "receivable": QT_TRANSLATE_NOOP("Progress", "Checking the receivables"),
    "month row": QT_TRANSLATE_NOOP("Progress", "Checking the month rows"),
}
_READ_COUNT: Final = {
    "loan": QT_TRANSLATE_NOOP("Progress", "Read {count} loans"),
    "receivable": QT_TRANSLATE_NOOP("Progress", "Read {count} receivables"),
    "month row": QT_TRANSLATE_NOOP("Progress", "Read {count} month rows"),
}

_READ_SHARE: Final = 0.6
"""Share of the progress bar for reading the workbook: calamine's part dominates the import."""
_TOTALS_KINDS: Final = ("money", "id")
"""Totals-row figures worth checking: sums of amounts, and the loan count under the id."""


@dataclass(frozen=True)
class ReadChoices:
    """What the analyst decided for a tape before it is read (mapping dialog, CLI options)."""

    units: Mapping[str, str] = field(default_factory=dict)
    """Field → unit, standing whatever the tape's evidence says."""
    cut_off: date | None = None


@dataclass
class TapeImport:
    """A read tape before the analyst decides: every row, the mapping used and the report."""

    loans: pd.DataFrame
    excel_rows: np.ndarray
    mapping: ColumnMapping
    problems: list[Problem]
    source: dict[str, Any]
    summary: PoolSummary | None
    """The pool's summary and strats; ``None`` for tapes of other kinds than housing loans,
    whose readers summarise them in their own terms."""
    readings: dict[str, UnitReading] = field(default_factory=dict)
    """The unit of each amount and rate and the evidence it was decided from."""
    cut_off: CutOff | None = None
    """The as-of date of seasoning and remaining terms and where it came from."""

    @property
    def error_rows(self) -> set[int]:
        """Excel rows with at least one error of their own."""
        return error_rows(self.problems)

    @property
    def blocking(self) -> list[Problem]:
        """File-level errors (a required column missing, a unit undecided): while any stands,
        no row can be imported, though every row can be inspected."""
        return [p for p in self.problems if p.severity == ERROR and p.row is None]

    @property
    def row_count(self) -> int:
        return len(self.loans)

    @property
    def importable_count(self) -> int:
        return int(self.importable_mask().sum())

    @property
    def excluded_count(self) -> int:
        """Rows an import leaves out: with an error, or all of them while one blocks."""
        return self.row_count - self.importable_count

    def importable_mask(self) -> np.ndarray:
        """True for the rows an import keeps."""
        return _importable_mask(self.excel_rows, self.problems)

    def importable(self) -> pd.DataFrame:
        """The rows an import keeps."""
        return self.loans[self.importable_mask()].reset_index(drop=True)

    def inspectable(self) -> pd.DataFrame:
        """The rows without errors of their own: what the summary describes, even while a
        file-level error blocks the import."""
        keep = _inspectable_mask(self.excel_rows, self.problems)
        return self.loans[keep].reset_index(drop=True)


def read_tape(
    path: str | Path,
    sheet: str | None = None,
    profile: MappingProfile | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    *,
    raw: RawSheet | None = None,
    choices: ReadChoices | None = None,
    kind: str = LOANS,
) -> TapeImport:
    """Read ``path`` into a ``TapeImport``; ``TapeError`` when the file cannot be read at all.

    ``choices`` are the analyst's decisions (units, cut-off) that stand over the tape's own.
    ``kind`` is the tape kind (``schema.TAPE_KINDS``: housing loans, an ABCP program's
    receivables, their population's monthly history); a profile must be one of that kind.

    ``raw`` is the sheet when the caller has read it already (the Pool tab reads it once to
    show the mapping dialog), so the workbook is not read twice. The sheet's cells are freed
    before returning, a column at a time (see ``release_cells``): ``raw`` is used up.
    """
    if profile is not None and profile.kind != kind:
        raise TapeError(problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems", "the mapping profile {name!r} maps {its} tapes, not {kind}"
            ),
            name=profile.name,
            its=problem_text(_KIND_WORDS[profile.kind]),
            kind=problem_text(_KIND_WORDS[kind]),
        ))
    with gc_paused():
        tape, sheet = _read(
            path, sheet, profile, progress, cancel, raw, choices or ReadChoices(), kind
        )
        release_cells(sheet)
    return tape


def _read(
    path: str | Path,
    sheet: str | None,
    profile: MappingProfile | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    raw: RawSheet | None,
    choices: ReadChoices,
    kind: str,
) -> tuple[TapeImport, RawSheet]:
    report = progress or no_progress
    token = cancel or CancelToken()
    path = Path(path)
    noun = tape_settings(kind)["noun"]
    checking, read_count = step(_CHECKING[noun]), _READ_COUNT[noun]
    if raw is None:
        known = list(profile.columns.values()) if profile else []
        if kind != LOANS:  # the reader knows housing-loan headers of its own
            known += [alias for spec in schema(kind) for alias in spec.aliases]
        raw = read_sheet(path, sheet, within(report, 0.0, _READ_SHARE), token, known_headers=known)
    token.raise_if_cancelled()
    report(_READ_SHARE, step(QT_TRANSLATE_NOOP("Progress", "Mapping columns")))
    mapping = apply_profile(profile, raw.headers) if profile else auto_map(raw.headers, kind)
    numbers: dict[int, Numbers] = {}
    readings = unit_readings(raw, mapping, profile, choices, numbers=numbers)
    mapping.units = {name: reading.unit or reading.fallback() for name, reading in readings.items()}
    token.raise_if_cancelled()
    report(0.7, step(QT_TRANSLATE_NOOP("Progress", "Reading values")))
    loans, bad_cells = _parse_columns(raw, mapping, numbers)
    cut_off, cut_off_problems = _cut_off(raw, loans, profile, choices, kind)
    loans, derived = _derive(loans, cut_off.date if cut_off else None, kind)
    token.raise_if_cancelled()
    report(0.8, checking)
    problems = unit_problems(readings.values(), mapping, raw.sheet) + cut_off_problems
    problems += validate(loans, raw.excel_rows, mapping, raw.sheet, bad_cells, cells=raw.cells)
    if raw.totals is not None:
        totals = _totals(raw, mapping)
        problems += check_totals(loans, totals, raw.sheet, raw.totals_row, mapping=mapping)
    token.raise_if_cancelled()
    report(0.9, step(QT_TRANSLATE_NOOP("Progress", "Summarising the pool")))
    source = {
        "file": path.name,
        "sheet": raw.sheet,
        "sha256": file_sha256(path),
        "profile": profile.name if profile else None,
        "imported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "header_row": raw.header_row,
        "header_rows": raw.header_rows,
        "footnotes": [list(note) for note in raw.footnotes],
        "totals_row": raw.totals_row,
        "units": dict(mapping.units),
        "unit_evidence": {name: reading.summary() for name, reading in readings.items()},
        "derived": derived,
        "rows": len(loans),
        "as_of": cut_off.date.isoformat() if cut_off and cut_off.date else None,
        "as_of_source": cut_off.text() if cut_off else None,
        "as_of_inferred": cut_off.inferred if cut_off else False,
        "kind": kind,
    }
    summary = None
    if kind == LOANS and cut_off is not None:
        summary = summarise(
            loans[_inspectable_mask(raw.excel_rows, problems)],
            as_of=cut_off.date,
            as_of_inferred=cut_off.inferred,
        )
    token.raise_if_cancelled()
    report(1.0, step(read_count, count=len(loans)))
    tape = TapeImport(loans, raw.excel_rows, mapping, problems, source, summary, readings, cut_off)
    return tape, raw


def _cut_off(
    raw: RawSheet,
    loans: pd.DataFrame,
    profile: MappingProfile | None,
    choices: ReadChoices,
    kind: str,
) -> tuple[CutOff | None, list[Problem]]:
    """The as-of date of a loan tape (always one, inferred when the tape states none); of
    other kinds the date the analyst entered or the title states, if any (a history has none)."""
    found = find_cut_off(raw.title_rows, raw.date1904)
    if kind == LOANS:
        rule = profile.cut_off_rule if profile else "title"
        return resolve_cut_off(found, choices.cut_off, rule, _newest_origination(loans), raw.sheet)
    if not tape_settings(kind)["cut_off"]:
        return None, []
    if choices.cut_off is not None:
        return resolve_cut_off(found, choices.cut_off, "title", None, raw.sheet)
    return found, []


def unit_readings(
    raw: RawSheet,
    mapping: ColumnMapping,
    profile: MappingProfile | None = None,
    choices: ReadChoices | None = None,
    *,
    numbers: dict[int, Numbers] | None = None,
) -> dict[str, UnitReading]:
    """The unit of each mapped amount and rate of ``raw`` and what it was decided from;
    ``numbers`` (sheet column → the column read as numbers) is filled for the parsers."""
    source = UnitSource(
        raw.headers,
        mapping.columns,
        raw.cells,
        raw.title_rows,
        raw.totals,
        raw.formats,
        {} if numbers is None else numbers,
        mapping.kind,
    )
    return decide_units(
        source,
        saved=profile.units if profile else None,
        profile=profile.name if profile else None,
        chosen=(choices or ReadChoices()).units,
    )


def _importable_mask(rows: np.ndarray, problems: list[Problem]) -> np.ndarray:
    """Rows without errors; none when a file-level error (a missing required column) stands."""
    if any(p.severity == ERROR and p.row is None for p in problems):
        return np.zeros(len(rows), dtype=bool)
    return _inspectable_mask(rows, problems)


def _inspectable_mask(rows: np.ndarray, problems: list[Problem]) -> np.ndarray:
    """Rows without errors of their own: what the summary shows before the analyst decides,
    even while a file-level error blocks the import."""
    return ~np.isin(rows, sorted(error_rows(problems)))


def _parse_columns(
    raw: RawSheet, mapping: ColumnMapping, numbers: dict[int, Numbers]
) -> tuple[pd.DataFrame, dict[str, np.ndarray]]:
    """Every mapped field in its canonical dtype, in schema order, and its unreadable cells."""
    columns: dict[str, Any] = {}
    bad_cells: dict[str, np.ndarray] = {}
    for spec in schema(mapping.kind):
        index = mapping.columns.get(spec.name)
        if index is None or index >= raw.cells.shape[1]:
            continue
        values, bad = _parse(spec, raw, index, mapping, numbers.get(index))
        columns[spec.name] = _canonical(spec, values)
        bad_cells[spec.name] = np.asarray(bad, dtype=bool)
    return pd.DataFrame(columns, index=pd.RangeIndex(len(raw.cells))), bad_cells


def _parse(
    spec: FieldSpec, raw: RawSheet, index: int, mapping: ColumnMapping, numbers: Numbers | None
) -> Parsed:
    """One column by its field's kind; amounts and rates in their unit and cell formats."""
    return parse_column(
        raw.cells[index],
        spec,
        mapping.units.get(spec.name),
        {kind: masks.get(index) for kind, masks in raw.formats.items()},
        date1904=raw.date1904,
        value_map=mapping.values.get(spec.name, {}),
        numbers=numbers,
    )


def _canonical(spec: FieldSpec, values: Any) -> Any:
    if spec.kind in ("money", "rate", "ratio", "int", "number"):
        return np.asarray(values, dtype=np.float64)
    return values


def _newest_origination(loans: pd.DataFrame) -> date | None:
    if "origination_date" not in loans or loans["origination_date"].isna().all():
        return None
    return pd.Timestamp(loans["origination_date"].max()).date()


def _derive(
    loans: pd.DataFrame, cut_off: date | None, kind: str = LOANS
) -> tuple[pd.DataFrame, list[str]]:
    """Add fields the tape lacks but its other columns imply; also returns their names.

    Remaining terms run from the tape's cut-off date, else from its newest origination.
    """
    derived: list[str] = []
    if kind != LOANS:
        return loans[[spec.name for spec in schema(kind) if spec.name in loans]], derived
    dates = {"origination_date", "maturity_date"}
    if "remaining_term_months" not in loans and dates <= set(loans) and len(loans):
        as_of = pd.Timestamp(cut_off) if cut_off else loans["origination_date"].max()
        maturity = loans["maturity_date"].to_numpy(dtype="datetime64[ns]")
        months = _months_between(np.datetime64(as_of, "ns"), maturity)
        loans["remaining_term_months"] = months
        derived.append("remaining_term_months")
    if "ltv" not in loans and {"current_balance", "property_value"} <= set(loans):
        value = loans["property_value"].to_numpy(dtype=np.float64)
        balance = loans["current_balance"].to_numpy(dtype=np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            loans["ltv"] = np.where(value > 0, balance / value, np.nan)
        derived.append("ltv")
    return loans[[spec.name for spec in schema() if spec.name in loans]], derived


def _months_between(start: np.datetime64, ends: np.ndarray) -> np.ndarray:
    """Whole months from ``start`` to each end date (NaN where the end date is missing)."""
    if np.isnat(start):
        return np.full(ends.size, np.nan)
    months = (ends.astype("datetime64[M]") - start.astype("datetime64[M]")).astype(np.float64)
    short = ends.astype("datetime64[D]") - ends.astype("datetime64[M]").astype("datetime64[D]")
    start_day = start.astype("datetime64[D]") - start.astype("datetime64[M]").astype(
        "datetime64[D]"
    )
    months -= short < start_day
    months[np.isnat(ends)] = np.nan
    return months


def _totals(raw: RawSheet, mapping: ColumnMapping) -> dict[str, float]:
    """The totals row's figures by field, in the pool's units (thousand yen → yen)."""
    figures: dict[str, float] = {}
    totals = raw.totals or {}
    for spec in schema(mapping.kind):
        index = mapping.columns.get(spec.name)
        if spec.kind not in _TOTALS_KINDS or index is None:
            continue
        cell = totals.get(mapping.headers[index])
        if spec.kind == "money":
            values, bad = parse_money([cell], mapping.units.get(spec.name) or "yen")
        else:
            values, bad = parse_numbers([cell])
        if not bad[0] and np.isfinite(values[0]):
            figures[spec.name] = float(values[0])
    return figures


def file_sha256(path: Path) -> str:
    """The file's SHA-256, recorded with every import so a case names exactly what it read."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
