"""An ABCP program whose guideline stays open tells the Committee tab why in the analyst's
language: the open items the analysis wrote, each translated inside the note (issue 21)."""

from __future__ import annotations

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.rated_items import PROGRAM, rated_items
from tests.gui.abcp_notes import with_notes
from tests.gui.language_walk import english_words


def test_the_open_guideline_note_reads_in_japanese():
    case = with_notes(build_demo_case(loans=50))
    program = case.programs[0].program
    [item] = [i for i in rated_items(case) if i.kind == PROGRAM]
    note = item.notes[-1]
    assert str(note).startswith(f"The guideline of {program.name!r} stays open: Unanswered (")
    japanese = note.in_language("ja")
    assert "未回答" in japanese
    assert english_words(japanese, frozenset({program.name})) == []
