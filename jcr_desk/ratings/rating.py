"""Long-term ratings and the notch arithmetic the rule engines run on."""

from __future__ import annotations

from typing import ClassVar

from jcr_desk.ratings.scale_definition import scale_definition
from jcr_desk.ratings.scale_symbol import ScaleSymbol


class Rating(ScaleSymbol):
    """A long-term rating, AAA best; ``Rating.parse("AA") > Rating.parse("AA-")``.

    Notching moves along the scale from the top down to the notching floor (C). The event
    ratings below the floor (LD, D) are assigned on a default event, so notching never reaches
    them and an event rating cannot be notched or measured in notches: that raises ValueError.
    """

    _scale_field: ClassVar[str] = "long_term"
    _kind: ClassVar[str] = "long-term rating"

    @classmethod
    def notching_floor(cls) -> Rating:
        """The lowest rating notch arithmetic can produce."""
        return cls(scale_definition().notching_floor)

    @property
    def is_event(self) -> bool:
        """True for ratings set by a default event rather than by analysis."""
        return self.symbol in scale_definition().event_symbols

    def notched(self, delta: int) -> Rating:
        """Move ``delta`` notches, positive = better, stopping at the top and at the floor."""
        self._require_notchable()
        floor_rank = self.notching_floor()._rank
        rank = min(max(self._rank - delta, 0), floor_rank)
        return Rating(self._symbols()[rank])

    def notches_above(self, other: Rating) -> int:
        """Signed distance in notches, positive when this rating is the better one."""
        self._require_notchable()
        other._require_notchable()
        return other._rank - self._rank

    def _require_notchable(self) -> None:
        if self.is_event:
            raise ValueError(f"{self.symbol} is an event rating and is not notched")
