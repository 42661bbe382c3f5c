"""The unit of each amount and rate of a tape, decided from evidence and never guessed.

A rate 100x too small or a balance 1,000x too small is a wrong number no committee can catch,
so a unit is decided only when what the tape says agrees: unit words in the column's header,
in the title rows or beside the totals; the cells' number format (``0.000%`` holds fractions,
``#,##0,`` holds yen shown in thousands); which reading puts the values in their plausible
range (``resources/pool/readings.toml``); cross-field checks (a current balance is not a
thousand times its original balance; balance / property value matches the stated LTV); and
the originator's saved profile. When the evidence disagrees, or a column has values and no
evidence, the unit stays undecided and the analyst is asked (mapping dialog, CLI ``--unit``).
Every decision keeps the evidence it rests on, for the report.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.cell_formats import PERCENT, THOUSANDS
from jcr_desk.pool.problems import PROBLEM_CONTEXT, listed, problem_text
from jcr_desk.pool.schema import LOANS, FieldSpec, field_spec, schema
from jcr_desk.pool.settings import pool_defaults
from jcr_desk.pool.values import (
    MONEY_FACTORS,
    UNITS,
    Numbers,
    read_numbers,
    unit_from_header,
)

READINGS_FILE: Final = "readings.toml"
UNIT_LABELS: Final = {
    "yen": QT_TRANSLATE_NOOP("TapeProblems", "yen"),
    "thousand_yen": QT_TRANSLATE_NOOP("TapeProblems", "thousand yen"),
    "percent": QT_TRANSLATE_NOOP("TapeProblems", "percent numbers"),
    "fraction": QT_TRANSLATE_NOOP("TapeProblems", "fractions"),
}
"""How the report names each unit ("percent numbers": 1.25 for 1.25 %)."""

HEADER, TITLE, TOTALS, FORMAT, VALUES, CROSS_FIELD, PROFILE, ANALYST, TAPE = (
    "header", "title", "totals", "cell format", "values", "cross-field check", "profile",
    "analyst", "tape's other amounts",
)
"""Where a piece of evidence comes from, as the report names it."""
_ANCHORS: Final = ("current_balance", "original_balance")
"""A money column without evidence of its own is read in the unit of these, in this order."""


def unit_word(unit: str) -> Text:
    """A unit as the report names it, in the analyst's language where it is shown."""
    return problem_text(UNIT_LABELS[unit])


@dataclass(frozen=True)
class Evidence:
    """One thing the tape says about a column's unit: what, and where the analyst sees it
    (``detail`` in English for the case file and the JSON, ``sentence`` to show)."""

    unit: str
    source: str
    detail: str
    sentence: Text = field(default=None, compare=False, repr=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.sentence is None:
            object.__setattr__(self, "sentence", Text.as_written(PROBLEM_CONTEXT, self.detail))

    @classmethod
    def saying(cls, unit: str, source: str, sentence: Text) -> Evidence:
        return cls(unit, source, str(sentence), sentence)

    def text(self) -> str:
        return str(self.said())

    def said(self) -> Text:
        """The evidence with the unit it points to: 'header "残高（円）" → yen'."""
        return problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "{detail} → {unit}"),
            detail=self.sentence,
            unit=unit_word(self.unit),
        )


@dataclass(frozen=True)
class UnitReading:
    """The unit a column is read in, or ``None`` when the analyst must decide it."""

    field: str
    unit: str | None
    evidence: tuple[Evidence, ...]
    chosen: bool = False
    """The analyst set this unit (mapping dialog, CLI ``--unit``), whatever the evidence."""

    @property
    def decided(self) -> bool:
        return self.unit is not None

    def summary(self) -> str:
        """One line for the report: the unit and what it rests on."""
        return str(self.said())

    def said(self) -> Text:
        """:meth:`summary` as a sentence to show in the analyst's language."""
        label = _label(self.field)
        if self.unit is None:
            return problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "{label}: not decided — {reasons}"),
                label=label,
                reasons=self.reasons_said(),
            )
        if self.chosen:
            return problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems", "{label}: {unit}, set by the analyst ({reasons})"
                ),
                label=label,
                unit=unit_word(self.unit),
                reasons=self.reasons_said(),
            )
        return problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "{label}: {unit} — {details}"),
            label=label,
            unit=unit_word(self.unit),
            details=self.details_said(),
        )

    def reasons(self) -> str:
        """Every piece of evidence with the unit it points to."""
        return str(self.reasons_said())

    def reasons_said(self) -> Text:
        """:meth:`reasons` as a sentence to show in the analyst's language."""
        if not self.evidence:
            return problem_text(QT_TRANSLATE_NOOP("TapeProblems", "the tape gives no evidence"))
        return listed([item.said() for item in self.evidence])

    def details_said(self) -> Text:
        """What the unit rests on, without the unit each piece points to."""
        return listed([item.sentence for item in self.evidence])

    def fallback(self) -> str:
        """The unit cells are parsed in while undecided (the import stays blocked)."""
        for item in self.evidence:
            if item.source == VALUES:
                return item.unit
        kind = _spec(self.field).kind
        return self.unit or ("yen" if kind == "money" else "fraction")


@dataclass(frozen=True)
class UnitSource:
    """What the unit decision looks at for one sheet, as the reader found it."""

    headers: Sequence[str]
    columns: Mapping[str, int]
    cells: pd.DataFrame
    title_rows: Sequence[Sequence[object]] = ()
    totals: Mapping[str, object] | None = None
    formats: Mapping[str, Mapping[int, np.ndarray]] | None = None
    """Format kind → sheet column → which loan rows carry that number format."""
    numbers: dict[int, Numbers] = field(default_factory=dict)
    """Sheet column → its cells read as numbers (filled here; the parsers reuse them)."""
    kind: str = LOANS
    """The tape kind whose fields ``columns`` names."""


def settings() -> dict[str, Any]:
    """The reading rules (dotted key → value) of ``resources/pool/readings.toml``."""
    return pool_defaults(READINGS_FILE)


def unit_fields(kind: str = LOANS) -> list[FieldSpec]:
    """The fields of a tape kind whose cells need a unit: amounts, rates and ratios."""
    return [spec for spec in schema(kind) if spec.kind in UNITS]


def decide_units(
    source: UnitSource,
    *,
    saved: Mapping[str, str] | None = None,
    profile: str | None = None,
    chosen: Mapping[str, str] | None = None,
) -> dict[str, UnitReading]:
    """The unit of every mapped amount, rate and ratio, with its evidence.

    ``saved`` are the units of the originator's profile ``profile`` (evidence like any
    other: a header that now says otherwise makes the unit undecided); ``chosen`` are the
    analyst's choices, which stand whatever the evidence says.
    """
    words = _sheet_words(source)
    own: dict[str, list[Evidence]] = {}
    numbers: dict[str, np.ndarray] = {}
    judged: dict[str, int] = {}
    for spec in unit_fields(source.kind):
        column = source.columns.get(spec.name)
        if column is None or column >= source.cells.shape[1]:
            continue
        values, to_judge = _values_to_judge(spec, source, column)
        numbers[spec.name], judged[spec.name] = values, int(to_judge.sum())
        evidence = _column_evidence(spec, source, column, values, to_judge, words)
        if saved and spec.name in saved:
            evidence.append(Evidence.saying(saved[spec.name], PROFILE, problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", 'mapping profile "{profile}"'), profile=profile
            )))
        own[spec.name] = evidence
    _add_cross_field(own, numbers)
    _add_tape_convention(own)
    readings = {}
    for name, evidence in own.items():
        if not evidence and not judged[name]:
            unit = UNITS[_spec(name).kind][-1]
            evidence.append(Evidence.saying(unit, VALUES, problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "no figure depends on the unit")
            )))
        unit = (chosen or {}).get(name)
        if unit is not None:
            readings[name] = UnitReading(name, unit, tuple(evidence), chosen=True)
        else:
            readings[name] = UnitReading(name, _agreed(evidence), tuple(evidence))
    return readings


def _agreed(evidence: list[Evidence]) -> str | None:
    """The unit all the evidence points to; ``None`` when it disagrees or there is none."""
    units = {item.unit for item in evidence}
    return units.pop() if len(units) == 1 else None


def _values_to_judge(
    spec: FieldSpec, source: UnitSource, column: int
) -> tuple[np.ndarray, np.ndarray]:
    """The column's numbers as written, and which of them the column's unit applies to (not
    zero, not written with "%", not in a number format that fixes their meaning)."""
    if column not in source.numbers:
        source.numbers[column] = read_numbers(source.cells[column])
    values, _bad, percent = source.numbers[column]
    to_judge = np.isfinite(values) & (values != 0) & ~percent
    fixed = _formatted(source, PERCENT if spec.kind != "money" else THOUSANDS, column)
    if fixed is not None:
        to_judge &= ~fixed
    return values, to_judge


def _formatted(source: UnitSource, kind: str, column: int) -> np.ndarray | None:
    found = (source.formats or {}).get(kind, {}).get(column)
    return None if found is None else np.asarray(found, dtype=bool)


def _column_evidence(
    spec: FieldSpec,
    source: UnitSource,
    column: int,
    values: np.ndarray,
    to_judge: np.ndarray,
    words: list[Evidence],
) -> list[Evidence]:
    evidence: list[Evidence] = []
    header = source.headers[column]
    money = spec.kind == "money"
    formatted = _formatted(source, THOUSANDS if money else PERCENT, column)
    in_format = 0 if formatted is None else int(formatted.sum())
    written = int(to_judge.sum()) + in_format
    named = unit_from_header(header, "money" if money else "rate")
    if in_format and in_format >= _share("format") * written:
        # The header describes what Excel shows; the cells' format says what they hold.
        cells = (
            QT_TRANSLATE_NOOP("TapeProblems", "{count:,} cells shown in thousands (#,##0,)")
            if money
            else QT_TRANSLATE_NOOP("TapeProblems", "{count:,} cells in a percent format (0.00 %)")
        )
        evidence.append(Evidence.saying(
            "yen" if money else "fraction", FORMAT, problem_text(cells, count=in_format)
        ))
    else:
        if named is not None:
            evidence.append(Evidence.saying(named, HEADER, problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", 'header "{header}"'), header=header
            )))
        elif money:
            evidence += words
    reading = _plausible_reading(spec, values[to_judge])
    if reading is not None:
        evidence.append(reading)
    return evidence


def _plausible_reading(spec: FieldSpec, values: np.ndarray) -> Evidence | None:
    """The reading under which the values fall in the field's plausible range, if one does
    clearly (``plausible_share`` of them, and half as many fewer under the other)."""
    bounds = settings().get(f"plausible.{spec.name}")
    if bounds is None or not values.size:
        return None
    low, high = bounds
    shares = {unit: _share_inside(values * _factor(unit), low, high) for unit in _units(spec)}
    best = max(shares, key=shares.__getitem__)
    other = min(shares.values())
    if shares[best] < _share("plausible") or other > shares[best] / 2:
        return None
    inside = round(shares[best] * values.size)
    return Evidence.saying(best, VALUES, problem_text(
        QT_TRANSLATE_NOOP(
            "TapeProblems", "{inside:,} of {count:,} values are plausible ({range}) only as {unit}"
        ),
        inside=inside,
        count=values.size,
        range=_range_text(spec, low, high),
        unit=unit_word(best),
    ))


def _share_inside(values: np.ndarray, low: float, high: float) -> float:
    magnitude = np.abs(values)
    return float(np.mean((magnitude >= low) & (magnitude <= high)))


def _units(spec: FieldSpec) -> tuple[str, ...]:
    return UNITS[spec.kind]


def _factor(unit: str) -> float:
    return MONEY_FACTORS.get(unit, 0.01 if unit == "percent" else 1.0)


def _share(name: str) -> float:
    return float(settings()[f"{name}_share"])


def _range_text(spec: FieldSpec, low: float, high: float) -> str:
    if spec.kind == "money":
        return f"¥{low:,.0f} – ¥{high:,.0f}"
    return f"{low * 100:g} % – {high * 100:g} %"


def _sheet_words(source: UnitSource) -> list[Evidence]:
    """Unit words of the title rows and the totals row, which apply to all amounts."""
    found = []
    for number, row in enumerate(source.title_rows, start=1):
        where = problem_text(QT_TRANSLATE_NOOP("TapeProblems", "title row {number}"), number=number)
        found += _words_in(row, TITLE, where)
    if source.totals:
        where = problem_text(QT_TRANSLATE_NOOP("TapeProblems", "the totals row"))
        found += _words_in(source.totals.values(), TOTALS, where)
    unique: dict[str, Evidence] = {}
    for item in found:
        unique.setdefault(item.unit, item)
    return list(unique.values())


def _words_in(cells: Iterable[object], source: str, where: Text) -> list[Evidence]:
    table = settings()
    found = []
    for cell in cells:
        if not isinstance(cell, str):
            continue
        text = _folded(cell)
        for unit in ("thousand_yen", "yen"):
            if any(_folded(word) in text for word in table[f"title_words.{unit}"]):
                found.append(Evidence.saying(unit, source, problem_text(
                    QT_TRANSLATE_NOOP("TapeProblems", '{where} "{cell}"'),
                    where=where,
                    cell=cell.strip(),
                )))
                break
    return found


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


def _add_cross_field(own: dict[str, list[Evidence]], numbers: dict[str, np.ndarray]) -> None:
    """Evidence one amount gives another: current balance against the original balance,
    and balance / property value against the stated LTV."""
    table = settings()
    smallest = float(table["cross_field.smallest_current_share"])
    tolerance = 1.0 + float(table["cross_field.tolerance"])
    checks = [
        ("original_balance", "current_balance", 1.0, (smallest, tolerance),
         QT_TRANSLATE_NOOP("TapeProblems", "current balance ≤ original balance")),
    ]
    if {"ltv", "property_value", "current_balance"} <= numbers.keys():
        ltv_unit = _agreed(own.get("ltv", []))
        if ltv_unit is not None:
            stated = numbers["ltv"] * _factor(ltv_unit)
            checks.append(("property_value", "current_balance", stated,
                           (1 / tolerance, tolerance),
                           QT_TRANSLATE_NOOP("TapeProblems", "balance ÷ property value = LTV")))
    for first, second, expected, band, check in checks:
        if first not in numbers or second not in numbers:
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            relation = _relation(numbers[second] / numbers[first] / expected, band)
        if relation is None:
            continue
        for this, that, shift in ((first, second, -relation), (second, first, relation)):
            unit = _agreed([e for e in own[that] if e.source != CROSS_FIELD])
            implied = None if unit is None else _shifted(unit, shift)
            if implied is not None:
                detail = problem_text(
                    QT_TRANSLATE_NOOP("TapeProblems", "{check}, with {label} in {unit}"),
                    check=problem_text(check),
                    label=_label(that),
                    unit=unit_word(str(unit)),
                )
                own[this].append(Evidence.saying(implied, CROSS_FIELD, detail))


def _relation(ratios: np.ndarray, band: tuple[float, float]) -> int | None:
    """0 when the median ratio lies in ``band`` (same unit), +1 when it lies in the band
    times 1,000 (the second amount's figures are a thousand times larger: it is in yen, the
    first in thousand yen), -1 in the band divided by 1,000; ``None`` when unclear."""
    known = ratios[np.isfinite(ratios) & (ratios > 0)]
    if not known.size:
        return None
    median = float(np.median(known))
    low, high = band
    for relation, scale in ((0, 1.0), (1, 1000.0), (-1, 0.001)):
        if low * scale <= median <= high * scale:
            return relation
    return None


def _shifted(unit: str, relation: int) -> str | None:
    """The unit of a column whose figures are 1000^relation times those of one in ``unit``."""
    if relation == 0:
        return unit
    if relation == 1:  # figures a thousand times larger: the smaller unit
        return "yen" if unit == "thousand_yen" else None
    return "thousand_yen" if unit == "yen" else None


def _add_tape_convention(own: dict[str, list[Evidence]]) -> None:
    """A money column with values and no evidence of its own follows the balances' unit."""
    anchor = next((name for name in _ANCHORS if name in own and _agreed(own[name])), None)
    if anchor is None:
        return
    unit = str(_agreed(own[anchor]))
    for name, evidence in own.items():
        if not evidence and _spec(name).kind == "money" and name != anchor:
            detail = problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems", "no word or range of its own; {label} is in {unit}"
                ),
                label=_label(anchor),
                unit=unit_word(unit),
            )
            evidence.append(Evidence.saying(unit, TAPE, detail))


def _spec(name: str) -> FieldSpec:
    return field_spec(name)


def _label(name: str) -> Text:
    """A field's label as a sentence of the Pool tab's own words (context PoolFields)."""
    return Text("PoolFields", _spec(name).label)
