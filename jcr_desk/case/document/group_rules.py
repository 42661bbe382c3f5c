"""What makes a group edit acceptable: the checks every group command shares.

Each function either returns the value in the form the case stores (stripped text, canonical
rating symbol, float) or raises :class:`EditRefused` with a sentence for the analyst, so a
command can run all of them in ``check`` before anything changes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import (
    GROUP_ROLES,
    ROLES,
    SECTORS,
    Case,
    Country,
    Entity,
)
from jcr_desk.case.document.refusal_words import choice_words, field_word
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating

#: Fields of an entity that ``SetEntityFields`` may change (name and parent have own commands).
ENTITY_FIELDS = ("role", "sector", "country", "currency", "ownership_pct", "name_ja")
#: Fields of a country that ``SetCountryFields`` may change (the code identifies it).
COUNTRY_FIELDS = (
    "name",
    "local_currency_rating",
    "foreign_currency_rating",
    "country_ceiling",
    "hard_currency",
)
COUNTRY_RATING_FIELDS = ("local_currency_rating", "foreign_currency_rating", "country_ceiling")

RATING_INPUTS = ("gcw", "group_rating", "sole")
BOOL_INPUTS = (
    "control_sufficient",
    "spe_indicated",
    "cash_flow_problem",
    "intermediate_supported",
    "gcw_problems",
    "mutual_support_restricted",
    "control_strong",
    "cash_flow_weakness",
    "support_recognised",
    "above_group_exception",
    "subsidiary_guarantee",
    "subsidiary_creditors_secured",
    "ceiling_exception",
)
MONEY_FINANCIALS = ("investments_in_subsidiaries", "equity")
#: The importance grade that is rated bottom-up (from sole creditworthiness), not from the
#: rulebook's top-down notching table.
BOTTOM_UP_IMPORTANCE = "low"


def choice_inputs() -> dict[str, tuple[str, ...]]:
    """Inputs that take one of a few words, with the words they accept."""
    return {
        "preventive_restrictions": ("small", "large"),
        "importance": (*load_rulebook().importance_levels(), BOTTOM_UP_IMPORTANCE),
        "size": ("small", "normal", "large"),
        "integration": ("strong", "insufficient", "relief"),
        "rating_currency": ("local", "foreign"),
    }


# -- look-ups -------------------------------------------------------------------------------


def require_entity(case: Case, entity_id: str) -> Entity:
    try:
        return case.entity(entity_id)
    except KeyError:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "That entity is no longer in the case.")
        ) from None


def require_country(case: Case, code: str) -> Country:
    for country in case.countries:
        if country.code == code:
            return country
    raise refused(
        QT_TRANSLATE_NOOP("EditRefused", "There is no country {code} in the case."),
        code=repr(code),
    )


def descendants(case: Case, entity_id: str) -> list[str]:
    """Ids below ``entity_id``, parents before their children."""
    found: list[str] = []
    frontier = [entity_id]
    while frontier:
        children = [e.id for e in case.entities if e.parent_id in frontier and e.id not in found]
        found.extend(children)
        frontier = children
    return found


# -- single values --------------------------------------------------------------------------


def _is_number(value: Any) -> bool:
    """A finite int or float; a bool is not a number here (True would read as 1 %)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_name(name: str) -> str:
    text = name.strip() if isinstance(name, str) else ""
    if not text:
        raise refused(QT_TRANSLATE_NOOP("EditRefused", "An entity needs a name."))
    return text


def check_ownership(value: Any) -> float | None:
    if value is None:
        return None
    if not _is_number(value):
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "Ownership must be a percentage between 0 and 100.")
        )
    if not 0 <= value <= 100:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "Ownership of {value} % is impossible: it must be from 0 to 100 %.",
            ),
            value=f"{value:g}",
        )
    return float(value)


def check_code(value: Any, what: str) -> str:
    """Country and currency codes: short letters, stored upper case; ``what`` is the field
    (``country``, ``currency``, ``country code``)."""
    text = value.strip().upper() if isinstance(value, str) else ""
    if not text.isalpha():
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The {field} must be a code of letters, such as JP or JPY."
            ),
            field=field_word(what.replace(" ", "_")),
        )
    return text


def check_rating(value: Any, key: str) -> str:
    """A long-term rating symbol for the field ``key`` (a rule input or a country's rating)."""
    try:
        return Rating.parse(value).symbol
    except (TypeError, ValueError):
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "{value} is not a long-term rating, so it cannot be the {field}."
            ),
            value=repr(value),
            field=field_word(key),
        ) from None


def check_entity_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Normalised values for ``SetEntityFields``; unknown fields are refused."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "role":
            if value not in ROLES:
                raise refused(
                    QT_TRANSLATE_NOOP("EditRefused", "{value} is not a role JCR Desk knows."),
                    value=repr(value),
                )
            out[name] = value
        elif name == "sector":
            if value not in SECTORS:
                raise refused(
                    QT_TRANSLATE_NOOP("EditRefused", "{value} is not a sector JCR Desk knows."),
                    value=repr(value),
                )
            out[name] = value
        elif name in ("country", "currency"):
            out[name] = check_code(value, name)
        elif name == "ownership_pct":
            out[name] = check_ownership(value)
        elif name == "name_ja":
            out[name] = " ".join(str(value).split())
        else:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{field} cannot be edited this way."),
                field=repr(name),
            )
    return out


def check_input(key: str, value: Any, target: str) -> Any:
    """The stored form of one rule input (``None`` removes it)."""
    if target == "financials":
        if key not in MONEY_FINANCIALS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{key} is not a financial figure JCR Desk uses."),
                key=repr(key),
            )
        if value is None:
            return None
        if not _is_number(value):
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The {field} must be an amount in yen."),
                field=field_word(key),
            )
        if value < 0:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The {field} takes ¥0 or more; {amount} is impossible."
                ),
                field=field_word(key),
                amount=f"¥{value:,.0f}",
            )
        return float(value)
    if target != "inputs":
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "{target} is not a part of an entity."),
            target=repr(target),
        )
    if value is None:
        if key in RATING_INPUTS or key in BOOL_INPUTS or key in choice_inputs():
            return None
    elif key in RATING_INPUTS:
        return check_rating(value, key)
    elif key in BOOL_INPUTS:
        if not isinstance(value, bool):
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The input {field} is yes or no."),
                field=field_word(key),
            )
        return value
    elif key in choice_inputs():
        choices = choice_inputs()[key]
        if value not in choices:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "{value} is not allowed for {field}: choose one of {choices}."
                ),
                value=repr(value),
                field=field_word(key),
                choices=choice_words(choices),
            )
        return value
    raise refused(
        QT_TRANSLATE_NOOP("EditRefused", "{key} is not an input of any rule JCR Desk applies."),
        key=repr(key),
    )


def check_country_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "name":
            text = value.strip() if isinstance(value, str) else ""
            if not text:
                raise refused(QT_TRANSLATE_NOOP("EditRefused", "A country needs a name."))
            out[name] = text
        elif name in COUNTRY_RATING_FIELDS:
            blank = value is None or (isinstance(value, str) and not value.strip())
            out[name] = None if blank else check_rating(value, name)
        elif name == "hard_currency":
            if not isinstance(value, bool):
                raise refused(QT_TRANSLATE_NOOP("EditRefused", "Hard currency is yes or no."))
            out[name] = value
        else:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{field} cannot be edited this way."),
                field=repr(name),
            )
    return out


# -- the shape of the group -----------------------------------------------------------------


def check_placement(case: Case, entity_id: str, role: str, parent_id: str | None) -> None:
    """``entity_id`` with ``role`` under ``parent_id`` keeps one group tree without cycles.

    Group members hang under group members and there is one top parent among them; parties
    outside the group (an SPV, a servicer) may stand alone or hang anywhere.
    """
    if parent_id is not None:
        if parent_id == entity_id or parent_id in descendants(case, entity_id):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "An entity cannot be placed under itself or one of its own subsidiaries.",
                )
            )
        parent = require_entity(case, parent_id)
        if role in GROUP_ROLES and parent.role not in GROUP_ROLES:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "A group company cannot sit under {parent}, which is not a group member.",
                ),
                parent=parent.name,
            )
    elif role in GROUP_ROLES:
        others = [
            e
            for e in case.entities
            if e.id != entity_id and e.parent_id is None and e.role in GROUP_ROLES
        ]
        if others:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "The group already has a top parent ({top}); "
                    "place this entity under a member of the group.",
                ),
                top=others[0].name,
            )
    if role not in GROUP_ROLES:
        members = [e for e in case.children_of(entity_id) if e.role in GROUP_ROLES]
        if members:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "{member} is a group member under this entity, so it must stay "
                    "a group member too.",
                ),
                member=members[0].name,
            )
