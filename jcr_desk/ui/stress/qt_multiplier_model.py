"""Stress multipliers of a scenario: one row per target rating and component.

Beside each rulebook value the table says whether the rulebook tabulates it or the Desk
interpolates it, and shows any per-deal adjustment with its factor and reason. The
"Adjusted" column is editable: the model never writes the case itself, it emits
``adjustment_requested(rating, component, value)`` (``value`` None clears the adjustment) so
the panel can ask for a factor and a reason and push a command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from jcr_desk.structured.assumptions import StressAssumptions
from jcr_desk.structured.multipliers import COMPONENTS, rulebook_multipliers
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole
INTERPOLATED = "interpolated (Desk default)"
TABULATED = "rulebook table"
HEADERS = ("Rating", "Multiplier", "Rulebook", "Basis", "Adjusted", "Factor", "Reason")
ADJUSTED = HEADERS.index("Adjusted")
COMPONENT_LABELS = {
    "first_five_years": "Defaults, first five years",
    "after_five_years": "Defaults, after five years",
    "prepayment": "Prepayments",
}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MultiplierTableModel(TitledTableModel):
    """Rows are (rating, component); :meth:`set_assumptions` rebuilds them."""

    HEADERS = HEADERS

    adjustment_requested = Signal(str, str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_assumptions(self, assumptions: StressAssumptions | None) -> None:
        self.beginResetModel()
        self._rows = _rows(assumptions or StressAssumptions())
        self.endResetModel()

    def row_of(self, rating: str, component: str) -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if r["rating"] == rating and r["component"] == component
            ),
            -1,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == ADJUSTED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return _text(row, column, role)
        if role == VALUE_ROLE:
            return row["adjusted"] if column == ADJUSTED else row["rulebook"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, ADJUSTED):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and row["adjustment"]:
            a = row["adjustment"]
            return f"{a.analyst or '?'}, {a.timestamp[:16]}: {a.reason}"
        if role == Qt.ItemDataRole.ToolTipRole and column == ADJUSTED:
            return "Type a multiplier to adjust the rulebook value; clear the cell to go back."
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the adjustment; the case changes (and the model resets) only if pushed."""
        if role != Qt.ItemDataRole.EditRole or index.column() != ADJUSTED:
            return False
        row = self._rows[index.row()]
        text = str(value).strip().rstrip("×x").strip() if value is not None else ""
        if not text:
            if row["adjustment"] is not None:
                self.adjustment_requested.emit(row["rating"], row["component"], None)
            return False
        try:
            number = float(text)
        except ValueError:
            return False
        if number != row["adjusted"]:
            self.adjustment_requested.emit(row["rating"], row["component"], number)
        return False


def _rows(assumptions: StressAssumptions) -> list[dict[str, Any]]:
    adjustments = {
        (a.rating, a.component): a for a in assumptions.multiplier_adjustments if a.segment is None
    }
    rows = []
    for rating in assumptions.target_ratings:
        try:
            book = rulebook_multipliers(rating)
        except ValueError:
            continue  # the commands refuse such ratings; an old case may still hold one
        for component in COMPONENTS:
            adjustment = adjustments.get((rating, component))
            rows.append(
                {
                    "rating": rating,
                    "component": component,
                    "rulebook": float(getattr(book.multipliers, component)),
                    "interpolated": book.interpolated,
                    "adjustment": adjustment,
                    "adjusted": None if adjustment is None else adjustment.value,
                }
            )
    return rows


def _text(row: dict[str, Any], column: int, role: int) -> str:
    adjustment = row["adjustment"]
    if column == 0:
        return row["rating"]
    if column == 1:
        return COMPONENT_LABELS[row["component"]]
    if column == 2:
        return f"{row['rulebook']:.2f}×"
    if column == 3:
        return INTERPOLATED if row["interpolated"] else TABULATED
    if column == ADJUSTED:
        if row["adjusted"] is None:
            return "" if role == Qt.ItemDataRole.EditRole else "—"
        return (
            f"{row['adjusted']:g}"
            if role == Qt.ItemDataRole.EditRole
            else (f"{row['adjusted']:.2f}×")
        )
    if adjustment is None:
        return ""
    return adjustment.factor if column == 5 else adjustment.reason
