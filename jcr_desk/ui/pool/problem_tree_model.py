"""The import report as a tree: errors first by row, then each kind of warning on one line.

Top rows are the groups of :func:`jcr_desk.pool.problem_groups.group_problems`: an error, a
single warning, or every warning of one kind with its count ("30 borrowers hold more than one
loan"); a group of several has its problems as children, which a view asks for only when the
analyst opens it. Problems stay the objects (or the case's plain dicts) they were, so the report
of a freshly read tape and the report saved with a pool show through the same model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from jcr_desk.pool.problem_groups import ProblemGroup, group_problems
from jcr_desk.pool.problems import ERROR, Problem
from jcr_desk.ui.translations import shown

Index = QModelIndex | QPersistentModelIndex
_ERROR_COLOUR = QColor("#b3261e")
_WARNING_COLOUR = QColor("#8a5a00")
_TOP = 0
"""Internal id of a top-level row; a child of group g carries g + 1."""
SEVERITY, WHERE, COLUMN, HEADER, MESSAGE = range(5)


class ProblemTreeModel(QAbstractItemModel):
    """Groups of problems, each group's problems under it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[ProblemGroup] = []
        self._headers = (
            self.tr("Severity"), self.tr("Rows"), self.tr("Column"), self.tr("Header"),
            self.tr("Problem"),
        )

    def set_problems(self, problems: Iterable[Problem | Mapping[str, Any]]) -> None:
        self.set_groups(group_problems(problems))

    def set_groups(self, groups: Sequence[ProblemGroup]) -> None:
        """Show groups made elsewhere (on a worker, for a large report)."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        """How many errors and warnings the report holds."""
        errors = sum(g.count for g in self._groups if g.severity == ERROR)
        return errors, sum(g.count for g in self._groups) - errors

    def problem(self, index: Index) -> Problem | None:
        """The problem a row stands for (a group's first one), ``None`` for no row."""
        if not index.isValid():
            return None
        owner = index.internalId()
        if owner == _TOP:
            return self._groups[index.row()].problems[0]
        return self._groups[owner - 1].problems[index.row()]

    def group(self, row: int) -> ProblemGroup:
        return self._groups[row]

    def index(
        self, row: int, column: int, parent: Index = QModelIndex()  # noqa: B008 - Qt signature
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt signature
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        group = self._groups[parent.row()]
        return group.count if group.count > 1 else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        top = index.internalId() == _TOP
        group = self._groups[index.row() if top else index.internalId() - 1]
        problem = group.problems[0] if top else group.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.column(), group, problem, top)
        if role == Qt.ItemDataRole.ToolTipRole:
            return shown(group.sentence if top else problem.sentence)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_ERROR_COLOUR if problem.severity == ERROR else _WARNING_COLOUR)
        return None

    def _text(self, column: int, group: ProblemGroup, problem: Problem, top: bool) -> str:
        several = top and group.count > 1
        if column == SEVERITY:
            severity = self.tr("error") if problem.severity == ERROR else self.tr("warning")
            return self.tr("{severity} ×{count}").format(
                severity=severity, count=f"{group.count:,}"
            ) if several else severity
        if column == WHERE:
            if several:
                return _rows_text(group)
            return self.tr("file") if problem.row is None else str(problem.row)
        if column == COLUMN:
            return problem.column or ""
        if column == HEADER:
            return problem.header or ""
        return shown(group.sentence if several else problem.sentence)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _rows_text(group: ProblemGroup) -> str:
    rows = group.rows
    return f"{rows[0]}–{rows[-1]}" if rows else ""
