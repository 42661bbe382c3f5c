"""The report of a read tape, shown whole before the analyst decides to import it.

Problems (errors first, repeated warnings on one line, their rows one click away), the summary
and the strats of the rows that would be imported, and how the tape was read (header rows,
totals, footnotes, the cut-off and each unit with the evidence behind it). Importing is a
separate button; a tape nothing of which can be imported is still shown in full. When the
case already has a pool, the analyst chooses to replace one (its scenarios follow to the new
pool) or to add a second pool (every scenario keeps its pool).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import StoredPool
from jcr_desk.case.edits.pool_commands import ADD, REPLACE
from jcr_desk.pool.problem_groups import ProblemGroup
from jcr_desk.pool.strats import PoolProfile
from jcr_desk.pool.tape import TapeImport
from jcr_desk.pool.units import unit_word
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.pool.loan_model import field_label
from jcr_desk.ui.pool.problem_tree_model import ProblemTreeModel
from jcr_desk.ui.pool.strat_panel import StratPanel
from jcr_desk.ui.tabs.common import note, table_view
from jcr_desk.ui.translations import shown


@dataclass(frozen=True)
class TapeReview:
    """A read tape and what its report shows, all computed off the window's thread."""

    tape: TapeImport
    profile: PoolProfile
    groups: list[ProblemGroup]


class ImportReviewDialog(QDialog):
    """The whole report of a tape; :meth:`exec` accepted means "import it"."""

    def __init__(
        self,
        file_name: str,
        review: TapeReview,
        pools: list[StoredPool],
        default_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the tape before importing it"))
        tape = review.tape
        self._default_name = default_name
        self.message = QLabel(self._counts_text(tape), self)
        self.message.setWordWrap(True)
        self.blocked = QLabel(self)
        self.blocked.setWordWrap(True)
        self.blocked.setStyleSheet("color: #b3261e;")
        if tape.blocking:
            self.blocked.setText(self.tr("Nothing can be imported until this is resolved: {what}")
                                 .format(what=" ".join(shown(p.sentence) for p in tape.blocking)))
        self.problem_model = ProblemTreeModel(self)
        self.problem_model.set_groups(review.groups)
        self.problems = QTreeView(self)
        self.problems.setObjectName("reviewProblems")
        self.problems.setModel(self.problem_model)
        self.problems.setUniformRowHeights(True)
        self.problems.setColumnWidth(0, 110)
        self.strats = StratPanel(self)
        self.strats.set_profile(review.profile)
        self.reading_model = RecordTableModel(
            (Column(self.tr("What"), lambda r: r[0]), Column(self.tr("Read as"), lambda r: r[1]),
             Column(self.tr("From"), lambda r: r[2], tooltip=lambda r: r[2])),
            self,
        )
        self.reading_model.set_records(self._reading_rows(tape))
        self.details = QTabWidget(self)
        errors, warnings = self.problem_model.counts()
        problems_title = self.tr("Problems (errors {errors}, warnings {warnings})").format(
            errors=f"{errors:,}", warnings=f"{warnings:,}"
        )
        self.details.addTab(self.problems, problems_title)
        self.details.addTab(self.strats, self.tr("Summary && strats"))
        self.details.addTab(table_view(self.reading_model, self), self.tr("How the tape was read"))
        self.details.setCurrentIndex(0 if errors or warnings else 1)

        self.pool_name = QLineEdit(default_name, self)
        self.replace = QRadioButton(self.tr("Replace pool"), self)
        self.add = QRadioButton(self.tr("Add as another pool"), self)
        self.replaced_pool = QComboBox(self)
        for pool in pools:
            self.replaced_pool.addItem(pool.name, pool.id)
        modes = QButtonGroup(self)
        modes.addButton(self.replace)
        modes.addButton(self.add)
        self.replace.setChecked(True)
        self.replace.toggled.connect(self.replaced_pool.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("Pool name"), self.pool_name)
        if pools:
            replace_row = QHBoxLayout()
            replace_row.addWidget(self.replace)
            replace_row.addWidget(self.replaced_pool, 1)
            form.addRow(self.tr("This case has a pool"), replace_row)
            form.addRow("", self.add)
            form.addRow("", note(self.tr(
                "Replacing moves the scenarios built on the replaced pool to the new one; with "
                "a second pool every scenario keeps the pool it was built on. Undo takes either "
                "back."
            ), self))
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(
            self.tr("Import {count} loans").format(count=f"{tape.importable_count:,}"), self
        )
        self.import_button.setEnabled(tape.importable_count > 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(file_name, self))
        layout.addWidget(self.message)
        layout.addWidget(self.blocked)
        layout.addWidget(self.details, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(1000, 720)

    def _counts_text(self, tape: TapeImport) -> str:
        return self.tr(
            "{rows} rows read: {importable} loans can be imported, {excluded} rows are excluded."
        ).format(
            rows=f"{tape.row_count:,}",
            importable=f"{tape.importable_count:,}",
            excluded=f"{tape.excluded_count:,}",
        )

    def _reading_rows(self, tape: TapeImport) -> list[tuple[str, str, str]]:
        """What / read as / from, for the header, totals, footnotes, cut-off and units."""
        source = tape.source
        first, depth = source.get("header_row"), source.get("header_rows", 1)
        rows = [(self.tr("Header"), self.tr("row {row}").format(row=first) if depth == 1 else
                 self.tr("rows {first}–{last}").format(first=first, last=first + depth - 1), "")]
        if source.get("totals_row"):
            rows.append((self.tr("Totals row"), self.tr("row {row}").format(
                row=source["totals_row"]), self.tr("checked against the loans")))
        for row, text in source.get("footnotes", []):
            rows.append((self.tr("Footnote"), self.tr("row {row}").format(row=row), text))
        cut_off = tape.cut_off
        if cut_off is not None:
            read_as = cut_off.date.isoformat() if cut_off.date else self.tr("unknown")
            if cut_off.inferred:
                read_as = self.tr("{date}, inferred").format(date=read_as)
            rows.append((self.tr("Cut-off date"), read_as, shown(cut_off.sentence)))
        for reading in tape.readings.values():
            label = field_label(reading.field)
            if reading.unit is None:
                rows.append((label, self.tr("not decided"), shown(reading.reasons_said())))
                continue
            read_as = shown(unit_word(reading.unit))
            if reading.chosen:
                read_as = self.tr("{unit}, as chosen").format(unit=read_as)
            rows.append((label, read_as, shown(reading.details_said())))
        return rows

    def name(self) -> str:
        return self.pool_name.text().strip() or self._default_name

    def mode(self) -> str:
        """Replace a pool or add one (``REPLACE`` when the case has none: it is added)."""
        return ADD if self.add.isChecked() else REPLACE

    def replacing(self) -> str | None:
        """Id of the pool to replace, ``None`` when adding."""
        if self.mode() == ADD or self.replaced_pool.count() == 0:
            return None
        return self.replaced_pool.currentData()
