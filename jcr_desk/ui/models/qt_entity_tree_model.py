"""Tree model of the issuer's group: each entity under its parent.

The model reads the case's entity list (``parent_id`` links) and exposes it as a tree;
an index carries its entity's slot in a stable id table as ``internalId`` (no Python
pointers inside indexes), and views ask for entities by id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from jcr_desk.case.model import Case, Entity

Index = QModelIndex | QPersistentModelIndex

ROLE_LABELS = {
    "holding": "Holding company",
    "intermediate_holding": "Intermediate holding company",
    "core": "Core company",
    "group_company": "Group company",
    "guarantor": "Guarantor",
    "servicer": "Servicer",
    "sponsor": "Sponsor",
    "spv": "SPV / trust",
    "issuer": "Issuer",
    "sovereign": "Sovereign",
}
SECTOR_LABELS = {
    "bank": "Bank",
    "trust_bank": "Trust bank",
    "insurer": "Insurer",
    "securities": "Securities",
    "card_nonbank": "Card / nonbank",
    "industrial": "Industrial",
    "trust": "Trust",
}
HEADERS = ("Entity", "Role", "Sector", "Country", "Currency", "Ownership %")
#: Custom role: the entity id behind an index.
EntityIdRole = Qt.ItemDataRole.UserRole + 1


class EntityTreeModel(QAbstractItemModel):
    """Read-only view of the group; :meth:`set_case` rebuilds it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []  # internalId -> entity id
        self._slot: dict[str, int] = {}  # entity id -> internalId
        self._entities: dict[str, Entity] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent_of: dict[str, str | None] = {}

    def set_case(self, case: Case) -> None:
        self.beginResetModel()
        self._entities = {e.id: e for e in case.entities}
        self._ids = [e.id for e in case.entities]
        self._slot = {entity_id: slot for slot, entity_id in enumerate(self._ids)}
        self._children = {}
        self._parent_of = {}
        for entity in case.entities:
            parent = entity.parent_id if entity.parent_id in self._entities else None
            self._parent_of[entity.id] = parent
            self._children.setdefault(parent, []).append(entity.id)
        self.endResetModel()

    def entity_at(self, index: Index) -> Entity | None:
        if not index.isValid():
            return None
        return self._entities[self._ids[index.internalId()]]

    def index_of(self, entity_id: str, column: int = 0) -> QModelIndex:
        parent = self._parent_of.get(entity_id)
        siblings = self._children.get(parent, [])
        if entity_id not in siblings:
            return QModelIndex()
        return self.createIndex(siblings.index(entity_id), column, self._slot[entity_id])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        parent_id = self.entity_at(parent).id if parent.isValid() else None
        children = self._children.get(parent_id, [])
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, self._slot[children[row]])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        entity = self.entity_at(child)
        parent_id = self._parent_of.get(entity.id) if entity else None
        if parent_id is None:
            return QModelIndex()
        return self.index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = self.entity_at(parent).id if parent.isValid() else None
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entity = self.entity_at(index)
        if entity is None:
            return None
        if role == EntityIdRole:
            return entity.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return _cell(entity, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


def _cell(entity: Entity, column: int) -> str:
    if column == 0:
        return entity.name
    if column == 1:
        return ROLE_LABELS.get(entity.role, entity.role)
    if column == 2:
        return SECTOR_LABELS.get(entity.sector, entity.sector)
    if column == 3:
        return entity.country
    if column == 4:
        return entity.currency
    return "" if entity.ownership_pct is None else f"{entity.ownership_pct:.1f}"
