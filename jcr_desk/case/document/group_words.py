"""How group edits read to an analyst: the Undo menu's "Set ownership by parent of Card to
60 %" and the audit log's "Card: ownership by parent 85 % → 60 %", never field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jcr_desk.case.document.rule_inputs import input_label

_FIELD_LABELS = {
    "ownership_pct": "ownership by parent",
    "local_currency_rating": "local-currency sovereign rating",
    "foreign_currency_rating": "foreign-currency sovereign rating",
    "country_ceiling": "country ceiling",
    "hard_currency": "hard currency",
}
NOT_SET = "not set"


def field_label(name: str) -> str:
    """An entity's or a country's field, or a rule input, in words."""
    if name in _FIELD_LABELS:
        return _FIELD_LABELS[name]
    label = input_label(name)
    return label[:1].lower() + label[1:] if not label[:2].isupper() else label


def value_text(name: str, value: Any) -> str:
    """A stored value as the analyst reads it (percent, yen, yes/no, words for codes)."""
    if value is None:
        return NOT_SET
    if isinstance(value, bool):
        return "yes" if value else "no"
    if name == "ownership_pct":
        return f"{value:g} %"
    if isinstance(value, int | float):
        return f"¥{value:,.0f}"  # the other numbers of an entity are yen amounts
    return str(value).replace("_", " ")


def set_text(subject: str, values: Mapping[str, Any], verb: str = "Set") -> str:
    """The Undo menu's line: one field with its new value, or the fields changed."""
    if len(values) == 1:
        ((name, value),) = values.items()
        if value is None:
            return f"Clear {field_label(name)} of {subject}"
        return f"{verb} {field_label(name)} of {subject} to {value_text(name, value)}"
    labels = [field_label(name) for name in values]
    listed = ", ".join(labels[:-1]) + f" and {labels[-1]}" if labels else "fields"
    return f"Edit {listed} of {subject}"


def change_detail(subject: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """The audit log's line: each field from its old value to its new one."""
    changes = ", ".join(
        f"{field_label(name)} {value_text(name, old.get(name))} → {value_text(name, value)}"
        for name, value in new.items()
    )
    return f"{subject}: {changes}"
