"""What the assumption panels share: the selected scenario and how an edit reaches the case."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Scenario, ScenarioResult
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.ui import translations
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.stress import reason


@dataclass
class ScenarioEditor:
    """Pushes scenario commands through the window, after asking the analyst why."""

    document: CaseDocument
    push: Callable[[CaseCommand], bool]
    analyst: Callable[[], str]
    scenario_id: str | None = None
    asking: bool = False
    """True while a field's reason dialog is open (it takes the focus from the field)."""

    def scenario(self) -> Scenario | None:
        return next((s for s in self.document.case.scenarios if s.id == self.scenario_id), None)

    def stored_result(self) -> ScenarioResult | None:
        """The scenario's last stored result, if any."""
        return next(
            (r for r in self.document.case.results if r.scenario_id == self.scenario_id), None
        )

    def edit(
        self, parent: QWidget, title: str, make: Callable[[str, str, str], CaseCommand]
    ) -> bool:
        """Check the value, ask for a reason, then push ``make(scenario_id, reason, analyst)``.

        A value the command refuses is refused once, with the allowed range, before any
        question; the reason prompt shows the change in words ("Set CPR 6.000 % → 15.000 %").
        A what-if scenario takes the edit without a reason. False when there is no scenario,
        the analyst gave no reason, or the edit was refused (the window has said why); the
        caller then shows the case's value again.
        """
        scenario = self.scenario()
        if scenario is None:
            return False
        probe = make(scenario.id, "", self.analyst())
        describe = getattr(probe, "describe", None)
        if describe is not None:
            try:
                title = translations.shown(describe(self.document.case))
            except EditRefused:
                return self.push(probe)  # the window explains the refusal, once
        if scenario.what_if:
            return self.push(probe)
        why = reason.ask_reason(parent, title)
        if why is None:
            return False
        return self.push(make(scenario.id, why, self.analyst()))

    def edit_field(
        self,
        parent: QWidget,
        title: str,
        make: Callable[[str, str, str], CaseCommand],
        shown: Callable[[], None],
    ) -> None:
        """:meth:`edit` for a field that commits when it loses focus.

        The reason dialog takes the focus, which must not start the same edit a second time;
        afterwards ``shown`` puts the case's value back in the fields, pushed or not.
        """
        if self.asking:
            return
        self.asking = True
        try:
            self.edit(parent, title, make)
        finally:
            self.asking = False
            shown()
