"""Which category cells of a sheet no spelling or value map recognises, for the value step.

Originators write codes their own way ("1"/"2"/"3" for the rate type, "F"/"V", "01" for an
employment type). Rather than failing every such row, the import lists each unrecognised
value once, with how many loans carry it, so the analyst can say once what it means and save
that in the originator's profile. Call it before ``read_tape``, which frees the sheet's cells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import numpy as np
import pandas as pd

from jcr_desk.pool.schema import schema
from jcr_desk.pool.values import category_key, cell_text, parse_categories

if TYPE_CHECKING:
    from jcr_desk.pool.mapping import ColumnMapping
    from jcr_desk.pool.reader import RawSheet

_EXCEL_ERROR: Final = re.compile(r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!)")
"""Excel error cells are broken cells, not an originator's codes: never offered for mapping."""


def unknown_category_values(
    raw: RawSheet, mapping: ColumnMapping
) -> dict[str, list[tuple[str, int]]]:
    """Field -> its distinct unrecognised values with their counts, most frequent first.

    Values that differ only in width, case or punctuation ("F", "ｆ") are one value, as one
    value-map entry covers them all; it is shown as its most frequent spelling. Fields whose
    values are all recognised are left out.
    """
    found: dict[str, list[tuple[str, int]]] = {}
    for spec in schema(mapping.kind):
        index = mapping.columns.get(spec.name)
        if spec.kind != "category" or index is None or index >= raw.cells.shape[1]:
            continue
        column = raw.cells[index]
        _codes, bad = parse_categories(column, spec, mapping.values.get(spec.name))
        if bad.any():
            counted = _counted(column.to_numpy(dtype=object)[bad])
            if counted:
                found[spec.name] = counted
    return found


def _counted(cells: np.ndarray) -> list[tuple[str, int]]:
    """Distinct values by matching key, each shown as its most frequent spelling."""
    codes, uniques = pd.factorize(cells)
    counts = np.bincount(codes, minlength=len(uniques))
    totals: dict[str, int] = {}
    shown: dict[str, str] = {}
    for position in np.argsort(-counts, kind="stable"):
        text = cell_text(uniques[position])
        if _EXCEL_ERROR.fullmatch(text):
            continue
        key = category_key(text)
        totals[key] = totals.get(key, 0) + int(counts[position])
        shown.setdefault(key, text)
    return sorted(((shown[key], total) for key, total in totals.items()), key=_most_first)


def _most_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
