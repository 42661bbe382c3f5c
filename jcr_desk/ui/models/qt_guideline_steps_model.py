"""The steps of a notching guideline as a table: rule, notches, reason, citation.

Built on the shared record model so it behaves like every other table of the window; the
only thing of its own is how a guideline becomes rows and how a delta reads.
"""

from __future__ import annotations

from jcr_desk.methodology.guideline import Guideline, Step
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel

MINUS = "\N{MINUS SIGN}"


def notch_text(delta: int) -> str:
    """"+1", "0" or "−1" (a true minus sign, so the column lines up and reads as a number)."""
    if delta > 0:
        return f"+{delta}"
    if delta < 0:
        return f"{MINUS}{-delta}"
    return "0"


STEP_COLUMNS = (
    Column("Rule", lambda step: step.rule_id),
    Column("Notches", lambda step: notch_text(step.delta), numeric=True),
    Column("Reason", lambda step: step.reason, tooltip=lambda step: step.reason),
    Column("Citation", lambda step: step.citation),
)


class GuidelineStepsModel(RecordTableModel):
    """One row per step of the guideline shown; empty when there is none."""

    def __init__(self, parent=None) -> None:
        super().__init__(STEP_COLUMNS, parent)

    def set_guideline(self, guideline: Guideline | None) -> None:
        self.set_records(guideline.steps if guideline is not None else ())

    def step(self, row: int) -> Step:
        return self.record(row)
