"""The scenario's classes as an editable table: name, rank, balance, share, coupon.

Editing a cell never changes the case here: the model emits ``tranches_edited(list)`` with
the whole edited class list (a share typed is turned into a balance of the pool), and the
structure panel asks for a reason and pushes the command. The share column is the balance
over the scenario's pool, so it moves with the balance and the pool.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from jcr_desk.structured.rmbs.deal import NoteClass
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "rank", "balance", "share", "coupon_type", "coupon", "description")
_NUMERIC = {"rank", "balance", "share", "coupon"}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TrancheTableModel(TitledTableModel):
    """Rows are classes in rank order; :meth:`set_tranches` resets the model."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TrancheTableModel", "Name"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Rank"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Balance (¥)"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Share"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Coupon type"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Coupon"),
        QT_TRANSLATE_NOOP("TrancheTableModel", "Description"),
    )

    tranches_edited = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._classes: list[NoteClass] = []
        self._pool_balance: float | None = None

    def set_tranches(self, classes: tuple[NoteClass, ...], pool_balance: float | None) -> None:
        self.beginResetModel()
        self._classes = sorted(classes, key=lambda c: c.rank)
        self._pool_balance = pool_balance
        self.endResetModel()

    def tranches(self) -> list[NoteClass]:
        return list(self._classes)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._classes)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = FIELDS[index.column()]
        value = self._value(self._classes[index.row()], field)
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
        note = self._classes[index.row()]
        try:
            parsed = _parse(field, str(value).strip())
        except ValueError:
            return False
        if parsed == self._value(note, field):
            return False
        if field == "share":
            if not self._pool_balance:
                return False
            field, parsed = "balance", round(parsed * self._pool_balance)
        edited = list(self._classes)
        edited[index.row()] = replace(note, **{field: parsed})
        self.tranches_edited.emit(edited)
        return False

    def _value(self, note: NoteClass, field: str) -> Any:
        if field == "share":
            return note.balance / self._pool_balance if self._pool_balance else None
        if field == "coupon" and not note.rated:
            return None
        return getattr(note, field)


def _shown(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field == "balance":
        return f"{value:,.0f}"
    if field in ("share", "coupon"):
        return f"{value * 100:.3f}%"
    if field == "coupon_type":
        return QCoreApplication.translate("Structure", str(value))
    return str(value)


def _edit_text(field: str, value: Any) -> str:
    if field in ("share", "coupon"):
        return f"{value * 100:g}"  # typed in percent, as shown
    if field == "balance":
        return f"{value:.0f}"
    return str(value)


def _parse(field: str, text: str) -> Any:
    """Typed text to the stored value (percent → fraction); ValueError when unreadable."""
    if field in ("name", "coupon_type", "description"):
        return text
    if field == "rank":
        return int(text)
    number = float(text.replace(",", "").replace("¥", "").rstrip("%"))
    return number / 100 if field in ("share", "coupon") else float(round(number))
