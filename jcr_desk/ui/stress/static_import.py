"""Importing the originator's static data into a scenario's base case, from the Stress tab.

Flow: choose the workbook (button, Ctrl+Shift+I, or a file dropped on the base-case panel) →
read and complete it on the Stress tab's compute lane (status bar progress and Cancel) → review
the statistics and curves in :class:`StaticBaseCaseDialog` → "Use as base case" pushes the
proposal's :class:`ApplyStaticBaseCase` through the window. Nothing touches the case before
that push, so a refused file, a cancelled read or a cancelled review leave it as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from jcr_desk.case.edits.scenario_commands import ApplyStaticBaseCase
from jcr_desk.case.services.static_base_case import StaticProposal, propose_static_base_case
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.run_controller import StressRunController
from jcr_desk.ui.stress.static_dialog import StaticBaseCaseDialog
from jcr_desk.ui.workers import ComputeLane

#: Workbooks the static-data reader opens.
STATIC_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
IMPORT_SHORTCUT = "Ctrl+Shift+I"
ERROR_TITLE = QT_TRANSLATE_NOOP("StaticImport", "Cannot import the static data")
_FILTER = QT_TRANSLATE_NOOP("StaticImport", "Workbooks ({patterns});;All files (*)")


def choose_static_file(parent: QWidget | None) -> str | None:
    """The workbook the analyst picked, or None (module level: tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("StaticImport", "Import static data"),
        "",
        QCoreApplication.translate("StaticImport", _FILTER).format(
            patterns=" ".join(f"*{suffix}" for suffix in STATIC_SUFFIXES)
        ),
    )
    return path or None


def dropped_workbook(mime: QMimeData) -> Path | None:
    """The first local workbook among dropped files, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(STATIC_SUFFIXES):
            return Path(url.toLocalFile())
    return None


class StaticImport(QObject):
    """Reads static data for the editor's scenario and offers it as the base case.

    ``action`` (Ctrl+Shift+I) is added to ``parent``, so the shortcut works while the tab
    is shown, whichever assumption panel is open. ``dialog`` is the review dialog while it is open.

    Signals
    -------
    status(str, bool)
        A line for the tab's status label; the flag is True for a problem.
    """

    status = Signal(str, bool)

    def __init__(
        self,
        editor: ScenarioEditor,
        runner: ComputeLane,
        runs: StressRunController,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._runner = runner
        self._runs = runs
        self._parent = parent
        self.dialog: StaticBaseCaseDialog | None = None
        self._reading: Path | None = None
        self.action = QAction(self.tr("Import static data…"), parent)
        self.action.setShortcut(QKeySequence(IMPORT_SHORTCUT))
        self.action.setStatusTip(
            self.tr("Read the originator's vintage workbook into the base case")
        )
        self.action.triggered.connect(lambda: self.start())
        parent.addAction(self.action)
        runner.finished.connect(self._runner_finished)
        editor.document.replaced.connect(self._close_dialog)

    def start(self, path: Path | None = None) -> None:
        """Ask for the workbook (unless given) and read it on the tab's lane.

        The lane is the tab's own: the read never touches a save, but it does supersede
        a stress run of this tab (the import changes its inputs anyway).
        """
        scenario = self._editor.scenario()
        if scenario is None:
            self.status.emit(self.tr("Choose a scenario to import static data into."), True)
            return
        if self._runner.busy and not self._runs.running:
            self.status.emit(
                self.tr("Another task is running; import the static data after it."), False
            )
            return
        if path is None:
            chosen = choose_static_file(self._parent)
            if not chosen:
                return
            path = Path(chosen)
        snapshot = self._editor.document.case.snapshot()
        scenario_id = scenario.id

        def work(progress, cancel) -> StaticProposal:
            return propose_static_base_case(
                snapshot, scenario_id, path, progress=progress, cancel=cancel
            )

        self._runner.start(
            work,
            self.tr("Reading static data {file}").format(file=path.name),
            self._review,
            lambda e: self._failed(path, e),
        )
        self._reading = path
        self.status.emit(self.tr("Reading static data {file}…").format(file=path.name), False)

    def _runner_finished(self) -> None:
        # Emitted before a result callback, so a success or failure overwrites this line.
        if self._reading is not None:
            name, self._reading = self._reading.name, None
            self.status.emit(
                self.tr("Import of {file} cancelled; the case is unchanged.").format(file=name),
                False,
            )

    def _review(self, proposal: StaticProposal) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return  # the case was replaced while the file was read
        self._close_dialog()
        dialog = StaticBaseCaseDialog(proposal, scenario.assumptions, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._use(proposal, *dialog.choice()))
        dialog.rejected.connect(
            lambda: self.status.emit(self.tr("Static data not used; the case is unchanged."), False)
        )
        dialog.finished.connect(self._forget_dialog)
        self.dialog = dialog
        self.status.emit(self.tr("Review the static data's base case."), False)
        dialog.open()

    def _use(self, proposal: StaticProposal, method: str, k: float) -> None:
        if self._editor.push(ApplyStaticBaseCase.from_proposal(proposal, method, k)):
            name = proposal.static.source["file"]
            self.status.emit(
                self.tr("Base case taken from {file}; the run follows.").format(file=name), False
            )

    def _failed(self, path: Path, error: BaseException) -> None:
        message = plain_message(error)  # a StaticDataError names file, sheet, row, column
        if path.name not in message:
            message = f"{path.name}: {message}"
        report_error(self._parent, self.tr(ERROR_TITLE), message)
        self.status.emit(
            self.tr("{file} was not imported; the case is unchanged.").format(file=path.name), True
        )

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    def _forget_dialog(self) -> None:
        self.dialog = None
