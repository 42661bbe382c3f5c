"""The ABCP analysis's sentences (guideline steps, caps, notes, open items) as
:class:`~jcr_desk.i18n.Text`: English where they are stored (case file, ``--json``, logs), the
analyst's language where they are read (the ABCP tab, the CLI's report, the workbook)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.fields import FieldError

#: The translation context of the guideline's steps and caps (``jcr_desk_ja.ts``).
ABCP_GUIDELINE: Final = "AbcpGuideline"
#: The translation context of the analysis's notes and open items.
ABCP_ANALYSIS: Final = "AbcpAnalysis"
#: The translation context of the inputs a program or its stress choices refuse.
STRESS_INPUT: Final = "StressInput"
#: The rulebook's own words (checklist points, documents, dimensions), registered for
#: translation in ``jcr_desk/ui/abcp/abcp_words.py``.
ABCP_WORDS: Final = "AbcpWords"


def said(source: str, **args: Any) -> Text:
    """A sentence: the English template, marked with ``QT_TRANSLATE_NOOP`` where it is
    written, and its arguments."""
    return Text(ABCP_GUIDELINE, source, args)


def noted(source: str, **args: Any) -> Text:
    """A note or an open item of the analysis (template marked where it is written)."""
    return Text(ABCP_ANALYSIS, source, args)


def rulebook_word(english: str) -> Text:
    """A checklist point, document or dimension as the rulebook writes it, translated as the
    ABCP tab translates it (one translation of each)."""
    return Text.as_written(ABCP_WORDS, english)


def joined(texts: Iterable[Text | str]) -> Text:
    """Several sentences one after the other, each translated where shown."""
    items = list(texts)
    return Text(
        ABCP_ANALYSIS,
        " ".join(f"{{item{number}}}" for number in range(len(items))),
        {f"item{number}": item for number, item in enumerate(items)},
    )


def stored(text: str) -> Text:
    """A sentence read back from a case file that kept only its English."""
    return Text.as_written(ABCP_GUIDELINE, text)


def text_read(data: dict[str, Any], key: str) -> Text:
    """``data[key]`` as a sentence, from its template when the file kept one."""
    return Text.read(data, key, ABCP_GUIDELINE)


def texts_data(key: str, texts: Iterable[Text]) -> dict[str, list[Any]]:
    """Sentences for a case file: their English under ``key`` (what older readers and
    ``--json`` read) and their templates under ``{key}_sentence``."""
    texts = list(texts)
    return {key: [str(text) for text in texts], f"{key}_sentence": [t.to_data() for t in texts]}


def texts_read(data: Mapping[str, Any], key: str, context: str = ABCP_ANALYSIS) -> tuple[Text, ...]:
    """The sentences :func:`texts_data` wrote; a file that kept only the English (written
    before the sentences were kept) reads as written."""
    sentences = data.get(f"{key}_sentence")
    english = data[key]
    if isinstance(sentences, list) and len(sentences) == len(english):
        return tuple(Text.from_data(sentence) for sentence in sentences)
    return tuple(Text.as_written(context, text) for text in english)


def refused(key: str, template: str, /, **args: Any) -> FieldError:
    """A value of a program, its stress choices or a stored analysis refused: ``key`` where
    the case file keeps it (as written), ``template`` the problem, marked with
    ``QT_TRANSLATE_NOOP("StressInput", …)`` where it is written. ``str(error)`` stays the
    English "key: problem"; the window and the CLI read the problem in the analyst's
    language."""
    sentence = Text(STRESS_INPUT, template, args)
    error = FieldError(key, str(sentence))
    error.sentence = Text(
        STRESS_INPUT,
        QT_TRANSLATE_NOOP("StressInput", "{key}: {problem}"),
        {"key": key, "problem": sentence},
    )
    return error
