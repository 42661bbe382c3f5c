"""File → Export committee workbook… and File → Import scenario from workbook…

Both run their file work on a compute lane of their own, so they never stop a save, an
import or a stress run, and the status bar follows them. An imported scenario is one
undoable edit with the analyst's reason.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from jcr_desk.case.document.scenario_file import ImportScenario, ScenarioFile
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.export import files
from jcr_desk.ui.stress.reason import ask_reason
from jcr_desk.ui.translations import shown
from jcr_desk.ui.workers import ComputeLane

if TYPE_CHECKING:  # the workbook modules load openpyxl: on first use, not with the window
    from jcr_desk.case.document.model import Case
    from jcr_desk.reports import ExportReport
    from jcr_desk.ui.export.export_dialog import ExportDialog


class WorkbookActions(QObject):
    """The two actions and the Committee tab's button; ``parent`` is the main window."""

    def __init__(
        self,
        parent: QWidget,
        document: CaseDocument,
        lane: ComputeLane,
        push: Callable[[CaseCommand], bool],
        analyst: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._document = document
        self._push = push
        self._analyst = analyst
        self.lane = lane
        self.dialog: ExportDialog | None = None
        self.export_action = QAction(self.tr("&Export committee workbook…"), parent)
        self.export_action.setShortcut("Ctrl+E")
        self.export_action.setStatusTip(self.tr("The whole case as a formatted Excel workbook"))
        self.export_action.triggered.connect(self.export)
        self.import_action = QAction(self.tr("Import scenario from &workbook…"), parent)
        self.import_action.setStatusTip(
            self.tr("Read the Assumptions sheet of an edited committee workbook")
        )
        self.import_action.triggered.connect(self.import_scenario)

    def export_bar(self, parent: QWidget) -> QWidget:
        """The Committee tab's row with the export button at its right."""
        bar = QWidget(parent)
        button = QPushButton(self.tr("Export committee workbook…"), bar)
        button.setObjectName("exportWorkbookButton")
        button.clicked.connect(self.export)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(button)
        return bar

    def export(self) -> None:
        from jcr_desk.ui.export.export_dialog import ExportDialog

        case = self._document.case
        folder = self._document.path.parent if self._document.path else Path.home()
        name = (self._document.path.stem if self._document.path else "committee") + ".xlsx"
        self.dialog = ExportDialog(case, folder / name, self.lane, self._window)
        self.dialog.exported.connect(self._exported)
        self.dialog.open()

    def _exported(self, report: ExportReport) -> None:
        choice = files.ask_after_export(self._window, report)
        if choice == files.OPEN:
            files.open_path(report.path)
        elif choice == files.SHOW:
            files.open_path(report.path.parent)

    def import_scenario(self) -> None:
        path = files.choose_workbook_to_import(self._window)
        if path is None:
            return
        case = self._document.case.snapshot()
        self.lane.start(
            lambda progress, cancel: _read_workbook_scenario(case, path),
            self.tr("Reading the workbook"),
            self._read,
            lambda error: report_error(self._window, self.tr("Scenario not imported"), error),
        )

    def _read(self, imported: ScenarioFile) -> None:
        why = ask_reason(
            self._window, self.tr("Import scenario %s from the workbook") % imported.name
        )
        if why is None:
            return
        command = ImportScenario(imported, why, self._analyst())
        if self._push(command):
            changed = [shown(line) for line in command.changed_sentences]
            files.show_changes(self._window, imported.name, changed)


def _read_workbook_scenario(case: Case, path: str) -> ScenarioFile:
    """On the lane's thread: the reader (and openpyxl) load there, on first use."""
    from jcr_desk.reports import read_workbook_scenario

    return read_workbook_scenario(case, path)
