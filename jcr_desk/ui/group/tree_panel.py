"""The group tree with its toolbar: add, remove, rename and move (drag) entities.

Every change is a command given to ``push`` (the window's, which explains refusals); the
model follows each applied edit row by row, so the analyst keeps the branches they opened and
the entity they selected. After a full rebuild (another case, or an edit the model could not
follow) the panel puts expansion and selection back by entity id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.group_rules import GROUP_ROLES
from jcr_desk.case.document.model import Entity, new_id
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.group_commands import AddEntity, RemoveEntity
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.models.qt_entity_tree_model import EntityIdRole, EntityTreeModel


class GroupTreePanel(QWidget):
    """The issuer's group as an editable tree.

    Signals
    -------
    entity_selected(str)
        The id of the entity now selected, or ``""`` when none is.
    """

    entity_selected = Signal(str)

    def __init__(
        self,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._push = push
        self._expanded: set[str] = set()
        self._selected = ""
        self.model = EntityTreeModel(self, push=push)
        self.tree = QTreeView(self)
        self.tree.setObjectName("groupTree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.toolbar = QToolBar(self)
        self.add_company_action = self._action(
            self.tr("Add group company"),
            self.add_group_company,
            self.tr("Add a group company under the selected entity"),
        )
        self.add_holding_action = self._action(
            self.tr("Add holding company"),
            self.add_holding_company,
            self.tr("Start the group with its holding company"),
        )
        self.remove_action = self._action(
            self.tr("Remove"),
            self.remove_selected,
            self.tr("Remove the selected entity and everything below it"),
        )
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.rename_action = self._action(
            self.tr("Rename"),
            self.rename_selected,
            self.tr("Rename the selected entity (F2 or double-click)"),
        )
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tree)

        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        document.replaced.connect(self._case_replaced)
        document.edited.connect(self._case_edited)
        document.editable_changed.connect(lambda _editable: self._update_actions())
        self._case_replaced()

    # -- public --------------------------------------------------------------------------

    def selected_id(self) -> str:
        index = self.tree.currentIndex()
        return index.data(EntityIdRole) if index.isValid() else ""

    def select_entity(self, entity_id: str) -> None:
        """Select ``entity_id`` (opening its branch); an unknown or empty id clears it."""
        index = self.model.index_of(entity_id) if entity_id else QModelIndex()
        if not index.isValid():
            self.tree.selectionModel().clear()  # announces "" when something was selected
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    # -- actions -------------------------------------------------------------------------

    def add_group_company(self) -> None:
        selected = self.selected_id()
        parent = next((e for e in self._document.case.entities if e.id == selected), None)
        if parent is None or parent.role not in GROUP_ROLES:
            return
        entity = Entity(
            new_id(),
            self.tr("New group company"),
            "group_company",
            country=parent.country,
            currency=parent.currency,
            parent_id=parent.id,
        )
        self._add(entity)

    def add_holding_company(self) -> None:
        self._add(Entity(new_id(), self.tr("New holding company"), "holding"))

    def remove_selected(self) -> None:
        entity_id = self.selected_id()
        if not entity_id:
            return
        case = self._document.case
        children = case.children_of(entity_id)
        decisions = [d for d in case.decisions if d.entity_id == entity_id]
        if children or decisions:
            template = (
                self.tr(
                    "Remove {name} with the company directly under it and the decisions "
                    "recorded on them? You can undo this."
                )
                if len(children) == 1
                else self.tr(
                    "Remove {name} with the {count} companies directly under it and the "
                    "decisions recorded on them? You can undo this."
                )
            )
            question = template.format(name=case.entity(entity_id).name, count=len(children))
            answer = QMessageBox.question(
                self,
                self.tr("Remove entity"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._push(RemoveEntity(entity_id))

    def rename_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    # -- internals -----------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], tip: str) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _add(self, entity: Entity) -> None:
        if self._push(AddEntity(entity)):
            self.select_entity(entity.id)

    def _case_replaced(self) -> None:
        self._expanded = set()
        self._selected = ""
        self.model.set_case(self._document.case)
        self.tree.expandAll()
        self._update_actions()

    def _case_edited(self, _command: object) -> None:
        self.model.sync(self._document.case)
        self._update_actions()

    def _remember_view(self) -> None:
        self._expanded = {
            entity_id
            for entity_id in self._all_ids()
            if self.tree.isExpanded(self.model.index_of(entity_id))
        }
        self._selected = self.selected_id()

    def _restore_view(self) -> None:
        for entity_id in self._expanded:
            self.tree.expand(self.model.index_of(entity_id))
        self.select_entity(self._selected)

    def _all_ids(self) -> list[str]:
        ids: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                ids.append(index.data(EntityIdRole))
                pending.append(index)
        return ids

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self._update_actions()
        self.entity_selected.emit(current.data(EntityIdRole) if current.isValid() else "")

    def _update_actions(self) -> None:
        case = self._document.case
        editable = not self._document.read_only
        selected = self.selected_id()
        selected_entity = next((e for e in case.entities if e.id == selected), None)
        has_top = any(e.parent_id is None and e.role in GROUP_ROLES for e in case.entities)
        self.add_company_action.setEnabled(
            editable and selected_entity is not None and selected_entity.role in GROUP_ROLES
        )
        self.add_holding_action.setEnabled(editable and not has_top)
        self.remove_action.setEnabled(editable and selected_entity is not None)
        self.rename_action.setEnabled(editable and selected_entity is not None)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.tree.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
