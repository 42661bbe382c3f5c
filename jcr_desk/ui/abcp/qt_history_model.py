"""The population's monthly rates, one row per month (the history behind the base case)."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from jcr_desk.structured.abcp.history import MonthlyRates
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(TitledTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Month"),
        QT_TRANSLATE_NOOP("HistoryModel", "Receivables balance"),
        QT_TRANSLATE_NOOP("HistoryModel", "Credit loss"),
        QT_TRANSLATE_NOOP("HistoryModel", "Cancellation"),
        QT_TRANSLATE_NOOP("HistoryModel", "Collection"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rates: MonthlyRates | None = None

    def set_rates(self, rates: MonthlyRates | None) -> None:
        self.beginResetModel()
        self._rates = rates
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self._rates is None else int(self._rates.months.size)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rates = self._rates
        if rates is None or not index.isValid() or index.row() >= rates.months.size:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(np.datetime_as_string(rates.months[row], unit="M"))
        if column == 1:
            return "" if rates.balance is None else f"¥{rates.balance[row]:,.0f}"
        measure = ("credit_loss", "cancellation", "collection")[column - 2]
        return f"{rates.measure(measure)[row]:.3%}"
