"""The enhancement table: one row per target rating, CE by risk layer, each tranche's test.

Columns: the four layers of METHODOLOGY §6 and their total, then for every rated tranche its
required CE, its available CE and pass/fail. A shortfall is coloured. ``VALUE_ROLE`` gives
the raw figure (fraction of the pool, ``None`` when not achievable, a bool for pass/fail).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from jcr_desk.structured.layers_order import LAYERS
from jcr_desk.ui.stress.formatting import NOT_ACHIEVABLE, multiple, percent

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole
SHORTFALL = QColor(244, 199, 195)
PASSED = QColor(200, 230, 201)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class _Column:
    header: str
    layer: str | None = None  # a layer key, or "total"
    tranche: str | None = None
    field: str | None = None  # "required_ce" | "available_ce" | "pass"


class EnhancementTableModel(QAbstractTableModel):
    """Read-only view of ``ScenarioResult.data``; :meth:`set_result` resets it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ratings: list[str] = []
        self._rows: list[dict[str, Any]] = []
        self._columns: list[_Column] = []

    def set_result(self, data: dict[str, Any] | None) -> None:
        self.beginResetModel()
        ratings = (data or {}).get("ratings", {})
        self._ratings = list(ratings)
        self._rows = [ratings[r] for r in self._ratings]
        self._columns = [_Column(title, layer=key) for key, title in LAYERS]
        self._columns.append(_Column("Total", layer="total"))
        for name in _tranche_names(self._rows):
            self._columns += [
                _Column(f"{name}\nrequired", tranche=name, field="required_ce"),
                _Column(f"{name}\navailable", tranche=name, field="available_ce"),
                _Column(name, tranche=name, field="pass"),
            ]
        self.endResetModel()

    def ratings(self) -> list[str]:
        return list(self._ratings)

    def column_of(self, header: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.header == header), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if column.tranche is None:
            value = row.get("total") if column.layer == "total" else row["layers"][column.layer]
            return _figure(value, role)
        tranche = row.get("tranches", {}).get(column.tranche)
        if tranche is None:  # a tranche not tested at this rating
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if column.field == "pass":
            return _verdict(tranche, role)
        value = tranche.get(column.field)
        if role == Qt.ItemDataRole.BackgroundRole and column.field == "required_ce":
            return None if tranche.get("pass") else SHORTFALL
        if role == Qt.ItemDataRole.ToolTipRole and column.field == "required_ce":
            return _required_tip(tranche)
        return _figure(value, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return self._ratings[section]


def _tranche_names(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(name for row in rows for name in row.get("tranches", {})))


def _figure(value: float | None, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return percent(value)
    if role == VALUE_ROLE:
        return value
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _RIGHT
    return None


def _verdict(tranche: dict[str, Any], role: int) -> Any:
    passed = bool(tranche.get("pass"))
    if role == Qt.ItemDataRole.DisplayRole:
        if not tranche.get("achievable", True):
            return f"fail ({NOT_ACHIEVABLE})"
        return "pass" if passed else "fail"
    if role == VALUE_ROLE:
        return passed
    if role == Qt.ItemDataRole.BackgroundRole:
        return PASSED if passed else SHORTFALL
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _CENTER
    return None


def _required_tip(tranche: dict[str, Any]) -> str:
    lines = [f"Bad-loan CE of this tranche: {percent(tranche.get('bad_loan_ce'))}"]
    lines.append(f"Breakeven default multiple: {multiple(tranche.get('breakeven_multiple'))}")
    if not tranche.get("achievable", True):
        lines.append("Not achievable: even the whole pool as subordination is not enough.")
    return "\n".join(lines)
