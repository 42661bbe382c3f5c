"""The steps of a tape import, from the file to the undoable edit, for the Pool tab.

Choose the sheet → map the columns, units and cut-off → say what the originator's own codes
mean, when some match no known code → read the whole tape and show its report (problems,
summary, strats, how it was read) → import, as a separate decision, replacing a pool or
adding one. Every slow step runs on the tab's import lane (the status bar shows progress and
Cancel) and only dialogs run on the window's thread. Nothing touches the case
before the final ``push(ImportPool(...))``, so a failed or cancelled import leaves it as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from jcr_desk.case.edits.class_fit_commands import misfits
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.pool_commands import ImportPool, pool_to_replace
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.pool.cut_off import CutOff, find_cut_off
from jcr_desk.pool.mapping import ColumnMapping, MappingProfile, apply_profile, auto_map
from jcr_desk.pool.problem_groups import group_problems
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.reader import RawSheet, choose_sheet, list_sheets, read_sheet
from jcr_desk.pool.strats import pool_profile
from jcr_desk.pool.tape import ReadChoices, read_tape, unit_readings
from jcr_desk.pool.units import UnitReading
from jcr_desk.pool.value_maps import unknown_category_values
from jcr_desk.progress import CancelToken, ProgressCallback, ProgressMessage
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.pool.import_dialog import SheetDialog
from jcr_desk.ui.pool.mapping_dialog import MappingDialog
from jcr_desk.ui.pool.review_dialog import ImportReviewDialog, TapeReview
from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog
from jcr_desk.ui.translations import shown
from jcr_desk.ui.workers import ComputeLane

_READ_SHARE = 0.85
"""Share of the read step's progress bar for reading the tape; the rest is its profile."""


class ImportFlow(QObject):
    """One tape import at a time; ``said`` carries the status line the tab shows."""

    said = Signal(str)
    imported = Signal(str)
    """The id of the pool an import put into the case."""

    def __init__(
        self,
        window: QWidget,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        runner: ComputeLane,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._push = push
        self._runner = runner

    def start(self, path: Path) -> None:
        """Begin with the file's sheets, off the window's thread.

        The import has a lane of its own, so it never cancels a save or a stress run; one
        import at a time.
        """
        if self._runner.busy:
            self.said.emit(
                self.tr("Another import is running; import this tape when it has finished.")
            )
            return

        def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[list[str], str]:
            sheets = list_sheets(path)
            return sheets, choose_sheet(path) if len(sheets) > 1 else sheets[0]

        label = self.tr("Opening {file}").format(file=path.name)
        self._run(work, label, lambda found: self._choose_sheet(path, *found))

    def _choose_sheet(self, path: Path, sheets: list[str], default: str) -> None:
        sheet = default
        if len(sheets) > 1:
            dialog = SheetDialog(path.name, sheets, default, self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._cancelled(path)
                return
            sheet = dialog.sheet()

        def work(progress: ProgressCallback, cancel: CancelToken) -> tuple[Any, ...]:
            raw = read_sheet(path, sheet, progress=progress, cancel=cancel)
            mapping = auto_map(raw.headers)
            readings = unit_readings(raw, mapping)
            return raw, mapping, readings, find_cut_off(raw.title_rows, raw.date1904)

        label = self.tr("Reading headers of {file}").format(file=path.name)
        self._run(work, label, lambda found: self._confirm_mapping(path, sheet, *found))

    def _confirm_mapping(
        self,
        path: Path,
        sheet: str,
        raw: RawSheet,
        mapping: ColumnMapping,
        readings: dict[str, UnitReading],
        cut_off: CutOff | None,
    ) -> None:
        dialog = MappingDialog(path.name, raw, mapping, readings, cut_off, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._cancelled(path)
            return
        profile, choices = dialog.profile(), dialog.choices()
        self._run(
            lambda progress, cancel: unknown_category_values(
                raw, apply_profile(profile, raw.headers)
            ),
            self.tr("Checking the codes in {file}").format(file=path.name),
            lambda unknown: self._map_values(path, sheet, raw, profile, choices, unknown),
        )

    def _map_values(
        self,
        path: Path,
        sheet: str,
        raw: RawSheet,
        profile: MappingProfile,
        choices: ReadChoices,
        unknown: dict[str, list[tuple[str, int]]],
    ) -> None:
        """The value step when some code cells match no known code; then read the tape."""
        if unknown:
            dialog = ValueMapDialog(path.name, unknown, profile, self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                self._cancelled(path)
                return
            profile = dialog.profile()

        done = self.tr("Read {rows} rows")

        def work(progress: ProgressCallback, cancel: CancelToken) -> TapeReview:
            def reading(fraction: float, message: ProgressMessage) -> None:
                progress(fraction * _READ_SHARE, message)

            tape = read_tape(path, sheet, profile=profile, progress=reading, cancel=cancel,
                             raw=raw, choices=choices)
            cut_off = tape.cut_off
            inspected = pool_profile(
                tape.inspectable(),
                None if cut_off is None else cut_off.date,
                as_of_inferred=cut_off is not None and cut_off.inferred,
                cancel=cancel,
            )
            progress(1.0, done.format(rows=f"{tape.row_count:,}"))
            return TapeReview(tape, inspected, group_problems(tape.problems))

        label = self.tr("Reading {file}").format(file=path.name)
        self._run(work, label, lambda review: self._review(path, review))

    def _review(self, path: Path, review: TapeReview) -> None:
        pools = list(self._document.case.pools)
        dialog = ImportReviewDialog(path.name, review, pools, path.stem, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._cancelled(path)
            return
        pool = pool_from_tape(review.tape, dialog.name())
        mode, replacing = dialog.mode(), dialog.replacing()
        classes, reason = None, ""
        found = misfits(self._document.case, pool, pool_to_replace(
            self._document.case, mode, replacing
        ))
        if found:
            fitting = ClassFitDialog(found, self._window)
            if fitting.exec() != QDialog.DialogCode.Accepted:
                self._cancelled(path)
                return
            classes, reason = fitting.choice(), fitting.reason_text()
        command = ImportPool(pool, mode, replacing, classes=classes, reason=reason)
        if self._push(command):
            self.said.emit(self.tr("Imported {count} loans from {file} as pool {pool}.").format(
                count=f"{len(pool.loans):,}", file=path.name, pool=pool.name
            ))
            self.imported.emit(pool.id)

    def _cancelled(self, path: Path) -> None:
        self.said.emit(self.tr("Import of {file} cancelled; the case is unchanged.")
                       .format(file=path.name))

    def _run(self, work, label: str, on_success: Callable[[Any], None]) -> None:
        self._runner.start(
            work,
            label,
            on_success,
            self._failed,
            lambda: self.said.emit(self.tr("Import cancelled; the case is unchanged.")),
        )

    def _failed(self, error: BaseException) -> None:
        title = self.tr("Cannot import the tape")
        report_error(
            self._window, title, shown(error.sentence) if isinstance(error, TapeError) else error
        )
