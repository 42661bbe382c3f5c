"""How the ABCP panels reach the case: the selected program, and edits with their reasons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import ProgramResultRecord, StoredProgram
from jcr_desk.case.edits.abcp_commands import ProgramEdit
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.ui import translations
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.stress import reason

Make = Callable[[str, str, str], Any]
"""(program id, reason, analyst) → the command."""


@dataclass
class ProgramEditor:
    """Pushes program commands through the window, asking the analyst why where the
    methodology asks a judgement."""

    document: CaseDocument
    push: Callable[[CaseCommand], bool]
    analyst: Callable[[], str]
    program_id: str | None = None
    asking: bool = False
    """True while a reason dialog is open (it takes the focus from the field)."""

    def program(self) -> StoredProgram | None:
        return next((p for p in self.document.case.programs if p.id == self.program_id), None)

    def stored_result(self) -> ProgramResultRecord | None:
        return next(
            (r for r in self.document.case.program_results if r.program_id == self.program_id),
            None,
        )

    def edit(self, parent: QWidget, make: Make) -> bool:
        """Check the value, ask for a reason when the edit needs one, then push it.

        A value the command refuses is refused once, before any question; the reason prompt
        shows the change in words. False when there is no program, no reason was given or the
        edit was refused (the window has said why).
        """
        if self.program_id is None or self.asking:
            return False
        probe = make(self.program_id, "", self.analyst())
        if isinstance(probe, ProgramEdit):
            try:
                title = translations.shown(probe.describe(self.document.case))
            except EditRefused:
                return self.push(probe)  # the window explains the refusal, once
            if probe.needs_reason:
                self.asking = True
                try:
                    why = reason.ask_reason(parent, title)
                finally:
                    self.asking = False
                if why is None:
                    return False
                return self.push(make(self.program_id, why, self.analyst()))
        return self.push(probe)
