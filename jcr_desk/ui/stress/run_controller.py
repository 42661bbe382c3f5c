"""Running a scenario on the Stress tab's compute lane: on request (F5) or after an edit.

Edits restart a short single-shot timer, so a burst of edits (or undo presses) runs once.
A newer run supersedes an older one (the lane cancels it and drops its result); a result
whose inputs no longer match the case (an edit landed while it ran) is dropped too. The
lane is the tab's own: saving the case never cancels a run; a run asked for while the tab
reads static data waits for the read.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from jcr_desk.case.document.model import ScenarioResult
from jcr_desk.case.edits.scenario_commands import store_result
from jcr_desk.case.services import stress_run
from jcr_desk.case.services.rulebook_review import result_changes
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import plain_message
from jcr_desk.ui.workers import ComputeLane

log = logging.getLogger(__name__)

#: Quiet time after the last edit before the automatic re-run starts.
DEBOUNCE_MS = 600


class StressRunController(QObject):
    """Starts stress runs and stores their results in the case.

    Signals
    -------
    result_stored(str)
        A fresh result for this scenario id is in the case.
    status(str, bool)
        A line for the tab's status label; the flag is True for a problem.
    """

    result_stored = Signal(str)
    status = Signal(str, bool)

    def __init__(self, document: CaseDocument, runner: ComputeLane, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._runner = runner
        self._scenario_id: str | None = None
        self._live = False
        self._waiting = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self._queue: list[str] = []
        runner.finished.connect(self._runner_finished)
        document.replaced.connect(self.stop)

    @property
    def running(self) -> bool:
        return self._live

    def run_all(self, scenario_ids: list[str]) -> None:
        """Run the scenarios one after another (a case opened under another rulebook)."""
        self._queue = list(scenario_ids)
        self._next_in_queue()

    def _next_in_queue(self) -> None:
        if self._queue:
            self.run(self._queue.pop(0))

    def schedule(self, scenario_id: str) -> None:
        """Run ``scenario_id`` once the analyst has paused editing."""
        self._scenario_id = scenario_id
        self.timer.start()

    def run(self, scenario_id: str | None = None) -> None:
        """Run now (the Run button), superseding a run of ours still under way."""
        self.timer.stop()
        if scenario_id is not None:
            self._scenario_id = scenario_id
        case = self._document.case
        scenario = next((s for s in case.scenarios if s.id == self._scenario_id), None)
        if scenario is None:
            self.status.emit(self.tr("Choose a scenario to run."), True)
            return
        if self._runner.busy and not self._live:
            self._waiting = True
            self.status.emit(
                self.tr("Another task is running; the stress run starts after it."), False
            )
            return
        snapshot = case.snapshot()
        chosen = scenario.id

        def work(progress, cancel) -> ScenarioResult:
            return stress_run.run_scenario(snapshot, chosen, progress=progress, cancel=cancel)

        self._runner.start(
            work, self.tr("Stress run: %s") % scenario.name, self._succeeded, self._failed
        )
        self._live = True
        self.status.emit(self.tr("Running %s…") % scenario.name, False)

    def stop(self) -> None:
        """Forget pending and running work (another case was loaded)."""
        self.timer.stop()
        self._waiting = False
        if self._live:
            self._runner.cancel()

    def _runner_finished(self) -> None:
        # Emitted before a result callback, so a success or failure overwrites this line.
        if self._live:
            self._live = False
            self.status.emit(self.tr("Run cancelled; the case keeps its previous result."), False)
        if self._waiting and not self._runner.busy:
            self._waiting = False
            self.timer.start()

    def _succeeded(self, result: ScenarioResult) -> None:
        case = self._document.case
        scenario = next((s for s in case.scenarios if s.id == result.scenario_id), None)
        if scenario is None:
            return  # the case was replaced while the run went on
        if stress_run.scenario_inputs_hash(case, scenario) != result.inputs_hash:
            self.status.emit(self.tr("The inputs changed during the run; running again."), False)
            self.schedule(scenario.id)
            return
        previous = next((r for r in case.results if r.scenario_id == scenario.id), None)
        store_result(case, result)
        moved = _rulebook_moves(previous, result)
        if moved:
            # The committee's trail keeps how a rulebook change moved the figures.
            case.log(
                QT_TRANSLATE_NOOP("AuditLog", "stress rerun under another rulebook"),
                f"{scenario.name}: rulebook {previous.result.rulebook_version} → "  # type: ignore[union-attr]
                f"{result.result.rulebook_version}: {'; '.join(moved)}",
            )
        self._document.mark_modified()
        self.status.emit(
            self.tr("%s computed.") % scenario.name
            + (" " + self.tr("Changed with the rulebook: %s") % "; ".join(moved) if moved else ""),
            False,
        )
        self.result_stored.emit(scenario.id)
        self._next_in_queue()

    def _failed(self, error: BaseException) -> None:
        log.warning("stress run failed: %s", error)
        self.status.emit(self.tr("The stress run stopped: %s") % plain_message(error), True)


def _rulebook_moves(previous: ScenarioResult | None, new: ScenarioResult) -> list[str]:
    """How the figures moved when a result computed under another rulebook is replaced."""
    if previous is None or previous.result.rulebook_version == new.result.rulebook_version:
        return []
    return result_changes(previous.result, new.result) or [
        # English like the rest of the audit line it goes into
        QT_TRANSLATE_NOOP("RunController", "no figure changed")
    ]
