"""The rulebook: every number the methodology gives or the Desk assumes, with its citation.

The rule engines take their numbers from here and never from literals, so an analyst can see
where each one comes from and a new rulebook version changes them without code changes.

Layout (``resources/methodology/``): a manifest ``rulebook.toml`` holding ``version``,
``title``, ``date`` and ``files``, and one TOML file per topic. Every entry is a table::

    [deposit_insurance_cap]
    value = 10_000_000
    source = "methodology"          # or "desk_default"
    citation = "002 §5"             # "seed section"; Desk defaults say "Desk default"
    note = "..."                    # optional

An entry's key is its file's stem plus its table path: ``rmbs.liquidity_reserve_months.fixed_rate``
is the table ``[liquidity_reserve_months.fixed_rate]`` of ``rmbs.toml``. Keys the application
requires (``REQUIRED_KEYS``; a rulebook may hold more):

- ``scales.long_term``, ``scales.event_symbols``, ``scales.notching_floor``,
  ``scales.short_term``, ``scales.outlooks``, ``scales.credit_monitor_directions``: the scales,
  which must match what ``jcr_desk.ratings`` computes with;
- ``scales.long_to_short``: long-term symbol → short-term symbol;
- ``rmbs.stress_multipliers``: rating → ``defaults_first_five_years``,
  ``defaults_after_five_years``, ``prepayment_whole_term``;
- ``rmbs.interpolate_stress_multipliers``: whether untabulated ratings are interpolated on the
  notch order;
- ``rmbs.deposit_insurance_cap`` (yen), ``rmbs.liquidity_reserve_months.fixed_rate``,
  ``rmbs.liquidity_reserve_months.floating_rate``;
- ``groups.importance_notches``: importance → notches below GCW, most important first;
- ``groups.bottom_up_uplift_range`` ([lowest, highest] notches),
  ``groups.bottom_up_uplift_proposal``;
- ``groups.double_leverage_high``: the ratio from which double leverage counts as high;
- ``groups.financial_holding.*``, ``groups.group_company.*``, ``groups.industrial_holding.*``,
  ``groups.holding_issue.*``: the notch counts and rating thresholds of the group rules;
- ``ceilings.ceiling_above_sovereign_fc`` ([lowest, highest] notches),
  ``ceilings.hard_currency_ceiling_binding``, ``ceilings.transfer_risk_mitigants``
  (name → label).
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TypeGuard

from jcr_desk.paths import resources_dir
from jcr_desk.ratings import Rating, ShortTermRating, scale_definition

MANIFEST = "rulebook.toml"
SOURCES = ("methodology", "desk_default")
_ENTRY_FIELDS = {"value", "source", "citation", "note"}


class RulebookError(Exception):
    """A rulebook file is unreadable or breaks the application's expectations."""

    def __init__(self, file: Path, key: str | None, problem: str) -> None:
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}: {key}" if key else str(file)
        super().__init__(f"{where}: {problem}")


class StressMultipliers(NamedTuple):
    """Multiples of the base case for one target rating (002 §2(1)(b))."""

    defaults_first_five_years: float
    defaults_after_five_years: float
    prepayment_whole_term: float


@dataclass(frozen=True)
class RuleEntry:
    """One number or table of the rulebook, with where it comes from."""

    key: str
    value: Any  # as TOML gives it: text, number, flag, date, tuple or read-only table
    source: str
    citation: str
    note: str
    file: Path

    @property
    def is_desk_default(self) -> bool:
        """Shown to the analyst as "Desk default, not methodology"."""
        return self.source == "desk_default"


# --- value checks: each returns the problem in words, or None -------------------------------

Check = Callable[[object], str | None]


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _text(value: object) -> str | None:
    return None if isinstance(value, str) and value.strip() else f"expected text, got {value!r}"


def _flag(value: object) -> str | None:
    return None if isinstance(value, bool) else f"expected true or false, got {value!r}"


def _date(value: object) -> str | None:
    ok = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return None if ok else f"expected a date (YYYY-MM-DD), got {value!r}"


def _symbols(value: object) -> str | None:
    if not isinstance(value, list) or not value or not all(isinstance(s, str) for s in value):
        return f"expected a non-empty list of symbols, got {value!r}"
    return None if len(set(value)) == len(value) else f"a symbol appears twice in {value!r}"


def _file_names(value: object) -> str | None:
    if _symbols(value) or not isinstance(value, list):
        return f"expected a non-empty list of distinct file names, got {value!r}"
    for name in value:
        if Path(name).name != name or not name.endswith(".toml") or name == MANIFEST:
            return f"{name!r} is not the name of a topic .toml file in the rulebook folder"
    return None


def _positive_int(value: object) -> str | None:
    if _is_int(value) and value > 0:
        return None
    return f"expected a whole number greater than 0, got {value!r}"


def _positive_number(value: object) -> str | None:
    if _is_number(value) and value > 0:
        return None
    return f"expected a number greater than 0, got {value!r}"


def _symbol_map(value: object) -> str | None:
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return None
    return f"expected a table of symbol = symbol, got {value!r}"


def _notch_table(value: object) -> str | None:
    if isinstance(value, dict) and value and all(_is_int(v) and v >= 0 for v in value.values()):
        return None
    return f"expected a table of name = whole number of notches (0 or more), got {value!r}"


def _notch_range(value: object) -> str | None:
    pair = isinstance(value, list) and len(value) == 2 and all(_is_int(v) for v in value)
    if pair and 0 <= value[0] <= value[1]:
        return None
    return f"expected [lowest, highest] notches with 0 <= lowest <= highest, got {value!r}"


def _notchable_rating(value: object) -> str | None:
    ratings = scale_definition()
    if isinstance(value, str) and value in ratings.long_term and value not in ratings.event_symbols:
        return None
    return f"expected a long-term rating on the notch scale, got {value!r}"


def _label_table(value: object) -> str | None:
    if isinstance(value, dict) and value and all(_text(v) is None for v in value.values()):
        return None
    return f"expected a table of name = label text, got {value!r}"


def _multiplier_table(value: object) -> str | None:
    if not isinstance(value, dict) or not value:
        return f"expected a table of rating = {{multipliers}}, got {value!r}"
    expected = set(StressMultipliers._fields)
    for rating, row in value.items():
        if not isinstance(row, dict) or set(row) != expected:
            return f"{rating}: expected exactly the fields {', '.join(StressMultipliers._fields)}"
        for name, multiplier in row.items():
            if not _is_number(multiplier):
                return f"{rating}.{name}: expected a number, got {multiplier!r}"
            if multiplier <= 0:
                return f"{rating}.{name}: a multiplier must be greater than 0, got {multiplier!r}"
    return None


_MANIFEST_FIELDS: dict[str, Check] = {
    "version": _text,
    "title": _text,
    "date": _date,
    "files": _file_names,
}

REQUIRED_KEYS: Mapping[str, Check] = MappingProxyType(
    {
        "scales.long_term": _symbols,
        "scales.event_symbols": _symbols,
        "scales.notching_floor": _text,
        "scales.short_term": _symbols,
        "scales.outlooks": _symbols,
        "scales.credit_monitor_directions": _symbols,
        "scales.long_to_short": _symbol_map,
        "rmbs.stress_multipliers": _multiplier_table,
        "rmbs.interpolate_stress_multipliers": _flag,
        "rmbs.deposit_insurance_cap": _positive_int,
        "rmbs.liquidity_reserve_months.fixed_rate": _positive_int,
        "rmbs.liquidity_reserve_months.floating_rate": _positive_int,
        "groups.importance_notches": _notch_table,
        "groups.bottom_up_uplift_range": _notch_range,
        "groups.bottom_up_uplift_proposal": _positive_int,
        "groups.double_leverage_high": _positive_number,
        "groups.financial_holding.weak_control_min_notches": _positive_int,
        "groups.financial_holding.resolution_notches": _positive_int,
        "groups.financial_holding.cash_flow_notches": _positive_int,
        "groups.financial_holding.high_gcw_from": _notchable_rating,
        "groups.financial_holding.restricted_support_min_notches": _positive_int,
        "groups.group_company.widening_gap": _positive_int,
        "groups.group_company.widening_notches": _positive_int,
        "groups.group_company.widening_notches_low_gcw": _positive_int,
        "groups.group_company.low_gcw_up_to": _notchable_rating,
        "groups.group_company.integration_notches": _notch_table,
        "groups.industrial_holding.cash_flow_notches": _positive_int,
        "groups.holding_issue.subordination_notches": _positive_int,
        "groups.holding_issue.low_group_rating_up_to": _notchable_rating,
        "ceilings.ceiling_above_sovereign_fc": _notch_range,
        "ceilings.hard_currency_ceiling_binding": _flag,
        "ceilings.transfer_risk_mitigants": _label_table,
    }
)


# --- the rulebook ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Rulebook:
    """A validated rulebook; values are read-only (tuples and mapping proxies)."""

    version: str
    title: str
    date: datetime.date
    directory: Path
    entries: Mapping[str, RuleEntry]

    def entry(self, key: str) -> RuleEntry:
        try:
            return self.entries[key]
        except KeyError:
            raise KeyError(f"rulebook {self.version} has no entry {key!r}") from None

    def value(self, key: str) -> Any:
        return self.entry(key).value

    def stress_multipliers_table(self) -> dict[Rating, StressMultipliers]:
        """The tabulated target ratings, best first (see ``interpolates_stress_multipliers``)."""
        table = self.value("rmbs.stress_multipliers")
        rows = {Rating(symbol): StressMultipliers(**row) for symbol, row in table.items()}
        return dict(sorted(rows.items(), reverse=True))

    @property
    def interpolates_stress_multipliers(self) -> bool:
        return self.value("rmbs.interpolate_stress_multipliers")

    def short_term_for(self, rating: Rating) -> ShortTermRating:
        """The short-term rating proposed alongside a long-term one."""
        return ShortTermRating(self.value("scales.long_to_short")[rating.symbol])

    def importance_levels(self) -> tuple[str, ...]:
        """Importance grades of a group company, most important first."""
        return tuple(self.value("groups.importance_notches"))

    def importance_notches(self, importance: str) -> int:
        """Notches below group creditworthiness for a top-down group company."""
        table = self.value("groups.importance_notches")
        if importance not in table:
            raise ValueError(
                f"unknown importance {importance!r} (expected one of {self.importance_levels()})"
            )
        return table[importance]

    @property
    def bottom_up_uplift_range(self) -> tuple[int, int]:
        return self.value("groups.bottom_up_uplift_range")

    @property
    def bottom_up_uplift_proposal(self) -> int:
        return self.value("groups.bottom_up_uplift_proposal")

    @property
    def deposit_insurance_cap(self) -> int:
        return self.value("rmbs.deposit_insurance_cap")

    def liquidity_reserve_months(self, floating: bool) -> int:
        """Months of senior payments held in cash, by the notes' rate type."""
        rate_type = "floating_rate" if floating else "fixed_rate"
        return self.value(f"rmbs.liquidity_reserve_months.{rate_type}")

    @property
    def double_leverage_high(self) -> float:
        return float(self.value("groups.double_leverage_high"))

    def notches(self, key: str) -> int:
        """A whole number of notches, e.g. ``groups.financial_holding.resolution_notches``."""
        return int(self.value(key))

    def rating(self, key: str) -> Rating:
        """A rating threshold, e.g. ``groups.financial_holding.high_gcw_from``."""
        return Rating(self.value(key))

    def integration_notches(self, integration: str) -> int:
        """Notches below group creditworthiness for a company joined by management integration."""
        table = self.value("groups.group_company.integration_notches")
        if integration not in table:
            raise ValueError(
                f"unknown integration {integration!r} (expected one of {tuple(table)} or None)"
            )
        return table[integration]

    @property
    def ceiling_above_sovereign_fc(self) -> tuple[int, int]:
        return self.value("ceilings.ceiling_above_sovereign_fc")

    @property
    def hard_currency_ceiling_binding(self) -> bool:
        return self.value("ceilings.hard_currency_ceiling_binding")

    @property
    def transfer_risk_mitigants(self) -> Mapping[str, str]:
        """Structural measures against transfer risk: name → label shown to the analyst."""
        return self.value("ceilings.transfer_risk_mitigants")


def load_rulebook(directory: Path | None = None) -> Rulebook:
    """Load and validate a rulebook folder; the shipped one is read once and cached."""
    if directory is None:
        return _shipped_rulebook()
    return _read_rulebook(Path(directory))


@cache
def _shipped_rulebook() -> Rulebook:
    return _read_rulebook(resources_dir() / "methodology")


# --- reading and validation -----------------------------------------------------------------


def _read_rulebook(directory: Path) -> Rulebook:
    manifest_path = directory / MANIFEST
    manifest = _read_toml(manifest_path)
    for name, check in _MANIFEST_FIELDS.items():
        _check(manifest_path, name, manifest.get(name), check)
    entries: dict[str, RuleEntry] = {}
    for name in manifest["files"]:
        path = directory / name
        if not path.is_file():
            raise RulebookError(
                manifest_path, "files", f"lists {name!r}, which is not in {directory}"
            )
        for entry in _entries(path, Path(name).stem, _read_toml(path)):
            entries[entry.key] = entry
    for key, check in REQUIRED_KEYS.items():
        if key not in entries:
            file = directory / f"{key.split('.')[0]}.toml"
            raise RulebookError(file, key, "required entry missing")
        _check(entries[key].file, key, entries[key].value, check)
    for consistency_check in _CONSISTENCY_CHECKS:
        consistency_check(entries)
    return Rulebook(
        version=manifest["version"],
        title=manifest["title"],
        date=manifest["date"],
        directory=directory,
        entries=MappingProxyType({key: _frozen_entry(entry) for key, entry in entries.items()}),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise RulebookError(path, None, "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise RulebookError(path, None, f"TOML syntax error: {exc}") from None


def _check(file: Path, key: str, value: object, check: Check) -> None:
    if value is None:
        raise RulebookError(file, key, "required entry missing")
    problem = check(value)
    if problem:
        raise RulebookError(file, key, problem)


def _entries(path: Path, prefix: str, table: Mapping[str, object]) -> Iterator[RuleEntry]:
    """Walk nested tables down to the entries (tables holding any entry field)."""
    for name, item in table.items():
        key = f"{prefix}.{name}"
        if not isinstance(item, dict):
            raise RulebookError(
                path, key, "expected an entry table (value, source, citation, note)"
            )
        if _ENTRY_FIELDS.isdisjoint(item):
            yield from _entries(path, key, item)
        else:
            yield _entry(path, key, item)


def _entry(path: Path, key: str, item: Mapping[str, Any]) -> RuleEntry:
    unknown = set(item) - _ENTRY_FIELDS
    if unknown:
        raise RulebookError(path, key, f"unknown entry field(s) {sorted(unknown)}")
    if "value" not in item:
        raise RulebookError(path, key, "entry has no value")
    source = item.get("source")
    if source not in SOURCES:
        raise RulebookError(path, key, f"source must be one of {SOURCES}, got {source!r}")
    citation = item.get("citation")
    if _text(citation):
        raise RulebookError(path, key, f"entry has no citation (got {citation!r})")
    note = item.get("note", "")
    if not isinstance(note, str):
        raise RulebookError(path, key, f"note must be text, got {note!r}")
    return RuleEntry(key, item["value"], source, citation, note, path)


def _frozen(value: object) -> object:
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({name: _frozen(item) for name, item in value.items()})
    return value


def _frozen_entry(entry: RuleEntry) -> RuleEntry:
    return RuleEntry(
        entry.key, _frozen(entry.value), entry.source, entry.citation, entry.note, entry.file
    )


# --- checks across entries, run once every value has the right type --------------------------


def _fail(entry: RuleEntry, problem: str) -> RulebookError:
    return RulebookError(entry.file, entry.key, problem)


def _scales_match_ratings(entries: Mapping[str, RuleEntry]) -> None:
    """The rulebook's scales must be the ones the notch arithmetic of ``jcr_desk.ratings`` uses."""
    application = scale_definition()
    for field in fields(application):
        entry = entries[f"scales.{field.name}"]
        expected = getattr(application, field.name)
        found = entry.value if isinstance(entry.value, str) else tuple(entry.value)
        if found != expected:
            raise _fail(entry, f"expected {expected!r} (the application's scale), got {found!r}")


def _long_to_short_complete(entries: Mapping[str, RuleEntry]) -> None:
    entry = entries["scales.long_to_short"]
    mapping: Mapping[str, str] = entry.value
    for symbol in mapping:
        if symbol not in entries["scales.long_term"].value:
            raise _fail(entry, f"{symbol!r} is not a long-term rating symbol")
    for symbol, short in mapping.items():
        if short not in entries["scales.short_term"].value:
            raise _fail(entry, f"{symbol} maps to {short!r}, which is not a short-term symbol")
    previous: ShortTermRating | None = None
    for rating in Rating.scale():
        if rating.symbol not in mapping:
            raise _fail(entry, f"no short-term rating given for {rating.symbol!r}")
        short = ShortTermRating(mapping[rating.symbol])
        if previous is not None and short > previous:
            raise _fail(entry, f"{rating.symbol} maps to {short}, better than a better rating gets")
        previous = short


def _multiplier_ratings_notchable(entries: Mapping[str, RuleEntry]) -> None:
    entry = entries["rmbs.stress_multipliers"]
    for symbol in entry.value:
        if symbol not in entries["scales.long_term"].value or Rating(symbol).is_event:
            raise _fail(entry, f"{symbol!r} is not a target rating on the notch scale")


def _uplift_proposal_in_range(entries: Mapping[str, RuleEntry]) -> None:
    entry = entries["groups.bottom_up_uplift_proposal"]
    lowest, highest = entries["groups.bottom_up_uplift_range"].value
    if not lowest <= entry.value <= highest:
        raise _fail(
            entry, f"proposal {entry.value} lies outside the allowed range [{lowest}, {highest}]"
        )


_CONSISTENCY_CHECKS: tuple[Callable[[Mapping[str, RuleEntry]], None], ...] = (
    _scales_match_ratings,
    _long_to_short_complete,
    _multiplier_ratings_notchable,
    _uplift_proposal_in_range,
)
