"""The steps of a notching guideline as a table: rule, notches, reason, citation.

Built on the shared record model so it behaves like every other table of the window; the
only thing of its own is how a guideline becomes rows and how a delta reads.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from jcr_desk.methodology.guideline import Guideline, Step
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.translations import shown

MINUS = "\N{MINUS SIGN}"


def notch_text(delta: int) -> str:
    """ "+1", "0" or "−1" (a true minus sign, so the column lines up and reads as a number)."""
    if delta > 0:
        return f"+{delta}"
    if delta < 0:
        return f"{MINUS}{-delta}"
    return "0"


STEP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("RecordTableModel", "Rule"), lambda step: step.rule_id),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Notches"),
        lambda step: notch_text(step.delta),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Reason"),
        lambda step: shown(step.message),
        tooltip=lambda step: shown(step.message),
    ),
    Column(QT_TRANSLATE_NOOP("RecordTableModel", "Citation"), lambda step: step.citation),
)


class GuidelineStepsModel(RecordTableModel):
    """One row per step of the guideline shown; empty when there is none."""

    def __init__(self, parent=None) -> None:
        super().__init__(STEP_COLUMNS, parent)

    def set_guideline(self, guideline: Guideline | None) -> None:
        self.set_records(guideline.steps if guideline is not None else ())

    def step(self, row: int) -> Step:
        return self.record(row)
