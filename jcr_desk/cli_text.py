"""Text laid out for a terminal, in English or Japanese (``jcr-desk-cli``'s help and tables).

A terminal gives a wide (Japanese) character two columns, and Japanese has no spaces to break
a line at: these helpers measure and wrap by columns, so tables line up and help text breaks
between Japanese characters or at spaces, never inside an English word or an option.
"""

from __future__ import annotations

import re
import unicodedata

_CHUNK = re.compile(r"\s+|[^\s\u2e80-\uffef]+|.", re.DOTALL)
#: Marks a Japanese line may not start with (kinsoku): they stay on the line they close.
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》ー…")
#: Marks a line may not end with: they move to the line they open.
_NO_LINE_END = frozenset("（「『【〔〈《")


def columns(text: str) -> int:
    """Columns a terminal gives ``text``: two for each wide (Japanese) character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken at spaces or between wide
    characters (an English word longer than a line stays whole); a closing mark (、。）) stays
    on the line it ends, one column pair over, and an opening one moves to the next line."""
    lines: list[str] = []
    line = ""
    for chunk in _CHUNK.findall(text):
        breaks = not chunk.isspace() and chunk[0] not in _NO_LINE_START
        if line and breaks and columns(line + chunk) > width:
            carried = ""
            while line and line[-1] in _NO_LINE_END and len(line) > 1:
                carried, line = line[-1] + carried, line[:-1]
            lines.append(line.rstrip())
            line = carried
        if not (chunk.isspace() and not line):
            line += chunk
    if line.strip():
        lines.append(line.rstrip())
    return lines
