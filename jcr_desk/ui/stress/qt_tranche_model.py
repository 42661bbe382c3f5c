"""The scenario's tranches as an editable table: name, rank, balance, share, coupon.

Editing a cell never changes the case here: the model emits ``tranches_edited(list)`` with
the whole edited tranche list (a new balance recomputes the share from the pool balance and
the other way round), and the structure panel asks for a reason and pushes the command.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "rank", "balance", "share", "coupon_type", "coupon", "description")
HEADERS = ("Name", "Rank", "Balance (¥)", "Share", "Coupon type", "Coupon", "Description")
_NUMERIC = {"rank", "balance", "share", "coupon"}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TrancheTableModel(TitledTableModel):
    """Rows are tranches in rank order; :meth:`set_tranches` resets the model."""

    HEADERS = HEADERS

    tranches_edited = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tranches: list[dict[str, Any]] = []
        self._pool_balance: float | None = None

    def set_tranches(self, tranches: list[dict[str, Any]], pool_balance: float | None) -> None:
        self.beginResetModel()
        self._tranches = sorted(copy.deepcopy(tranches), key=lambda t: t.get("rank", 0))
        self._pool_balance = pool_balance
        self.endResetModel()

    def tranches(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._tranches)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._tranches)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = FIELDS[index.column()]
        value = self._tranches[index.row()].get(field)
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else _edit_text(field, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in _NUMERIC:
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = FIELDS[index.column()]
        edited = self.tranches()
        tranche = edited[index.row()]
        try:
            parsed = _parse(field, str(value).strip())
        except ValueError:
            return False
        if parsed == tranche.get(field):
            return False
        tranche[field] = parsed
        pool = self._pool_balance
        if field == "balance" and pool:
            tranche["share"] = parsed / pool
        elif field == "share" and pool:
            tranche["balance"] = round(parsed * pool)
        self.tranches_edited.emit(edited)
        return False


def _shown(field: str, value: Any) -> str:
    if value is None:
        return "—"
    if field == "balance":
        return f"{value:,.0f}"
    if field in ("share", "coupon"):
        return f"{value * 100:.3f}%"
    return str(value)


def _edit_text(field: str, value: Any) -> str:
    if field in ("share", "coupon"):
        return f"{value * 100:g}"  # typed in percent, as shown
    return str(value)


def _parse(field: str, text: str) -> Any:
    """Typed text to the stored value (percent → fraction); ValueError when unreadable."""

    if field in ("name", "coupon_type", "description"):
        return text
    if field == "rank":
        return int(text)
    number = float(text.replace(",", "").replace("¥", "").rstrip("%"))
    return number / 100 if field in ("share", "coupon") else round(number)
