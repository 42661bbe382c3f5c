"""Folding of typed or pasted symbols into canonical spelling.

Analysts paste ratings from Japanese documents and Excel: full-width letters, the Unicode minus
and assorted dashes must read the same as the ASCII symbol.
"""

from __future__ import annotations

import unicodedata

# Dash look-alikes that NFKC leaves alone (or maps to another dash), all read as "-":
# hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign,
# small hyphen-minus, full-width hyphen-minus, katakana prolonged sound mark.
_DASHES = str.maketrans(dict.fromkeys("‐‑‒–—―−﹣－ー", "-"))


def fold_text(text: str) -> str:
    """NFKC-normalise, map dash look-alikes to "-" and strip surrounding spaces."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
