"""Stress multipliers per target rating: the rulebook's, and the deal's adjustments.

Typing a value in the "Adjusted" column asks for the factor and the reason (METHODOLOGY §6's
per-deal adjustments are recorded decisions) and pushes :class:`AdjustMultiplier`; clearing
it asks for a reason and goes back to the rulebook value.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QVBoxLayout, QWidget

from jcr_desk.case.scenario_commands import AdjustMultiplier
from jcr_desk.ui.stress import reason
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.qt_multiplier_model import COMPONENT_LABELS, MultiplierTableModel
from jcr_desk.ui.tabs.common import note, table_view


class MultiplierPanel(QWidget):
    """The multipliers table of the selected scenario."""

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.model = MultiplierTableModel(self)
        # Deferred: the dialog and the model reset must not run inside the editor's commit.
        self.model.adjustment_requested.connect(
            lambda *args: QTimer.singleShot(0, self, lambda: self.adjust(*args))
        )
        self.table = table_view(self.model, self)
        self.table.setObjectName("multiplierTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(
            note(
                "Multiples of the base case from the rulebook; ratings between the tabulated "
                "ones are interpolated on the notch order (a Desk default). Type in 'Adjusted' "
                "to apply a per-deal adjustment with its factor and reason.",
                self,
            )
        )

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        self.model.set_assumptions(scenario.assumptions if scenario is not None else None)

    def adjust(self, rating: str, component: str, value: float | None) -> None:
        """Record an adjustment (or its removal) for one rating and component."""
        sid = self._editor.scenario_id
        if sid is None:
            return
        what = f"{rating} {COMPONENT_LABELS[component].lower()}"
        if value is None:
            why = reason.ask_reason(self, f"Back to the rulebook multiplier for {what}")
            if why is not None:
                self._editor.push(
                    AdjustMultiplier(
                        sid, rating, component, None, None, why, self._editor.analyst()
                    )
                )
            return
        answer = reason.ask_adjustment(self, f"Adjust {what} to {value:g}×")
        if answer is not None:
            factor, why = answer
            self._editor.push(
                AdjustMultiplier(sid, rating, component, value, factor, why, self._editor.analyst())
            )
