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

from jcr_desk.methodology.rulebook import Rulebook, RulebookError, load_rulebook
from jcr_desk.ratings import Rating


@dataclass(frozen=True)
class DscrBand:
    dscr_below: float
    base_default_rate: float


@dataclass(frozen=True)
class Requirement:
    """One requirement of a checklist the analyst answers (e.g. seed 002 §7(1))."""

    key: str
    text: str


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
    reader = _Reader(book)
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


class _Reader:
    """Typed access to rulebook entries; a wrong value raises naming the file and key."""

    def __init__(self, book: Rulebook) -> None:
        self._book = book

    def _value(self, key: str) -> object:
        try:
            return self._book.value(key)
        except KeyError:
            raise RulebookError(
                self._book.directory / "stress.toml", key, "required entry missing"
            ) from None

    def _fail(self, key: str, problem: str) -> RulebookError:
        return RulebookError(self._book.entry(key).file, key, problem)

    def flag(self, key: str) -> bool:
        value = self._value(key)
        if not isinstance(value, bool):
            raise self._fail(key, f"expected true or false, got {value!r}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self._value(key)
        if value not in allowed:
            raise self._fail(key, f"expected one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    def number(self, key: str) -> float:
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise self._fail(key, f"expected a number above 0, got {value!r}")
        return float(value)

    def whole(self, key: str, minimum: int = 1) -> int:
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self._fail(key, f"expected a whole number of at least {minimum}, got {value!r}")
        return value

    def fraction(self, key: str, positive: bool = False) -> float:
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self._fail(key, f"expected a fraction between 0 and 1, got {value!r}")
        if positive and value == 0:
            raise self._fail(key, "expected a fraction above 0")
        return float(value)

    def numbers(self, key: str) -> tuple[float, ...]:
        value = self._value(key)
        if not isinstance(value, tuple) or not value:
            raise self._fail(key, f"expected a list of numbers, got {value!r}")
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int | float) or item < 0:
                raise self._fail(key, f"expected numbers of at least 0, got {item!r}")
        return tuple(float(item) for item in value)

    def fractions(self, key: str) -> tuple[float, ...]:
        values = self.numbers(key)
        if any(item > 1 for item in values):
            raise self._fail(key, "expected fractions between 0 and 1")
        return values

    def weights(self, key: str) -> tuple[float, ...]:
        values = self.numbers(key)
        if sum(values) <= 0:
            raise self._fail(key, "expected weights with a positive sum")
        return values

    def rating(self, key: str) -> Rating:
        value = self._value(key)
        try:
            return Rating.parse(str(value))
        except ValueError as exc:
            raise self._fail(key, str(exc)) from None

    def ratings(self, key: str) -> tuple[str, ...]:
        """A non-empty list of distinct ratings a scenario can be tested at, as canonical text."""
        value = self._value(key)
        if not isinstance(value, tuple) or not value:
            raise self._fail(key, f"expected a list of ratings, got {value!r}")
        ratings = []
        for item in value:
            try:
                rating = Rating.parse(str(item))
            except ValueError as exc:
                raise self._fail(key, str(exc)) from None
            if rating.is_event:
                raise self._fail(key, f"{rating} marks a default event, not a target rating")
            ratings.append(str(rating))
        if len(set(ratings)) != len(ratings):
            raise self._fail(key, "a rating is listed twice")
        return tuple(ratings)

    def rating_fractions(self, key: str) -> Mapping[str, float]:
        value = self._value(key)
        if not isinstance(value, Mapping) or not value:
            raise self._fail(key, f"expected a table of rating = fraction, got {value!r}")
        for symbol, item in value.items():
            try:
                Rating.parse(symbol)
            except ValueError as exc:
                raise self._fail(key, str(exc)) from None
            if isinstance(item, bool) or not isinstance(item, int | float) or not 0 <= item <= 1:
                raise self._fail(key, f"{symbol}: expected a fraction, got {item!r}")
        return {symbol: float(item) for symbol, item in value.items()}

    def requirements(self, key: str) -> tuple[Requirement, ...]:
        value = self._value(key)
        if not isinstance(value, tuple) or not value:
            raise self._fail(key, "expected a list of {key, text} requirements")
        items = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"key", "text"}:
                raise self._fail(key, f"expected key and text, got {item!r}")
            items.append(Requirement(str(item["key"]), str(item["text"])))
        if len({item.key for item in items}) != len(items):
            raise self._fail(key, "a requirement key is listed twice")
        return tuple(items)

    def uplifts(self, key: str) -> Mapping[str, float]:
        value = self._value(key)
        if not isinstance(value, Mapping):
            raise self._fail(key, f"expected a table of segment = multiple, got {value!r}")
        for name, item in value.items():
            if isinstance(item, bool) or not isinstance(item, int | float) or item < 1:
                raise self._fail(key, f"{name}: expected a multiple of at least 1, got {item!r}")
        return {str(name): float(item) for name, item in value.items()}

    def regions(self, key: str) -> Mapping[str, tuple[str, ...]]:
        value = self._value(key)
        if not isinstance(value, Mapping) or not value:
            raise self._fail(key, f"expected a table of region = [prefectures], got {value!r}")
        seen: set[str] = set()
        for name, members in value.items():
            if not isinstance(members, tuple) or not all(isinstance(m, str) for m in members):
                raise self._fail(key, f"{name}: expected a list of prefecture names")
            if seen & set(members):
                raise self._fail(key, f"{name}: a prefecture belongs to two regions")
            seen |= set(members)
        return {str(name): tuple(members) for name, members in value.items()}

    def dscr_bands(self, key: str) -> tuple[DscrBand, ...]:
        value = self._value(key)
        if not isinstance(value, tuple) or not value:
            raise self._fail(key, "expected a list of {dscr_below, base_default_rate} bands")
        bands = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"dscr_below", "base_default_rate"}:
                raise self._fail(key, f"expected dscr_below and base_default_rate, got {item!r}")
            bands.append(DscrBand(float(item["dscr_below"]), float(item["base_default_rate"])))
        if [band.dscr_below for band in bands] != sorted(band.dscr_below for band in bands):
            raise self._fail(key, "bands must be listed by rising dscr_below")
        return tuple(bands)
