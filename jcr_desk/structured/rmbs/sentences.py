"""The stress result's sentences (mechanisms, open decisions, warnings, the commingling
note) as :class:`~jcr_desk.i18n.Text`: English where they are stored (case file, CLI JSON,
workbook), the analyst's language where the window or ``jcr-desk-cli --lang ja`` shows them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text

#: The translation context of the sentences (``jcr_desk_ja.ts``).
STRESS_RESULT: Final = "StressResult"

_SEGMENTS: Final = {
    "investment_condominium": QT_TRANSLATE_NOOP("StressResult", "investment condominium"),
    "apartment": QT_TRANSLATE_NOOP("StressResult", "apartment"),
    "self_employed": QT_TRANSLATE_NOOP("StressResult", "self employed"),
}
_PLACES: Final = {
    "prefecture": QT_TRANSLATE_NOOP("StressResult", "prefecture:{name}"),
    "region": QT_TRANSLATE_NOOP("StressResult", "region:{name}"),
}


def said(source: str, **args: Any) -> Text:
    """A sentence: the English template, marked with ``QT_TRANSLATE_NOOP`` where it is
    written, and its arguments."""
    return Text(STRESS_RESULT, source, args)


def sentences_data(texts: Sequence[Text]) -> list[dict[str, Any]]:
    """Sentences as the case file keeps them beside their English."""
    return [text.to_data() for text in texts]


def sentences_read(data: Mapping[str, Any], key: str, english: Sequence[str]) -> tuple[Text, ...]:
    """``english`` (the list ``data[key]`` holds) as sentences, from their templates when
    the file kept them under ``{key}_sentences``, else as written."""
    kept = data.get(f"{key}_sentences")
    if isinstance(kept, list) and len(kept) == len(english):
        return tuple(Text.from_data(item) for item in kept)
    return tuple(Text.as_written(STRESS_RESULT, text) for text in english)


def segment_named(name: str) -> Text:
    """A segment of the pool in words: "investment condominium", "prefecture:東京都"."""
    if name in _SEGMENTS:
        return said(_SEGMENTS[name])
    kind, _, place = name.partition(":")
    if kind in _PLACES:
        return said(_PLACES[kind], name=place)
    return Text.as_written(STRESS_RESULT, name.replace("_", " "))
