"""Undoable edits of the issuer's group and of the countries of a case.

Every command checks with :mod:`jcr_desk.case.document.group_rules` before it changes
anything, keeps what it replaced, and on undo puts it back in place (same list positions), so
an undo leaves the case as it was apart from the audit trail, which records both the edit and
its undo.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from jcr_desk.case.document import group_rules as rules
from jcr_desk.case.document import group_words as words
from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import Case, Country, Decision, Entity
from jcr_desk.i18n import QT_TRANSLATE_NOOP

_ABSENT = object()  # an input key that was not set before the edit


class AddEntity:
    """Add one entity (a group member or another party) to the case."""

    def __init__(self, entity: Entity) -> None:
        self._entity = copy.deepcopy(entity)
        self.text = f"Add {entity.name.strip() or 'entity'}"

    def check(self, case: Case) -> None:
        entity = self._entity
        if any(e.id == entity.id for e in case.entities):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "An entity with the same identifier is already in the case."
                )
            )
        rules.check_name(entity.name)
        rules.check_entity_fields({name: getattr(entity, name) for name in rules.ENTITY_FIELDS})
        for target in ("inputs", "financials"):
            for key, value in getattr(entity, target).items():
                rules.check_input(key, value, target)
        rules.check_placement(case, entity.id, entity.role, entity.parent_id)

    def redo(self, case: Case) -> None:
        case.entities.append(copy.deepcopy(self._entity))
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "entity added"),
            f"{self._entity.name} ({self._entity.role})",
        )

    def undo(self, case: Case) -> None:
        case.entities[:] = [e for e in case.entities if e.id != self._entity.id]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class RemoveEntity:
    """Remove an entity with everything below it and the decisions recorded on them."""

    def __init__(self, entity_id: str) -> None:
        self._entity_id = entity_id
        self.text = "Remove entity"
        self._entities: list[tuple[int, Entity]] = []
        self._decisions: list[tuple[int, Decision]] = []

    def check(self, case: Case) -> None:
        self.text = f"Remove {rules.require_entity(case, self._entity_id).name}"

    def redo(self, case: Case) -> None:
        doomed = {self._entity_id, *rules.descendants(case, self._entity_id)}
        self._entities = [(i, e) for i, e in enumerate(case.entities) if e.id in doomed]
        self._decisions = [(i, d) for i, d in enumerate(case.decisions) if d.entity_id in doomed]
        case.entities[:] = [e for e in case.entities if e.id not in doomed]
        case.decisions[:] = [d for d in case.decisions if d.entity_id not in doomed]
        names = ", ".join(e.name for _, e in self._entities)
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "entity removed"),
            f"{names}; {len(self._decisions)} decision(s) with them",
        )

    def undo(self, case: Case) -> None:
        for position, entity in self._entities:
            case.entities.insert(position, entity)
        for position, decision in self._decisions:
            case.decisions.insert(position, decision)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class MoveEntity:
    """Hang an entity (with its subtree) under another parent, or at the top."""

    def __init__(self, entity_id: str, new_parent_id: str | None) -> None:
        self._entity_id = entity_id
        self._new_parent_id = new_parent_id
        self._old_parent_id: str | None = None
        self.text = "Move entity"

    def check(self, case: Case) -> None:
        entity = rules.require_entity(case, self._entity_id)
        rules.check_placement(case, entity.id, entity.role, self._new_parent_id)
        self.text = f"Move {entity.name}"

    def redo(self, case: Case) -> None:
        entity = case.entity(self._entity_id)
        self._old_parent_id = entity.parent_id
        entity.parent_id = self._new_parent_id
        where = "the top" if self._new_parent_id is None else case.entity(self._new_parent_id).name
        case.log(QT_TRANSLATE_NOOP("AuditLog", "entity moved"), f"{entity.name} to {where}")

    def undo(self, case: Case) -> None:
        case.entity(self._entity_id).parent_id = self._old_parent_id
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class _AttributeEdit:
    """Set some attributes of one object of the case; undo sets the old values back.

    Subclasses say which object (:meth:`_target`), how to describe it and how to check and
    normalise the new values (:meth:`_values`).
    """

    action: str
    _target: Callable[[Case], Any]
    _values: Callable[[Case], dict[str, Any]]

    def __init__(self, fields: Mapping[str, Any], text: str) -> None:
        self._fields = dict(fields)
        self._old: dict[str, Any] = {}
        self.text = text

    def check(self, case: Case) -> None:
        values = self._values(case)
        self.text = words.set_text(self._target(case).name, values)

    def redo(self, case: Case) -> None:
        target = self._target(case)
        values = self._values(case)
        self._old = {name: getattr(target, name) for name in values}
        for name, value in values.items():
            setattr(target, name, value)
        case.log(self.action, words.change_detail(_label(target), self._old, values))

    def undo(self, case: Case) -> None:
        target = self._target(case)
        for name, value in self._old.items():
            setattr(target, name, value)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class RenameEntity(_AttributeEdit):
    action = QT_TRANSLATE_NOOP("AuditLog", "entity renamed")

    def __init__(self, entity_id: str, name: str) -> None:
        super().__init__({"name": name}, f"Rename to {str(name).strip()}")
        self._entity_id = entity_id

    def check(self, case: Case) -> None:
        new = self._values(case)["name"]
        self.text = f"Rename {self._target(case).name} to {new}"

    def _target(self, case: Case) -> Entity:
        return rules.require_entity(case, self._entity_id)

    def _values(self, case: Case) -> dict[str, Any]:
        self._target(case)
        return {"name": rules.check_name(self._fields["name"])}


class SetEntityFields(_AttributeEdit):
    """Change role, sector, country, currency, ownership or Japanese name of one entity."""

    action = QT_TRANSLATE_NOOP("AuditLog", "entity edited")

    def __init__(self, entity_id: str, /, **fields: Any) -> None:
        super().__init__(fields, "Edit entity")
        self._entity_id = entity_id

    def _target(self, case: Case) -> Entity:
        return rules.require_entity(case, self._entity_id)

    def _values(self, case: Case) -> dict[str, Any]:
        entity = self._target(case)
        values = rules.check_entity_fields(self._fields)
        rules.check_placement(case, entity.id, values.get("role", entity.role), entity.parent_id)
        return values


class SetCountryFields(_AttributeEdit):
    """Change a country's name, sovereign ratings, ceiling or hard-currency flag."""

    action = QT_TRANSLATE_NOOP("AuditLog", "country edited")

    def __init__(self, code: str, /, **fields: Any) -> None:
        super().__init__(fields, f"Edit country {code}")
        self._code = code

    def _target(self, case: Case) -> Country:
        return rules.require_country(case, self._code)

    def _values(self, case: Case) -> dict[str, Any]:
        self._target(case)
        return rules.check_country_fields(self._fields)


class SetEntityInputs:
    """Set or clear rule inputs (or financial figures) of one entity; ``None`` clears a key."""

    def __init__(self, entity_id: str, changes: Mapping[str, Any], target: str = "inputs") -> None:
        self._entity_id = entity_id
        self._changes = dict(changes)
        self._target = target
        self._old: dict[str, Any] = {}
        self.text = "Edit inputs"

    def _values(self, case: Case) -> dict[str, Any]:
        rules.require_entity(case, self._entity_id)
        return {
            key: rules.check_input(key, value, self._target) for key, value in self._changes.items()
        }

    def check(self, case: Case) -> None:
        values = self._values(case)
        self.text = words.set_text(case.entity(self._entity_id).name, values)

    def redo(self, case: Case) -> None:
        entity = case.entity(self._entity_id)
        store: dict[str, Any] = getattr(entity, self._target)
        values = self._values(case)
        self._old = {key: store.get(key, _ABSENT) for key in values}
        before = {key: store.get(key) for key in values}
        for key, value in values.items():
            if value is None:
                store.pop(key, None)
            else:
                store[key] = value
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "inputs edited"),
            words.change_detail(entity.name, before, values),
        )

    def undo(self, case: Case) -> None:
        store: dict[str, Any] = getattr(case.entity(self._entity_id), self._target)
        for key, value in self._old.items():
            if value is _ABSENT:
                store.pop(key, None)
            else:
                store[key] = value
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class AddCountry:
    """Add a country (its sovereign ratings and ceiling) to the case."""

    def __init__(self, country: Country) -> None:
        self._country = copy.deepcopy(country)
        self.text = f"Add country {country.code}"

    def _normalised(self) -> Country:
        fields = {name: getattr(self._country, name) for name in rules.COUNTRY_FIELDS}
        return Country(
            rules.check_code(self._country.code, "country code"),
            **rules.check_country_fields(fields),
        )

    def check(self, case: Case) -> None:
        code = self._normalised().code
        if any(country.code == code for country in case.countries):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The case already has a country with the code {code}."
                ),
                code=code,
            )

    def redo(self, case: Case) -> None:
        country = self._normalised()
        case.countries.append(country)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "country added"), f"{country.name} ({country.code})")

    def undo(self, case: Case) -> None:
        code = self._normalised().code
        case.countries[:] = [c for c in case.countries if c.code != code]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class RemoveCountry:
    """Remove a country; undo puts it back at the same place in the list."""

    def __init__(self, code: str) -> None:
        self._code = code
        self._removed: tuple[int, Country] | None = None
        self.text = f"Remove country {code}"

    def check(self, case: Case) -> None:
        rules.require_country(case, self._code)

    def redo(self, case: Case) -> None:
        country = rules.require_country(case, self._code)
        position = case.countries.index(country)
        self._removed = (position, case.countries.pop(position))
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "country removed"), f"{country.name} ({country.code})"
        )

    def undo(self, case: Case) -> None:
        if self._removed is None:
            raise RuntimeError("undo before redo")
        position, country = self._removed
        case.countries.insert(position, country)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _label(target: Entity | Country) -> str:
    return target.name if isinstance(target, Entity) else f"{target.name} ({target.code})"
