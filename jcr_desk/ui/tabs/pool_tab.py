"""Pool tab: the case's loan pool, its validation report, its profile, and the tape import.

Import flow (every slow step on the window's :class:`TaskRunner`, so the status bar shows
progress and Cancel): choose the sheet → confirm the column mapping and units → say what the
originator's own codes mean, when some match no known code → read and validate the tape →
"N loans readable, M rows excluded" → ``push(ImportPool(...))``. Nothing touches the case
before that push, so a failed or cancelled import leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.commands import CaseCommand
from jcr_desk.case.model import StoredPool
from jcr_desk.case.pool_commands import ImportPool
from jcr_desk.case.pool_import import EXCEL_ROW, pool_from_tape
from jcr_desk.pool.mapping import MappingProfile, apply_profile, auto_map
from jcr_desk.pool.problems import ERROR, WARNING, TapeError
from jcr_desk.pool.reader import RawSheet, choose_sheet, list_sheets, read_sheet
from jcr_desk.pool.tape import TapeImport, read_tape, unit_readings
from jcr_desk.pool.value_maps import unknown_category_values
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.models.qt_loan_table_model import LoanTableModel
from jcr_desk.ui.pool.import_dialog import ImportSummaryDialog, MappingDialog, SheetDialog
from jcr_desk.ui.pool.report_model import ProblemTableModel
from jcr_desk.ui.pool.strat_panel import StratPanel
from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
from jcr_desk.ui.tabs.common import heading, note, table_view
from jcr_desk.ui.workers import TaskRunner

#: What the tape reader opens (pandas/calamine workbooks and CSV).
TAPE_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv")
#: Loan column holding each loan's Excel row in the originator's tape.
_TAPE_FILTER = "Loan tapes (" + " ".join(f"*{s}" for s in TAPE_SUFFIXES) + ");;All files (*)"


class PoolTab(QWidget):
    """The selected pool's loans above its validation report and its summary and strats."""

    def __init__(
        self,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._push = push
        self._runner = runner
        self._action: QAction | None = None
        self._rows_sorted = np.arange(0)
        self._positions_sorted = np.arange(0)

        self.pool_choice = QComboBox(self)
        self.pool_choice.currentIndexChanged.connect(self._show_selected)
        self.loan_count = QLabel(self)
        self.total_balance = QLabel(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.import_button = QPushButton("Import loan tape…", self)
        self.import_button.clicked.connect(self.ask_import)
        self.status = QLabel(self)
        self.loan_model = LoanTableModel(self)
        self.loans = table_view(self.loan_model, self)
        self.loans.setObjectName("loanTable")
        self.loans.setSortingEnabled(True)
        self.loans.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.loans.setSelectionBehavior(self.loans.SelectionBehavior.SelectItems)
        self.report_model = ProblemTableModel(self)
        self.report_proxy = QSortFilterProxyModel(self)
        self.report_proxy.setSourceModel(self.report_model)
        self.report_proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.report = table_view(self.report_proxy, self)
        self.report.setObjectName("problemTable")
        self.report.setSortingEnabled(True)
        self.report.clicked.connect(self._problem_clicked)
        self.strats = StratPanel(self)
        self.empty_note = note(
            "This case has no loan pool yet. Drop an originator's tape (Excel or CSV) here "
            "or use File → Import loan tape….",
            self,
        )

        form = QFormLayout()
        form.addRow("Pool", self.pool_choice)
        form.addRow("Loans", self.loan_count)
        form.addRow("Current balance", self.total_balance)
        form.addRow("Source", self.source)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QTabWidget(self)
        self.details.addTab(self.report, "Problems")
        self.details.addTab(self.strats, "Summary && strats")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.loans)
        splitter.addWidget(self.details)
        splitter.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Pool", self))
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
        self.pool_choice.clear()
        for pool in pools:
            self.pool_choice.addItem(pool.name, pool.id)
        self.pool_choice.blockSignals(False)
        self.empty_note.setVisible(not pools)
        self._show_selected()

    def selected_pool(self) -> StoredPool | None:
        pools = self._document.case.pools
        row = self.pool_choice.currentIndex()
        return pools[row] if 0 <= row < len(pools) else None

    def _edited(self, command: object) -> None:
        if isinstance(command, ImportPool):
            self.refresh()

    def _show_selected(self) -> None:
        pool = self.selected_pool()
        self.status.clear()
        self.loans.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        if pool is None:
            self.loan_model.set_loans(None)
            self.report_model.set_problems([])
            self.strats.set_loans(None)
            self._index_rows(np.arange(0))
            for label in (self.loan_count, self.total_balance, self.source):
                label.setText("—")
            self._update_report_title()
            return
        loans = pool.loans
        rows = self._excel_rows(pool)
        self.loan_model.set_loans(loans, rows)
        self._index_rows(np.arange(0) if rows is None else rows)
        self.report_model.set_problems(pool.report)
        self.strats.set_loans(loans, _as_of(pool.source))
        self.loan_count.setText(f"{len(loans):,}")
        if "current_balance" in loans.columns:
            self.total_balance.setText(f"¥{loans['current_balance'].sum():,.0f}")
        else:
            self.total_balance.setText("—")
        self.source.setText(source_text(pool.source))
        self.source.setToolTip("\n".join(f"{key}: {value}" for key, value in pool.source.items()))
        self._update_report_title()

    def _update_report_title(self) -> None:
        problems = [self.report_model.problem(r) for r in range(self.report_model.rowCount())]
        errors = sum(1 for p in problems if p.get("severity") == ERROR)
        warnings = sum(1 for p in problems if p.get("severity") == WARNING)
        self.details.setTabText(0, f"Problems (errors {errors:,}, warnings {warnings:,})")
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
        problem = self.report_model.problem(self.report_proxy.mapToSource(index).row())
        self.show_problem(problem)

    def show_problem(self, problem: dict[str, Any]) -> None:
        """Select and scroll to the loan and field a problem names (or say why not)."""
        row = problem.get("row")
        where = f"row {row}" + (f", column {problem['column']}" if problem.get("column") else "")
        if row is None:
            self.status.setText("This problem concerns the whole file, not one loan.")
            return
        if self.loan_model.rowCount() and not len(self._rows_sorted):
            self.status.setText(f"Excel {where}: this pool does not record its tape rows.")
            return
        position = self._position_of(int(row))
        if position is None:
            self.status.setText(f"Excel {where} is not in the pool: the import excluded it.")
            return
        column = max(self.loan_model.column_of(problem.get("field") or ""), 0)
        target = self.loan_model.index(self.loan_model.view_row(position), column)
        self.loans.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.loans.scrollTo(target, self.loans.ScrollHint.PositionAtCenter)
        self.status.setText(f"Excel {where}: {problem.get('message', '')}")

    def _excel_rows(self, pool: StoredPool) -> np.ndarray | None:
        """Each loan's Excel row in its tape (pools made before imports existed have none)."""
        if EXCEL_ROW in pool.loans.columns:
            return pool.loans[EXCEL_ROW].to_numpy(dtype="int64", na_value=-1)
        return None

    # -- importing a tape --------------------------------------------------------------------

    def import_action(self) -> QAction:
        """File → Import loan tape… (Ctrl+I), for the window's File menu."""
        if self._action is None:
            self._action = QAction("Import loan &tape…", self)
            self._action.setShortcut(QKeySequence("Ctrl+I"))
            self._action.setStatusTip("Read an originator's Excel or CSV tape into the case")
            self._action.triggered.connect(self.ask_import)
        return self._action

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import loan tape", "", _TAPE_FILTER)
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Start the import flow for one file: find its sheets off the GUI thread.

        The window's runner also saves the case; an import never cancels a save under way.
        """
        if self._runner.busy:
            self.status.setText("Another task is running; import the tape when it has finished.")
            return

        def work(progress, cancel) -> tuple[list[str], str]:
            sheets = list_sheets(path)
            return sheets, choose_sheet(path) if len(sheets) > 1 else sheets[0]

        self._run(work, f"Opening {path.name}", lambda found: self._choose_sheet(path, *found))

    def _choose_sheet(self, path: Path, sheets: list[str], default: str) -> None:
        sheet = default
        if len(sheets) > 1:
            dialog = SheetDialog(path.name, sheets, default, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            sheet = dialog.sheet()

        def work(progress, cancel):
            raw = read_sheet(path, sheet, progress=progress, cancel=cancel)
            mapping = auto_map(raw.headers)
            readings = unit_readings(raw, mapping)
            mapping.units = {name: r.unit or r.fallback() for name, r in readings.items()}
            return raw, mapping

        self._run(
            work,
            f"Reading headers of {path.name}",
            lambda result: self._confirm_mapping(path, sheet, *result),
        )

    def _confirm_mapping(self, path: Path, sheet: str, raw, mapping) -> None:
        dialog = MappingDialog(path.name, sheet, raw.headers, mapping, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        profile = dialog.profile()
        self._run(
            lambda progress, cancel: unknown_category_values(
                raw, apply_profile(profile, raw.headers)
            ),
            f"Checking the codes in {path.name}",
            lambda unknown: self._map_values(path, sheet, raw, profile, unknown),
        )

    def _map_values(
        self,
        path: Path,
        sheet: str,
        raw: RawSheet,
        profile: MappingProfile,
        unknown: dict[str, list[tuple[str, int]]],
    ) -> None:
        """The value step when some code cells match no known code; then read the tape."""
        if unknown:
            dialog = ValueMapDialog(path.name, unknown, profile, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self.status.setText(f"Import of {path.name} cancelled; the case is unchanged.")
                return
            profile = dialog.profile()
        self._run(
            lambda progress, cancel: read_tape(
                path, sheet, profile=profile, progress=progress, cancel=cancel, raw=raw
            ),
            f"Importing {path.name}",
            lambda tape: self._offer_import(path, tape),
        )

    def _offer_import(self, path: Path, tape: TapeImport) -> None:
        warnings = sum(1 for p in tape.problems if p.severity == WARNING)
        dialog = ImportSummaryDialog(
            path.name, len(tape.importable()), len(tape.error_rows), warnings, path.stem, self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.status.setText(f"Import of {path.name} cancelled; the case is unchanged.")
            return
        pool = pool_from_tape(tape, dialog.name())
        if self._push(ImportPool(pool)):
            self.pool_choice.setCurrentIndex(0)
            self.status.setText(dialog.message.text())

    def _run(self, work, label: str, on_success: Callable[[Any], None]) -> None:
        self._runner.start(
            work,
            label,
            on_success,
            self._import_failed,
            lambda: self.status.setText("Import cancelled; the case is unchanged."),
        )

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, TapeError):
            report_error(self, "Cannot import the tape", str(error))
        else:
            report_error(self, "Cannot import the tape", error)

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
    parts = [f"{source['file']}, sheet {source.get('sheet', '?')}"]
    if source.get("imported_at"):
        parts.append(f"imported {str(source['imported_at'])[:16].replace('T', ' ')} UTC")
    if "imported" in source:
        parts.append(
            f"{source['imported']:,} loans imported, {source.get('excluded', 0):,} rows excluded"
        )
    if source.get("sha256"):
        parts.append(f"SHA-256 {source['sha256'][:12]}…")
    return " · ".join(parts)


def _as_of(source: dict[str, Any]) -> date | None:
    """The tape's cut-off date recorded at import (``None`` for older pools)."""
    text = source.get("as_of")
    return date.fromisoformat(text) if isinstance(text, str) else None
