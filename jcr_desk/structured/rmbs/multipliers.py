"""Stress multipliers per target rating (METHODOLOGY §6, seed 002 §2(1)(b)).

The methodology tabulates AAA, A and BBB; any other target rating is interpolated on the
notch order (a Desk default the rulebook states) and labelled so wherever it is shown.
"""

from __future__ import annotations

from typing import NamedTuple

from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.rating_tables import rating_table_value

COMPONENTS = ("first_five_years", "after_five_years", "prepayment")
_RULEBOOK_FIELDS = {
    "first_five_years": "defaults_first_five_years",
    "after_five_years": "defaults_after_five_years",
    "prepayment": "prepayment_whole_term",
}


class Multipliers(NamedTuple):
    """Multiples of the base-case default rate (split at five years) and prepayment rate."""

    first_five_years: float
    after_five_years: float
    prepayment: float


class RulebookMultipliers(NamedTuple):
    multipliers: Multipliers
    interpolated: bool


def stress_multipliers(rating: Rating | str, rulebook: Rulebook | None = None) -> Multipliers:
    """``(first_five_years, after_five_years, prepayment)`` for ``rating`` from the rulebook."""
    return rulebook_multipliers(rating, rulebook).multipliers


def rulebook_multipliers(
    rating: Rating | str, rulebook: Rulebook | None = None
) -> RulebookMultipliers:
    """The rulebook's multipliers for ``rating`` and whether they were interpolated."""
    book = rulebook or load_rulebook()
    target = Rating.parse(rating)
    if target.is_event:
        raise ValueError(f"{target} is not a target rating")
    table = book.stress_multipliers_table()
    if target in table:
        row = table[target]
        return RulebookMultipliers(
            Multipliers(*(getattr(row, _RULEBOOK_FIELDS[c]) for c in COMPONENTS)), False
        )
    if not book.interpolates_stress_multipliers:
        tabulated = ", ".join(str(r) for r in table)
        raise ValueError(f"the rulebook gives multipliers for {tabulated} only, not {target}")
    values = []
    for component in COMPONENTS:
        column = {r.symbol: getattr(row, _RULEBOOK_FIELDS[component]) for r, row in table.items()}
        values.append(rating_table_value(column, target).value)
    return RulebookMultipliers(Multipliers(*values), True)
