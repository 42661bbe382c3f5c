"""Typed, checked reading of rulebook entries, shared by the engines' settings readers.

The RMBS stress settings (``stress.toml``) and the ABCP rules (``abcp.toml``) read their
Desk defaults through one :class:`RulebookReader`, so a wrong value is refused the same way
everywhere: naming the file, the key and what was expected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from jcr_desk.methodology.rulebook import Rulebook, RulebookError
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


class RulebookReader:
    """Typed access to the entries of one rulebook file; a wrong value raises naming the file
    and key."""

    def __init__(self, book: Rulebook, file: str) -> None:
        self._book = book
        self._file = file

    def value(self, key: str) -> object:
        """The entry's value as the rulebook holds it; refused when the entry is missing."""
        try:
            return self._book.value(key)
        except KeyError:
            raise RulebookError(
                self._book.directory / self._file, key, "required entry missing"
            ) from None

    def fail(self, key: str, problem: str) -> RulebookError:
        """The error naming ``key``'s file and key, for checks the caller makes itself."""
        entry = self._book.entries.get(key)
        file = entry.file if entry is not None else self._book.directory / self._file
        return RulebookError(file, key, problem)

    def flag(self, key: str) -> bool:
        value = self.value(key)
        if not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {value!r}")
        return value

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self.value(key)
        if value not in allowed:
            raise self.fail(key, f"expected one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    def number(self, key: str) -> float:
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise self.fail(key, f"expected a number above 0, got {value!r}")
        return float(value)

    def whole(self, key: str, minimum: int = 1) -> int:
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise self.fail(key, f"expected a whole number of at least {minimum}, got {value!r}")
        return value

    def fraction(self, key: str, positive: bool = False) -> float:
        value = self.value(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self.fail(key, f"expected a fraction between 0 and 1, got {value!r}")
        if positive and value == 0:
            raise self.fail(key, "expected a fraction above 0")
        return float(value)

    def numbers(self, key: str) -> tuple[float, ...]:
        value = self.value(key)
        if not isinstance(value, tuple) or not value:
            raise self.fail(key, f"expected a list of numbers, got {value!r}")
        for item in value:
            if isinstance(item, bool) or not isinstance(item, int | float) or item < 0:
                raise self.fail(key, f"expected numbers of at least 0, got {item!r}")
        return tuple(float(item) for item in value)

    def fractions(self, key: str) -> tuple[float, ...]:
        values = self.numbers(key)
        if any(item > 1 for item in values):
            raise self.fail(key, "expected fractions between 0 and 1")
        return values

    def weights(self, key: str) -> tuple[float, ...]:
        values = self.numbers(key)
        if sum(values) <= 0:
            raise self.fail(key, "expected weights with a positive sum")
        return values

    def rating(self, key: str) -> Rating:
        value = self.value(key)
        try:
            return Rating.parse(str(value))
        except ValueError as exc:
            raise self.fail(key, str(exc)) from None

    def ratings(self, key: str) -> tuple[str, ...]:
        """A non-empty list of distinct ratings a scenario can be tested at, as canonical text."""
        value = self.value(key)
        if not isinstance(value, tuple) or not value:
            raise self.fail(key, f"expected a list of ratings, got {value!r}")
        ratings = []
        for item in value:
            try:
                rating = Rating.parse(str(item))
            except ValueError as exc:
                raise self.fail(key, str(exc)) from None
            if rating.is_event:
                raise self.fail(key, f"{rating} marks a default event, not a target rating")
            ratings.append(str(rating))
        if len(set(ratings)) != len(ratings):
            raise self.fail(key, "a rating is listed twice")
        return tuple(ratings)

    def rating_fractions(self, key: str) -> Mapping[str, float]:
        value = self.value(key)
        if not isinstance(value, Mapping) or not value:
            raise self.fail(key, f"expected a table of rating = fraction, got {value!r}")
        for symbol, item in value.items():
            try:
                Rating.parse(symbol)
            except ValueError as exc:
                raise self.fail(key, str(exc)) from None
            if isinstance(item, bool) or not isinstance(item, int | float) or not 0 <= item <= 1:
                raise self.fail(key, f"{symbol}: expected a fraction, got {item!r}")
        return {symbol: float(item) for symbol, item in value.items()}

    def requirements(self, key: str) -> tuple[Requirement, ...]:
        value = self.value(key)
        if not isinstance(value, tuple) or not value:
            raise self.fail(key, "expected a list of {key, text} requirements")
        items = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"key", "text"}:
                raise self.fail(key, f"expected key and text, got {item!r}")
            items.append(Requirement(str(item["key"]), str(item["text"])))
        if len({item.key for item in items}) != len(items):
            raise self.fail(key, "a requirement key is listed twice")
        return tuple(items)

    def uplifts(self, key: str) -> Mapping[str, float]:
        value = self.value(key)
        if not isinstance(value, Mapping):
            raise self.fail(key, f"expected a table of segment = multiple, got {value!r}")
        for name, item in value.items():
            if isinstance(item, bool) or not isinstance(item, int | float) or item < 1:
                raise self.fail(key, f"{name}: expected a multiple of at least 1, got {item!r}")
        return {str(name): float(item) for name, item in value.items()}

    def regions(self, key: str) -> Mapping[str, tuple[str, ...]]:
        value = self.value(key)
        if not isinstance(value, Mapping) or not value:
            raise self.fail(key, f"expected a table of region = [prefectures], got {value!r}")
        seen: set[str] = set()
        for name, members in value.items():
            if not isinstance(members, tuple) or not all(isinstance(m, str) for m in members):
                raise self.fail(key, f"{name}: expected a list of prefecture names")
            if seen & set(members):
                raise self.fail(key, f"{name}: a prefecture belongs to two regions")
            seen |= set(members)
        return {str(name): tuple(members) for name, members in value.items()}

    def dscr_bands(self, key: str) -> tuple[DscrBand, ...]:
        value = self.value(key)
        if not isinstance(value, tuple) or not value:
            raise self.fail(key, "expected a list of {dscr_below, base_default_rate} bands")
        bands = []
        for item in value:
            if not isinstance(item, Mapping) or set(item) != {"dscr_below", "base_default_rate"}:
                raise self.fail(key, f"expected dscr_below and base_default_rate, got {item!r}")
            bands.append(DscrBand(float(item["dscr_below"]), float(item["base_default_rate"])))
        if [band.dscr_below for band in bands] != sorted(band.dscr_below for band in bands):
            raise self.fail(key, "bands must be listed by rising dscr_below")
        return tuple(bands)
