"""The rationale's numbered paragraphs: a list to pick, add, remove and move, and an editor.

Every change is one :class:`~jcr_desk.case.edits.committee_commands.SetRationale` on the undo
stack; the text being typed is committed when the editor loses focus or another paragraph
is picked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.committee_commands import SetRationale

Index = QModelIndex | QPersistentModelIndex


class ParagraphsModel(QAbstractListModel):
    """ "(n) first words…" per paragraph; the full text in the tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._paragraphs: list[str] = []

    def set_paragraphs(self, paragraphs: list[str]) -> None:
        self.beginResetModel()
        self._paragraphs = list(paragraphs)
        self.endResetModel()

    def paragraphs(self) -> list[str]:
        return list(self._paragraphs)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._paragraphs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._paragraphs):
            return None
        text = self._paragraphs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            short = text if len(text) <= 90 else text[:87] + "…"
            return f"({index.row() + 1}) {short}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None


class _Editor(QPlainTextEdit):
    """Commits its paragraph when the analyst leaves it."""

    def __init__(self, commit: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._commit = commit

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)


class RationaleEditor(QWidget):
    def __init__(self, push: Callable[[CaseCommand], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._push = push
        self._current = -1
        self.model = ParagraphsModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._picked)
        self.editor = _Editor(self.commit, self)
        self.editor.setPlaceholderText(self.tr("Pick a paragraph, or add one, to write it here."))
        self.add_button = QPushButton(self.tr("Add paragraph"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.add_button.clicked.connect(self.add_paragraph)
        self.remove_button.clicked.connect(self.remove_paragraph)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.editor, 3)

    def show_paragraphs(self, paragraphs: list[str], editable: bool) -> None:
        """Show the case's rationale; the paragraph being typed keeps the analyst's text."""
        keep = self.editor.hasFocus()
        self.model.set_paragraphs(paragraphs)
        for widget in (
            self.editor,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(editable)
        row = min(self._current, len(paragraphs) - 1)
        if row >= 0:
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row))
            self.list.selectionModel().blockSignals(False)
        self._current = row
        if not keep:
            self.editor.setPlainText(paragraphs[row] if row >= 0 else "")

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.commit()
        self._current = current.row() if current.isValid() else -1
        paragraphs = self.model.paragraphs()
        if 0 <= self._current < len(paragraphs):
            self.editor.setPlainText(paragraphs[self._current])

    def commit(self) -> bool:
        """Push the editor's text into the current paragraph if it changed."""
        paragraphs = self.model.paragraphs()
        row = self._current
        text = self.editor.toPlainText().strip()
        if not 0 <= row < len(paragraphs) or paragraphs[row] == text or not text:
            return False
        paragraphs[row] = text
        return self._push(SetRationale(paragraphs))

    def add_paragraph(self) -> None:
        self.commit()
        paragraphs = [*self.model.paragraphs(), self.tr("New paragraph.")]
        if self._push(SetRationale(paragraphs)):
            self._current = len(paragraphs) - 1
            self.show_paragraphs(self.model.paragraphs(), True)
            self.editor.setFocus()
            self.editor.selectAll()

    def remove_paragraph(self) -> None:
        paragraphs = self.model.paragraphs()
        if 0 <= self._current < len(paragraphs):
            del paragraphs[self._current]
            self._push(SetRationale(paragraphs))

    def move(self, step: int) -> None:
        self.commit()
        paragraphs = self.model.paragraphs()
        row, target = self._current, self._current + step
        if 0 <= row < len(paragraphs) and 0 <= target < len(paragraphs):
            paragraphs[row], paragraphs[target] = paragraphs[target], paragraphs[row]
            self._current = target
            self._push(SetRationale(paragraphs))
