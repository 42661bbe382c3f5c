"""Stress multipliers of a scenario: one row per target rating, component and segment.

Beside each rulebook value the table says where it comes from — the rulebook's table, the
Desk's interpolation on the notch order, or the Desk default uplift for a segment the seed
says is usually stressed harder (investment condominium and apartment loans) — and shows any
per-deal adjustment with its factor and reason. The "Adjusted" column is editable: the model
never writes the case itself, it emits ``adjustment_requested(rating, component, value,
segment)`` (``value`` None clears the adjustment, ``segment`` "" is the whole pool) so the
panel can ask for a factor and a reason and push a command.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal

from jcr_desk.structured.rmbs.assumptions import MultiplierAdjustment, StressAssumptions
from jcr_desk.structured.rmbs.multipliers import COMPONENTS, rulebook_multipliers
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.ui.locale_text import date_time_text
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel
from jcr_desk.ui.stress.stress_words import component_words, factor_words, segment_words

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole
INTERPOLATED = QT_TRANSLATE_NOOP("MultiplierTableModel", "interpolated (Desk default)")
TABULATED = QT_TRANSLATE_NOOP("MultiplierTableModel", "rulebook table")
UPLIFTED = QT_TRANSLATE_NOOP("MultiplierTableModel", "Desk default uplift ×%s")
WHOLE_POOL = QT_TRANSLATE_NOOP("MultiplierTableModel", "whole pool")
HEADERS = (
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Rating"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Segment"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Multiplier"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Rulebook"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Basis"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Adjusted"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Factor"),
    QT_TRANSLATE_NOOP("MultiplierTableModel", "Reason"),
)
RULEBOOK, ADJUSTED = HEADERS.index("Rulebook"), HEADERS.index("Adjusted")
_DEFAULTS = ("first_five_years", "after_five_years")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class _Row:
    rating: str
    component: str
    segment: str  # "" for the whole pool
    rulebook: float
    basis: str
    uplift: float
    adjustment: MultiplierAdjustment | None

    @property
    def adjusted(self) -> float | None:
        return None if self.adjustment is None else self.adjustment.value


class MultiplierTableModel(TitledTableModel):
    """Rows are (rating, component, segment); :meth:`set_assumptions` rebuilds them."""

    HEADERS = HEADERS

    adjustment_requested = Signal(str, str, object, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def set_assumptions(
        self, assumptions: StressAssumptions | None, segments: Iterable[str] = ()
    ) -> None:
        """Rows for the pool, then for ``segments`` (those the pool has) and adjusted ones."""
        self.beginResetModel()
        self._rows = _rows(assumptions or StressAssumptions(), segments)
        self.endResetModel()

    def row_of(self, rating: str, component: str, segment: str = "") -> int:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if (r.rating, r.component, r.segment) == (rating, component, segment)
            ),
            -1,
        )

    def segments(self) -> list[str]:
        return list(dict.fromkeys(r.segment for r in self._rows if r.segment))

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
            return self._text(row, column, role)
        if role == VALUE_ROLE:
            return row.adjusted if column == ADJUSTED else row.rulebook * row.uplift
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RULEBOOK, ADJUSTED):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and row.adjustment is not None:
            a = row.adjustment
            return f"{a.analyst or '?'}, {date_time_text(a.timestamp[:16])}: {a.reason}"
        if role == Qt.ItemDataRole.ToolTipRole and column == ADJUSTED:
            return self.tr(
                "Type a multiplier to adjust the rulebook value; clear the cell to go back."
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the adjustment; the case changes (and the model resets) only if pushed."""
        if role != Qt.ItemDataRole.EditRole or index.column() != ADJUSTED:
            return False
        row = self._rows[index.row()]
        text = str(value).strip().rstrip("×x").strip() if value is not None else ""
        if not text:
            if row.adjustment is not None:
                self.adjustment_requested.emit(row.rating, row.component, None, row.segment)
            return False
        try:
            number = float(text)
        except ValueError:
            return False
        if number != row.adjusted:
            self.adjustment_requested.emit(row.rating, row.component, number, row.segment)
        return False

    def _text(self, row: _Row, column: int, role: int) -> str:
        if column == 0:
            return row.rating
        if column == 1:
            return segment_words(row.segment) if row.segment else self.tr(WHOLE_POOL)
        if column == 2:
            return component_words(row.component)
        if column == RULEBOOK:
            return f"{row.rulebook * row.uplift:.2f}×"
        if column == HEADERS.index("Basis"):
            basis = self.tr(row.basis)
            if row.uplift != 1.0:
                basis += "; " + self.tr(UPLIFTED) % f"{row.uplift:g}"
            return basis
        if column == ADJUSTED:
            if row.adjusted is None:
                return "" if role == Qt.ItemDataRole.EditRole else "—"
            return (
                f"{row.adjusted:g}" if role == Qt.ItemDataRole.EditRole else f"{row.adjusted:.2f}×"
            )
        if row.adjustment is None:
            return ""
        if column == HEADERS.index("Factor"):
            return factor_words(row.adjustment.factor)
        return row.adjustment.reason


def _rows(assumptions: StressAssumptions, segments: Iterable[str]) -> list[_Row]:
    uplifts = stress_settings().segment_uplift
    shown = list(dict.fromkeys(segments))
    shown += [
        a.segment
        for a in assumptions.multiplier_adjustments
        if a.segment is not None and a.segment not in shown
    ]
    rows = []
    for segment in ["", *shown]:
        for rating in assumptions.target_ratings:
            try:
                book = rulebook_multipliers(rating)
            except ValueError:
                continue  # the commands refuse such ratings; an old case may still hold one
            for component in COMPONENTS:
                uplift = uplifts.get(segment, 1.0) if component in _DEFAULTS else 1.0
                rows.append(
                    _Row(
                        rating,
                        component,
                        segment,
                        float(getattr(book.multipliers, component)),
                        INTERPOLATED if book.interpolated else TABULATED,
                        uplift,
                        assumptions.adjustment(rating, component, segment or None),
                    )
                )
    return rows
