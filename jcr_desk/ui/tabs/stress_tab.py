"""Stress & enhancement tab: a scenario's assumptions beside its credit-enhancement result.

Left: the assumption panels (base case and recovery, multipliers, structure); every edit asks
for a reason and goes through the window's ``push``. Right: the stored result (enhancement
table, charts, sensitivity). A run happens on F5 / Run, or by itself shortly after an edit or
an undo of one, on the tab's own compute lane with progress and Cancel; its result is stored
in the case, so reopening the case shows it without running again. A scenario without a
result that could not run yet (no base case typed, no pool) says why in the status line.
Buttons beside the scenario choice add, copy, rename and remove scenarios.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import Scenario, ScenarioResult
from jcr_desk.case.document.scenario_file import ImportScenario
from jcr_desk.case.edits.pool_commands import ImportPool
from jcr_desk.case.edits.scenario_commands import ScenarioEdit
from jcr_desk.case.edits.scenario_set_commands import (
    AddScenario,
    PromoteScenario,
    RemoveScenario,
    RenameScenario,
)
from jcr_desk.case.services import stress_run
from jcr_desk.structured.rmbs.inputs import StressInputError, check_inputs
from jcr_desk.ui.errors import plain_message
from jcr_desk.ui.stress.base_case_panel import BaseCasePanel
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.mechanisms_panel import MechanismsPanel
from jcr_desk.ui.stress.multiplier_panel import MultiplierPanel
from jcr_desk.ui.stress.result_panel import ResultPanel
from jcr_desk.ui.stress.run_controller import StressRunController
from jcr_desk.ui.stress.scenario_buttons import ScenarioButtons
from jcr_desk.ui.stress.static_import import StaticImport
from jcr_desk.ui.stress.structure_panel import StructurePanel
from jcr_desk.ui.tabs.common import PROBLEM_STYLE, inputs_beside_result, scrolled
from jcr_desk.ui.tabs.context import TabContext

_SET_COMMANDS = (AddScenario, RemoveScenario, RenameScenario, ImportScenario, PromoteScenario)


class StressTab(QWidget):
    """One scenario at a time: its inputs on the left, its result on the right.

    ``context`` supplies ``push`` (every edit), the lane for the stress runs and static-data
    reads (with the status bar's progress and Cancel) and ``analyst_name`` (who records a
    reason).
    """

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = context.document
        self._document = document
        self.editor = ScenarioEditor(document, context.push, context.analyst_name)
        self.lane = context.lanes.compute("stress")
        self.runs = StressRunController(document, self.lane, self)
        self.runs.status.connect(self._show_status)
        self.runs.result_stored.connect(lambda _sid: self._result_stored())

        self.scenario_choice = QComboBox(self)
        self.scenario_choice.currentIndexChanged.connect(self._select)
        self.scenario_buttons = ScenarioButtons(self.editor, self)
        self.run_button = QPushButton(self.tr("Run (F5)"), self)
        self.run_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.run_button.setToolTip(self.tr("Run the stresses and the enhancement solver (F5)"))
        self.run_button.clicked.connect(self.run)
        self.auto_run = QCheckBox(self.tr("Run again after each change"), self)
        self.auto_run.setChecked(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self._refused = False

        self.base_case = BaseCasePanel(self.editor, self)
        self.static_import = StaticImport(self.editor, self.lane, self.runs, self)
        self.static_import.status.connect(self._show_status)
        self.base_case.import_requested.connect(self.static_import.start)
        self.multipliers = MultiplierPanel(self.editor, self)
        self.structure = StructurePanel(self.editor, self)
        self.tranche_model = self.structure.tranche_model
        self.mechanisms = MechanismsPanel(self.editor, self)
        self.inputs = QTabWidget(self)
        self._input_pages = (
            scrolled(self.base_case, self), _page(self.multipliers, self),
            _page(self.structure, self), scrolled(self.mechanisms, self),
        )
        titles = (self.tr("Base case && recovery"), self.tr("Multipliers"), self.tr("Structure"),
                  self.tr("Mechanisms"))
        for page, title in zip(self._input_pages, titles, strict=True):
            self.inputs.addTab(page, title)
        self.results = ResultPanel(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scenario"), self))
        top.addWidget(self.scenario_choice, 1)
        top.addWidget(self.scenario_buttons)
        top.addWidget(self.run_button)
        top.addWidget(self.auto_run)
        top.addWidget(self.status, 2)
        inputs_beside_result(self, top, self.inputs, self.results)

        document.replaced.connect(self.refresh)
        document.edited.connect(self._edited)
        document.editable_changed.connect(lambda _editable: self._select())
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the case (another case was loaded)."""
        self._show_status("", False)
        self._refused = False
        self.editor.scenario_id = None  # the first scenario of the case just loaded
        self._fill_choice(None, row=0)

    def _fill_choice(self, preferred: str | None, row: int) -> None:
        """List the case's scenarios and select ``preferred``, else the one chosen so far,
        else the one at ``row`` (the place of a scenario just removed)."""
        ids = [s.id for s in self._document.case.scenarios]
        if preferred in ids:
            row = ids.index(preferred)
        elif self.editor.scenario_id in ids:
            row = ids.index(self.editor.scenario_id)
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        for scenario in self._document.case.scenarios:
            label = (
                self.tr("%s (what-if: edits need no reason)") % scenario.name
                if scenario.what_if
                else scenario.name
            )
            self.scenario_choice.addItem(label, scenario.id)
        self.scenario_choice.setCurrentIndex(min(row, len(ids) - 1))
        self.scenario_choice.blockSignals(False)
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
        editable = not self._document.read_only  # a read-only case: look, Save As to edit
        self.run_button.setEnabled(editable and self.editor.scenario_id is not None)
        self.auto_run.setEnabled(editable)
        self.static_import.action.setEnabled(editable)
        for page in (self.scenario_buttons, *self._input_pages):
            page.setEnabled(editable)
        self.scenario_buttons.refresh()
        self._show_inputs()
        self._show_result()

    def _show_inputs(self) -> None:
        for panel in (self.base_case, self.multipliers, self.structure, self.mechanisms):
            panel.refresh()

    def _result_stored(self) -> None:
        """A new result: the table, and the inputs that show what it found (segments, open
        decisions)."""
        self._show_result()
        self.multipliers.refresh()
        self.mechanisms.refresh()

    def _stale(self) -> bool:
        """Whether the stored result was computed from other inputs than the case's now.

        The inputs hash covers everything a run reads (assumptions, structure, pool, the
        parties' ratings, countries, rulebook), so any edit that changes a figure — a
        country's ceiling on the group tab as much as a multiplier — makes it stale.
        """
        result = self.stored_result()
        scenario = self.editor.scenario()
        return (
            result is not None
            and scenario is not None
            and stress_run.scenario_inputs_hash(self._document.case, scenario) != result.inputs_hash
        )

    def _show_result(self) -> None:
        result = self.stored_result()
        scenario = self.editor.scenario()
        self.results.set_result(result, stale=self._stale())
        problem = None if result is not None or scenario is None else self._refusal(scenario)
        if problem is not None:
            self._show_status(self.tr("Cannot run yet: %s") % problem, True)
        elif self._refused:
            self._show_status("", False)
        self._refused = problem is not None

    def _refusal(self, scenario: Scenario) -> str | None:
        """Why a run of ``scenario`` would refuse (missing base case, no pool…), else None."""
        try:
            check_inputs(stress_run.stress_inputs(self._document.case, scenario))
        except StressInputError as error:
            return plain_message(error)
        return None

    def _edited(self, command: object) -> None:
        if isinstance(command, _SET_COMMANDS):
            if (
                isinstance(command, RemoveScenario)
                and command.scenario_id == self.editor.scenario_id
            ):
                self.runs.stop()  # its run, or one waiting for the timer, has nothing to show
            self._fill_choice(command.scenario_id, row=max(self.scenario_choice.currentIndex(), 0))
            # A scenario just added (a copy, say) gets its result without a press on Run.
            wanted = self.editor.scenario_id == command.scenario_id and (
                isinstance(command, ImportScenario)
                or (isinstance(command, AddScenario) and self.stored_result() is None)
            )
        elif isinstance(command, ScenarioEdit | ImportPool):
            self._show_inputs()
            self._show_result()
            wanted = True
        else:
            # Any other edit (a country's ceiling, the servicer's decision…) may change what
            # a run reads: the stale mark and the re-run follow the inputs, not the command.
            self._show_result()
            wanted = self._stale()
        sid = self.editor.scenario_id
        if wanted and sid is not None and self.auto_run.isChecked() and not self._refused:
            self.runs.schedule(sid)

    def _show_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")


def _page(widget: QWidget, parent: QWidget) -> QWidget:
    """A page holding ``widget``: disabling the page disables it whatever it sets itself."""
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    return page
