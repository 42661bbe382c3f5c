"""The rated items of the case as a table: current → proposed and the action.

One row per :class:`~jcr_desk.case.services.rated_items.RatedItem`; ``KEY_ROLE`` gives the item's
key. A missing proposal or action reads as such in red, never as a blank.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcr_desk.case.services.rated_items import CLASS, PROGRAM, RatedItem
from jcr_desk.i18n import current_language
from jcr_desk.ui.committee.outlook_words import outlook_word
from jcr_desk.ui.locale_text import date_text
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel
from jcr_desk.ui.translations import shown

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole
_MISSING = QBrush(QColor("#b3261e"))


class RatedItemsModel(TitledTableModel):
    """Issuer, item, current rating, proposal and its source, action, notes."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RatedItemsModel", "Issuer"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Item"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Current"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Since"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Proposed"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Proposal from"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Action"),
        QT_TRANSLATE_NOOP("RatedItemsModel", "Notes"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[RatedItem] = []

    def item_labels(self) -> dict[str, str]:
        return {
            "long_term": self.tr("Long-term issuer rating"),
            "short_term": self.tr("Short-term (CP)"),
            "issue": self.tr("Issue rating"),
        }

    def action_labels(self) -> dict[str, str]:
        return {
            "assignment": self.tr("Assignment"),
            "affirmation": self.tr("Affirmation"),
            "upgrade": self.tr("Upgrade"),
            "downgrade": self.tr("Downgrade"),
            "outlook_change": self.tr("Outlook change"),
        }

    def source_labels(self) -> dict[str, str]:
        return {
            "decision": self.tr("decision"),
            "override": self.tr("override"),
            "guideline": self.tr("guideline"),
            "stress result": self.tr("stress result"),
        }

    def set_items(self, items: list[RatedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> RatedItem:
        return self._items[row]

    def row_of(self, key: str) -> int | None:
        return next((i for i, item in enumerate(self._items) if item.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == KEY_ROLE:
            return item.key
        if role == Qt.ItemDataRole.ForegroundRole and self._is_missing(item, column):
            return _MISSING
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _text(self, item: RatedItem, column: int) -> str:
        current = item.current
        if column == 0:
            return item.issuer_name(current_language())
        if column == 1:
            if item.kind == PROGRAM:
                return self.tr("ABCP: {program}").format(program=item.class_name)
            return item.class_name if item.kind == CLASS else self.item_labels()[item.kind]
        if column == 2:
            return _with_outlook(current.rating, current.outlook) if current else self.tr("none")
        if column == 3:
            return date_text(current.publication_date) if current else ""
        if column == 4:
            if item.proposal.rating is None:
                return self.tr("no proposal")
            outlook = item.outlook or (self.tr("outlook?") if item.carries_outlook else "")
            return _with_outlook(item.proposal.rating, outlook)
        if column == 5:
            return self.source_labels().get(item.proposal.source, "")
        if column == 6:
            if item.action is None:
                return self.tr("undetermined")
            label = self.action_labels()[item.action]
            return self.tr("%s (chosen)") % label if item.chosen_action else label
        return " ".join(shown(note) for note in item.notes)

    @staticmethod
    def _is_missing(item: RatedItem, column: int) -> bool:
        if column == 4:
            return item.proposal.rating is None or (item.carries_outlook and not item.outlook)
        if column == 6:
            return item.action is None
        return column == 7 and bool(item.notes)

    def _tooltip(self, item: RatedItem, column: int) -> str | None:
        if column == 4 and item.proposal.citations:
            return "\n".join(item.proposal.citations)
        if column == 5 and item.proposal.reason:
            return item.proposal.reason
        if column == 6 and item.chosen_action:
            derived = self.action_labels().get(item.derived_action or "", self.tr("none"))
            return self.tr("Derived: %s. Reason: %s") % (derived, item.action_reason)
        if column == 7 and item.notes:
            return "\n".join(shown(note) for note in item.notes)
        return None


def _with_outlook(rating: str, outlook: str) -> str:
    return f"{rating} / {outlook_word(outlook)}" if outlook else rating
