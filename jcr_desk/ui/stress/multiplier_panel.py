"""Stress multipliers per target rating: the rulebook's, and the deal's adjustments.

Typing a value in the "Adjusted" column asks for the factor and the reason (METHODOLOGY §6's
per-deal adjustments are recorded decisions) and pushes :class:`AdjustMultiplier`; clearing
it asks for a reason and goes back to the rulebook value.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QVBoxLayout, QWidget

from jcr_desk.case.edits.scenario_commands import AdjustMultiplier
from jcr_desk.ui.stress import reason, segment_dialog
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.qt_multiplier_model import MultiplierTableModel
from jcr_desk.ui.stress.stress_words import component_words, segment_words
from jcr_desk.ui.tabs.common import note, table_view


class MultiplierPanel(QWidget):
    """The multipliers table of the selected scenario, the pool's and its segments'."""

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
        self.add_segment = QPushButton(self.tr("Multiplier for a segment…"), self)
        self.add_segment.setToolTip(
            self.tr(
                "Investment or apartment loans, self-employed borrowers, a prefecture or a "
                "region (002 §2(1)(b), §2(2)(b))"
            )
        )
        self.add_segment.clicked.connect(self._add_segment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_segment)
        layout.addWidget(
            note(
                self.tr(
                    "Multiples of the base case from the rulebook; ratings between the tabulated "
                    "ones are interpolated on the notch order (a Desk default). Investment "
                    "condominium and apartment loans take the Desk default uplift unless "
                    "adjusted. Type in 'Adjusted' to apply a per-deal adjustment with its factor "
                    "and reason; a loan in several segments takes the highest multiplier."
                ),
                self,
            )
        )

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        self.model.set_assumptions(
            scenario.assumptions if scenario is not None else None, self._segments()
        )
        self.add_segment.setEnabled(scenario is not None)

    def _segments(self) -> list[str]:
        """Segments the scenario's last result found in the pool (computed on the worker)."""
        stored = self._editor.stored_result()
        if stored is None or not stored.result.ratings:
            return []
        return list(stored.result.ratings[0].multipliers.segments)

    def adjust(self, rating: str, component: str, value: float | None, segment: str = "") -> None:
        """Record an adjustment (or its removal) for one rating, component and segment."""
        sid = self._editor.scenario_id
        if sid is None:
            return
        what = f"{rating} {component_words(component).lower()}"
        if segment:
            what += f" ({segment_words(segment)})"
        if value is None:
            why = reason.ask_reason(self, self.tr("Back to the rulebook multiplier for %s") % what)
            if why is not None:
                self._editor.push(
                    AdjustMultiplier(
                        sid,
                        rating,
                        component,
                        None,
                        None,
                        why,
                        self._editor.analyst(),
                        segment=segment or None,
                    )
                )
            return
        answer = reason.ask_adjustment(self, self.tr("Adjust %s to %s×") % (what, f"{value:g}"))
        if answer is not None:
            factor, why = answer
            self._editor.push(
                AdjustMultiplier(
                    sid,
                    rating,
                    component,
                    value,
                    factor,
                    why,
                    self._editor.analyst(),
                    segment=segment or None,
                )
            )

    def _add_segment(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        chosen = segment_dialog.ask_segment_adjustment(
            self, scenario.assumptions.target_ratings, self._prefectures()
        )
        if chosen is None:
            return
        self._editor.push(
            AdjustMultiplier(
                scenario.id,
                chosen.rating,
                chosen.component,
                chosen.value,
                chosen.factor,
                chosen.reason,
                self._editor.analyst(),
                segment=chosen.segment,
            )
        )

    def _prefectures(self) -> list[str]:
        case = self._editor.document.case
        scenario = self._editor.scenario()
        pool = case.scenario_pool(scenario) if scenario is not None else None
        if pool is None or "prefecture" not in pool.loans.columns:
            return []
        return sorted(str(p) for p in pool.loans["prefecture"].dropna().unique())
