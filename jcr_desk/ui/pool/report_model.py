"""The validation report as a table: one row per problem, errors in red, warnings in amber.

Rows are the problems' plain dicts (as the case stores them), so the report of a freshly read
tape and the report saved with a pool show through the same model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from jcr_desk.pool.problems import ERROR, Problem
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel

_ERROR_COLOUR = QColor("#b3261e")
_WARNING_COLOUR = QColor("#8a5a00")


def _text(key: str):
    return lambda problem: "" if problem.get(key) is None else str(problem[key])


COLUMNS = (
    Column("Severity", _text("severity")),
    Column("Sheet", _text("sheet")),
    Column("Row", _text("row"), numeric=True),
    Column("Column", _text("column")),
    Column("Header", _text("header")),
    Column("Value", _text("value")),
    Column("Rule", _text("rule")),
    Column("Message", _text("message"), tooltip=_text("message")),
)


class ProblemTableModel(RecordTableModel):
    """The problems of one import; :meth:`problem` gives the dict behind a row."""

    def __init__(self, parent=None) -> None:
        super().__init__(COLUMNS, parent)

    def set_problems(self, problems: Iterable[Problem | Mapping[str, Any]]) -> None:
        self.set_records(
            [p.to_dict() if isinstance(p, Problem) else dict(p) for p in problems]
        )

    def problem(self, row: int) -> dict[str, Any]:
        return self.record(row)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            severity = self.record(index.row()).get("severity")
            return QBrush(_ERROR_COLOUR if severity == ERROR else _WARNING_COLOUR)
        if role == Qt.ItemDataRole.UserRole and index.isValid():
            return self._sort_value(index.row(), index.column())
        return super().data(index, role)

    def _sort_value(self, row: int, column: int) -> Any:
        """Sort key for a proxy: Excel rows as numbers, file-level problems first."""
        problem = self.record(row)
        if COLUMNS[column].header == "Row":
            return -1 if problem.get("row") is None else int(problem["row"])
        return COLUMNS[column].value(problem)
