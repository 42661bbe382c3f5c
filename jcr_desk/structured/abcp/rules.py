"""The ABCP figures of the rulebook (``abcp.toml``), read and checked once.

Every stress figure is given per target short-term rating and checked against the seed's
(d): a short-term multiple must be stronger than the long-term multiple of the corresponding
long-term rating (the best long-term rating the rulebook's long-to-short table maps to it), and
a higher target rating never takes a weaker stress. A broken entry is refused naming
``abcp.toml`` and the key, before any analysis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Final

from jcr_desk.methodology.rulebook import Rulebook, StressMultipliers, load_rulebook
from jcr_desk.ratings import Rating, ShortTermRating
from jcr_desk.structured.rmbs.multipliers import rulebook_multipliers
from jcr_desk.structured.rulebook_reader import Requirement, RulebookReader

FILE: Final = "abcp.toml"
TARGET_RATINGS: Final = ("J-1+", "J-1", "J-2", "J-3")
"""The short-term ratings a program is tested at, best first (scales.short_term above NJ)."""
STRESS_FORMS: Final = ("multiple", "sd")
BASE_CASE_METHODS: Final = ("mean", "recent", "trend", "highest")
CHECKLISTS: Final = ("spc", "facility", "internal")


@dataclass(frozen=True)
class CheckItem:
    """One point of a checklist, and whether the methodology or the Desk lists it."""

    key: str
    text: str
    desk_default: bool
    citation: str


@dataclass(frozen=True)
class AbcpRules:
    """The ABCP figures of one rulebook; ``abcp.toml`` says what each one means."""

    fully_supported_share: float
    spc_forms: Mapping[str, str]
    purchased_assets: Mapping[str, str]
    documents: Mapping[str, tuple[Requirement, ...]]
    checks: Mapping[str, tuple[CheckItem, ...]]
    history_min_months: int
    history_short_months: int
    base_case_method: str
    recent_months: int
    composition_flag: float
    stress_form: str
    multiples: Mapping[str, float]
    sd_multiples: Mapping[str, float]
    long_term_floor: Mapping[str, tuple[Rating, float]]
    collection_period_months: int
    commingling_basis: str
    transfer_reserve: float
    originator_cap: bool
    sponsor_liquidity_cap: bool
    reference_stress_factor: Mapping[str, float]
    reference_lookback_months: int
    reference_loss_peak_window: int
    reference_dilution_peak_window: int
    reference_loss_horizon: int
    reference_dilution_horizon: int
    version: str

    def factor(self, form: str, rating: str) -> float:
        """The Desk default multiple (``form`` "multiple") or k (``form`` "sd") at a rating."""
        table = self.multiples if form == "multiple" else self.sd_multiples
        return table[rating]


def abcp_rules(rulebook: Rulebook | None = None) -> AbcpRules:
    """The ABCP rules of ``rulebook`` (the shipped one by default)."""
    return _rules(rulebook or load_rulebook())


def corresponding_long_term(book: Rulebook, short: str) -> Rating:
    """The best long-term rating the rulebook's long-to-short table maps to ``short``."""
    mapping: Mapping[str, str] = book.value("scales.long_to_short")
    matches = [Rating(symbol) for symbol, value in mapping.items() if value == short]
    return max(r for r in matches if not r.is_event)


@cache
def _rules(book: Rulebook) -> AbcpRules:
    read = RulebookReader(book, FILE)
    multiples = _rating_table(read, book, "abcp.stress.multiple")
    sd_multiples = _rating_table(read, book, "abcp.stress.sd_multiple")
    floor = _long_term_floor(read, book, multiples)
    return AbcpRules(
        fully_supported_share=read.fraction("abcp.programs.fully_supported_share", positive=True),
        spc_forms=_labels(read, book, "abcp.programs.spc_forms"),
        purchased_assets=_labels(read, book, "abcp.programs.purchased_assets"),
        documents={
            kind: read.requirements(f"abcp.documents.{kind}")
            for kind in ("fully_supported", "internal")
        },
        checks=_checklists(read, book),
        history_min_months=read.whole("abcp.history.min_months", minimum=3),
        history_short_months=read.whole("abcp.history.short_months", minimum=3),
        base_case_method=read.choice("abcp.base_case.method", BASE_CASE_METHODS),
        recent_months=read.whole("abcp.base_case.recent_months"),
        composition_flag=read.fraction("abcp.composition.difference_flag", positive=True),
        stress_form=read.choice("abcp.stress.form", STRESS_FORMS),
        multiples=multiples,
        sd_multiples=sd_multiples,
        long_term_floor=floor,
        collection_period_months=read.whole("abcp.commingling.collection_period_months"),
        commingling_basis=read.choice("abcp.commingling.basis", ("peak",)),
        transfer_reserve=read.fraction("abcp.servicer_transfer.reserve"),
        originator_cap=read.flag("abcp.caps.originator"),
        sponsor_liquidity_cap=read.flag("abcp.caps.sponsor_liquidity"),
        reference_stress_factor=_rating_table(read, book, "abcp.reference.stress_factor"),
        reference_lookback_months=read.whole("abcp.reference.lookback_months", minimum=2),
        reference_loss_peak_window=read.whole("abcp.reference.loss_peak_window_months"),
        reference_dilution_peak_window=read.whole("abcp.reference.dilution_peak_window_months"),
        reference_loss_horizon=read.whole("abcp.reference.loss_horizon_months"),
        reference_dilution_horizon=read.whole("abcp.reference.dilution_horizon_months"),
        version=book.version,
    )


def _rating_table(read: RulebookReader, book: Rulebook, key: str) -> dict[str, float]:
    """A table giving a positive figure for exactly the target ratings, never weaker for a
    better rating."""
    value = read.value(key)
    if not isinstance(value, Mapping) or set(value) != set(TARGET_RATINGS):
        raise read.fail(key, f"expected a figure for each of {', '.join(TARGET_RATINGS)}")
    table: dict[str, float] = {}
    for symbol in TARGET_RATINGS:
        figure = value[symbol]
        if isinstance(figure, bool) or not isinstance(figure, int | float) or figure <= 0:
            raise read.fail(key, f"{symbol}: expected a number above 0, got {figure!r}")
        table[symbol] = float(figure)
    for better, worse in pairwise(TARGET_RATINGS):
        if table[better] < table[worse]:
            raise read.fail(
                key,
                f"{better} takes {table[better]:g}, less than {worse}'s {table[worse]:g}: "
                "a higher target rating must never need less",
            )
    return table


def _long_term_floor(
    read: RulebookReader, book: Rulebook, multiples: Mapping[str, float]
) -> dict[str, tuple[Rating, float]]:
    """Per target rating, its long-term rating and multiple, which the short-term multiple
    must exceed (003 No. 2 §3(2)(ii)(d))."""
    key = "abcp.stress.long_term_floor"
    column = read.choice(key, StressMultipliers._fields)
    floor: dict[str, tuple[Rating, float]] = {}
    for symbol in TARGET_RATINGS:
        ShortTermRating(symbol)  # a symbol the scales know
        long_term = corresponding_long_term(book, symbol)
        try:
            table = rulebook_multipliers(long_term, book).multipliers
        except ValueError as error:
            raise read.fail(key, f"{symbol} ({long_term}): {error}") from None
        long_multiple = float(getattr(table, _MULTIPLIER_FIELDS[column]))
        if not multiples[symbol] > long_multiple:
            raise read.fail(
                "abcp.stress.multiple",
                f"{symbol} takes {multiples[symbol]:g}, not stronger than the long-term "
                f"multiple {long_multiple:g} of {long_term} (003 No. 2 §3(2)(ii)(d): one bad "
                "month breaks timely payment, so short-term paper needs more)",
            )
        floor[symbol] = (long_term, long_multiple)
    return floor


_MULTIPLIER_FIELDS: Final = {
    "defaults_first_five_years": "first_five_years",
    "defaults_after_five_years": "after_five_years",
    "prepayment_whole_term": "prepayment",
}


def _labels(read: RulebookReader, book: Rulebook, key: str) -> dict[str, str]:
    value = read.value(key)
    if not isinstance(value, Mapping) or not value:
        raise read.fail(key, f"expected a table of name = label, got {value!r}")
    for name, label in value.items():
        if not isinstance(label, str) or not label.strip():
            raise read.fail(key, f"{name}: expected a label, got {label!r}")
    return {str(name): str(label) for name, label in value.items()}


def _checklists(read: RulebookReader, book: Rulebook) -> dict[str, tuple[CheckItem, ...]]:
    """The SPC checklist (the seed's point, then the Desk's usual points), the facility
    checks of a fully supported program and the checks of internal enhancement."""
    parts = {
        "spc": ("abcp.checks.spc", "abcp.checks.spc_usual"),
        "facility": ("abcp.checks.facility",),
        "internal": ("abcp.checks.internal",),
    }
    lists: dict[str, tuple[CheckItem, ...]] = {}
    for name, keys in parts.items():
        items: list[CheckItem] = []
        for key in keys:
            found = read.requirements(key)
            entry = book.entry(key)
            for item in found:
                items.append(
                    CheckItem(item.key, item.text, entry.is_desk_default, entry.citation)
                )
        if len({item.key for item in items}) != len(items):
            raise read.fail(keys[-1], "a check key is listed twice")
        lists[name] = tuple(items)
    return lists
