"""New…, Duplicate, Rename…, Remove…, Export…, Import…: the case's scenarios, beside the choice.

Each button builds a command from :mod:`jcr_desk.case.edits.scenario_set_commands` and pushes it
through the window (so undo, the audit log and refusals work as for every edit); the tab
selects the scenario a command added. Names and the reason for a removal are asked through
:mod:`jcr_desk.ui.stress.reason`, which tests replace. Export writes the scenario file of
``docs/scenario-format.md``; Import reads one back as one recorded edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from jcr_desk.case.document.file_reasons import os_reason
from jcr_desk.case.document.scenario_file import (
    ImportScenario,
    ScenarioFileError,
    read_scenario_file,
    write_scenario_file,
)
from jcr_desk.case.edits.scenario_set_commands import (
    AddScenario,
    PromoteScenario,
    RemoveScenario,
    RenameScenario,
    copy_name,
    copy_scenario,
    default_name,
    new_scenario,
)
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.stress import reason, scenario_files
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.translations import shown


class ScenarioButtons(QWidget):
    """Buttons that add, copy, rename and remove the case's stress scenarios."""

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.new_button = QPushButton(self.tr("New…"), self)
        self.new_button.setToolTip(
            self.tr(
                "A new scenario on the case's pool with the Desk defaults; the base case is "
                "yours to type or import"
            )
        )
        self.new_button.clicked.connect(self.new)
        self.duplicate_button = QPushButton(self.tr("Duplicate"), self)
        self.duplicate_button.setToolTip(
            self.tr("A copy of this scenario for a what-if (no result yet)")
        )
        self.duplicate_button.clicked.connect(self.duplicate)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setToolTip(
            self.tr("Remove this scenario and its result (asks for a reason)")
        )
        self.remove_button.clicked.connect(self.remove)
        self.promote_button = QPushButton(self.tr("Make committee scenario…"), self)
        self.promote_button.setToolTip(
            self.tr(
                "A what-if takes edits without a reason; making it the committee's scenario "
                "asks one reason for all its changes"
            )
        )
        self.promote_button.clicked.connect(self.promote)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Write this scenario to a TOML file a reviewer can rerun")
        )
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setToolTip(
            self.tr("Read a scenario file: it replaces the scenario of its name, or is added")
        )
        self.import_button.clicked.connect(self.import_file)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.new_button,
            self.duplicate_button,
            self.rename_button,
            self.remove_button,
            self.promote_button,
            self.export_button,
            self.import_button,
        ):
            layout.addWidget(button)
        self.refresh()

    def refresh(self) -> None:
        chosen = self._editor.scenario() is not None
        for button in (
            self.duplicate_button,
            self.rename_button,
            self.remove_button,
            self.export_button,
        ):
            button.setEnabled(chosen)
        scenario = self._editor.scenario()
        self.promote_button.setEnabled(scenario is not None and scenario.what_if)

    def new(self) -> None:
        case = self._editor.document.case
        name = reason.ask_name(self, self.tr("New scenario"), default_name(case))
        if name is not None:
            self._editor.push(AddScenario(new_scenario(case, name), self._editor.analyst()))

    def duplicate(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        case = self._editor.document.case
        copied = copy_scenario(case, scenario.id, copy_name(case, scenario.name))
        self._editor.push(AddScenario(copied, self._editor.analyst()))

    def rename(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        name = reason.ask_name(self, f"Rename {scenario.name}", scenario.name)
        if name is not None and name != scenario.name:
            self._editor.push(RenameScenario(scenario.id, name, self._editor.analyst()))

    def remove(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        why = reason.ask_reason(self, f"Remove {scenario.name} and its result")
        if why is not None:
            self._editor.push(RemoveScenario(scenario.id, why, self._editor.analyst()))

    def promote(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None or not scenario.what_if:
            return
        why = reason.ask_reason(
            self, self.tr("Make %s the committee's scenario: why these changes") % scenario.name
        )
        if why is not None:
            self._editor.push(PromoteScenario(scenario.id, why, self._editor.analyst()))

    def export(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        path = scenario_files.choose_export_path(self, f"{scenario.name}.toml")
        if path is None:
            return
        try:
            write_scenario_file(self._editor.document.case, scenario, path)
        except OSError as error:
            reason = shown(os_reason(error))
            report_error(self, self.tr("Scenario not exported"), f"{path}: {reason}")

    def import_file(self) -> None:
        path = scenario_files.choose_import_path(self)
        if path is None:
            return
        case = self._editor.document.case
        try:
            imported = read_scenario_file(case, path)
        except ScenarioFileError as error:
            report_error(self, self.tr("Scenario not imported"), error)
            return
        why = reason.ask_reason(self, self.tr("Import scenario %s") % imported.name)
        if why is not None:
            self._editor.push(ImportScenario(imported, why, self._editor.analyst()))
