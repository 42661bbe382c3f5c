"""The analysis's sentences survive the case file as templates with their arguments, so a
case read back shows its guideline in the analyst's language, not only in English."""

from __future__ import annotations

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.abcp_run import analyse_case_program
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.sentences import stored, text_read


def test_steps_and_caps_read_back_keep_their_templates_and_arguments():
    case = build_demo_case(loans=50)
    result = analyse_case_program(case, case.programs[0].id).result
    loaded = ProgramResult.from_dict(result.to_dict())
    for before, after in zip(result.guideline.steps, loaded.guideline.steps, strict=True):
        assert (after.text.source, after.text.args) == (before.text.source, before.text.args)
    sponsor = next(cap for cap in loaded.caps if cap.kind == "sponsor")
    assert sponsor.statement.source.endswith("no higher than {rating}.")
    assert sponsor.statement.args == {"rating": "J-1"}
    assert loaded == result


def test_a_sentence_stored_as_english_only_reads_as_written():
    """Files written before the sentences were kept: the English, braces and all."""
    text = text_read({"text": "Program {A}: J-1."}, "text")
    assert str(text) == "Program {A}: J-1." and text == stored("Program {A}: J-1.")
