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
from jcr_desk.ui.stress.qt_multiplier_model import COMPONENT_LABELS, segment_label


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
        for segment in NAMED_SEGMENTS:
            self.segment.addItem(self.tr(segment_label(segment)), segment)
        for region in stress_settings().regions:
            self.segment.addItem(self.tr("%s (region)") % region, f"region:{region}")
        for prefecture in prefectures:
            self.segment.addItem(
                self.tr("%s (prefecture)") % prefecture, f"prefecture:{prefecture}"
            )
        self.rating = QComboBox(self)
        self.rating.addItems(list(ratings))
        self.component = QComboBox(self)
        for component in COMPONENTS:
            self.component.addItem(self.tr(COMPONENT_LABELS[component]), component)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0.01, 100.0)
        self.value.setDecimals(2)
        self.value.setSuffix("×")
        self.value.setValue(1.0)
        self.factor = QComboBox(self)
        self.factor.addItems(FACTORS)
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
            self.factor.currentText(),
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
