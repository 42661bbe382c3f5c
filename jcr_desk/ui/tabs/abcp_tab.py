"""ABCP program tab: a program's terms, checks and history beside its analysis.

A tab of its own rather than parts of the Pool and Stress tabs: a program is a rated item
with inputs neither tab has (the issuer SPC and its bankruptcy remoteness, the sponsor and
its backup line, sellers, documents, the population's monthly history) and a result of
another shape (short-term ratings, required subordination by part, caps), so one tab reads
in order from the program through its history to its guideline, and the RMBS tabs stay as
they are. Every edit is undoable and analyses the program again on the tab's own lane.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)

from jcr_desk.case.document.model import StoredProgram, new_id
from jcr_desk.case.edits.abcp_commands import AddProgram, RemoveProgram
from jcr_desk.case.services.abcp_run import program_inputs_hash
from jcr_desk.structured.abcp.program import AbcpProgram
from jcr_desk.ui.abcp.analysis_panel import AnalysisPanel
from jcr_desk.ui.abcp.analysis_runs import AnalysisRuns
from jcr_desk.ui.abcp.checks_panel import ChecksPanel
from jcr_desk.ui.abcp.editor import ProgramEditor
from jcr_desk.ui.abcp.history_panel import HistoryPanel
from jcr_desk.ui.abcp.program_panel import ProgramPanel
from jcr_desk.ui.stress import reason
from jcr_desk.ui.tabs.common import PROBLEM_STYLE, inputs_beside_result, scrolled
from jcr_desk.ui.tabs.context import TabContext


class AbcpTab(QWidget):
    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = context.document
        self._document = document
        self.editor = ProgramEditor(document, context.push, context.analyst_name)
        self.runs = AnalysisRuns(document, context.lanes.compute("abcp"), self)
        self.runs.status.connect(self._show_status)
        self.runs.stored.connect(lambda _pid: self._show_result())
        self.program_choice = QComboBox(self)
        self.program_choice.setObjectName("abcpProgramChoice")
        self.program_choice.currentIndexChanged.connect(self._select)
        self.add_button = QPushButton(self.tr("Add program…"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.clicked.connect(self._remove)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.program_panel = ProgramPanel(self.editor, self)
        self.checks_panel = ChecksPanel(self.editor, self)
        self.history_panel = HistoryPanel(self.editor, context.lanes.compute("abcp-import"), self)
        self.history_panel.said.connect(self._show_status)
        self.inputs = QTabWidget(self)
        self.inputs.addTab(scrolled(self.program_panel, self), self.tr("Program"))
        self.inputs.addTab(self.checks_panel, self.tr("Checks && documents"))
        self.inputs.addTab(self.history_panel, self.tr("History && receivables"))
        self.analysis = AnalysisPanel(self.editor, self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Program"), self))
        top.addWidget(self.program_choice, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.status, 2)
        inputs_beside_result(self, top, self.inputs, scrolled(self.analysis, self))

        document.replaced.connect(self.refresh)
        document.edited.connect(self._edited)
        document.editable_changed.connect(lambda _editable: self._select())
        self.refresh()

    def refresh(self) -> None:
        """Rebuild from the case (another case was loaded)."""
        self._show_status("", False)
        self.editor.program_id = None
        self._fill_choice(None)

    def _fill_choice(self, preferred: str | None) -> None:
        programs = self._document.case.programs
        ids = [p.id for p in programs]
        wanted = preferred if preferred in ids else self.editor.program_id
        self.program_choice.blockSignals(True)
        self.program_choice.clear()
        for item in programs:
            self.program_choice.addItem(item.program.name, item.id)
        self.program_choice.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.program_choice.blockSignals(False)
        self._select()

    def _select(self) -> None:
        data = self.program_choice.currentData()
        self.editor.program_id = data if isinstance(data, str) else None
        editable = not self._document.read_only
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.editor.program_id is not None)
        for page in (self.program_panel, self.checks_panel):
            page.setEnabled(editable and self.editor.program_id is not None)
        self.program_panel.refresh()
        self.checks_panel.refresh()
        self._show_result()
        if self.editor.program_id is not None and (self._stale() or self._missing()):
            self.runs.schedule(self.editor.program_id, quiet=True)

    def _missing(self) -> bool:
        return self.editor.stored_result() is None

    def _stale(self) -> bool:
        record = self.editor.stored_result()
        item = self.editor.program()
        return (
            record is not None
            and item is not None
            and program_inputs_hash(self._document.case, item) != record.inputs_hash
        )

    def _show_result(self) -> None:
        record = self.editor.stored_result()
        result = None if record is None else record.result
        self.analysis.refresh(result, self._stale())
        self.history_panel.refresh(() if result is None else result.statistics)

    def _edited(self, command: object) -> None:
        if isinstance(command, AddProgram | RemoveProgram):
            added = command.item_id if isinstance(command, AddProgram) else None
            self._fill_choice(added)
            return
        self.program_panel.refresh()
        self.checks_panel.refresh()
        self._show_result()
        if self.editor.program_id is not None and self._stale():
            self.runs.schedule(self.editor.program_id)

    def _add(self) -> None:
        name = reason.ask_name(self, self.tr("Add ABCP program"), self.tr("New program"))
        if name is None:
            return
        self.editor.push(AddProgram(StoredProgram(new_id(), AbcpProgram(name))))

    def _remove(self) -> None:
        item = self.editor.program()
        if item is None:
            return
        why = reason.ask_reason(
            self, self.tr("Remove {name}").format(name=item.program.name))
        if why is not None:
            self.editor.push(RemoveProgram(item.id, why))

    def _show_status(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")
