"""The outlook of a rating, or the direction of a credit monitor placed on it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Self

from jcr_desk.ratings._text import fold_text
from jcr_desk.ratings.scale_definition import scale_definition

_MONITOR_LABEL = "Credit Monitor"
# "Credit Monitor (Negative)", "credit monitor: negative", "CM Negative", "CM-Negative", ...
_MONITOR_TEXT = re.compile(
    r"(?:credit[\s_-]*monitor|cm)[\s:(_-]*(?P<direction>[^\s()]+)\s*\)?", re.IGNORECASE
)


@dataclass(frozen=True)
class Outlook:
    """Stable, Positive, Negative or Developing; or a credit monitor with its direction.

    One type covers both because a rating carries exactly one of them at a time (the
    "outlook/direction" column of the rating history).
    """

    direction: str
    credit_monitor: bool = False

    def __post_init__(self) -> None:
        allowed = self._allowed(self.credit_monitor)
        if self.direction not in allowed:
            kind = "credit monitor direction" if self.credit_monitor else "outlook"
            raise ValueError(f"not a {kind}: {self.direction!r} (expected one of {allowed})")

    @staticmethod
    def _allowed(credit_monitor: bool) -> tuple[str, ...]:
        scales = scale_definition()
        return scales.credit_monitor_directions if credit_monitor else scales.outlooks

    @classmethod
    def parse(cls, text: str | Self) -> Self:
        """Read "Stable", "stable", "Credit Monitor (Negative)", "CM Negative" and the like."""
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise TypeError(f"an outlook is read from text, got {type(text).__name__} {text!r}")
        folded = fold_text(text)
        monitor = _MONITOR_TEXT.fullmatch(folded)
        word = monitor["direction"] if monitor else folded
        credit_monitor = monitor is not None
        for direction in cls._allowed(credit_monitor):
            if direction.casefold() == word.casefold():
                return cls(direction, credit_monitor)
        raise ValueError(f"not an outlook or credit monitor direction: {text!r}")

    @classmethod
    def choices(cls) -> tuple[Self, ...]:
        """Every outlook, then every credit monitor direction (the order a picker shows)."""
        return tuple(cls(d) for d in cls._allowed(False)) + tuple(
            cls(d, credit_monitor=True) for d in cls._allowed(True)
        )

    def __str__(self) -> str:
        return f"{_MONITOR_LABEL} ({self.direction})" if self.credit_monitor else self.direction
