"""Which of the rulebook's Desk defaults a run depended on, so the result can name them.

A figure that depends on an assumption names it: every number the engine took from the
rulebook because the methodology leaves it open (and the deal did not state it) is listed
with its value and citation, for the whole run and per target rating.
"""

from __future__ import annotations

from collections.abc import Mapping

from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.rating_tables import rating_table_value
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.settings import StressSettings


def run_desk_defaults(
    inputs: StressInputs,
    book: Rulebook,
    *,
    apartments: bool,
    recoveries: bool,
    uplifted: tuple[str, ...] = (),
    haircut: bool = False,
) -> tuple[DeskDefault, ...]:
    """The Desk defaults the whole run rests on, in the rulebook's words."""
    deal = inputs.deal
    keys = ["stress.solver.tolerance"]
    if not inputs.assumptions.timing_curve:
        keys.append("stress.default_timing_curve")
    if apartments:
        keys.append("stress.apartment_dscr_bands")
    if recoveries:
        keys += [
            "stress.recovery.property_decline_per_year",
            "stress.recovery.sale_cost",
            "stress.recovery.special_servicer_fee",
        ]
    if not (deal.hedged or deal.loan_base_matches_notes):
        keys += [
            "stress.interest_rate.ramp_months",
            "stress.interest_rate.loan_reset_months",
            "stress.interest_rate.basis_squeeze",
        ]
        floating = any(c.coupon_type == "floating" for c in deal.classes)
        if floating and deal.reference_rate is None:
            keys.append("stress.interest_rate.reference_rate")
    if deal.payment == "pro_rata" and deal.sequential_trigger is None:
        keys.append("stress.structure.sequential_trigger")
    if deal.states_call:
        keys.append("stress.structure.clean_up_call_both_ways")
    if any(name in ("investment_condominium", "apartment") for name in uplifted):
        keys.append("stress.segments.uplift")
    if any(name.startswith("region:") for name in uplifted):
        keys.append("stress.segments.regions")
    if haircut:
        keys.append("stress.guarantee.recovery_haircut")
    if deal.rent_guarantee is not None:
        keys.append("stress.rent_guarantee.step_months")
    return tuple(_described(book, key) for key in keys)


def rating_desk_defaults(
    stress: RatingStress, rules: StressSettings, hedged: bool
) -> tuple[str, ...]:
    """The Desk defaults behind one rating's figures, each as "what (rulebook key)"."""
    rating = stress.rating
    lines = [
        f"recovery ratio {stress.rating_ratio:g}"
        f"{_interpolated(rules.recovery_rating_ratio, rating)} (stress.recovery.rating_ratio)"
    ]
    if stress.interpolated:
        lines.append(
            "multipliers interpolated on the notch order (rmbs.interpolate_stress_multipliers)"
        )
    if not hedged:
        rise = rating_table_value(rules.rate_rise, rating).value
        fall = rating_table_value(rules.rate_fall, rating).value
        lines.append(
            f"rate rise {rise:.2%}{_interpolated(rules.rate_rise, rating)}, fall {fall:.2%}"
            f"{_interpolated(rules.rate_fall, rating)} (stress.interest_rate.rate_rise, rate_fall)"
        )
    return tuple(lines)


def _interpolated(table: Mapping[str, float], rating: Rating) -> str:
    return "" if rating_table_value(table, rating).tabulated else " interpolated"


def _described(book: Rulebook, key: str) -> DeskDefault:
    entry = book.entry(key)
    return DeskDefault(key, _value_text(entry.value), entry.citation)


def _value_text(value: object) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{k} {_value_text(v)}" for k, v in value.items())
    if isinstance(value, tuple):
        return ", ".join(_value_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
