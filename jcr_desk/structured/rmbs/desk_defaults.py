"""Which of the rulebook's Desk defaults a run depended on, so the result can name them.

A figure that depends on an assumption names it: every number the engine took from the
rulebook because the methodology leaves it open (and the deal did not state it) is listed
with its value and citation, for the whole run and per target rating.
"""

from __future__ import annotations

from collections.abc import Mapping

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.rating_tables import rating_table_value
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.settings import StressSettings

#: The Desk defaults a run can rest on, named for the analyst (context ``DeskDefaults``):
#: the window and the command line show these words; the rulebook key stays in the JSON.
DESK_DEFAULT_NAMES: Mapping[str, str] = {
    "stress.solver.tolerance": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Precision of the solved enhancement"
    ),
    "stress.default_timing_curve": QT_TRANSLATE_NOOP("DeskDefaults", "Timing of defaults"),
    "stress.apartment_dscr_bands": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Apartment loans' default rate by DSCR"
    ),
    "stress.recovery.property_decline_per_year": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Yearly decline of collateral value"
    ),
    "stress.recovery.sale_cost": QT_TRANSLATE_NOOP("DeskDefaults", "Property sale cost"),
    "stress.recovery.special_servicer_fee": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Special servicer's fee"
    ),
    "stress.recovery.rating_ratio": QT_TRANSLATE_NOOP("DeskDefaults", "Recovery ratio by rating"),
    "stress.interest_rate.ramp_months": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Months for rates to reach the stress"
    ),
    "stress.interest_rate.loan_reset_months": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Months between loan-rate reviews"
    ),
    "stress.interest_rate.basis_squeeze": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Squeeze between loan and note rates"
    ),
    "stress.interest_rate.reference_rate": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Reference rate of floating notes"
    ),
    "stress.structure.sequential_trigger": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Trigger to sequential payment"
    ),
    "stress.structure.clean_up_call_both_ways": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Clean-up call run exercised and not exercised"
    ),
    "stress.segments.uplift": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Higher default multipliers for investment condominium and apartment loans"
    ),
    "stress.segments.regions": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Higher default multipliers for concentrated regions"
    ),
    "stress.guarantee.recovery_haircut": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Haircut on recoveries from the guarantor"
    ),
    "stress.rent_guarantee.step_months": QT_TRANSLATE_NOOP(
        "DeskDefaults", "Step in which the rent guarantee is counted (months)"
    ),
}


def desk_default_name(key: str) -> Text:
    """The Desk default ``key`` names, in words (the key itself when it has no name yet)."""
    name = DESK_DEFAULT_NAMES.get(key)
    return Text.as_written("DeskDefaults", key) if name is None else Text("DeskDefaults", name)


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
