"""The rating history: the table (editable), import from and export to Excel, add and remove
lines, and *Record committee result*, which appends the decided ratings as one edit.

Reading and writing the workbook run on the tab's compute lane, off the window's thread; the
case changes only once a file has been read whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.history_file import HistoryImport, read_history, write_history
from jcr_desk.case.document.model import RatingHistoryEntry
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.committee_commands import RecordCommitteeResult, SetHistory
from jcr_desk.ui.committee.history_model import HistoryModel
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.tabs.common import table_view
from jcr_desk.ui.workers import ComputeLane

_EXCEL_FILTER = QT_TRANSLATE_NOOP(
    "HistoryPanel", "Excel workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)"
)


class HistoryPanel(QWidget):
    def __init__(
        self,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        runner: ComputeLane,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._push = push
        self._runner = runner
        self._language = language
        self.model = HistoryModel(push, self)
        self.model.refused.connect(self._say)
        self.view = table_view(self.model, self)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.record_button = QPushButton(self.tr("Record committee result"), self)
        self.record_button.setToolTip(
            self.tr("Append every item's decided rating, dated the committee's day (one undo)")
        )
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.add_button = QPushButton(self.tr("Add line"), self)
        self.remove_button = QPushButton(self.tr("Remove lines"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.record_button.clicked.connect(self.record_result)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_lines)
        buttons = QHBoxLayout()
        for button in (
            self.record_button,
            self.import_button,
            self.export_button,
            self.add_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    def show_history(self, rows: list[RatingHistoryEntry], editable: bool) -> None:
        self.model.editable = editable
        self.model.set_rows(rows)
        for button in (self.record_button, self.import_button, self.add_button, self.remove_button):
            button.setEnabled(editable)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # -- edits ---------------------------------------------------------------------------

    def record_result(self) -> bool:
        if self._push(RecordCommitteeResult(self._language())):
            self._say(
                self.tr("The committee's result is in the history (Edit → Undo takes it back).")
            )
            return True
        return False

    def add_line(self) -> None:
        case = self._document.case
        when = case.committee.committee_date or date.today()
        issuer = case.entities[0].name if case.entities else self.tr("Issuer")
        line = RatingHistoryEntry(issuer, self.tr("Issue"), when, "AAA")
        added = SetHistory(
            [*self.model.rows(), line], QT_TRANSLATE_NOOP("CaseCommand", "Add history line")
        )
        if self._push(added):
            self.view.scrollToBottom()
            self._say(self.tr("A line was added: double-click a cell to change it."))

    def remove_lines(self) -> None:
        chosen = {index.row() for index in self.view.selectionModel().selectedRows()}
        if not chosen:
            self._say(self.tr("Select the lines to remove first."))
            return
        rows = [row for i, row in enumerate(self.model.rows()) if i not in chosen]
        self._push(SetHistory(rows, QT_TRANSLATE_NOOP("CaseCommand", "Remove history lines")))

    # -- files ---------------------------------------------------------------------------

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import rating history"), "", self.tr(_EXCEL_FILTER)
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the file off the window's thread, then replace the history with its lines."""
        self._say(self.tr("Reading %s…") % path.name)
        self._runner.start(
            lambda progress, cancel: read_history(path),
            self.tr("Reading rating history"),
            self._imported,
            lambda error: self._failed(self.tr("Rating history not imported"), error),
        )

    def _imported(self, imported: HistoryImport) -> None:
        current = len(self._document.case.history)
        if current and QMessageBox.question(
            self,
            self.tr("Replace the rating history?"),
            self.tr("The case holds %d history lines; %s has %d. Replace them?")
            % (current, imported.path.name, len(imported.rows)),
        ) not in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            self._say(self.tr("Import cancelled; the history is unchanged."))
            return
        detail = f"{imported.path.name}, sheet {imported.sheet}: {len(imported.rows)} line(s)"
        text = QT_TRANSLATE_NOOP("CaseCommand", "Import rating history")
        if self._push(SetHistory(imported.rows, text, detail)):
            skipped = "; ".join(imported.skipped)
            self._say(
                self.tr("%d lines imported from %s.") % (len(imported.rows), imported.path.name)
                + (" " + self.tr("Skipped: %s.") % skipped if skipped else "")
            )

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export rating history"),
            "rating_history.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
        )
        if name:
            self.export_file(Path(name))

    def export_file(self, path: Path) -> None:
        rows, language = self.model.rows(), self._language()
        self._runner.start(
            lambda progress, cancel: write_history(rows, path, language),
            self.tr("Writing rating history"),
            lambda _result: self._say(self.tr("History written to %s.") % path),
            lambda error: self._failed(self.tr("Rating history not exported"), error),
        )

    def _failed(self, title: str, error: BaseException) -> None:
        self._say(plain_message(error).splitlines()[0])
        report_error(self, title, error)
