"""The enhancement table: one row per target rating, CE by risk layer, each tranche's test.

Columns: the four layers of METHODOLOGY §6 and their total, then for every rated tranche its
required CE, its available CE and pass/fail. A shortfall is coloured. ``VALUE_ROLE`` gives
the raw figure (fraction of the pool, ``None`` when not achievable, a bool for pass/fail).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.result import ClassVerdict, EnhancementResult, RatingLine
from jcr_desk.ui.stress.formatting import NOT_ACHIEVABLE, multiple, percent
from jcr_desk.ui.translations import shown

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
    """Read-only view of an :class:`EnhancementResult`; :meth:`set_result` resets it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RatingLine] = []
        self._columns: list[_Column] = []

    def set_result(self, result: EnhancementResult | None) -> None:
        self.beginResetModel()
        self._rows = list(result.ratings) if result is not None else []
        self._columns = [
            _Column(QCoreApplication.translate("EnhancementLayers", title), layer=key)
            for key, title in LAYERS
        ]
        self._columns.append(_Column(self.tr("Total"), layer="total"))
        names = result.rated_classes if result is not None else ()
        for name in names:
            self._columns += [
                _Column(self.tr("%s\nrequired") % name, tranche=name, field="required_ce"),
                _Column(self.tr("%s\navailable") % name, tranche=name, field="available_ce"),
                _Column(name, tranche=name, field="pass"),
            ]
        self.endResetModel()

    def ratings(self) -> list[str]:
        return [line.rating for line in self._rows]

    def column_of(self, header: str) -> int:
        return next((i for i, c in enumerate(self._columns) if c.header == header), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = self._columns[index.column()]
        if column.tranche is None:
            value = line.total if column.layer == "total" else line.layers.value(column.layer)
            return _figure(value, role)
        verdict = line.verdict(column.tranche)
        if verdict is None:  # a class not tested at this rating
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if column.field == "pass":
            return self._verdict(verdict, role)
        value = getattr(verdict, column.field or "")
        if role == Qt.ItemDataRole.BackgroundRole and column.field == "required_ce":
            return None if verdict.passed else SHORTFALL
        if role == Qt.ItemDataRole.ToolTipRole and column.field == "required_ce":
            return self._required_tip(verdict)
        if role == Qt.ItemDataRole.ToolTipRole and column.field == "available_ce":
            return self._available_tip(verdict)
        return _figure(value, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header
        return self._rows[section].rating

    def _verdict(self, verdict: ClassVerdict, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if not verdict.achievable:
                return self.tr("fail (%s)") % self.tr(NOT_ACHIEVABLE)
            return self.tr("pass") if verdict.passed else self.tr("fail")
        if role == VALUE_ROLE:
            return verdict.passed
        if role == Qt.ItemDataRole.BackgroundRole:
            return PASSED if verdict.passed else SHORTFALL
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        return None

    def _required_tip(self, verdict: ClassVerdict) -> str:
        lines = [self.tr("Bad-loan CE of this class: %s") % percent(verdict.bad_loan_ce)]
        lines.append(
            self.tr("Breakeven default multiple: %s") % multiple(verdict.breakeven_multiple)
        )
        lines.append(self.tr("Clean-up call: %s") % verdict.clean_up_call)
        if verdict.note is not None:
            lines.append(shown(verdict.note))
        if not verdict.achievable:
            lines.append(
                self.tr("Not achievable: even the whole pool as subordination is not enough.")
            )
        return "\n".join(lines)

    def _available_tip(self, verdict: ClassVerdict) -> str:
        return self.tr("Classes below it %s, over-collateralisation %s") % (
            percent(verdict.available_ce - verdict.over_collateralisation),
            percent(verdict.over_collateralisation),
        )


def _figure(value: float | None, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole:
        return percent(value)
    if role == VALUE_ROLE:
        return value
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _RIGHT
    return None
