"""Export committee workbook…: where, which scenario, with or without the loans; progress and
Cancel while a worker writes it."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import Case
from jcr_desk.progress import ProgressMessage
from jcr_desk.reports import ExportReport, export_workbook
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.export import files
from jcr_desk.ui.translations import shown
from jcr_desk.ui.workers import ComputeLane, Task

_STEPS = 1000


class ExportDialog(QDialog):
    """Options, then the export on ``lane``; ``exported(report)`` when the file is written."""

    exported = Signal(object)

    def __init__(self, case: Case, suggested: Path, lane: ComputeLane, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export committee workbook"))
        self._case = case
        self._lane = lane
        self._task: Task | None = None
        self.path_edit = QLineEdit(str(suggested), self)
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        self.scenario_choice = QComboBox(self)
        self.scenario_choice.addItems([s.name for s in case.scenarios])
        loans = len(case.pools[0].loans) if case.pools else 0
        self.loans_box = QCheckBox(
            self.tr("Add every loan as an appendix (%s loans)") % f"{loans:,}", self
        )
        self.loans_box.setEnabled(loans > 0)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        if case.scenarios:
            form.addRow(self.tr("Scenario"), self.scenario_choice)
        form.addRow("", self.loans_box)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, _STEPS)
        self.progress.hide()
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def target(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def start(self) -> None:
        if not self.path_edit.text().strip():
            self.status.setText(self.tr("Choose where to write the workbook."))
            return
        work = partial(
            export_workbook,
            self._case.snapshot(),
            self.target(),
            self.loans_box.isChecked(),
            scenario=self.scenario_choice.currentText() or None,
        )
        self.export_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Writing the workbook…"))
        self._lane.progress.connect(self._progressed)
        self._task = self._lane.start(
            work,
            self.tr("Exporting the committee workbook"),
            self._done,
            self._failed,
            self._cancelled,
        )

    def _progressed(self, fraction: float, message: ProgressMessage) -> None:
        self.progress.setValue(round(max(0.0, min(1.0, fraction)) * _STEPS))
        if message:
            self.status.setText(shown(message))

    def _done(self, report: ExportReport) -> None:
        self._finish()
        self.accept()
        self.exported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.status.setText("")
        report_error(self, self.tr("Workbook not exported"), error)

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Cancelled: nothing was written."))

    def _finish(self) -> None:
        self._lane.progress.disconnect(self._progressed)
        self._task = None
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self._stop()
        else:
            self.reject()

    def reject(self) -> None:
        if self._task is not None:  # closing the dialog stops the export it started
            self._stop()
            return
        super().reject()

    def _stop(self) -> None:
        """Ask the export to stop; the worker removes its temporary file and reports back
        (a workbook already in place by then is reported as written)."""
        assert self._task is not None
        self._task.token.cancel()
        self.status.setText(self.tr("Cancelling…"))

    def _browse(self) -> None:
        path = files.choose_workbook_path(self, self.path_edit.text())
        if path:
            self.path_edit.setText(path)
