"""Each target rating's stress: the rulebook multipliers, the deal's adjustments, recovery.

Target ratings are taken best first; a multiplier the analyst adjusted replaces the
rulebook's for that rating and component, and the result says which ones were adjusted so
the table can show the rulebook value beside the one used.
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.rating_tables import rating_table_value
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.multipliers import Multipliers, rulebook_multipliers
from jcr_desk.structured.rmbs.settings import StressSettings


@dataclass(frozen=True)
class RatingStress:
    rating: Rating
    multipliers: Multipliers
    rulebook: Multipliers
    interpolated: bool
    adjusted: tuple[str, ...]
    rating_ratio: float


def rating_stresses(
    inputs: StressInputs, book: Rulebook, rules: StressSettings
) -> list[RatingStress]:
    """Target ratings best first, with the rulebook multipliers and the deal's adjustments."""
    ratings = sorted(
        {Rating.parse(symbol) for symbol in inputs.assumptions.target_ratings}, reverse=True
    )
    result = []
    for rating in ratings:
        table, interpolated = rulebook_multipliers(rating, book)
        values = table._asdict()
        adjusted = []
        for adjustment in inputs.assumptions.multiplier_adjustments:
            if adjustment.segment is None and Rating.parse(adjustment.rating) == rating:
                values[adjustment.component] = adjustment.value
                adjusted.append(adjustment.component)
        ratio = rating_table_value(rules.recovery_rating_ratio, rating).value
        result.append(
            RatingStress(rating, Multipliers(**values), table, interpolated, tuple(adjusted), ratio)
        )
    return result
