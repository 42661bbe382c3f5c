"""Text from an originator's file, made safe for a cell and an XML part.

A workbook cell holds at most 32,767 characters, and XML 1.0 cannot carry most control
characters at all: openpyxl refuses them with an exception and Excel refuses the file. The
committee must still see the rest of the text and be told what was changed, so a value is
cleaned, never dropped, and every change becomes a :class:`Notice` naming the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Excel's limit on the characters of one cell.
CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"
#: Characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return; lone
#: surrogates; the two non-characters U+FFFE and U+FFFF).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ILLEGAL_PATTERN = _ILLEGAL.pattern


@dataclass(frozen=True)
class Notice:
    """One change the export made to a value so that the workbook could hold it."""

    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.message}"


def cut_marker(length: int) -> str:
    return f" … [cut: the source has {length:,} characters]"


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` fit for one cell, and what was changed to make it fit (empty when nothing)."""
    changes: list[str] = []
    replaced = len(_ILLEGAL.findall(text))
    if replaced:
        text = _ILLEGAL.sub(REPLACEMENT, text)
        changes.append(
            f"{replaced} control character(s) replaced by {REPLACEMENT} (a cell cannot hold them)"
        )
    if len(text) > CELL_LIMIT:
        marker = cut_marker(len(text))
        text = text[: CELL_LIMIT - len(marker)] + marker
        changes.append(
            f"text cut to {CELL_LIMIT:,} characters (Excel's limit for one cell); "
            "the full text stays in the case"
        )
    return text, changes
