"""The guarantee company's requirements (seed 002 §7(1)) with the analyst's answers.

One row per requirement of the rulebook: its text, the answer (yes, no, open) and the reason.
Read-only: answering goes through a dialog that asks for the reason with the answer, so a
requirement is never answered without one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jcr_desk.structured.rmbs.deal import Answer, GuaranteeScheme
from jcr_desk.structured.rmbs.settings import Requirement, stress_settings
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
#: The rulebook's requirements (resources/methodology/stress.toml) registered for
#: pyside6-lupdate; a requirement the rulebook rewords shows in English until translated.
REQUIREMENTS = (
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "Every loan of the pool carries the joint and several guarantee of the guarantee "
        "company affiliated with the originating bank.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "The originating bank holds a rating from the agency at the level the deal needs.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "The bank and its guarantee company form one business, or the contracts provide for it.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "The guarantee excuses payment only in narrow cases (such as the bank's breach, "
        "wilful misconduct or gross negligence), and in those cases the bank must buy the "
        "loan back.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "Where an excuse is not so limited (such as earthquake damage to the building), the "
        "structure says how the loss is met.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "A loan whose terms the bank eases (rate cut, longer term) must be bought back by the"
        " bank.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "A legal opinion confirms that the transfer of the loans is a true sale.",
    ),
    QT_TRANSLATE_NOOP(
        "ChecklistModel",
        "Interest-rate, setoff and the other risks the guarantee does not cover have "
        "enhancement of their own (subordination or cash reserves).",
    ),
)
ANSWER_WORDS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "yes"),
    QT_TRANSLATE_NOOP("ChecklistModel", "no"),
    QT_TRANSLATE_NOOP("ChecklistModel", "open"),
)
_COLOURS = {"yes": QColor(200, 230, 201), "no": QColor(244, 199, 195)}


class ChecklistModel(TitledTableModel):
    """Rows are the rulebook's requirements; :meth:`set_scheme` resets the answers."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistModel", "Requirement (002 §7(1))"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Answer"),
        QT_TRANSLATE_NOOP("ChecklistModel", "Reason"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._requirements: tuple[Requirement, ...] = stress_settings().guarantee_requirements
        self._scheme = GuaranteeScheme()

    def set_scheme(self, scheme: GuaranteeScheme | None) -> None:
        self.beginResetModel()
        self._scheme = scheme or GuaranteeScheme()
        self.endResetModel()

    def requirement(self, row: int) -> Requirement:
        return self._requirements[row]

    def answer(self, row: int) -> Answer:
        return self._scheme.answer(self._requirements[row].key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._requirements)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        requirement = self._requirements[index.row()]
        answer = self.answer(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr(requirement.text), self.tr(answer.answer), answer.reason)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(requirement.text) if column == 0 else answer.reason or None
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return _COLOURS.get(answer.answer)
        return None
