"""Tree model of the issuer's group: each entity under its parent.

The model reads the case's entity list (``parent_id`` links) and exposes it as a tree;
an index carries its entity's slot in a stable id table as ``internalId`` (no Python
pointers inside indexes), and views ask for entities by id.

Given a ``push`` callable the model is editable: renaming a cell and dropping an entity on
another become :class:`RenameEntity` / :class:`MoveEntity` commands, and :meth:`sync` turns
each applied edit into row insertions, removals, moves and data changes, so views keep their
expansion and selection instead of being reset.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from jcr_desk.case.document.entity_words import ROLE_LABELS, SECTOR_LABELS
from jcr_desk.case.document.model import Case, Entity
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.group_commands import MoveEntity, RenameEntity

Index = QModelIndex | QPersistentModelIndex

HEADERS = (
    QT_TRANSLATE_NOOP("EntityTreeModel", "Entity"),
    QT_TRANSLATE_NOOP("EntityTreeModel", "Role"),
    QT_TRANSLATE_NOOP("EntityTreeModel", "Sector"),
    QT_TRANSLATE_NOOP("EntityTreeModel", "Country"),
    QT_TRANSLATE_NOOP("EntityTreeModel", "Currency"),
    QT_TRANSLATE_NOOP("EntityTreeModel", "Ownership %"),
)


def role_label(role: str) -> str:
    """A role as the analyst reads it, in the window's language."""
    return _translated(ROLE_LABELS.get(role, role))


def sector_label(sector: str) -> str:
    """A sector as the analyst reads it, in the window's language."""
    return _translated(SECTOR_LABELS.get(sector, sector))


def _translated(text: str) -> str:
    return QCoreApplication.translate("EntityTreeModel", text)


#: Custom role: the entity id behind an index.
EntityIdRole = Qt.ItemDataRole.UserRole + 1
#: What a dragged entity carries: its id, for drops inside the same tree.
ENTITY_MIME = "application/x-jcr-desk-entity-ids"

Push = Callable[[CaseCommand], bool]
_NOWHERE = object()  # marks an entity the model does not show yet


class EntityTreeModel(QAbstractItemModel):
    """The group as a tree; :meth:`set_case` rebuilds it, :meth:`sync` follows edits."""

    def __init__(self, parent=None, *, push: Push | None = None) -> None:
        super().__init__(parent)
        self._push = push
        self._ids: list[str] = []  # internalId -> entity id (slots are never reused)
        self._slot: dict[str, int] = {}  # entity id -> internalId
        self._entities: dict[str, Entity] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent_of: dict[str, str | None] = {}
        self._shown: dict[str, tuple[str, ...]] = {}  # entity id -> cells as last shown

    def set_case(self, case: Case) -> None:
        self.beginResetModel()
        self._ids = []
        self._slot = {}
        self._entities = {e.id: e for e in case.entities}
        self._children = {}
        self._parent_of = {}
        for entity_id, parent in _tree(case).items():
            self._slot[entity_id] = len(self._ids)
            self._ids.append(entity_id)
            self._parent_of[entity_id] = parent
            self._children.setdefault(parent, []).append(entity_id)
        self._shown = {e.id: _cells(e) for e in case.entities}
        self.endResetModel()

    def sync(self, case: Case) -> None:
        """Follow an edit of ``case`` with fine-grained signals (a reset if that fails).

        Commands keep the relative order of entities in the case, so each entity's row is
        its rank among its siblings in the case's list.
        """
        target = _tree(case)
        rank = {entity_id: position for position, entity_id in enumerate(target)}
        current = {e.id: e for e in case.entities}
        self._entities.update(current)  # removed rows stay readable until they are gone
        self._remove_gone(target)
        self._entities = current
        if not self._move_and_insert(target, rank):
            self.set_case(case)
            return
        for entity in case.entities:
            cells = _cells(entity)
            if self._shown.get(entity.id) != cells:
                self._shown[entity.id] = cells
                self.dataChanged.emit(
                    self.index_of(entity.id, 0), self.index_of(entity.id, len(HEADERS) - 1)
                )

    def _remove_gone(self, target: dict[str, str | None]) -> None:
        gone = [i for i in self._parent_of if i not in target]
        for entity_id in gone:
            parent = self._parent_of.get(entity_id)
            if entity_id not in self._parent_of or parent in gone:
                continue  # already removed with its parent, or goes with it
            row = self._children[parent].index(entity_id)
            self.beginRemoveRows(self._parent_index(parent), row, row)
            self._forget(entity_id)
            self.endRemoveRows()

    def _forget(self, entity_id: str) -> None:
        for child in list(self._children.get(entity_id, [])):
            self._forget(child)
        self._children.pop(entity_id, None)
        parent = self._parent_of.pop(entity_id)
        self._children[parent].remove(entity_id)
        self._shown.pop(entity_id, None)

    def _move_and_insert(self, target: dict[str, str | None], rank: dict[str, int]) -> bool:
        for entity_id, parent in target.items():  # parents come before their children
            old = self._parent_of.get(entity_id, _NOWHERE)
            if old == parent:
                continue
            siblings = self._children.setdefault(parent, [])
            row = sum(1 for sibling in siblings if rank.get(sibling, -1) < rank[entity_id])
            if old is _NOWHERE:
                self.beginInsertRows(self._parent_index(parent), row, row)
                self._slot[entity_id] = len(self._ids)
                self._ids.append(entity_id)
                self._shown[entity_id] = _cells(self._entities[entity_id])
                self._place(entity_id, parent, row)
                self.endInsertRows()
                continue
            old_row = self._children[old].index(entity_id)
            if not self.beginMoveRows(
                self._parent_index(old), old_row, old_row, self._parent_index(parent), row
            ):
                return False
            self._children[old].remove(entity_id)
            self._place(entity_id, parent, row)
            self.endMoveRows()
        return True

    def _place(self, entity_id: str, parent: str | None, row: int) -> None:
        self._children.setdefault(parent, []).insert(row, entity_id)
        self._parent_of[entity_id] = parent

    def _parent_index(self, parent: str | None) -> QModelIndex:
        return QModelIndex() if parent is None else self.index_of(parent)

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
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return _cell(entity, index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translated(HEADERS[section])
        return None

    # -- editing ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._push is None:
            return flags
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entity = self.entity_at(index)
        if (
            self._push is None
            or entity is None
            or index.column() != 0
            or role != Qt.ItemDataRole.EditRole
            or str(value) == entity.name
        ):
            return False
        return self._push(RenameEntity(entity.id, str(value)))

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTITY_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(index.data(EntityIdRole) for index in indexes if index.isValid()))
        data = QMimeData()
        data.setData(ENTITY_MIME, json.dumps(ids).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (
            self._push is not None
            and action == Qt.DropAction.MoveAction
            and bool(_dragged_ids(data))
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropping on an entity (or between its children) hangs the dragged one under it.

        Only the parent changes: the order of siblings follows the case, so a drop that
        keeps the parent is not an edit.
        """
        if not self.canDropMimeData(data, action, row, column, parent) or self._push is None:
            return False
        new_parent = self.entity_at(parent)
        new_parent_id = new_parent.id if new_parent is not None else None
        moved = False
        for entity_id in _dragged_ids(data):
            if entity_id in self._parent_of and self._parent_of[entity_id] != new_parent_id:
                moved = self._push(MoveEntity(entity_id, new_parent_id)) or moved
        return moved


def _tree(case: Case) -> dict[str, str | None]:
    """Entity id -> shown parent, parents first and siblings in case order.

    A parent missing from the case puts its child at the top; entities caught in a cycle of
    parents (possible only in a damaged file) cannot be placed in a tree and are left out.
    """
    known = {e.id for e in case.entities}
    children: dict[str | None, list[str]] = {}
    for entity in case.entities:
        parent = entity.parent_id if entity.parent_id in known else None
        children.setdefault(parent, []).append(entity.id)
    order: dict[str, str | None] = {}
    stack: list[tuple[str, str | None]] = [(i, None) for i in reversed(children.get(None, []))]
    while stack:
        entity_id, parent = stack.pop()
        order[entity_id] = parent
        stack.extend((child, entity_id) for child in reversed(children.get(entity_id, [])))
    return order


def _dragged_ids(data: QMimeData) -> list[str]:
    if not data.hasFormat(ENTITY_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(ENTITY_MIME).data()).decode())
    except (UnicodeDecodeError, ValueError):
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def _cells(entity: Entity) -> tuple[str, ...]:
    return tuple(_cell(entity, column) for column in range(len(HEADERS)))


def _cell(entity: Entity, column: int) -> str:
    if column == 0:
        return entity.name
    if column == 1:
        return role_label(entity.role)
    if column == 2:
        return sector_label(entity.sector)
    if column == 3:
        return entity.country
    if column == 4:
        return entity.currency
    return "" if entity.ownership_pct is None else f"{entity.ownership_pct:.1f}"
