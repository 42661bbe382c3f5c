"""The ABCP analysis's sentences (guideline steps, caps) as :class:`~jcr_desk.i18n.Text`:
English where they are stored (case file, CLI, workbook), the analyst's language where the
window shows them."""

from __future__ import annotations

from typing import Any, Final

from jcr_desk.i18n import Text

#: The translation context of the sentences (``jcr_desk_ja.ts``).
ABCP_GUIDELINE: Final = "AbcpGuideline"


def said(source: str, **args: Any) -> Text:
    """A sentence: the English template, marked with ``QT_TRANSLATE_NOOP`` where it is
    written, and its arguments."""
    return Text(ABCP_GUIDELINE, source, args)


def stored(text: str) -> Text:
    """A sentence read back from a case file that kept only its English."""
    return Text.as_written(ABCP_GUIDELINE, text)


def text_read(data: dict[str, Any], key: str) -> Text:
    """``data[key]`` as a sentence, from its template when the file kept one."""
    return Text.read(data, key, ABCP_GUIDELINE)
