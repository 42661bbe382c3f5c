"""The vintages of a static-data import: how far each is observed, and its lifetime rate.

A young vintage's lifetime default rate is mostly the chain ladder's projection, not
history; the table says which rates are observed to the end and which were completed, so the
committee can weigh them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from jcr_desk.structured.rmbs.base_case import StaticBaseCase
from jcr_desk.structured.rmbs.static_data import StaticTable
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel
from jcr_desk.ui.stress.formatting import percent

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("VintageTableModel", "Vintage"),
    QT_TRANSLATE_NOOP("VintageTableModel", "Observed\n(months)"),
    QT_TRANSLATE_NOOP("VintageTableModel", "Last\nobserved"),
    QT_TRANSLATE_NOOP("VintageTableModel", "Lifetime\ndefault rate"),
    QT_TRANSLATE_NOOP("VintageTableModel", "Lifetime\nrate is"),
)
OBSERVED = QT_TRANSLATE_NOOP("VintageTableModel", "observed")
COMPLETED = QT_TRANSLATE_NOOP("VintageTableModel", "chain ladder")
#: Role giving the raw number (fraction, months) or flag behind a cell, for tests and export.
VALUE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class VintageRow:
    vintage: str
    observed_months: int
    last_observed: float
    lifetime: float
    completed: bool


def vintage_rows(table: StaticTable, base: StaticBaseCase) -> list[VintageRow]:
    """One row per vintage, from the imported triangle and its completion."""
    observed = ~np.isnan(table.rates)
    rows = []
    for i, vintage in enumerate(table.vintages):
        seen = np.flatnonzero(observed[i])
        last = int(seen[-1]) if seen.size else -1
        rows.append(
            VintageRow(
                vintage=vintage,
                observed_months=int(table.periods[last]) if last >= 0 else 0,
                last_observed=float(table.rates[i, last]) if last >= 0 else float("nan"),
                lifetime=float(base.lifetime_rates[i]),
                completed=last < table.periods.size - 1,
            )
        )
    return rows


class VintageTableModel(TitledTableModel):
    """Read-only rows of :func:`vintage_rows`."""

    HEADERS = HEADERS

    def __init__(self, rows: list[VintageRow], parent=None) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        values = (
            row.vintage,
            row.observed_months,
            row.last_observed,
            row.lifetime,
            row.completed,
        )
        value = values[index.column()]
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 4:
                return self.tr(COMPLETED if value else OBSERVED)
            return _shown(index.column(), value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2, 3):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and row.completed:
            return self.tr(
                "{vintage} is observed to month {month}; its later months are projected by "
                "development factors (chain ladder)."
            ).format(vintage=row.vintage, month=row.observed_months)
        return None


def _shown(column: int, value: Any) -> str:
    if column in (2, 3):
        return "—" if np.isnan(value) else percent(value, 3)
    return str(value)
