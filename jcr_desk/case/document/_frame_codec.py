"""Loan DataFrames as plain SQL tables, with a per-column dtype description beside them.

The rows are stored as ordinary SQL values (numbers, ISO dates, text), so a case file stays
readable with any SQLite tool; the description (JSON) records what pandas needs to rebuild
each column exactly: dtype, datetime unit and zone, string storage, categories and order,
nullability. Nothing is pickled: case files are mailed around and must never run code.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype, pandas_dtype

from jcr_desk.case.document.errors import UnsupportedColumnError

Description = dict[str, Any]
SqlValues = list[Any]


_MASKED_ARRAYS = (pd.arrays.IntegerArray, pd.arrays.FloatingArray, pd.arrays.BooleanArray)
ROW_COLUMN = "_row"


@dataclass(frozen=True)
class ColumnRecord:
    """One column of a stored frame: its pandas label (JSON), SQL name and dtype description."""

    label_json: str
    sql_name: str
    description: Description


def describe(values: pd.Series) -> Description:
    """The description that lets ``decode`` rebuild a column of this dtype exactly."""
    dtype = values.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        categories = pd.Series(dtype.categories)
        category_description = describe(categories)
        return {
            "kind": "category",
            "ordered": bool(dtype.ordered),
            "categories": category_description,
            "category_values": encode(categories, category_description),
        }
    if isinstance(dtype, pd.StringDtype):
        return {
            "kind": "string",
            "storage": dtype.storage,
            "na": "nan" if dtype.na_value is np.nan else "NA",
        }
    if isinstance(dtype, pd.DatetimeTZDtype):
        return {"kind": "datetime", "dtype": str(dtype), "unit": dtype.unit}
    if isinstance(dtype, pd.api.extensions.ExtensionDtype):
        if issubclass(dtype.construct_array_type(), _MASKED_ARRAYS):
            return {"kind": "masked", "dtype": str(dtype)}
        raise UnsupportedColumnError(f"data of type {dtype}")
    if dtype.kind == "M":
        return {"kind": "datetime", "dtype": str(dtype), "unit": np.datetime_data(dtype)[0]}
    kinds = {"f": "float", "i": "int", "u": "int", "b": "bool", "m": "timedelta", "O": "object"}
    if dtype.kind not in kinds:
        raise UnsupportedColumnError(f"data of type {dtype}")
    return {"kind": kinds[dtype.kind], "dtype": str(dtype)}


def sql_type(description: Description) -> str:
    """The declared SQL type; it also gives SQLite the right affinity for the values."""
    kind = description["kind"]
    if kind == "category":
        return sql_type(description["categories"])
    if kind == "masked":
        numpy_kind = pandas_dtype(description["dtype"]).numpy_dtype.kind
        return "REAL" if numpy_kind == "f" else "INTEGER"
    return {
        "float": "REAL",
        "int": "INTEGER",
        "bool": "INTEGER",
        "timedelta": "INTEGER",
        "datetime": "TEXT",
        "string": "TEXT",
        "object": "TEXT",
    }[kind]


def encode(values: pd.Series, description: Description) -> SqlValues:
    """Column values as Python scalars SQLite can bind; missing values become NULL."""
    kind = description["kind"]
    if kind == "category":
        encoded_categories = description["category_values"]
        codes = values.cat.codes.to_numpy().tolist()
        return [encoded_categories[code] if code >= 0 else None for code in codes]
    if kind in ("float", "int", "bool"):
        return values.to_numpy().tolist()  # NaN binds as NULL in SQLite
    if kind == "string":
        return values.to_numpy(dtype=object, na_value=None).tolist()
    if kind == "masked":
        numpy_dtype = values.dtype.numpy_dtype
        filled = values.to_numpy(dtype=numpy_dtype, na_value=numpy_dtype.type(0))
        return _with_nulls(filled.tolist(), values.isna().to_numpy())
    if kind == "timedelta":
        return _with_nulls(values.to_numpy().view("int64").tolist(), values.isna().to_numpy())
    if kind == "datetime":
        naive = values.dt.tz_convert(None) if values.dt.tz is not None else values
        text = np.datetime_as_string(naive.to_numpy(), unit="auto").tolist()
        return _with_nulls(text, values.isna().to_numpy())
    return [_json_cell(cell) for cell in values.tolist()]


def decode(values: Sequence[Any], description: Description) -> Any:
    """Rebuild an array of the described dtype from the stored SQL values."""
    kind = description["kind"]
    if kind == "category":
        categories = pd.Index(decode(description["category_values"], description["categories"]))
        stored = pd.Index(description["category_values"], dtype=object)
        codes = stored.get_indexer(pd.Index(values, dtype=object))  # a None cell is -1
        unknown = (codes < 0) & pd.notna(np.asarray(values, dtype=object))
        if unknown.any():
            raise KeyError(values[int(np.flatnonzero(unknown)[0])])
        return pd.Categorical.from_codes(codes, categories, ordered=description["ordered"])
    if kind == "string":
        na_value = np.nan if description["na"] == "nan" else pd.NA
        dtype = pd.StringDtype(description["storage"], na_value=na_value)
        return pd.array(_require(values, str, nullable=True), dtype=dtype)
    if kind == "object":
        # A Series of explicit object dtype: other constructors turn None into NaN.
        return pd.Series(
            [None if cell is None else json.loads(cell) for cell in values], dtype=object
        )
    dtype = pandas_dtype(description["dtype"])
    if kind == "float":
        return np.array(_require(values, float, nullable=True), dtype=np.float64).astype(dtype)
    if kind in ("int", "bool"):
        return np.array(_require(values, int, nullable=False), dtype=dtype)
    if kind == "masked":
        filled, mask = _split_nulls(values, fill=0)
        array_type = dtype.construct_array_type()
        return array_type(np.array(filled, dtype=dtype.numpy_dtype), mask)
    if kind == "timedelta":
        filled, mask = _split_nulls(_require(values, int, nullable=True), fill=0)
        result = np.array(filled, dtype=np.int64).view(dtype)
        result[mask] = np.timedelta64("NaT")
        return result
    if kind == "datetime":
        unit = description["unit"]
        # pandas parses ISO text in C and reads empty cells as NaT (numpy's parser is slow
        # on a column of mostly empty cells).
        parsed = pd.to_datetime(
            pd.Series(_require(values, str, nullable=True), dtype=object), format="ISO8601"
        )
        naive = parsed.to_numpy(dtype=f"datetime64[{unit}]")
        if isinstance(dtype, pd.DatetimeTZDtype):
            return pd.DatetimeIndex(naive).tz_localize("UTC").tz_convert(dtype.tz).array
        return naive
    raise ValueError(f"unknown column kind {kind!r}")


def _with_nulls(values: list[Any], mask: np.ndarray) -> list[Any]:
    for position in np.flatnonzero(mask).tolist():
        values[position] = None
    return values


def _split_nulls(values: Sequence[Any], fill: Any) -> tuple[list[Any], np.ndarray]:
    mask = np.fromiter((value is None for value in values), dtype=bool, count=len(values))
    if mask.any():
        return [fill if value is None else value for value in values], mask
    return list(values), mask


#: What pandas' C-level type inference reports for cells that all have the promised type.
_INFERRED = {
    int: {"integer"},
    float: {"floating", "integer", "mixed-integer-float"},
    str: {"string"},
}


def _require(values: Sequence[Any], kind: type, *, nullable: bool) -> Sequence[Any]:
    """Check stored cells have the SQL type the description promises (damaged files)."""
    if infer_dtype(values, skipna=nullable) in _INFERRED[kind]:
        return values  # the common case, checked in C; the loop below names what is wrong
    allowed = {kind, int} if kind is float else {kind}
    if nullable:
        allowed.add(type(None))
    found = set(map(type, values)) - allowed
    if found:
        shown = sorted("empty cells" if t is type(None) else f"{t.__name__} values" for t in found)
        raise ValueError(f"holds {' and '.join(shown)} where {kind.__name__} values belong")
    return values


def _json_cell(cell: Any) -> str:
    """Cells of a mixed (object) column keep their Python type as JSON text."""
    if isinstance(cell, np.generic):
        cell = cell.item()
    if cell is not None and not isinstance(cell, str | int | float | bool):
        raise UnsupportedColumnError(f"a value of type {type(cell).__name__} ({cell!r})")
    return json.dumps(cell, ensure_ascii=False)


def write_frame(conn: sqlite3.Connection, table: str, frame: pd.DataFrame) -> list[ColumnRecord]:
    """Store the frame's rows in a new ``table``; returns the record of each column."""
    records: list[ColumnRecord] = []
    columns: list[SqlValues] = []
    names = _sql_names(frame.columns)
    for position, (label, name) in enumerate(zip(frame.columns, names, strict=True)):
        series = frame.iloc[:, position]
        try:
            description = describe(series)
            columns.append(encode(series, description))
        except UnsupportedColumnError as exc:
            raise UnsupportedColumnError(f"column {label!r} holds {exc}") from None
        records.append(ColumnRecord(_label_json(label), name, description))
    declared = "".join(f", {_quote(r.sql_name)} {sql_type(r.description)}" for r in records)
    conn.execute(
        f"CREATE TABLE {_quote(table)} ({_quote(ROW_COLUMN)} INTEGER PRIMARY KEY{declared})"
    )
    placeholders = ", ".join("?" * (len(records) + 1))
    conn.executemany(
        f"INSERT INTO {_quote(table)} VALUES ({placeholders})",
        zip(range(len(frame)), *columns, strict=True),
    )
    return records


def read_frame(conn: sqlite3.Connection, table: str, records: list[ColumnRecord]) -> pd.DataFrame:
    """Rebuild the frame ``write_frame`` stored, with its column order and dtypes."""
    selected = "".join(f", {_quote(r.sql_name)}" for r in records)
    rows = conn.execute(
        f"SELECT {_quote(ROW_COLUMN)}{selected} FROM {_quote(table)} ORDER BY {_quote(ROW_COLUMN)}"
    ).fetchall()
    # One C-level pass turns the rows into columns (zip(*rows) costs several times more).
    table_cells = np.array(rows, dtype=object).reshape(len(rows), len(records) + 1)
    cells = [table_cells[:, position] for position in range(len(records) + 1)]
    if not np.array_equal(cells[0], np.arange(len(rows))):
        raise ValueError("has missing or extra rows")
    data = {}
    for position, record in enumerate(records):
        try:
            data[position] = decode(cells[position + 1], record.description)
        except (ValueError, TypeError, KeyError) as exc:
            raise ValueError(f"column {record.sql_name!r} {exc}") from None
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    if records:  # without columns, keep pandas' own empty column index
        frame.columns = pd.Index([json.loads(r.label_json) for r in records])
    return frame


def _label_json(label: Any) -> str:
    if isinstance(label, np.generic):
        label = label.item()
    if not isinstance(label, str | int) or isinstance(label, bool):
        raise UnsupportedColumnError(f"a column label {label!r} that is neither text nor a number")
    return json.dumps(label, ensure_ascii=False)


def _sql_names(labels: pd.Index) -> list[str]:
    """Readable SQL column names; SQLite compares names case-insensitively, so dedupe so."""
    used = {ROW_COLUMN.lower()}
    names = []
    for label in labels:
        base = str(label).strip() or "column"
        name, suffix = base, 2
        while name.lower() in used:
            name, suffix = f"{base}_{suffix}", suffix + 1
        used.add(name.lower())
        names.append(name)
    return names


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
