"""The population's monthly history and the purchased receivables: imports and what they say.

Both files are read on the tab's import lane through the tape importer (the history with its
own schema, refused at its first problem naming file, sheet, row and column; the receivables
with theirs, rows with errors left out and counted). Nothing reaches the case before the
undoable import edit. Below: the monthly rates and their base-case statistics.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from jcr_desk.case.edits.abcp_commands import ImportHistory, ImportReceivables
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.pool.schema import RECEIVABLES
from jcr_desk.pool.tape import TapeImport, read_tape
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.structured.abcp.base_case import RateStatistics
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.history_file import read_history
from jcr_desk.ui.abcp.editor import ProgramEditor
from jcr_desk.ui.abcp.qt_history_model import HistoryModel
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, note, table_view
from jcr_desk.ui.translations import shown
from jcr_desk.ui.workers import ComputeLane

_FILTER = QT_TRANSLATE_NOOP(
    "AbcpHistoryPanel", "Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)"
)


def choose_file(parent: QWidget, title: str) -> Path | None:
    """The file the analyst picked, or None (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("AbcpHistoryPanel", _FILTER)
    )
    return Path(path) if path else None


class HistoryPanel(QWidget):
    """Signals: ``said(str, bool)`` a status line for the tab (True for a problem)."""

    said = Signal(str, bool)

    def __init__(
        self, editor: ProgramEditor, lane: ComputeLane, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._lane = lane
        self.import_history = QPushButton(self.tr("Import monthly history…"), self)
        self.import_history.clicked.connect(self.start_history_import)
        self.import_receivables = QPushButton(self.tr("Import receivables…"), self)
        self.import_receivables.clicked.connect(self.start_receivables_import)
        self.source = note("", self)
        self.history_model = HistoryModel(self)
        self.history = table_view(self.history_model, self)
        self.history.setObjectName("abcpHistory")
        self.statistics_model = RecordTableModel(
            [
                Column(self.tr("Rate"), lambda s: self._measure_words(s.measure)),
                Column(self.tr("Mean"), lambda s: f"{s.mean:.3%}", numeric=True),
                Column(self.tr("SD"), lambda s: f"{s.sd:.3%}", numeric=True),
                Column(
                    self.tr("Trend / year"),
                    lambda s: f"{s.trend_per_month * 12:+.3%}",
                    numeric=True,
                ),
                Column(self.tr("Trend at latest"), lambda s: f"{s.trend_latest:.3%}", numeric=True),
                Column(self.tr("Latest months"), lambda s: f"{s.recent_mean:.3%}", numeric=True),
                Column(self.tr("Peak"), lambda s: f"{s.peak:.3%} ({s.peak_month})", numeric=True),
            ],
            self,
        )
        self.statistics = table_view(self.statistics_model, self)
        self.statistics.setObjectName("abcpStatistics")
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_history)
        buttons.addWidget(self.import_receivables)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.source)
        layout.addWidget(heading(self.tr("Base case from the history"), self))
        layout.addWidget(self.statistics)
        layout.addWidget(heading(self.tr("Monthly rates of the population"), self))
        layout.addWidget(self.history, 1)

    def refresh(self, statistics: tuple[RateStatistics, ...] = ()) -> None:
        item = self._editor.program()
        history = None if item is None else item.history
        self.history_model.set_rates(None if history is None else history.rates())
        self.statistics_model.set_records(list(statistics))
        editable = item is not None and not self._editor.document.read_only
        self.import_history.setEnabled(editable)
        self.import_receivables.setEnabled(editable)
        self.source.setText(self._sources(item))

    def _sources(self, item: object) -> str:
        if item is None:
            return ""
        history = item.history  # type: ignore[attr-defined]
        pool = item.receivables  # type: ignore[attr-defined]
        lines = [
            self.tr("History: none imported yet (003 No. 2 §3(2)(ii)(a) asks for it).")
            if history is None
            else self.tr("History: {file}, sheet {sheet}, {months} months").format(
                file=history.source.get("file"),
                sheet=history.source.get("sheet", "—"),
                months=history.month_count,
            )
        ]
        lines.append(
            self.tr("Receivables: none imported yet.")
            if pool is None
            else self.tr("Receivables: {file}, {count:,} receivables, ¥{total:,.0f}").format(
                file=pool.source.get("file", pool.name),
                count=len(pool.loans),
                total=float(pool.loans["receivable_balance"].sum()),
            )
        )
        return "\n".join(lines)

    def _measure_words(self, measure: str) -> str:
        return {
            "credit_loss": self.tr("Credit loss"),
            "cancellation": self.tr("Cancellation"),
            "collection": self.tr("Collection"),
        }[measure]

    # -- imports ---------------------------------------------------------------------------

    def start_history_import(self) -> None:
        path = choose_file(self, self.tr("Import the population's monthly history"))
        if path is None or self._editor.program_id is None:
            return
        program_id = self._editor.program_id

        def work(progress: ProgressCallback, cancel: CancelToken) -> MonthlyHistory:
            return read_history(path, progress=progress, cancel=cancel)

        self._run(
            work,
            self.tr("Reading {file}").format(file=path.name),
            lambda history: self._history_read(program_id, history),
        )

    def start_receivables_import(self) -> None:
        path = choose_file(self, self.tr("Import the purchased receivables"))
        if path is None or self._editor.program_id is None:
            return
        program_id = self._editor.program_id

        def work(progress: ProgressCallback, cancel: CancelToken) -> TapeImport:
            return read_tape(path, progress=progress, cancel=cancel, kind=RECEIVABLES)

        self._run(
            work,
            self.tr("Reading {file}").format(file=path.name),
            lambda tape: self._receivables_read(program_id, path, tape),
        )

    def _run(self, work: Callable, label: str, done: Callable) -> None:
        self.said.emit(label + "…", False)
        self._lane.start(
            work,
            label,
            done,
            self._failed,
            lambda: self.said.emit(self.tr("Import cancelled."), False),
        )

    def _history_read(self, program_id: str, history: MonthlyHistory) -> None:
        if self._editor.push(ImportHistory(program_id, history, self._editor.analyst())):
            self.said.emit(
                self.tr("Imported {months} months of history.").format(months=history.month_count),
                False,
            )

    def _receivables_read(self, program_id: str, path: Path, tape: TapeImport) -> None:
        if tape.blocking:
            text = "\n".join(shown(problem.sentence) for problem in tape.blocking)
            report_error(
                self,
                self.tr("Receivables not imported"),
                self.tr("{file}: {problems}").format(file=path.name, problems=text),
            )
            return
        pool = pool_from_tape(tape, path.stem)
        if self._editor.push(ImportReceivables(program_id, pool, self._editor.analyst())):
            self.said.emit(
                self.tr(
                    "Imported {count:,} receivables; {excluded:,} rows with errors left out."
                ).format(count=len(pool.loans), excluded=tape.excluded_count),
                tape.excluded_count > 0,
            )

    def _failed(self, error: BaseException) -> None:
        """A refused file says where and why; anything else is logged and said plainly."""
        report_error(self, self.tr("File not imported"), error)
        self.said.emit(plain_message(error), True)
