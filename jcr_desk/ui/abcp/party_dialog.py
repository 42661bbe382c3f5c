"""Choosing a rated party of a program: an entity of the group tab or a counterparty.

Module-level ``ask_party`` so tests replace it instead of driving the modal dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from jcr_desk.case.document.model import Case
from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.program import Party


class PartyDialog(QDialog):
    """A group entity, or a counterparty's name and short-term rating."""

    def __init__(self, title: str, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entity = QComboBox(self)
        self.entity.addItem(self.tr("A counterparty outside the group"), None)
        for entity in case.entities:
            self.entity.addItem(entity.name, entity.id)
        self.name = QLineEdit(self)
        self.rating = QComboBox(self)
        self.rating.addItem(self.tr("not rated"), None)
        for rating in ShortTermRating.scale():
            self.rating.addItem(rating.symbol, rating.symbol)
        self.entity.currentIndexChanged.connect(self._follow)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Group entity"), self.entity)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short-term rating"), self.rating)
        form.addRow(buttons)

    def _follow(self) -> None:
        """An entity brings its name and its rating from the group tab."""
        entity = self.entity.currentData() is not None
        if entity:
            self.name.setText(self.entity.currentText())
        self.rating.setEnabled(not entity)

    def party(self) -> Party | None:
        name = self.name.text().strip()
        if not name:
            return None
        return Party(name, self.entity.currentData(), None if self.entity.currentData()
                     else self.rating.currentData())


def ask_party(parent: QWidget | None, title: str, case: Case) -> Party | None:
    """The party the analyst chose, or None when cancelled or left without a name."""
    dialog = PartyDialog(title, case, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.party()
