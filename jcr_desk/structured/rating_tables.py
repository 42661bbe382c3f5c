"""Values tabulated for a few target ratings, read at any rating on the notch order.

The methodology tabulates stress multipliers for AAA, A and BBB only, and the Desk's own
rating tables (recovery ratios, rate shifts) follow the same layout. A rating between two
tabulated ones takes the linear interpolation on its notch position; outside the table it
takes the nearest end value. Either way the caller learns that the value was not tabulated,
so the Desk can label it.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import NamedTuple

from jcr_desk.ratings import Rating


class TableValue(NamedTuple):
    value: float
    tabulated: bool


def rating_table_value(table: Mapping[str, float], rating: Rating | str) -> TableValue:
    """``table`` (rating symbol → number) read at ``rating``."""
    target = Rating.parse(rating)
    if target.symbol in table:
        return TableValue(float(table[target.symbol]), True)
    points = sorted((Rating.parse(symbol), float(value)) for symbol, value in table.items())
    if not points:
        raise ValueError("empty rating table")
    if target <= points[0][0]:
        return TableValue(points[0][1], False)
    if target >= points[-1][0]:
        return TableValue(points[-1][1], False)
    for (low, low_value), (high, high_value) in pairwise(points):
        if low < target < high:
            weight = target.notches_above(low) / high.notches_above(low)
            return TableValue(low_value + weight * (high_value - low_value), False)
    raise AssertionError("unreachable: target lies between two tabulated ratings")
