"""Column parsers for tape cells as originators write them; junk becomes a bad cell, never an error.

Each parser takes a whole column (whatever the reader found: floats, text, datetimes, None)
and returns ``(values, bad)``: the values in the canonical dtype and a numpy bool mask of the
non-blank cells that could not be read. Blank cells are missing, not bad; whether a missing
value matters is validation's call. Numbers and datetimes go through numpy in one step; text
is parsed once per distinct value and mapped back, so a 100,000-row column costs a few
milliseconds.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype, is_bool_dtype, is_datetime64_any_dtype, is_numeric_dtype

from jcr_desk.pool.cell_formats import PERCENT, THOUSANDS
from jcr_desk.pool.schema import FieldSpec, boolean_words, eras, normalise, unit_settings

Parsed = tuple[Any, np.ndarray]
Numbers = tuple[np.ndarray, np.ndarray, np.ndarray]
"""A column read as numbers: values, unreadable cells, cells written with a percent sign."""

MONEY_FACTORS: Final = {"yen": 1.0, "thousand_yen": 1000.0}
"""Yen per tape unit: a thousand-yen tape's 12,345 is ¥12,345,000."""

UNITS: Final = {
    "money": ("thousand_yen", "yen"),
    "rate": ("percent", "fraction"),
    "ratio": ("percent", "fraction"),
}
"""The units a tape may write each field kind in (the mapping dialog offers these)."""

_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?")
_NEGATIVE_MARKS = str.maketrans({"▲": "-", "△": "-", "−": "-", "‐": "-", "–": "-"})
_CURRENCY = re.compile(r"^[¥$]|円$|jpy$|yen$")
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_YMD_KANJI = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YEAR_MONTH = re.compile(r"(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月|(\d{2}))")
_ERA = re.compile(r"(\D+?)(\d{1,2}|元)[年./-](\d{1,2})[月./-](\d{1,2})日?")
_EXCEL_1900: Final = np.datetime64("1899-12-30", "D")
_EXCEL_1904: Final = np.datetime64("1904-01-01", "D")
_LOTUS_LEAP_DAY: Final = 60
"""Serial 60 is 29 February 1900, a day that never was (Lotus 1-2-3's bug, kept by Excel)."""
_LAST_SERIAL: Final = 2_958_465  # 9999-12-31
_FIRST_DAY: Final = np.datetime64("1677-09-22", "D")
_LAST_DAY: Final = np.datetime64("2262-04-11", "D")
"""The days a datetime64[ns] pool column can hold."""

# Cell classes in mixed columns.
_BLANK, _NUMERIC, _TEXT, _DATETIME, _OTHER = range(5)


def parse_numbers(cells: Iterable[Any]) -> Parsed:
    """Floats from numbers, numeric text ("1,234", "１２３，４５６", "¥5,000", "▲12", "1.25%")."""
    values, bad, percent = read_numbers(cells)
    return np.where(percent, values * 0.01, values), bad


def parse_money(
    cells: Iterable[Any],
    unit: str = "yen",
    in_yen: np.ndarray | None = None,
    numbers: Numbers | None = None,
) -> Parsed:
    """Yen amounts from a column in ``unit`` ("yen" or "thousand_yen").

    ``in_yen`` marks cells that hold yen whatever the column's unit: a number format such as
    ``#,##0,`` shows 45,000,000 as 45,000 under a "千円" header, but the cell holds yen.
    ``numbers`` is the column already read by :func:`read_numbers`, when it was.
    """
    values, bad, _ = numbers if numbers is not None else read_numbers(cells)
    factor = np.full(values.shape, MONEY_FACTORS[unit])
    if in_yen is not None:
        factor[np.asarray(in_yen, dtype=bool)] = 1.0
    with np.errstate(over="ignore"):  # a figure beyond any float stays inf: validation says so
        return values * factor, bad


def parse_rates(
    cells: Iterable[Any],
    unit: str = "fraction",
    fractions: np.ndarray | None = None,
    numbers: Numbers | None = None,
) -> Parsed:
    """Fractions (0.0125) from rates written as 1.25, 0.0125 or "1.25%".

    ``unit`` says how bare numbers are meant ("percent" or "fraction"); a cell with a percent
    sign is percent, and a cell in ``fractions`` (a percent number format: it shows 0.0125 as
    1.250 %) is a fraction, whatever the column's unit. ``numbers``: as for parse_money.
    """
    values, bad, percent = numbers if numbers is not None else read_numbers(cells)
    scale = np.where(percent | (unit == "percent"), 0.01, 1.0)
    if fractions is not None:
        scale[np.asarray(fractions, dtype=bool) & ~percent] = 1.0
    return values * scale, bad


def parse_column(
    cells: Iterable[Any],
    spec: FieldSpec,
    unit: str | None = None,
    formats: Mapping[str, np.ndarray | None] | None = None,
    *,
    date1904: bool = False,
    value_map: Mapping[str, str] | None = None,
    numbers: Numbers | None = None,
) -> Parsed:
    """A column by its field's kind: amounts and rates in ``unit`` and the cells' number
    formats (``formats``: format kind → mask of the column's cells in it)."""
    kind, found = spec.kind, formats or {}
    if kind in ("id", "text"):
        return parse_text(cells)
    if kind == "money":
        return parse_money(cells, unit or "yen", found.get(THOUSANDS), numbers)
    if kind in ("rate", "ratio"):
        return parse_rates(cells, unit or "fraction", found.get(PERCENT), numbers)
    if kind == "date":
        return parse_dates(cells, date1904)
    if kind == "month":
        return parse_months(cells, date1904)
    if kind == "category":
        return parse_categories(cells, spec, value_map or {})
    if kind == "bool":
        return parse_bools(cells, spec)
    return parse_numbers(cells)


def parse_dates(cells: Iterable[Any], date1904: bool = False) -> Parsed:
    """datetime64[ns] from real dates, Excel serials, ISO/slash/kanji text and era dates."""
    column = _series(cells)
    if is_datetime64_any_dtype(column.dtype):
        values = column.to_numpy().astype("datetime64[ns]")
        return values, np.zeros(len(column), dtype=bool)
    days = np.full(len(column), np.datetime64("NaT"), dtype="datetime64[D]")
    bad = np.zeros(len(column), dtype=bool)
    column_cells = _classify(column)
    kinds, objects = column_cells.kinds, column_cells.objects
    numeric = kinds == _NUMERIC
    if numeric.any():
        days[numeric], bad[numeric] = _serial_days(_floats(objects[numeric]), date1904)
    stamps = kinds == _DATETIME
    if stamps.any():
        days[stamps] = _datetimes(objects[stamps])
    text = kinds == _TEXT
    if text.any():
        days[text] = column_cells.map_text(text_date, "datetime64[D]")
        bad[text] = np.isnat(days[text])
    bad |= kinds == _OTHER
    outside = ~np.isnat(days) & ((days < _FIRST_DAY) | (days > _LAST_DAY))
    days[outside] = np.datetime64("NaT")
    return days.astype("datetime64[ns]"), bad | outside


def parse_months(cells: Iterable[Any], date1904: bool = False) -> Parsed:
    """The first day of the month each cell names: a date, "2024-01", "2024/1", "2024年1月",
    202401 (a month's figures are often dated by any day of it, or by none)."""
    column = _series(cells)
    days, bad = parse_dates(column, date1904)
    for position in np.flatnonzero(bad):
        month = _year_month(column.iloc[position])
        if not np.isnat(month):
            days[position], bad[position] = month, False
    months = days.astype("datetime64[M]").astype("datetime64[ns]")
    return months, bad


def _year_month(cell: Any) -> np.datetime64:
    if isinstance(cell, float | int) and not isinstance(cell, bool) and float(cell).is_integer():
        cell = str(int(cell))
    if not isinstance(cell, str):
        return np.datetime64("NaT")
    match = _YEAR_MONTH.fullmatch(unicodedata.normalize("NFKC", cell).strip())
    if match is None:
        return np.datetime64("NaT")
    year, *months = match.groups()
    month = int(next(part for part in months if part is not None))
    return _day(int(year), month, 1) if 1 <= month <= 12 else np.datetime64("NaT")


def parse_categories(
    cells: Iterable[Any], spec: FieldSpec, value_map: Mapping[str, str] | None = None
) -> Parsed:
    """A categorical of ``spec``'s codes; a value that is none of its spellings is bad.

    ``value_map`` (an originator's own codes, text as written -> code, from its mapping
    profile) is looked up before the schema's spellings, so "1" can mean fixed for one bank.
    """
    codes = list(spec.categories)
    lookup = _spellings(spec) | value_map_lookup(spec, value_map or {})
    column = _series(cells)
    column_cells = _classify(column)
    kinds, objects = column_cells.kinds, column_cells.objects
    found = np.full(len(column), -1, dtype=np.int64)
    index = {code: position for position, code in enumerate(codes)}

    def position(value: Any) -> int:
        return index.get(lookup.get(category_key(value), ""), -1)

    found[kinds == _TEXT] = column_cells.map_text(position, np.int64)
    numeric = kinds == _NUMERIC
    if numeric.any():
        found[numeric] = _by_unique(objects[numeric], position, np.int64)
    categorical = pd.Categorical.from_codes(found, categories=codes)
    return categorical, (found < 0) & (kinds != _BLANK)


def value_map_lookup(spec: FieldSpec, value_map: Mapping[str, str]) -> dict[str, str]:
    """A value map keyed the way cells are matched; ``ValueError`` for a code ``spec`` lacks.

    A map naming a code the field does not have would import loans with a category nobody
    can stratify, so it is refused with the field, the value and the codes it could name.
    """
    lookup: dict[str, str] = {}
    for raw, code in value_map.items():
        if code not in spec.categories:
            allowed = ", ".join(spec.categories) or "none: not a category field"
            raise ValueError(
                f"value map of {spec.name}: {raw!r} is mapped to {code!r}, which is not a code "
                f"of {spec.name} (codes: {allowed})"
            )
        lookup[category_key(raw)] = code
    return lookup


def parse_bools(cells: Iterable[Any], spec: FieldSpec | None = None) -> Parsed:
    """A nullable boolean array from True/False, 1/0, yes/no, 有/無 or ``spec``'s spellings."""
    column = _series(cells)
    if is_bool_dtype(column.dtype):
        return column.astype("boolean").array, np.zeros(len(column), dtype=bool)
    words = {normalise(word): flag for flag, texts in boolean_words().items() for word in texts}
    if spec is not None:
        words.update({key: code == "true" for key, code in _spellings(spec).items()})
    column_cells = _classify(column)
    kinds, objects = column_cells.kinds, column_cells.objects
    state = np.full(len(column), -1, dtype=np.int8)  # -1 unknown, 0 false, 1 true
    others = np.flatnonzero(kinds == _OTHER)
    flags = others[[isinstance(value, bool | np.bool_) for value in objects[others]]]
    state[flags] = objects[flags].astype(bool)

    def flag(value: Any) -> int:
        return {True: 1, False: 0}.get(words.get(category_key(value)), -1)

    state[kinds == _TEXT] = column_cells.map_text(flag, np.int8)
    numeric = kinds == _NUMERIC
    if numeric.any():
        state[numeric] = _by_unique(objects[numeric], flag, np.int8)
    result = pd.array(state == 1, dtype="boolean")
    result[state < 0] = pd.NA
    return result, (state < 0) & (kinds != _BLANK)


def parse_text(cells: Iterable[Any]) -> Parsed:
    """Strings for ids and names; a number such as 1001.0 reads as "1001"."""
    column = _series(cells)
    column_cells = _classify(column)
    kinds, objects = column_cells.kinds, column_cells.objects
    text = np.full(len(column), None, dtype=object)
    text[kinds == _TEXT] = column_cells.map_text(str.strip, object)
    numbers = kinds == _NUMERIC
    if numbers.any():
        text[numbers] = _by_unique(objects[numbers], cell_text, object)
    others = (kinds == _OTHER) | (kinds == _DATETIME)
    text[others] = [str(value) for value in objects[others]]
    return pd.array(text, dtype="str"), np.zeros(len(column), dtype=bool)


def unit_from_header(header: str, kind: str) -> str | None:
    """The unit a header names ("残高（千円）" -> "thousand_yen", "LTV (%)" -> "percent")."""
    text = unicodedata.normalize("NFKC", str(header or "")).casefold()
    words = unit_settings()
    for unit in UNITS[kind]:
        if any(unicodedata.normalize("NFKC", word).casefold() in text for word in words[unit]):
            return unit
    return None


def _series(cells: Iterable[Any]) -> pd.Series:
    if isinstance(cells, pd.Series):
        return cells.reset_index(drop=True)
    if isinstance(cells, np.ndarray | pd.Index | pd.api.extensions.ExtensionArray):
        return pd.Series(cells)
    return pd.Series(list(cells), dtype=object)


@dataclass(frozen=True)
class _Cells:
    """A column's cells, the class of each, and its distinct texts (each parsed only once)."""

    kinds: np.ndarray
    objects: np.ndarray
    text_codes: np.ndarray
    texts: np.ndarray

    def map_text(self, parse: Callable[[str], Any], dtype: Any) -> np.ndarray:
        """``parse`` of every text cell, called once per distinct text."""
        results = np.empty(len(self.texts), dtype=dtype)
        results[:] = [parse(text) for text in self.texts]
        return results[self.text_codes]


def _classify(column: pd.Series) -> _Cells:
    """Each cell's class, the cells as objects, and the distinct texts.

    Readers give blank cells as None, NaN or "" (calamine); once those are set aside most
    columns hold one type, which numpy/pandas check in one pass. Only mixed columns are
    classified by the type of each cell, and then per distinct type.
    """
    objects = column.to_numpy(dtype=object)
    blank = pd.isna(objects)
    blank |= objects == ""
    kinds = np.full(len(objects), _BLANK, dtype=np.int8)
    filled = ~blank
    if is_numeric_dtype(column.dtype) and not is_bool_dtype(column.dtype):
        inferred = "floating"
    else:
        inferred = infer_dtype(objects[filled], skipna=False)
    if inferred in _SIMPLE_KINDS:
        kinds[filled] = _SIMPLE_KINDS[inferred]
    else:
        types = np.frompyfunc(type, 1, 1)(objects[filled])
        codes, uniques = pd.factorize(types)
        kinds[filled] = np.array([_type_class(kind) for kind in uniques], dtype=np.int8)[codes]
    text = np.flatnonzero(kinds == _TEXT)
    codes, texts = pd.factorize(objects[text])
    spaces = np.array([not value.strip() for value in texts], dtype=bool)
    if spaces.any():
        kinds[text[spaces[codes]]] = _BLANK
        codes = codes[~spaces[codes]]
    return _Cells(kinds, objects, codes, np.asarray(texts, dtype=object))


_SIMPLE_KINDS: Final = {
    "floating": _NUMERIC,
    "integer": _NUMERIC,
    "mixed-integer-float": _NUMERIC,
    "decimal": _NUMERIC,
    "string": _TEXT,
    "datetime": _DATETIME,
    "date": _DATETIME,
    "datetime64": _DATETIME,
    "empty": _BLANK,
}


def _type_class(kind: type) -> int:
    if issubclass(kind, bool | np.bool_):
        return _OTHER
    if issubclass(kind, int | float | np.integer | np.floating):
        return _NUMERIC
    if issubclass(kind, str):
        return _TEXT
    if issubclass(kind, dt.date | np.datetime64):
        return _DATETIME
    return _OTHER


def read_numbers(cells: Iterable[Any]) -> Numbers:
    """Values, bad mask and the cells written with a percent sign (their value not yet /100):
    the numbers as written, before any unit is applied."""
    column = _series(cells)
    size = len(column)
    values = np.full(size, np.nan)
    percent = np.zeros(size, dtype=bool)
    if is_numeric_dtype(column.dtype) and not is_bool_dtype(column.dtype):
        values[:] = column.to_numpy(dtype=float, na_value=np.nan)
        bad = np.isinf(values)
        values[bad] = np.nan
        return values, bad, percent
    column_cells = _classify(column)
    kinds, objects = column_cells.kinds, column_cells.objects
    numeric = kinds == _NUMERIC
    if numeric.any():
        values[numeric] = _floats(objects[numeric])
    text = kinds == _TEXT
    if text.any():
        values[text] = column_cells.map_text(_text_number, float)
        percent[text] = column_cells.map_text(_has_percent_sign, bool)
    bad = (kinds == _OTHER) | ((kinds != _BLANK) & ~np.isfinite(values))
    values[bad] = np.nan
    return values, bad, percent


def _floats(objects: np.ndarray) -> np.ndarray:
    """Floats from number objects; an int too large for a float becomes NaN (a bad cell)."""
    try:
        return objects.astype(float)
    except OverflowError:
        return np.array([_float_or_nan(value) for value in objects], dtype=float)


def _float_or_nan(value: Any) -> float:
    try:
        return float(value)
    except OverflowError:
        return math.nan


def _has_percent_sign(text: str) -> bool:
    return unicodedata.normalize("NFKC", text).rstrip().endswith("%")


def _text_number(text: str) -> float:
    """The number a text shows, before any percent sign is applied; NaN when it shows none."""
    cleaned = unicodedata.normalize("NFKC", text).translate(_NEGATIVE_MARKS).casefold()
    cleaned = _CURRENCY.sub("", cleaned.replace(" ", "").removesuffix("%"))
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    if not any(c.isdigit() for c in cleaned) or not _NUMBER.fullmatch(cleaned):
        return math.nan
    number = float(cleaned.replace(",", ""))
    return -number if negative else number


def _by_unique(objects: np.ndarray, parse: Callable[[Any], Any], dtype: Any) -> np.ndarray:
    """Parse each distinct cell once and map the results back to every cell."""
    codes, uniques = pd.factorize(objects)
    results = np.empty(len(uniques), dtype=dtype)
    results[:] = [parse(value) for value in uniques]
    return results[codes]


def category_key(value: Any) -> str:
    """How a code cell is matched: its text with width, case, spaces and punctuation folded."""
    return normalise(cell_text(value))


def cell_text(value: Any) -> str:
    """The text a cell shows: whole floats without ".0" (Excel stores 13 as 13.0)."""
    if isinstance(value, float | np.floating) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _spellings(spec: FieldSpec) -> dict[str, str]:
    pairs = spec.categories.items()
    return {normalise(alias): code for code, aliases in pairs for alias in aliases}


def _serial_days(serials: np.ndarray, date1904: bool) -> tuple[np.ndarray, np.ndarray]:
    """Excel serial day numbers (time of day dropped), or yyyymmdd integers, to days."""
    whole = np.floor(serials)
    compact = _compact_numbers(whole)
    in_range = np.isfinite(whole) & (whole >= 0) & (whole <= _LAST_SERIAL)
    if date1904:
        offset = np.where(in_range, whole, 0).astype(np.int64)
        days = _EXCEL_1904 + offset.astype("timedelta64[D]")
    else:
        in_range &= (whole >= 1) & (whole != _LOTUS_LEAP_DAY)
        # Before the phantom leap day, serial 1 is 1900-01-01: one day later than the formula.
        offset = np.where(in_range, whole + (whole < _LOTUS_LEAP_DAY), 0).astype(np.int64)
        days = _EXCEL_1900 + offset.astype("timedelta64[D]")
    days = np.where(in_range, days, compact)
    return days, np.isnat(days)


def _compact_numbers(whole: np.ndarray) -> np.ndarray:
    """yyyymmdd written as a number (20200401), as many bank systems export dates."""
    days = np.full(whole.size, np.datetime64("NaT"), dtype="datetime64[D]")
    candidate = np.isfinite(whole) & (whole >= 1000_01_01) & (whole <= 9999_12_31)
    if candidate.any():
        days[candidate] = _by_unique(
            whole[candidate].astype(np.int64).astype(str), text_date, "datetime64[D]"
        )
    return days


def _datetimes(objects: np.ndarray) -> np.ndarray:
    """Days of date/datetime/Timestamp cells (time of day dropped), converted once per date."""
    return _by_unique(objects, _day_or_nat, "datetime64[D]")


def _day_or_nat(value: Any) -> np.datetime64:
    try:
        return np.datetime64(value, "D")
    except (TypeError, ValueError, OverflowError):
        return np.datetime64("NaT")


def text_date(text: str) -> np.datetime64:
    """The day a text writes as a date (ISO, slash, kanji, yyyymmdd or era), else NaT."""
    cleaned = unicodedata.normalize("NFKC", text).strip().casefold()
    for pattern in (_YMD, _YMD_KANJI, _COMPACT):
        match = pattern.fullmatch(cleaned)
        if match:
            return _day(*(int(part) for part in match.groups()[:3]))
    match = _ERA.fullmatch(cleaned.replace(" ", ""))
    if match:
        era_name, year, month, day = match.groups()
        start = _era_start(era_name)
        number = 1 if year == "元" else int(year)
        if start is not None and number >= 1:
            return _day(start + number - 1, int(month), int(day))
    return np.datetime64("NaT")


def _era_start(name: str) -> int | None:
    """First Gregorian year of the era written as 令和, R or r (None for anything else)."""
    for era in eras():
        if name in (era.name, era.letter.casefold()):
            return era.start.year
    return None


def _day(year: int, month: int, day: int) -> np.datetime64:
    try:
        return np.datetime64(dt.date(year, month, day), "D")
    except ValueError:
        return np.datetime64("NaT")
