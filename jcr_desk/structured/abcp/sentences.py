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
    """A sentence read back from a case file: only its English was kept, so it is its own
    template (braces escaped); a sentence without arguments still reads translated."""
    return Text(ABCP_GUIDELINE, text.replace("{", "{{").replace("}", "}}"))


def sentence_data(text: Text) -> dict[str, Any]:
    """The sentence as plain data (template and arguments, nested sentences too), so a case
    file read back shows it in the analyst's language."""
    return {
        "context": text.context,
        "source": text.source,
        "args": {
            name: sentence_data(value) if isinstance(value, Text)
            else value if isinstance(value, str | int | float | bool) or value is None
            else str(value)
            for name, value in text.args.items()
        },
    }


def sentence_read(data: dict[str, Any]) -> Text:
    """The sentence :func:`sentence_data` wrote."""
    return Text(
        data["context"],
        data["source"],
        {
            name: sentence_read(value) if isinstance(value, dict) else value
            for name, value in data["args"].items()
        },
    )


def text_read(data: dict[str, Any], key: str) -> Text:
    """``data[key]`` as a sentence: from its template when the file kept one (written since
    the Japanese interface), else from its English."""
    sentence = data.get(f"{key}_sentence")
    return sentence_read(sentence) if isinstance(sentence, dict) else stored(data[key])
