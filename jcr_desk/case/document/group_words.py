"""How group edits read to an analyst: the Undo menu's "Set ownership by parent of Card to
60 %" (a sentence, shown in the analyst's language) and the audit log's "Card: ownership by
parent 85 % → 60 %" (English, as the log keeps it), never field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jcr_desk.case.document.caption import CAPTION, caption
from jcr_desk.case.document.refusal_words import RULE_INPUTS, Word
from jcr_desk.case.document.rule_inputs import input_label
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text, chained

_FIELD_LABELS = {
    "ownership_pct": QT_TRANSLATE_NOOP("CaseCommand", "ownership by parent"),
    "local_currency_rating": QT_TRANSLATE_NOOP("CaseCommand", "local-currency sovereign rating"),
    "foreign_currency_rating": QT_TRANSLATE_NOOP(
        "CaseCommand", "foreign-currency sovereign rating"
    ),
    "country_ceiling": QT_TRANSLATE_NOOP("CaseCommand", "country ceiling"),
    "hard_currency": QT_TRANSLATE_NOOP("CaseCommand", "hard currency"),
}
_WORDS = {
    None: QT_TRANSLATE_NOOP("CaseCommand", "not set"),
    True: QT_TRANSLATE_NOOP("CaseCommand", "yes"),
    False: QT_TRANSLATE_NOOP("CaseCommand", "no"),
}


def field_word(name: str) -> Word:
    """An entity's or a country's field, or a rule input (as the entity form labels it), in
    words: lower-case mid-sentence, translated as its label."""
    if name in _FIELD_LABELS:
        return Word(CAPTION, _FIELD_LABELS[name])
    return Word(RULE_INPUTS, input_label(name))


def field_label(name: str) -> str:
    """The field in English words (the audit log's)."""
    return str(field_word(name))


def value_word(name: str, value: Any) -> Text | str:
    """A stored value as the analyst reads it (percent, yen, yes/no, words for codes)."""
    if value is None or isinstance(value, bool):
        return Text(CAPTION, _WORDS[value])
    if name == "ownership_pct":
        return f"{value:g} %"
    if isinstance(value, int | float):
        return f"¥{value:,.0f}"  # the other numbers of an entity are yen amounts
    return str(value).replace("_", " ")


def value_text(name: str, value: Any) -> str:
    """The value in English (the audit log's)."""
    return str(value_word(name, value))


def set_text(subject: str, values: Mapping[str, Any]) -> Text:
    """The Undo menu's line: one field with its new value, or the fields changed."""
    if len(values) == 1:
        ((name, value),) = values.items()
        if value is None:
            return caption(
                QT_TRANSLATE_NOOP("CaseCommand", "Clear {field} of {subject}"),
                field=field_word(name),
                subject=subject,
            )
        return caption(
            QT_TRANSLATE_NOOP("CaseCommand", "Set {field} of {subject} to {value}"),
            field=field_word(name),
            subject=subject,
            value=value_word(name, value),
        )
    if not values:
        return caption(
            QT_TRANSLATE_NOOP("CaseCommand", "Edit fields of {subject}"), subject=subject
        )
    listed = chained(
        CAPTION,
        QT_TRANSLATE_NOOP("CaseCommand", "{first}, {rest}"),
        [field_word(name) for name in values],
        last=QT_TRANSLATE_NOOP("CaseCommand", "{first} and {rest}"),
    )
    return caption(
        QT_TRANSLATE_NOOP("CaseCommand", "Edit {fields} of {subject}"),
        fields=listed,
        subject=subject,
    )


def change_detail(subject: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """The audit log's line: each field from its old value to its new one."""
    changes = ", ".join(
        f"{field_label(name)} {value_text(name, old.get(name))} → {value_text(name, value)}"
        for name, value in new.items()
    )
    return f"{subject}: {changes}"
