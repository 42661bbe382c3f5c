"""The rating scales as written in ``resources/methodology/scales.toml``.

The ratings package is the lowest layer, so it reads that one file itself rather than through
the rulebook loader; the rulebook later checks that its own copy of the scales agrees.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import cache

from jcr_desk.paths import resources_dir

SCALES_FILE = "scales.toml"


@dataclass(frozen=True)
class ScaleDefinition:
    """Symbols of every scale, best first; field names are the entry names in scales.toml."""

    long_term: tuple[str, ...]
    event_symbols: tuple[str, ...]
    notching_floor: str
    short_term: tuple[str, ...]
    outlooks: tuple[str, ...]
    credit_monitor_directions: tuple[str, ...]

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            symbols = (value,) if isinstance(value, str) else value
            if not symbols or not all(isinstance(s, str) and s for s in symbols):
                raise ValueError(f"{field.name}: expected non-empty symbols, got {value!r}")
            if len(set(symbols)) != len(symbols):
                raise ValueError(f"{field.name}: a symbol appears twice in {value!r}")
        # Notching runs from the top of the scale down to the floor; event symbols sit below it.
        if self.notching_floor not in self.long_term:
            raise ValueError(
                f"notching_floor: {self.notching_floor!r} is not on the long-term scale"
            )
        below_floor = self.long_term[self.long_term.index(self.notching_floor) + 1 :]
        if below_floor != self.event_symbols:
            raise ValueError(
                f"event_symbols: expected the symbols below the notching floor {below_floor!r}, "
                f"got {self.event_symbols!r}"
            )


@cache
def scale_definition() -> ScaleDefinition:
    """Read the shipped scales once; a broken file is a packaging error, reported with its path."""
    path = resources_dir() / "methodology" / SCALES_FILE
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    values: dict[str, object] = {}
    for field in fields(ScaleDefinition):
        try:
            raw = data[field.name]["value"]
        except (KeyError, TypeError) as exc:
            raise ValueError(f"{path}: entry {field.name!r} missing or without a value") from exc
        values[field.name] = tuple(raw) if isinstance(raw, list) else raw
    try:
        return ScaleDefinition(**values)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc
