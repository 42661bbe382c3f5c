"""A program's checklists with the analyst's answers: SPC, facility or triggers and liquidity.

One row per point of the rulebook's lists that apply to the program's support; read-only:
answering goes through a dialog that takes the reason with the answer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jcr_desk.structured.abcp.program import FULLY_SUPPORTED, AbcpProgram, CheckAnswer
from jcr_desk.structured.abcp.rules import CheckItem, abcp_rules
from jcr_desk.ui.abcp.abcp_words import abcp_word
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
_COLOURS = {"yes": QColor(200, 230, 201), "no": QColor(244, 199, 195)}
# The answers as the case stores them, registered so the table shows them translated.
ANSWER_WORDS = {
    "yes": QT_TRANSLATE_NOOP("ChecksModel", "yes"),
    "no": QT_TRANSLATE_NOOP("ChecksModel", "no"),
    "open": QT_TRANSLATE_NOOP("ChecksModel", "open"),
}


class ChecksModel(TitledTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecksModel", "Check"),
        QT_TRANSLATE_NOOP("ChecksModel", "Point"),
        QT_TRANSLATE_NOOP("ChecksModel", "Answer"),
        QT_TRANSLATE_NOOP("ChecksModel", "Reason"),
        QT_TRANSLATE_NOOP("ChecksModel", "Source"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, CheckItem]] = []
        self._program: AbcpProgram | None = None

    def set_program(self, program: AbcpProgram | None) -> None:
        self.beginResetModel()
        self._program = program
        self._rows = []
        if program is not None:
            rules = abcp_rules()
            support = program.support(rules.fully_supported_share)
            lists = ("spc", "facility") if support == FULLY_SUPPORTED else ("spc", "internal")
            self._rows = [(name, item) for name in lists for item in rules.checks[name]]
        self.endResetModel()

    def row(self, row: int) -> tuple[str, CheckItem]:
        return self._rows[row]

    def answer(self, row: int) -> CheckAnswer:
        name, item = self._rows[row]
        assert self._program is not None
        return self._program.answer(name, item.key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        name, item = self._rows[index.row()]
        answer = self.answer(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            source = self.tr("Desk default") if item.desk_default else self.tr("methodology")
            words = {"spc": self.tr("SPC"), "facility": self.tr("Facility"),
                     "internal": self.tr("Triggers, liquidity")}
            shown = self.tr(ANSWER_WORDS.get(answer.answer, answer.answer))
            return (words[name], abcp_word(item.text), shown, answer.reason, source)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (1, 4):
                return f"{abcp_word(item.text)} [{item.citation}]"
            return answer.reason or None
        if role == Qt.ItemDataRole.BackgroundRole and column == 2:
            return _COLOURS.get(answer.answer)
        return None
