"""Analysing the selected program on the ABCP tab's compute lane, after each edit.

An analysis is quick (a few milliseconds for a history, about a second for a million
receivables' composition), but it still runs off the window's thread. Edits restart a short
timer, so a burst of edits analyses once; a newer analysis replaces an older one; a result
whose inputs no longer match the case (an edit landed meanwhile) is dropped and asked again.
An analysis made because a case was opened without a current one is shown and kept, but does
not mark the case modified: opening a case is no edit.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from jcr_desk.case.document.model import ProgramResultRecord
from jcr_desk.case.services.abcp_run import (
    analyse_case_program,
    program_inputs_hash,
    store_program_result,
)
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import plain_message
from jcr_desk.ui.workers import ComputeLane

log = logging.getLogger(__name__)
DEBOUNCE_MS = 300


class AnalysisRuns(QObject):
    """Signals: ``stored(str)`` a fresh analysis of this program id is in the case;
    ``status(str, bool)`` a line for the tab (True for a problem)."""

    stored = Signal(str)
    status = Signal(str, bool)

    def __init__(self, document: CaseDocument, lane: ComputeLane, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._lane = lane
        self._program_id: str | None = None
        self._quiet = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        document.replaced.connect(self.stop)

    def schedule(self, program_id: str, *, quiet: bool = False) -> None:
        """Analyse after a short pause; ``quiet`` for a case just shown (not an edit)."""
        self._program_id = program_id
        self._quiet = quiet if not self.timer.isActive() else self._quiet and quiet
        self.timer.start()

    def run(self, program_id: str | None = None) -> None:
        self.timer.stop()
        if program_id is not None:
            self._program_id = program_id
        chosen = self._program_id
        case = self._document.case
        if chosen is None or all(p.id != chosen for p in case.programs):
            return
        snapshot = case.snapshot()
        name = snapshot.program(chosen).program.name
        quiet, self._quiet = self._quiet, False

        def work(progress, cancel) -> ProgramResultRecord:
            return analyse_case_program(snapshot, chosen, progress=progress, cancel=cancel)

        self._lane.start(work, self.tr("Analysing {name}").format(name=name),
                         lambda record: self._succeeded(record, quiet), self._failed)

    def stop(self) -> None:
        self.timer.stop()
        self._lane.cancel()

    def _succeeded(self, record: ProgramResultRecord, quiet: bool = False) -> None:
        case = self._document.case
        item = next((p for p in case.programs if p.id == record.program_id), None)
        if item is None:
            return  # removed, or another case loaded, while it ran
        if program_inputs_hash(case, item) != record.inputs_hash:
            self.schedule(item.id)
            return
        store_program_result(case, record)
        if not quiet:
            self._document.mark_modified()
        self.status.emit(self.tr("{name} analysed.").format(name=item.program.name), False)
        self.stored.emit(item.id)

    def _failed(self, error: BaseException) -> None:
        log.warning("ABCP analysis failed: %s", error)
        self.status.emit(self.tr("The analysis stopped: {problem}").format(
            problem=plain_message(error)), True)
