"""Short-term ratings (CP and other short-term debt)."""

from __future__ import annotations

from typing import ClassVar

from jcr_desk.ratings.scale_symbol import ScaleSymbol


class ShortTermRating(ScaleSymbol):
    """A short-term rating, J-1+ best; ordered like ``Rating``."""

    _scale_field: ClassVar[str] = "short_term"
    _kind: ClassVar[str] = "short-term rating"
