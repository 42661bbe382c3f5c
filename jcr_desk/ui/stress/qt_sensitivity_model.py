"""One sensitivity grid: default multiples down, recovery rates (or CPRs) across.

Cells are the chosen tranche's required CE at the chosen rating; ``None`` (not achievable)
reads "n/a". ``VALUE_ROLE`` gives the raw fraction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jcr_desk.ui.stress.formatting import percent

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SensitivityModel(QAbstractTableModel):
    """A grid of required CE; :meth:`set_grid` swaps it with a model reset."""

    def __init__(self, across: str, parent=None) -> None:
        super().__init__(parent)
        self._across = across  # "Recovery" or "CPR"
        self._multiples: list[float] = []
        self._columns: list[float] = []
        self._cells: list[list[float | None]] = []

    def set_grid(
        self,
        multiples: Sequence[float],
        columns: Sequence[float],
        cells: Sequence[Sequence[float | None]],
    ) -> None:
        self.beginResetModel()
        self._multiples = list(multiples)
        self._columns = list(columns)
        self._cells = [list(row) for row in cells]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._cells[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return f"{self._across} {percent(self._columns[section], 0)}"
        return self.tr("Defaults ×%s") % f"{self._multiples[section]:g}"
