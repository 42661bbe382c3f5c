"""The stress engine's rulebook figures, read and checked once.

Every figure the engine needs and the methodology leaves open sits in
``resources/methodology/stress.toml`` as a Desk default (the multipliers, the deposit
insurance cap and the liquidity months stay in ``rmbs.toml``). The engine reads them through
:class:`StressSettings` so a broken rulebook fails loudly, naming the key, before any run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.rulebook_reader import DscrBand, Requirement, RulebookReader

__all__ = ["DscrBand", "Requirement", "StressSettings", "stress_settings"]


@dataclass(frozen=True)
class StressSettings:
    """The stress figures of one rulebook; see ``stress.toml`` for what each one means."""

    default_split_months: int
    default_timing_curve: tuple[float, ...]
    apartment_dscr_bands: tuple[DscrBand, ...]
    recovery_base_rate: float
    recovery_rating_ratio: Mapping[str, float]
    property_decline_per_year: float
    sale_cost: float
    special_servicer_fee: float
    recovery_lag_months: int
    rate_rise: Mapping[str, float]
    rate_fall: Mapping[str, float]
    rate_ramp_months: int
    loan_reset_months: int
    basis_squeeze: float
    reference_rate: float
    collection_period_months: int
    servicer_trigger: Rating
    trust_deposit_days: int
    clean_up_call_both_ways: bool
    sequential_trigger: float
    class_fit_tolerance: float
    solver_tolerance: float
    max_breakeven_multiple: float
    sensitivity_default_multiples: tuple[float, ...]
    sensitivity_recovery_rates: tuple[float, ...]
    sensitivity_cprs: tuple[float, ...]
    new_scenario_target_ratings: tuple[str, ...]
    guarantee_requirements: tuple[Requirement, ...]
    guarantee_recovery_haircut: float
    segment_uplift: Mapping[str, float]
    regions: Mapping[str, tuple[str, ...]]
    base_case_method: str
    rent_guarantee_step_months: int
    base_case_sd_multiple: float


def stress_settings(rulebook: Rulebook | None = None) -> StressSettings:
    """The stress settings of ``rulebook`` (the shipped one by default)."""
    return _settings(rulebook or load_rulebook())


@cache
def _settings(book: Rulebook) -> StressSettings:
    reader = RulebookReader(book, "stress.toml")
    return StressSettings(
        default_split_months=reader.whole("stress.default_split_months"),
        default_timing_curve=reader.weights("stress.default_timing_curve"),
        apartment_dscr_bands=reader.dscr_bands("stress.apartment_dscr_bands"),
        recovery_base_rate=reader.fraction("stress.recovery.base_rate"),
        recovery_rating_ratio=reader.rating_fractions("stress.recovery.rating_ratio"),
        property_decline_per_year=reader.fraction("stress.recovery.property_decline_per_year"),
        sale_cost=reader.fraction("stress.recovery.sale_cost"),
        special_servicer_fee=reader.fraction("stress.recovery.special_servicer_fee"),
        recovery_lag_months=reader.whole("stress.recovery.lag_months", minimum=0),
        rate_rise=reader.rating_fractions("stress.interest_rate.rate_rise"),
        rate_fall=reader.rating_fractions("stress.interest_rate.rate_fall"),
        rate_ramp_months=reader.whole("stress.interest_rate.ramp_months"),
        loan_reset_months=reader.whole("stress.interest_rate.loan_reset_months"),
        basis_squeeze=reader.fraction("stress.interest_rate.basis_squeeze"),
        reference_rate=reader.fraction("stress.interest_rate.reference_rate"),
        collection_period_months=reader.whole("stress.commingling.collection_period_months"),
        servicer_trigger=reader.rating("stress.commingling.servicer_trigger"),
        trust_deposit_days=reader.whole("stress.commingling.trust_deposit_days"),
        clean_up_call_both_ways=reader.flag("stress.structure.clean_up_call_both_ways"),
        sequential_trigger=reader.fraction("stress.structure.sequential_trigger"),
        class_fit_tolerance=reader.number("stress.structure.class_fit_tolerance"),
        solver_tolerance=reader.fraction("stress.solver.tolerance", positive=True),
        max_breakeven_multiple=reader.number("stress.solver.max_breakeven_multiple"),
        sensitivity_default_multiples=reader.numbers("stress.sensitivity.default_multiples"),
        sensitivity_recovery_rates=reader.fractions("stress.sensitivity.recovery_rates"),
        sensitivity_cprs=reader.fractions("stress.sensitivity.cprs"),
        new_scenario_target_ratings=reader.ratings("stress.new_scenario.target_ratings"),
        guarantee_requirements=reader.requirements("stress.guarantee.requirements"),
        guarantee_recovery_haircut=reader.fraction("stress.guarantee.recovery_haircut"),
        segment_uplift=reader.uplifts("stress.segments.uplift"),
        regions=reader.regions("stress.segments.regions"),
        base_case_method=reader.choice(
            "stress.base_case.method", ("mean", "mean_plus_sd", "trend")
        ),
        base_case_sd_multiple=reader.number("stress.base_case.sd_multiple"),
        rent_guarantee_step_months=reader.whole("stress.rent_guarantee.step_months"),
    )
