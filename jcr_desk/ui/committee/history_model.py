"""The rating history as an editable table; an edit becomes one undoable command.

``setData`` builds the history with the one cell changed and hands it to ``push`` as a
:class:`~jcr_desk.case.edits.committee_commands.SetHistory`; the command's check refuses a line
that cannot be right (an unknown rating, an empty issuer), and the table shows the case
again. A date that is not ISO (2021-04-20) is refused here with the format named.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal

from jcr_desk.case.document.model import RatingHistoryEntry
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.committee_commands import SetHistory
from jcr_desk.ui.committee.outlook_words import outlook_word
from jcr_desk.ui.locale_text import date_text
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("issuer", "issue", "publication_date", "rating", "outlook")


class HistoryModel(TitledTableModel):
    """Rows in the case's order; ``refused(message)`` when an edit cannot be made."""

    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Issuer"),
        QT_TRANSLATE_NOOP("HistoryModel", "Issue"),
        QT_TRANSLATE_NOOP("HistoryModel", "Publication date"),
        QT_TRANSLATE_NOOP("HistoryModel", "Rating"),
        QT_TRANSLATE_NOOP("HistoryModel", "Outlook / direction"),
    )
    refused = Signal(str)

    def __init__(self, push: Callable[[CaseCommand], bool], parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self._rows: list[RatingHistoryEntry] = []
        self.editable = True

    def set_rows(self, rows: list[RatingHistoryEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RatingHistoryEntry]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            field = FIELDS[index.column()]
            value = getattr(self._rows[index.row()], field)
            if field == "outlook" and role == Qt.ItemDataRole.DisplayRole and value:
                return outlook_word(value)
            if isinstance(value, date):  # edited as ISO, shown as the analyst writes dates
                shown = role == Qt.ItemDataRole.DisplayRole
                return date_text(value) if shown else value.isoformat()
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = FIELDS[index.column()]
        text = str(value).strip()
        new_value: object = text
        if field == "publication_date":
            try:
                new_value = date.fromisoformat(text)
            except ValueError:
                self.refused.emit(self.tr("%s is not a date: write it as 2021-04-20.") % text)
                return False
        row = self._rows[index.row()]
        if getattr(row, field) == new_value:
            return False
        rows = self.rows()
        rows[index.row()] = dataclasses.replace(row, **{field: new_value})
        return self._push(SetHistory(rows, QT_TRANSLATE_NOOP("CaseCommand", "Edit history line")))
