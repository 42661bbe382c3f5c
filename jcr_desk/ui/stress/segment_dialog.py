"""Choosing a segment of the pool and the multiplier it takes (seed 002 §2(1)(b), §2(2)(b)).

The analyst picks the segment (a loan purpose, self-employed borrowers, a prefecture or a
region), the rating and component, the multiplier, the factor it answers to and why; the
panel pushes one :class:`AdjustMultiplier` for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from jcr_desk.structured.rmbs.assumptions import FACTORS, NAMED_SEGMENTS
from jcr_desk.structured.rmbs.multipliers import COMPONENTS
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.ui.stress.stress_words import component_words, factor_words, segment_words


@dataclass(frozen=True)
class SegmentAdjustment:
    segment: str
    rating: str
    component: str
    value: float
    factor: str
    reason: str


class SegmentAdjustmentDialog(QDialog):
    """One segment multiplier, with its factor and reason."""

    def __init__(
        self, ratings: Sequence[str], prefectures: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Multiplier for a segment of the pool"))
        self.segment = QComboBox(self)
        codes = [*NAMED_SEGMENTS, *(f"region:{region}" for region in stress_settings().regions)]
        codes += [f"prefecture:{prefecture}" for prefecture in prefectures]
        for code in codes:
            self.segment.addItem(segment_words(code), code)
        self.rating = QComboBox(self)
        self.rating.addItems(list(ratings))
        self.component = QComboBox(self)
        for component in COMPONENTS:
            self.component.addItem(component_words(component), component)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0.01, 100.0)
        self.value.setDecimals(2)
        self.value.setSuffix("×")
        self.value.setValue(1.0)
        self.factor = QComboBox(self)
        for factor in FACTORS:
            self.factor.addItem(factor_words(factor), factor)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why this segment needs its own multiplier"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Segment"), self.segment)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Multiplier"), self.component)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Factor"), self.factor)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)

    def adjustment(self) -> SegmentAdjustment | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            return None
        return SegmentAdjustment(
            self.segment.currentData(),
            self.rating.currentText(),
            self.component.currentData(),
            self.value.value(),
            self.factor.currentData(),
            reason,
        )


def ask_segment_adjustment(
    parent: QWidget | None, ratings: Sequence[str], prefectures: Sequence[str]
) -> SegmentAdjustment | None:
    """The segment multiplier the analyst chose, or None when cancelled or without a reason."""
    dialog = SegmentAdjustmentDialog(ratings, prefectures, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.adjustment()
