"""A few cells of a column as the tape writes them and as the pool will hold them.

The mapping dialog shows three per column before anything is imported, so the analyst sees
"0.0125 → 1.250 %", "45000 → ¥45,000,000" or "令和3年4月1日 → 2021-04-01" and catches a wrong unit
or a misread date while it is still a choice in a combo box. The cells go through the very
parsers the import uses, with the column's number formats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.pool.reader import RawSheet
from jcr_desk.pool.schema import FieldSpec
from jcr_desk.pool.values import cell_text, parse_column

SAMPLE_COUNT = 3


@dataclass(frozen=True)
class Sample:
    """One cell: what it reads in the tape, and what the pool stores (``None``: unreadable)."""

    read: str
    stored: str | None


def column_samples(
    cells: pd.Series,
    spec: FieldSpec,
    unit: str | None,
    formats: Mapping[str, np.ndarray | None] | None = None,
    *,
    date1904: bool = False,
    value_map: Mapping[str, str] | None = None,
    count: int = SAMPLE_COUNT,
) -> list[Sample]:
    """The first ``count`` filled cells of a column, read as ``spec`` in ``unit``.

    ``formats`` maps a format kind to the column's mask of cells in it (as a ``RawSheet``
    holds them), so a percent-formatted 0.0125 shows as the 1.250 % it is.
    """
    values = cells.to_numpy(dtype=object)
    filled = [i for i, cell in enumerate(values) if not _blank(cell)][:count]
    if not filled:
        return []
    chosen = pd.Series(values[filled], dtype=object)
    masks = {kind: None if mask is None else np.asarray(mask)[filled]
             for kind, mask in (formats or {}).items()}
    parsed, bad = parse_column(
        chosen, spec, unit, masks, date1904=date1904, value_map=value_map
    )
    return [
        Sample(_read_text(cell), None if bad[i] else _stored_text(parsed[i], spec))
        for i, cell in enumerate(chosen)
    ]


def _blank(cell: Any) -> bool:
    if cell is None or (isinstance(cell, float) and np.isnan(cell)):
        return True
    return isinstance(cell, str) and not cell.strip()


def _read_text(cell: Any) -> str:
    if isinstance(cell, dt.datetime | pd.Timestamp):
        return cell.strftime("%Y-%m-%d") if cell == pd.Timestamp(cell).normalize() else str(cell)
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell_text(cell)


def _stored_text(value: Any, spec: FieldSpec) -> str:
    kind = spec.kind
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return ""
    if kind == "money":
        return f"¥{float(value):,.0f}"
    if kind in ("rate", "ratio"):
        return f"{float(value) * 100:.3f} %"
    if kind == "date":
        return "" if pd.isna(value) else pd.Timestamp(value).date().isoformat()
    if kind == "bool":
        return "yes" if bool(value) else "no"
    if kind in ("int", "number"):
        return f"{float(value):,g}"
    return str(value)


HEAD_ROWS = 2_000
"""Rows a dialog looks at when it weighs the evidence again for a changed mapping."""


def sheet_head(raw: RawSheet, rows: int = HEAD_ROWS) -> RawSheet:
    """The first ``rows`` loan rows of a sheet (cells, rows and formats), for quick looks."""
    formats = {
        kind: {column: mask[:rows] for column, mask in columns.items()}
        for kind, columns in raw.formats.items()
    }
    return replace(raw, cells=raw.cells.iloc[:rows], excel_rows=raw.excel_rows[:rows],
                   formats=formats)
