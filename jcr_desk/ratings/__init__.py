"""Rating scales, notch arithmetic and outlooks (pure Python).

The lowest layer: it imports nothing else of JCR Desk but ``paths``, and reads its symbols
from ``resources/methodology/scales.toml`` so the scales are defined in one place.
"""

from jcr_desk.ratings.outlook import Outlook
from jcr_desk.ratings.rating import Rating
from jcr_desk.ratings.scale_definition import ScaleDefinition, scale_definition
from jcr_desk.ratings.short_term_rating import ShortTermRating

__all__ = ["Outlook", "Rating", "ScaleDefinition", "ShortTermRating", "scale_definition"]
