"""Table model over a pool's loans, reading the columnar arrays directly.

No per-row Python objects: each column is kept as one numpy array and formatted only for the
cells a view asks for, so a million loans cost the memory of the arrays and nothing more.
Sorting is one numpy permutation (view row -> loan position) computed on a float key per
column, so a million rows sort in the time of one ``argsort``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
CellReader = Callable[[int], str]
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
#: Float columns whose values stay below this are shown as ratios with four decimals;
#: larger ones (amounts) with thousands separators.
_RATIO_CEILING = 10.0


class LoanTableModel(QAbstractTableModel):
    """Read-only, sortable view of a loan DataFrame; :meth:`set_loans` swaps the pool.

    ``row_labels`` (e.g. the loans' Excel row numbers) label the vertical header, so a
    sorted table still says where each loan sat in the originator's tape.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loans: pd.DataFrame | None = None
        self._headers: list[str] = []
        self._cells: list[CellReader] = []
        self._numeric: list[bool] = []
        self._rows = 0
        self._order: np.ndarray = np.arange(0)
        self._position: np.ndarray = np.arange(0)
        self._labels: np.ndarray | None = None

    def set_loans(self, loans: pd.DataFrame | None, row_labels: np.ndarray | None = None) -> None:
        self.beginResetModel()
        self._loans = loans
        self._headers, self._cells, self._numeric = [], [], []
        self._rows = 0 if loans is None else len(loans)
        self._order = np.arange(self._rows)
        self._position = self._order
        self._labels = None if row_labels is None else np.asarray(row_labels)
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

    def column_of(self, name: str) -> int:
        """Column number of a loan field, -1 when the pool has no such column."""
        return self._headers.index(name) if name in self._headers else -1

    def loan_position(self, row: int) -> int:
        """Position in the DataFrame of the loan shown at view row ``row``."""
        return int(self._order[row])

    def view_row(self, position: int) -> int:
        """View row showing the loan at DataFrame position ``position``."""
        return int(self._position[position])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[column](self._order[index.row()])
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
        position = int(self._order[section])
        if self._labels is not None:
            return f"{self._labels[position]}"
        return f"{position + 1:,}"

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder rows by one column (missing values last either way), keeping selections."""
        if self._loans is None or not 0 <= column < len(self._headers):
            return
        key = _sort_key(self._loans.iloc[:, column])
        if order == Qt.SortOrder.DescendingOrder:
            key = -key
        new_order = np.argsort(key, kind="stable")
        self.layoutAboutToBeChanged.emit()
        new_position = np.empty_like(new_order)
        new_position[new_order] = np.arange(len(new_order))
        old = self.persistentIndexList()
        moved = [
            self.index(int(new_position[self._order[index.row()]]), index.column())
            for index in old
        ]
        self._order, self._position = new_order, new_position
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()


def _sort_key(column: pd.Series) -> np.ndarray:
    """A float64 array ordering the column as an analyst expects; NaN marks a missing value.

    Categories sort by their label, text by its value, dates by time; all vectorised.
    """
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        labels = np.asarray([str(c) for c in column.cat.categories], dtype=object)
        rank = np.empty(len(labels), dtype="float64")
        rank[np.argsort(labels, kind="stable")] = np.arange(len(labels))
        codes = column.cat.codes.to_numpy()
        return np.where(codes >= 0, rank[np.maximum(codes, 0)] if len(labels) else 0.0, np.nan)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        days = column.to_numpy(dtype="datetime64[D]")
        return np.where(np.isnat(days), np.nan, days.astype("int64").astype("float64"))
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        return column.to_numpy(dtype="float64", na_value=np.nan)
    codes, _ = pd.factorize(column, sort=True)
    return np.where(codes >= 0, codes, np.nan).astype("float64")


def _cell_reader(column: pd.Series) -> CellReader:
    """A function row -> display text over the column's native array (no boxing)."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = column.cat.codes.to_numpy()
        labels = [str(c) for c in column.cat.categories]
        return lambda row: "" if codes[row] < 0 else labels[codes[row]]
    if pd.api.types.is_bool_dtype(dtype):
        flags = column.to_numpy(dtype="float64", na_value=np.nan)
        return lambda row: (
            ""
            if flags[row] != flags[row]
            else (
                QCoreApplication.translate("QtLoanTableModel", "Yes")
                if flags[row]
                else QCoreApplication.translate("QtLoanTableModel", "No")
            )
        )
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
