"""Stress & enhancement tab: a scenario's assumptions beside its credit-enhancement result.

Left: the assumption panels (base case and recovery, multipliers, structure); every edit asks
for a reason and goes through the window's ``push``. Right: the stored result (enhancement
table, charts, sensitivity). A run happens on F5 / Run, or by itself shortly after an edit or
an undo of one, on the window's task runner with progress and Cancel; its result is stored
in the case, so reopening the case shows it without running again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case import stress_run
from jcr_desk.case.model import Scenario, ScenarioResult
from jcr_desk.case.pool_commands import ImportPool
from jcr_desk.case.scenario_commands import ScenarioEdit
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.stress.base_case_panel import BaseCasePanel
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.multiplier_panel import MultiplierPanel
from jcr_desk.ui.stress.result_panel import ResultPanel
from jcr_desk.ui.stress.run_controller import StressRunController
from jcr_desk.ui.stress.static_import import StaticImport
from jcr_desk.ui.stress.structure_panel import StructurePanel

if TYPE_CHECKING:
    from jcr_desk.ui.main_window import MainWindow

_PROBLEM_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"


class StressTab(QWidget):
    """One scenario at a time: its inputs on the left, its result on the right.

    ``window`` supplies ``push`` (every edit), ``runner`` (the stress runs, with the status
    bar's progress and Cancel) and ``settings.analyst_name`` (who records a reason).
    """

    def __init__(self, document: CaseDocument, window: MainWindow) -> None:
        super().__init__(window)
        self._document = document
        self.editor = ScenarioEditor(document, window.push, window.settings.analyst_name)
        self.runs = StressRunController(document, window.runner, self)
        self.runs.status.connect(self._show_status)
        self.runs.result_stored.connect(lambda _sid: self._show_result())

        self.scenario_choice = QComboBox(self)
        self.scenario_choice.currentIndexChanged.connect(self._select)
        self.run_button = QPushButton("Run (F5)", self)
        self.run_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.run_button.setToolTip("Run the stresses and the enhancement solver (F5)")
        self.run_button.clicked.connect(self.run)
        self.auto_run = QCheckBox("Run again after each change", self)
        self.auto_run.setChecked(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.base_case = BaseCasePanel(self.editor, self)
        self.static_import = StaticImport(self.editor, window.runner, self.runs, self)
        self.static_import.status.connect(self._show_status)
        self.base_case.import_requested.connect(self.static_import.start)
        self.multipliers = MultiplierPanel(self.editor, self)
        self.structure = StructurePanel(self.editor, self)
        self.tranche_model = self.structure.tranche_model
        self.inputs = QTabWidget(self)
        self.inputs.addTab(_scrolled(self.base_case, self), "Base case && recovery")
        self.inputs.addTab(self.multipliers, "Multipliers")
        self.inputs.addTab(self.structure, "Structure")
        self.results = ResultPanel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel("Scenario", self))
        top.addWidget(self.scenario_choice, 1)
        top.addWidget(self.run_button)
        top.addWidget(self.auto_run)
        top.addWidget(self.status, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.inputs)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 1040])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        document.replaced.connect(self.refresh)
        document.edited.connect(self._edited)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the case (another case was loaded)."""
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        for scenario in self._document.case.scenarios:
            self.scenario_choice.addItem(scenario.name, scenario.id)
        self.scenario_choice.blockSignals(False)
        self._show_status("", False)
        self._select()

    def selected_scenario(self) -> Scenario | None:
        return self.editor.scenario()

    def run(self) -> None:
        if self.editor.scenario_id is not None:
            self.runs.run(self.editor.scenario_id)

    def stored_result(self) -> ScenarioResult | None:
        sid = self.editor.scenario_id
        return next((r for r in self._document.case.results if r.scenario_id == sid), None)

    def _select(self) -> None:
        data = self.scenario_choice.currentData()
        self.editor.scenario_id = data if isinstance(data, str) else None
        self.run_button.setEnabled(self.editor.scenario_id is not None)
        self._show_inputs()
        self._show_result()

    def _show_inputs(self) -> None:
        for panel in (self.base_case, self.multipliers, self.structure):
            panel.refresh()

    def _show_result(self) -> None:
        result = self.stored_result()
        scenario = self.editor.scenario()
        stale = (
            result is not None
            and scenario is not None
            and stress_run.scenario_inputs_hash(self._document.case, scenario) != result.inputs_hash
        )
        self.results.set_result(result, stale=stale)

    def _edited(self, command: object) -> None:
        if isinstance(command, ScenarioEdit | ImportPool):
            self._show_inputs()
            self._show_result()
        if (
            isinstance(command, ScenarioEdit | ImportPool)
            and self.auto_run.isChecked()
            and self.editor.scenario_id is not None
        ):
            self.runs.schedule(self.editor.scenario_id)

    def _show_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(_PROBLEM_STYLE if problem else "")


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
