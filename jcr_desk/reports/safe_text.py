"""Text from an originator's file, made safe for a cell and an XML part.

A workbook cell holds at most 32,767 characters, and XML 1.0 cannot carry most control
characters at all: openpyxl refuses them with an exception and Excel refuses the file. The
committee must still see the rest of the text and be told what was changed, so a value is
cleaned, never dropped, and every change becomes a :class:`Notice` naming the cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text

#: Excel's limit on the characters of one cell.
CELL_LIMIT = 32_767
REPLACEMENT = "\ufffd"
#: Characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return; lone
#: surrogates; the two non-characters U+FFFE and U+FFFF).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ILLEGAL_PATTERN = _ILLEGAL.pattern
#: The translation context of what cleaning changed (``[context.ExportNotices]``).
EXPORT_NOTICES = "ExportNotices"


@dataclass(frozen=True)
class Notice:
    """One change the export made to a value so that the workbook could hold it: ``message``
    in English (the Cover sheet lists it), ``sentence`` to show in the analyst's language."""

    sheet: str
    cell: str
    sentence: Text

    @property
    def message(self) -> str:
        return str(self.sentence)

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.message}"

    def built(self, lookup: Callable[[str, str], str]) -> str:
        """The notice with ``lookup(context, source)`` translating its sentence."""
        return f"{self.sheet}!{self.cell}: {self.sentence.built(lookup)}"


def notice_text(source: str, **args: object) -> Text:
    """A notice's sentence: ``source`` marked with ``QT_TRANSLATE_NOOP("ExportNotices", …)``."""
    return Text(EXPORT_NOTICES, source, args)


def cut_marker(length: int) -> str:
    return f" … [cut: the source has {length:,} characters]"


def clean_text(text: str) -> tuple[str, list[str]]:
    """``text`` fit for one cell, and what was changed to make it fit (empty when nothing)."""
    cleaned, changes = clean_text_saying(text)
    return cleaned, [str(change) for change in changes]


def clean_text_saying(text: str) -> tuple[str, list[Text]]:
    """As :func:`clean_text`, each change a sentence to show in the analyst's language."""
    changes: list[Text] = []
    replaced = len(_ILLEGAL.findall(text))
    if replaced:
        text = _ILLEGAL.sub(REPLACEMENT, text)
        changes.append(
            notice_text(
                QT_TRANSLATE_NOOP(
                    "ExportNotices",
                    "{count} control character(s) replaced by {replacement} (a cell cannot "
                    "hold them)",
                ),
                count=replaced,
                replacement=REPLACEMENT,
            )
        )
    if len(text) > CELL_LIMIT:
        marker = cut_marker(len(text))
        text = text[: CELL_LIMIT - len(marker)] + marker
        changes.append(
            notice_text(
                QT_TRANSLATE_NOOP(
                    "ExportNotices",
                    "text cut to {limit} characters (Excel's limit for one cell); the full "
                    "text stays in the case",
                ),
                limit=f"{CELL_LIMIT:,}",
            )
        )
    return text, changes
