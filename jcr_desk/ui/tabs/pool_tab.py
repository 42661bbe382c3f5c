"""Pool tab: the case's loan pools, each with its validation report and its profile.

Above, the selected pool's loans (headers in the schema's words). Below, its problems as a
tree (errors first by row, repeated warnings on one line with their rows on demand; a click
goes to the loan and field) and its profile (summary, strats, chart). The profile and the
report's groups are computed on the tab's own worker, so a large pool never stalls the
window, and never cancels the window's file work. Importing a tape is :class:`ImportFlow`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import StoredPool
from jcr_desk.case.edits.pool_commands import ImportPool
from jcr_desk.case.services.pool_import import EXCEL_ROW
from jcr_desk.pool.problem_groups import ProblemGroup, group_problems
from jcr_desk.pool.problems import Problem
from jcr_desk.pool.strats import PoolProfile, pool_profile
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.locale_text import date_text, date_time_text
from jcr_desk.ui.pool.import_flow import ImportFlow
from jcr_desk.ui.pool.loan_model import PoolLoanModel
from jcr_desk.ui.pool.problem_tree_model import ProblemTreeModel
from jcr_desk.ui.pool.strat_panel import StratPanel
from jcr_desk.ui.tabs.common import heading, note, table_view
from jcr_desk.ui.tabs.context import TabContext

#: What the tape reader opens (pandas/calamine workbooks and CSV).
TAPE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")
#: Loan columns are sized once per pool from their header and this many rows: sizing them
#: to every loan on each layout pass read ~600,000 cells of a 3,000-loan pool.
SIZING_ROWS = 100


@dataclass(frozen=True)
class _PoolView:
    """A pool's profile and report groups, computed on the tab's worker."""

    pool_id: str
    profile: PoolProfile
    groups: list[ProblemGroup]


class PoolTab(QWidget):
    """The selected pool's loans above its validation report and its summary and strats."""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = context.document
        self._document = document
        self._rows_sorted = np.arange(0)
        self._positions_sorted = np.arange(0)
        # The profile and the import have lanes of their own: neither cancels the other, nor
        # the window's file work.
        self._profile_runner = context.lanes.compute(self.tr("pool profile"))
        # A profile still running when the tab goes must not report to it.
        self.destroyed.connect(self._profile_runner.cancel)
        self.flow = ImportFlow(
            self, document, context.push, context.lanes.compute(self.tr("pool import"))
        )
        self.flow.said.connect(self._say)
        self.flow.imported.connect(self._select_pool)

        self.pool_choice = QComboBox(self)
        self.pool_choice.currentIndexChanged.connect(self._show_selected)
        self.loan_count = QLabel(self)
        self.total_balance = QLabel(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import loan tape…"), self)
        self.import_button.clicked.connect(self.ask_import)
        self.status = QLabel(self)
        self.loan_model = PoolLoanModel(self)
        self.loans = table_view(self.loan_model, self)
        self.loans.setObjectName("loanTable")
        self.loans.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.loans.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.loans.setSortingEnabled(True)
        self.loans.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.loans.setSelectionBehavior(self.loans.SelectionBehavior.SelectItems)
        self.report_model = ProblemTreeModel(self)
        self.report = QTreeView(self)
        self.report.setObjectName("problemTree")
        self.report.setModel(self.report_model)
        self.report.setUniformRowHeights(True)
        self.report.setColumnWidth(0, 110)
        self.report.clicked.connect(self._problem_clicked)
        self.strats = StratPanel(self)
        self.empty_note = note(
            self.tr(
                "This case has no loan pool yet. Drop an originator's tape (Excel or CSV) here "
                "or use File → Import loan tape…."
            ),
            self,
        )

        form = QFormLayout()
        form.addRow(self.tr("Pool"), self.pool_choice)
        form.addRow(self.tr("Loans"), self.loan_count)
        form.addRow(self.tr("Current balance"), self.total_balance)
        form.addRow(self.tr("Source"), self.source)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QTabWidget(self)
        self.details.addTab(self.report, self.tr("Problems"))
        self.details.addTab(self.strats, self.tr("Summary && strats"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.loans)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Pool"), self))
        layout.addLayout(top)
        layout.addWidget(self.empty_note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self.setAcceptDrops(True)
        document.replaced.connect(self.refresh)
        document.edited.connect(self._edited)
        self.refresh()

    # -- showing the case's pools ----------------------------------------------------------

    def refresh(self) -> None:
        pools = self._document.case.pools
        self.pool_choice.blockSignals(True)
        selected = self.pool_choice.currentData()
        self.pool_choice.clear()
        for pool in pools:
            self.pool_choice.addItem(pool.name, pool.id)
        again = self.pool_choice.findData(selected)
        self.pool_choice.setCurrentIndex(again if again >= 0 else 0)
        self.pool_choice.blockSignals(False)
        self.empty_note.setVisible(not pools)
        self._show_selected()

    def selected_pool(self) -> StoredPool | None:
        pools = self._document.case.pools
        row = self.pool_choice.currentIndex()
        return pools[row] if 0 <= row < len(pools) else None

    def _select_pool(self, pool_id: str) -> None:
        """Show the pool with ``pool_id`` (a fresh import)."""
        index = self.pool_choice.findData(pool_id)
        if index >= 0:
            self.pool_choice.setCurrentIndex(index)

    def _edited(self, command: object) -> None:
        if isinstance(command, ImportPool):
            self.refresh()

    def _show_selected(self) -> None:
        pool = self.selected_pool()
        self.status.clear()
        self.loans.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.strats.set_profile(None)
        self.report_model.set_groups([])
        if pool is None:
            self._profile_runner.cancel()
            self.loan_model.set_loans(None)
            self._index_rows(np.arange(0))
            for label in (self.loan_count, self.total_balance, self.source):
                label.setText("—")
            self._update_report_title()
            return
        loans = pool.loans
        rows = self._excel_rows(pool)
        self.loan_model.set_loans(loans, rows)
        self.loans.resizeColumnsToContents()
        self._index_rows(np.arange(0) if rows is None else rows)
        self.loan_count.setText(f"{len(loans):,}")
        if "current_balance" in loans.columns:
            self.total_balance.setText(f"¥{loans['current_balance'].sum():,.0f}")
        else:
            self.total_balance.setText("—")
        self.source.setText(source_text(pool.source))
        self.source.setToolTip("\n".join(f"{key}: {value}" for key, value in pool.source.items()))
        self._update_report_title()
        self._compute_view(pool)

    def _compute_view(self, pool: StoredPool) -> None:
        """The pool's profile and report groups, on the tab's worker."""
        as_of, inferred = _as_of(pool.source), bool(pool.source.get("as_of_inferred"))
        loans, report, pool_id = pool.loans, pool.report, pool.id  # read, never copied here

        def work(progress: ProgressCallback, cancel: CancelToken) -> _PoolView:
            profile = pool_profile(
                loans, as_of, as_of_inferred=inferred, progress=progress, cancel=cancel
            )
            return _PoolView(pool_id, profile, group_problems(report))

        self._profile_runner.start(
            work,
            self.tr("Profiling pool {name}").format(name=pool.name),
            self._show_view,
            lambda error: report_error(self, self.tr("Cannot profile the pool"), error),
        )

    def _show_view(self, view: _PoolView) -> None:
        pool = self.selected_pool()
        if pool is None or pool.id != view.pool_id:
            return  # the analyst moved on; the next view is on its way
        self.strats.set_profile(view.profile)
        self.report_model.set_groups(view.groups)
        self._update_report_title()

    def wait_for_profile(self, msecs: int = 30_000) -> None:
        """Block until the profile is shown (screenshots and tests, never the analyst)."""
        self._profile_runner.wait(msecs)
        QCoreApplication.processEvents()

    def _update_report_title(self) -> None:
        errors, warnings = self.report_model.counts()
        self.details.setTabText(
            0,
            self.tr("Problems (errors {errors}, warnings {warnings})").format(
                errors=f"{errors:,}", warnings=f"{warnings:,}"
            ),
        )
        # Errors come first; a clean tape opens on what the committee reads: the profile.
        self.details.setCurrentIndex(0 if errors else 1)

    def _index_rows(self, rows: np.ndarray) -> None:
        """Excel row → loan position, as a sorted array searched per click (no dict of 1M)."""
        order = np.argsort(rows, kind="stable")
        self._rows_sorted = np.asarray(rows)[order]
        self._positions_sorted = order

    def _position_of(self, excel_row: int) -> int | None:
        at = int(np.searchsorted(self._rows_sorted, excel_row))
        if at < len(self._rows_sorted) and self._rows_sorted[at] == excel_row:
            return int(self._positions_sorted[at])
        return None

    def _problem_clicked(self, index: QModelIndex) -> None:
        problem = self.report_model.problem(index)
        if problem is not None:
            self.show_problem(problem)

    def show_problem(self, problem: Problem | dict[str, Any]) -> None:
        """Select and scroll to the loan and field a problem names (or say why not)."""
        found = problem.to_dict() if isinstance(problem, Problem) else problem
        row = found.get("row")
        column = found.get("column")
        if row is None:
            self._say(self.tr("This problem concerns the whole file, not one loan."))
            return
        where = self.tr("Excel row {row}").format(row=row)
        if column:
            where = self.tr("Excel row {row}, column {column}").format(row=row, column=column)
        if self.loan_model.rowCount() and not len(self._rows_sorted):
            self._say(
                self.tr("{where}: this pool does not record its tape rows.").format(where=where)
            )
            return
        position = self._position_of(int(row))
        if position is None:
            self._say(
                self.tr("{where} is not in the pool: the import excluded it.").format(where=where)
            )
            return
        field = max(self.loan_model.column_of(found.get("field") or ""), 0)
        target = self.loan_model.index(self.loan_model.view_row(position), field)
        self.loans.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.loans.scrollTo(target, self.loans.ScrollHint.PositionAtCenter)
        self._say(f"{where}: {found.get('message', '')}")

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _excel_rows(self, pool: StoredPool) -> np.ndarray | None:
        """Each loan's Excel row in its tape (pools made before imports existed have none)."""
        if EXCEL_ROW in pool.loans.columns:
            return pool.loans[EXCEL_ROW].to_numpy(dtype="int64", na_value=-1)
        return None

    # -- importing a tape --------------------------------------------------------------------

    def ask_import(self) -> None:
        tapes = self.tr("Loan tapes ({patterns});;All files (*)").format(
            patterns=" ".join(f"*{suffix}" for suffix in TAPE_SUFFIXES)
        )
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import loan tape"), "", tapes)
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Start the import flow for one file."""
        self.flow.start(path)

    # -- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_tape(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_tape(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_file(path)


def _dropped_tape(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(TAPE_SUFFIXES):
            return Path(url.toLocalFile())
    return None


def source_text(source: dict[str, Any]) -> str:
    """Where a pool came from, in one readable line (the full record is the tooltip)."""
    if "file" not in source:
        return ", ".join(f"{key}: {value}" for key, value in source.items()) or "—"

    def tr(text: str) -> str:
        return QCoreApplication.translate("PoolTab", text)

    parts = [
        QCoreApplication.translate("PoolTab", "{file}, sheet {sheet}").format(
            file=source["file"], sheet=source.get("sheet", "?")
        )
    ]
    if source.get("imported_at"):
        stamp = date_time_text(str(source["imported_at"])[:16])
        parts.append(
            QCoreApplication.translate("PoolTab", "imported {stamp} UTC").format(stamp=stamp)
        )
    if "imported" in source:
        parts.append(
            QCoreApplication.translate(
                "PoolTab", "{imported} loans imported, {excluded} rows excluded"
            ).format(imported=f"{source['imported']:,}", excluded=f"{source.get('excluded', 0):,}")
        )
    if source.get("as_of"):
        inferred = (
            QCoreApplication.translate("PoolTab", ", inferred")
            if source.get("as_of_inferred")
            else ""
        )
        parts.append(
            QCoreApplication.translate("PoolTab", "as of {date}{inferred}").format(
                date=date_text(str(source["as_of"])), inferred=inferred
            )
        )
    if source.get("sha256"):
        parts.append(f"SHA-256 {source['sha256'][:12]}…")
    return " · ".join(parts)


def _as_of(source: dict[str, Any]) -> date | None:
    """The tape's cut-off date recorded at import (``None`` for older pools)."""
    text = source.get("as_of")
    return date.fromisoformat(text) if isinstance(text, str) else None
