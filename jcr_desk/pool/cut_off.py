"""The tape's cut-off date, read from the title rows above its header.

Seasoning and derived remaining terms run to the cut-off; without it they would run to the
newest origination date, which understates them whenever the tape was cut later.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from jcr_desk.pool.schema import normalise
from jcr_desk.pool.settings import pool_defaults
from jcr_desk.pool.values import parse_dates

_SEPARATORS = " :：-=　"


def _labels() -> list[str]:
    return [normalise(label) for label in pool_defaults("limits.toml")["cut_off_labels"]]


def find_cut_off(title_rows: Sequence[Sequence[object]], date1904: bool = False) -> date | None:
    """The first date introduced by a cut-off label, in the same cell or the next one.

    The label must open the cell ("Cut-off date: 2026-09-30") or close it ("Pool as of" |
    date): a label inside other words (a name containing "asat") is not one.
    """
    labels = _labels()
    for row in title_rows:
        cells = [cell for cell in row if cell is not None and cell != ""]
        for position, cell in enumerate(cells):
            if not isinstance(cell, str):
                continue
            text = cell.strip()
            key = normalise(text)
            label = next((word for word in labels if key.startswith(word)), None)
            if label is None and not any(key.endswith(word) for word in labels):
                continue
            rest = _after_label(text, label) if label else ""
            candidates = [rest] if rest else []
            if position + 1 < len(cells):
                candidates.append(cells[position + 1])
            for candidate in candidates:
                found = _as_date(candidate, date1904)
                if found is not None:
                    return found
    return None


def _after_label(text: str, label: str) -> str:
    """What follows the label in the cell, separators stripped ('' when nothing does)."""
    for end in range(len(text) + 1):
        if normalise(text[:end]) == label:
            return text[end:].strip(_SEPARATORS)
    return ""


def _as_date(value: object, date1904: bool) -> date | None:
    parsed, bad = parse_dates(np.array([value], dtype=object), date1904=date1904)
    stamp = parsed[0]
    if bad[0] or stamp is None or stamp != stamp:  # unreadable or blank (NaT)
        return None
    return np.datetime64(stamp, "D").astype(date)
