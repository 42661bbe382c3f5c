"""The words a refused edit names a field or a choice with: the analyst's words, never a key.

A refusal is a sentence (``errors.refused``); a field it names is a :class:`Word` inside it,
translated with the sentence (a rule input's form label in the ``RuleInputs`` context, the
other fields from :data:`FIELD_WORDS`), so "'AAAA' cannot be the sole creditworthiness"
reads 個別信用力 to a Japanese analyst instead of ``sole``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from jcr_desk.case.document.rule_inputs import input_spec
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text, chained

EDIT_REFUSED: Final = "EditRefused"
RULE_INPUTS: Final = "RuleInputs"

#: Fields a refusal names that have no label on the entity form (a country's fields, the
#: entity's own, the financial figures whose label carries "(yen)").
FIELD_WORDS: Final = {
    "ownership_pct": QT_TRANSLATE_NOOP("EditRefused", "ownership by parent"),
    "local_currency_rating": QT_TRANSLATE_NOOP("EditRefused", "local currency rating"),
    "foreign_currency_rating": QT_TRANSLATE_NOOP("EditRefused", "foreign currency rating"),
    "country_ceiling": QT_TRANSLATE_NOOP("EditRefused", "country ceiling"),
    "hard_currency": QT_TRANSLATE_NOOP("EditRefused", "hard currency"),
    "country": QT_TRANSLATE_NOOP("EditRefused", "country"),
    "currency": QT_TRANSLATE_NOOP("EditRefused", "currency"),
    "country_code": QT_TRANSLATE_NOOP("EditRefused", "country code"),
    "equity": QT_TRANSLATE_NOOP("EditRefused", "equity capital"),
    "investments_in_subsidiaries": QT_TRANSLATE_NOOP("EditRefused", "investments in subsidiaries"),
}


@dataclass(frozen=True, eq=False)
class Word(Text):
    """A field's name inside a sentence. Its English is lower-case mid-sentence even when the
    label it comes from is a heading ("Sole creditworthiness"), capitalised when it ``starts``
    the sentence; an acronym (CPR, GCW) stays as written. Translated as the label."""

    starts: bool = False

    def __str__(self) -> str:
        return self._cased(super().__str__())

    def built(self, lookup: Callable[[str, str], str]) -> str:
        return self._cased(super().built(lookup))

    def _cased(self, text: str) -> str:
        if text[:2].isupper():
            return text
        first = text[:1].upper() if self.starts else text[:1].lower()
        return first + text[1:]


def field_word(key: str, *, starts: bool = False) -> Word:
    """The field ``key`` in words: the entity form's label of a rule input, else
    :data:`FIELD_WORDS`; a key neither knows is named as it is (the analyst typed it)."""
    if key in FIELD_WORDS:
        return Word(EDIT_REFUSED, FIELD_WORDS[key], starts=starts)
    spec = input_spec(key)
    if spec is not None:
        return Word(RULE_INPUTS, spec.label, starts=starts)
    return Word(EDIT_REFUSED, "{key}", {"key": key}, starts=starts)


def choice_words(choices: Sequence[str]) -> Text | str:
    """A rule input's options ("small, normal, large"), each translated as on the form."""
    return chained(
        EDIT_REFUSED,
        QT_TRANSLATE_NOOP("EditRefused", "{first}, {rest}"),
        [Text(RULE_INPUTS, choice) for choice in choices],
    )


def either(codes: Sequence[str]) -> Text:
    """Codes the command line takes, as alternatives ("sequential or pro_rata")."""
    return Text(
        EDIT_REFUSED,
        "{code}",
        {
            "code": chained(
                EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "{first} or {rest}"), codes
            )
        },
    )


def listed(sentences: Sequence[Text], *, starts: bool = False) -> Text:
    """Sentences one after another ("a; b"), each translated; ``starts``: the first one
    begins the refusal, so its English is capitalised."""
    joined = chained(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "{first}; {rest}"), sentences)
    return Word(EDIT_REFUSED, "{text}", {"text": joined}, starts=starts)
