"""A symbol on an ordered scale: the shared behaviour of long- and short-term ratings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, total_ordering
from typing import ClassVar, Self

from jcr_desk.ratings._text import fold_text
from jcr_desk.ratings.scale_definition import scale_definition


@cache
def _positions(symbols: tuple[str, ...]) -> dict[str, int]:
    return {symbol: position for position, symbol in enumerate(symbols)}


@total_ordering
@dataclass(frozen=True)
class ScaleSymbol:
    """Immutable and hashable; a better symbol compares greater.

    Subclasses name the scale (a field of ``ScaleDefinition``) and how to call it in messages.
    The constructor takes the canonical symbol only; ``parse`` is the tolerant entry point.
    """

    symbol: str

    _scale_field: ClassVar[str]
    _kind: ClassVar[str]

    def __post_init__(self) -> None:
        if self.symbol not in _positions(self._symbols()):
            raise ValueError(f"not a {self._kind}: {self.symbol!r}")

    @classmethod
    def _symbols(cls) -> tuple[str, ...]:
        return getattr(scale_definition(), cls._scale_field)

    @classmethod
    def parse(cls, text: str | Self) -> Self:
        """Read a symbol whatever its case, width, dash or surrounding spaces."""
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise TypeError(f"a {cls._kind} is read from text, got {type(text).__name__} {text!r}")
        folded = fold_text(text).upper()
        if folded not in _positions(cls._symbols()):
            raise ValueError(f"not a {cls._kind}: {text!r}")
        return cls(folded)

    @classmethod
    def scale(cls) -> tuple[Self, ...]:
        """Every symbol of the scale, best first."""
        return tuple(cls(symbol) for symbol in cls._symbols())

    @property
    def _rank(self) -> int:
        """Position on the scale, 0 = best."""
        return _positions(self._symbols())[self.symbol]

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank > other._rank  # type: ignore[attr-defined]

    def __str__(self) -> str:
        return self.symbol

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.symbol!r})"
