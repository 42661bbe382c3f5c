"""The demo case with an ABCP analysis that has open items and notes to read: one check left
open, and the analyst's own stress choices (mean reading, SD form), under which the demo's
gently rising rates are noted."""

from __future__ import annotations

from dataclasses import replace

from jcr_desk.case import Case
from jcr_desk.case.services.abcp_run import analyse_case_program
from jcr_desk.structured.abcp.stress import StressChoices

CHOICES = StressChoices("sd", "volatile history", "mean", "flat history")


def with_notes(case: Case) -> Case:
    """A copy of ``case`` whose first program's stored analysis has open items and notes."""
    stored = case.programs[0]
    answers = tuple(
        replace(a, answer="open", reason="") if n == 0 else a
        for n, a in enumerate(stored.program.answers)
    )
    program = replace(stored, program=replace(stored.program, answers=answers), choices=CHOICES)
    noted = replace(case, programs=[program, *case.programs[1:]], program_results=[])
    record = analyse_case_program(noted, program.id)
    assert record.result.guideline.open_items and record.result.notes
    return replace(noted, program_results=[record])
