"""The document's rules, checked on a case read from a file.

Every edit checks these rules before it changes a case (``group_rules``); a file written by
another program, edited by hand or damaged could still break them, and a case that breaks
them would open and show a wrong guideline without a word (an unknown role reads as "no
group rule applies"). So the loader runs the same checks and refuses such a file, naming
the entity or country and the field.
"""

from __future__ import annotations

from jcr_desk.case.document import group_rules as rules
from jcr_desk.case.document._case_tables import DamagedCaseError
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import GROUP_ROLES, Case, Country, Entity

_FIELD_WORDS = {
    "role": "role",
    "sector": "sector",
    "country": "country",
    "currency": "currency",
    "ownership_pct": "ownership by parent",
}


def check_invariants(case: Case) -> None:
    """Raise :class:`DamagedCaseError` at the first rule the case breaks."""
    _check_ids(case.entities)
    for entity in case.entities:
        _check_fields(entity)
    by_id = {entity.id: entity for entity in case.entities}
    for entity in case.entities:
        _check_parent(entity, by_id)
    _check_one_top_parent(case.entities)
    for country in case.countries:
        _check_country(country)


def _who(entity: Entity) -> str:
    name = entity.name.strip() if isinstance(entity.name, str) else ""
    return f"entity {name!r} (id {entity.id})" if name else f"entity {entity.id}"


def _broken(entity: Entity, field: str, problem: str) -> DamagedCaseError:
    return DamagedCaseError(f"{_who(entity)}, {field}: {problem}")


def _check_ids(entities: list[Entity]) -> None:
    seen: dict[str, Entity] = {}
    for entity in entities:
        if entity.id in seen:
            raise _broken(entity, "id", f"{entity.id!r} is also the id of {_who(seen[entity.id])}")
        seen[entity.id] = entity


def _check_fields(entity: Entity) -> None:
    try:
        rules.check_name(entity.name)
    except EditRefused as refused:
        raise _broken(entity, "name", str(refused)) from None
    for name, words in _FIELD_WORDS.items():
        try:
            rules.check_entity_fields({name: getattr(entity, name)})
        except EditRefused as refused:
            raise _broken(entity, words, str(refused)) from None


def _check_parent(entity: Entity, by_id: dict[str, Entity]) -> None:
    if entity.parent_id is None:
        return
    if entity.parent_id == entity.id:
        raise _broken(entity, "parent", "it is its own parent")
    parent = by_id.get(entity.parent_id)
    if parent is None:
        raise _broken(entity, "parent", f"{entity.parent_id!r} is not in the case")
    chain = [entity]
    while chain[-1].parent_id is not None and chain[-1].parent_id in by_id:
        chain.append(by_id[chain[-1].parent_id])
        if chain[-1] is entity:
            names = " → ".join(member.name for member in chain)
            raise _broken(entity, "parent", f"the ownership goes round in a circle ({names})")
        if len(chain) > len(by_id):
            return  # a circle above this entity, reported for the entities on it
    if entity.role in GROUP_ROLES and parent.role not in GROUP_ROLES:
        raise _broken(
            entity, "parent", f"a group member under {parent.name}, which is not a group member"
        )


def _check_one_top_parent(entities: list[Entity]) -> None:
    tops = [e for e in entities if e.parent_id is None and e.role in GROUP_ROLES]
    if len(tops) > 1:
        raise _broken(tops[1], "parent", f"a second top parent of the group beside {tops[0].name}")


def _check_country(country: Country) -> None:
    who = f"country {country.code}"
    try:
        rules.check_code(country.code, "country code")
    except EditRefused as refused:
        raise DamagedCaseError(f"{who}, code: {refused}") from None
    fields = {name: getattr(country, name) for name in rules.COUNTRY_FIELDS}
    for name, value in fields.items():
        try:
            rules.check_country_fields({name: value})
        except EditRefused as refused:
            raise DamagedCaseError(f"{who}, {name.replace('_', ' ')}: {refused}") from None
