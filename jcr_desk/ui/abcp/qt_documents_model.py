"""The documents the methodology lists for the program's type, checked when received."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from jcr_desk.structured.abcp.program import FULLY_SUPPORTED, AbcpProgram
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.rulebook_reader import Requirement
from jcr_desk.ui.abcp.abcp_words import abcp_word

Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(QAbstractListModel):
    """One checkable row per document; checking one calls ``received(keys)`` with the new
    set (the tab pushes the edit; the model shows the case's set when it is reset)."""

    def __init__(self, received: Callable[[tuple[str, ...]], None], parent=None) -> None:
        super().__init__(parent)
        self._received = received
        self._documents: tuple[Requirement, ...] = ()
        self._keys: tuple[str, ...] = ()
        self.editable = True

    def set_program(self, program: AbcpProgram | None) -> None:
        self.beginResetModel()
        if program is None:
            self._documents, self._keys = (), ()
        else:
            rules = abcp_rules()
            support = program.support(rules.fully_supported_share)
            kind = "fully_supported" if support == FULLY_SUPPORTED else "internal"
            self._documents = rules.documents[kind]
            self._keys = program.documents
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._documents):
            return None
        document = self._documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return abcp_word(document.text)
        if role == Qt.ItemDataRole.CheckStateRole:
            received = document.key in self._keys
            return Qt.CheckState.Checked if received else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid() or not self.editable:
            return base
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self._documents[index.row()].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        keys = [k for k in self._keys if k != key] + ([key] if checked else [])
        self._received(tuple(keys))
        return False  # the case decides; the model is reset from it after the edit
