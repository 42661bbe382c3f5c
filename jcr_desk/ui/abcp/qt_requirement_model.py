"""The required subordination per target rating, part by part, against what the program has.

One row per target rating; each part's tooltip says what it rests on (the history's figure,
the stress, the rulebook entry) and its citation, so every figure is traceable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.subordination import FAIL, PART_KEYS, PASS, RatingTest
from jcr_desk.ui.abcp.abcp_words import citation_shown
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel
from jcr_desk.ui.translations import shown

Index = QModelIndex | QPersistentModelIndex
_OUTCOME_COLOURS = {PASS: QColor(200, 230, 201), FAIL: QColor(244, 199, 195)}
FACTOR_COLUMN = 1


class RequirementModel(TitledTableModel):
    """Rows are a result's rating tests; :meth:`set_result` resets them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RequirementModel", "Rating"),
        QT_TRANSLATE_NOOP("RequirementModel", "Factor"),
        QT_TRANSLATE_NOOP("RequirementModel", "Stressed credit loss"),
        QT_TRANSLATE_NOOP("RequirementModel", "Stressed dilution"),
        QT_TRANSLATE_NOOP("RequirementModel", "Commingling"),
        QT_TRANSLATE_NOOP("RequirementModel", "Servicer-transfer reserve"),
        QT_TRANSLATE_NOOP("RequirementModel", "Required"),
        QT_TRANSLATE_NOOP("RequirementModel", "Has"),
        QT_TRANSLATE_NOOP("RequirementModel", "Result"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tests: tuple[RatingTest, ...] = ()

    def set_result(self, result: ProgramResult | None) -> None:
        self.beginResetModel()
        self._tests = () if result is None else result.tests
        self.endResetModel()

    def test(self, row: int) -> RatingTest:
        return self._tests[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._tests)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._tests):
            return None
        test = self._tests[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(test, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(test, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == len(self.HEADERS) - 1:
            return _OUTCOME_COLOURS.get(test.outcome)
        return None

    def _text(self, test: RatingTest, column: int) -> str:
        if column == 0:
            return test.rating
        if column == FACTOR_COLUMN:
            rate = test.stressed[0]
            mark = " *" if rate.adjusted else ""
            factor = f"× {rate.factor:g}" if rate.form == "multiple" else f"+{rate.factor:g} SD"
            return factor + mark
        if 2 <= column < 2 + len(PART_KEYS):
            return f"{test.part(PART_KEYS[column - 2]).value:.2%}"
        if column == 6:
            return f"{test.required:.2%}"
        if column == 7:
            return f"{test.available:.2%}"
        return {
            PASS: self.tr("pass"),
            FAIL: self.tr("fail"),
        }.get(test.outcome, self.tr("pass only under the originator's rating"))

    def _tooltip(self, test: RatingTest, column: int) -> str | None:
        if column == FACTOR_COLUMN:
            rate = test.stressed[0]
            source = self.tr("set by the analyst") if rate.adjusted else self.tr("Desk default")
            return self.tr("{words} ({source}); double-click to change").format(
                words=shown(rate.words), source=source
            )
        if 2 <= column < 2 + len(PART_KEYS):
            part = test.part(PART_KEYS[column - 2])
            return f"{shown(part.basis)} [{citation_shown(part.citation)}]"
        if column == 7 and test.sponsor_enhancement:
            return self.tr("includes the sponsor's {share:.2%}").format(
                share=test.sponsor_enhancement
            )
        return None
