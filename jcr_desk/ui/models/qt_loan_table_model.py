"""Table model over a pool's loans, reading the columnar arrays directly.

No per-row Python objects: each column is kept as one numpy array and formatted only for the
cells a view asks for, so a million loans cost the memory of the arrays and nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
CellReader = Callable[[int], str]
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: Float columns whose values stay below this are shown as ratios with four decimals;
#: larger ones (amounts) with thousands separators.
_RATIO_CEILING = 10.0


class LoanTableModel(QAbstractTableModel):
    """Read-only view of a loan DataFrame; :meth:`set_loans` swaps the pool."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._cells: list[CellReader] = []
        self._numeric: list[bool] = []
        self._rows = 0

    def set_loans(self, loans: pd.DataFrame | None) -> None:
        self.beginResetModel()
        self._headers, self._cells, self._numeric = [], [], []
        self._rows = 0 if loans is None else len(loans)
        if loans is not None:
            for name in loans.columns:
                column = loans[name]
                self._headers.append(str(name))
                self._cells.append(_cell_reader(column))
                self._numeric.append(
                    pd.api.types.is_numeric_dtype(column.dtype)
                    and not pd.api.types.is_bool_dtype(column.dtype)
                )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[column](index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._numeric[column] else _LEFT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return f"{section + 1:,}"


def _cell_reader(column: pd.Series) -> CellReader:
    """A function row -> display text over the column's native array (no boxing)."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        labels = [str(c) for c in column.cat.categories]
        return lambda row: "" if codes[row] < 0 else labels[codes[row]]
    if pd.api.types.is_bool_dtype(dtype):
        flags = column.to_numpy(dtype="float64", na_value=np.nan)
        return lambda row: "" if flags[row] != flags[row] else ("Yes" if flags[row] else "No")
    if pd.api.types.is_datetime64_any_dtype(dtype):
        days = column.to_numpy(dtype="datetime64[D]")
        return lambda row: "" if np.isnat(days[row]) else str(days[row])
    if pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype):
        values = column.to_numpy(dtype="float64", na_value=np.nan)
        return _number_reader(values, pd.api.types.is_integer_dtype(dtype))
    values = column.to_numpy(dtype=object, na_value=None)
    return lambda row: "" if values[row] is None else str(values[row])


def _number_reader(values: np.ndarray, integer: bool) -> CellReader:
    finite = values[np.isfinite(values)]
    ratio = not integer and finite.size > 0 and float(np.abs(finite).max()) < _RATIO_CEILING
    pattern = "{:.4f}" if ratio else "{:,.0f}"
    return lambda row: "" if values[row] != values[row] else pattern.format(values[row])
