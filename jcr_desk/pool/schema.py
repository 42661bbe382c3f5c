"""The canonical tape schemas: one definition per field, read from the resources.

Reading, mapping, validation and the tab all need the same facts about a field (its kind,
unit, range, the header texts and code spellings originators use), so they live once, in
``resources/pool/``, and everything else asks this module. The Desk reads three kinds of
tape through one importer: housing loans (``schema.toml``), an ABCP program's purchased
receivables and the receivables population's monthly history (``TAPE_KINDS``). Field names
are unique across the kinds, so a field's definition is found by its name alone.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, Final

from jcr_desk.paths import resources_dir

KINDS: Final = (
    "id", "money", "rate", "ratio", "date", "month", "int", "category", "bool", "text", "number",
)
LOANS: Final = "loans"
RECEIVABLES: Final = "receivables"
RECEIVABLES_HISTORY: Final = "receivables_history"
TAPE_KINDS: Final = {
    LOANS: "schema.toml",
    RECEIVABLES: "receivables_schema.toml",
    RECEIVABLES_HISTORY: "receivables_history_schema.toml",
}
"""Tape kind → its schema file in ``resources/pool``; units, booleans and eras stay in the
housing-loan file and serve every kind."""

_PUNCTUATION = re.compile(r"[\s._\-・:：/,、。'\"#№]+")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕|<[^>]*>")


@dataclass(frozen=True)
class FieldSpec:
    """One pool column: what it holds, in which unit, its valid range and how tapes name it."""

    name: str
    kind: str
    label: str
    unit: str
    required: bool
    minimum: float | None
    maximum: float | None
    aliases: tuple[str, ...]
    categories: dict[str, tuple[str, ...]]
    unique: bool = False
    """Each row's value must differ from every other row's (a loan or receivable number)."""


@dataclass(frozen=True)
class Era:
    """A Japanese era: dates such as 令和2年4月1日 or R2.4.1 count years from its start."""

    name: str
    letter: str
    start: date


def normalise(text: str) -> str:
    """Spelling-insensitive key: full/half width, case, spaces and punctuation do not matter."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _PUNCTUATION.sub("", folded)


def header_stem(text: str) -> str:
    """A header's key without its bracketed unit: "残高（円）" and "残高" give the same stem."""
    folded = unicodedata.normalize("NFKC", text)
    return normalise(_BRACKETED.sub("", folded))


@cache
def _settings(kind: str = LOANS) -> dict[str, Any]:
    if kind not in TAPE_KINDS:
        raise KeyError(f"no tape kind {kind!r} (kinds: {', '.join(TAPE_KINDS)})")
    with (resources_dir() / "pool" / TAPE_KINDS[kind]).open("rb") as handle:
        return tomllib.load(handle)


@cache
def schema(kind: str = LOANS) -> tuple[FieldSpec, ...]:
    """Every field of a tape ``kind``, in tape order, loaded once from the resources."""
    specs = tuple(_spec(entry) for entry in _settings(kind)["fields"])
    _check_unique_aliases(specs)
    return specs


def tape_settings(kind: str = LOANS) -> dict[str, Any]:
    """What a kind's rows are called and whether its tapes state a cut-off date."""
    found = _settings(kind).get("tape", {})
    return {"noun": found.get("noun", "loan"), "cut_off": found.get("cut_off", True)}


@cache
def _by_name() -> dict[str, FieldSpec]:
    found: dict[str, FieldSpec] = {}
    for kind in TAPE_KINDS:
        for spec in schema(kind):
            if found.setdefault(spec.name, spec) is not spec:
                raise ValueError(f"{TAPE_KINDS[kind]}: field {spec.name} is defined twice")
    return found


def field_spec(name: str) -> FieldSpec:
    """The definition of field ``name`` (of any tape kind); a ``KeyError`` names the known
    fields."""
    try:
        return _by_name()[name]
    except KeyError:
        known = ", ".join(_by_name())
        raise KeyError(f"no pool field {name!r} (fields: {known})") from None


def unit_settings() -> dict[str, Any]:
    """Unit-detection words and thresholds (Desk defaults, confirmed by the analyst)."""
    return _settings()["units"]


def boolean_words() -> dict[bool, tuple[str, ...]]:
    """Cell texts read as yes/no in bool fields that have no spellings of their own."""
    words = _settings()["booleans"]
    return {True: tuple(words["true"]), False: tuple(words["false"])}


@cache
def eras() -> tuple[Era, ...]:
    """Japanese eras, oldest first."""
    table = _settings()["eras"]
    found = [Era(name, entry["letter"], entry["start"]) for name, entry in table.items()]
    return tuple(sorted(found, key=lambda era: era.start))


def _spec(entry: dict[str, Any]) -> FieldSpec:
    name = entry["name"]
    if entry["kind"] not in KINDS:
        raise ValueError(f"schema.toml: field {name} has unknown kind {entry['kind']!r}")
    categories = {
        str(code): (str(code), *map(str, aliases))
        for code, aliases in entry.get("categories", {}).items()
    }
    return FieldSpec(
        name=name,
        kind=entry["kind"],
        label=entry["label"],
        unit=entry.get("unit", ""),
        required=entry.get("required", False),
        minimum=_bound(entry.get("minimum")),
        maximum=_bound(entry.get("maximum")),
        aliases=(name, *entry["aliases"]),
        categories=categories,
        unique=entry.get("unique", False),
    )


def _bound(value: float | None) -> float | None:
    return None if value is None else float(value)


def _check_unique_aliases(specs: tuple[FieldSpec, ...]) -> None:
    """Two fields sharing a header alias would make automatic mapping a coin toss."""
    owner: dict[str, str] = {}
    for spec in specs:
        for alias in spec.aliases:
            key = normalise(alias)
            if owner.setdefault(key, spec.name) != spec.name:
                raise ValueError(
                    f"schema.toml: header alias {alias!r} belongs to {owner[key]} and {spec.name}"
                )
        codes: dict[str, str] = {}
        for code, aliases in spec.categories.items():
            for alias in aliases:
                key = normalise(alias)
                if codes.setdefault(key, code) != code:
                    raise ValueError(
                        f"schema.toml: {spec.name} value {alias!r} means {codes[key]} and {code}"
                    )
