"""Every edit of an ABCP program is checked first, recorded with its reason, and undone exactly."""

from __future__ import annotations

import pytest

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, StoredPool, StoredProgram
from jcr_desk.case.edits.abcp_commands import (
    AddProgram,
    AdjustFactor,
    AnswerCheck,
    EditProgramTerms,
    ImportHistory,
    ImportReceivables,
    RemoveProgram,
    SetStressChoice,
)
from jcr_desk.structured.abcp.program import AbcpProgram, Party
from tests.unit.case.abcp_cases import program_case, receivables_frame
from tests.unit.structured.abcp.programs import history_of

ID = "prog00000001"


def apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


@pytest.fixture
def case() -> Case:
    return program_case()


def test_adding_and_removing_a_program_is_undone(case):
    item = StoredProgram("new000000001", AbcpProgram("Second Funding"))
    add = AddProgram(item)
    apply(case, add)
    assert [p.program.name for p in case.programs][-1] == "Second Funding"
    add.undo(case)
    assert len(case.programs) == 1
    with pytest.raises(EditRefused, match="needs a written reason"):
        RemoveProgram(ID, "").check(case)
    remove = RemoveProgram(ID, "the program was redeemed")
    apply(case, remove)
    assert case.programs == [] and case.program_results == []
    remove.undo(case)
    assert case.programs[0].id == ID and len(case.program_results) == 1
    assert "the program was redeemed" in case.audit[-2].detail


def test_a_fact_of_the_documents_takes_no_reason_and_undoes(case):
    before = case.programs[0].program
    edit = EditProgramTerms(ID, {"subordination": 0.12})
    assert str(edit.describe(case)) == "Set subordination 10.000 % → 12.000 %"
    apply(case, edit)
    assert case.programs[0].program.subordination == 0.12
    assert "subordination 10.000 % → 12.000 %" in case.audit[-1].detail
    edit.undo(case)
    assert case.programs[0].program is before
    edit.redo(case)
    assert case.programs[0].program.subordination == 0.12


def test_a_judgement_needs_its_reason_and_keeps_it(case):
    not_mitigated = EditProgramTerms(ID, {"commingling_mitigated": False})
    apply(case, not_mitigated)
    assert case.programs[0].program.commingling_reason == ""
    with pytest.raises(EditRefused, match="write the reason"):
        EditProgramTerms(ID, {"commingling_mitigated": True}).check(case)
    apply(case, EditProgramTerms(ID, {"commingling_mitigated": True}, "daily sweep to the SPC"))
    assert case.programs[0].program.commingling_reason == "daily sweep to the SPC"
    apply(case, EditProgramTerms(ID, {"transfer_reserve": 0.008}, "backup servicer's quote"))
    assert case.programs[0].program.transfer_reserve_reason == "backup servicer's quote"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"subordination": 1.5}, "subordination: is 1.5; allowed: 0 to 1"),
        ({"spc_form": "trust"}, "The SPC form is one of cayman_company"),
        ({"purchased_assets": "gold"}, "The purchased assets are one of"),
        ({"documents": ["term_sheet", "diary"]}, "'diary' is not a document"),
        ({"sellers": [Party("Gone", entity_id="nowhere")]}, "no longer an entity"),
        ({"sellers": [Party("A"), Party("A")]}, "a name of its own"),
        ({"target_ratings": ["J-1", "A"]}, "allowed: J-1+, J-1, J-2, J-3"),
        ({"planet": "Mars"}, "no term called 'planet'"),
    ],
)
def test_a_bad_term_is_refused_before_anything_changes(case, changes, words):
    before = case.programs[0].program
    with pytest.raises(EditRefused, match=words.replace("(", r"\(").replace("+", r"\+")):
        EditProgramTerms(ID, changes, "reason").check(case)
    assert case.programs[0].program is before


def test_a_check_answered_needs_its_reason_and_can_be_opened_again(case):
    with pytest.raises(EditRefused, match="write the reason"):
        AnswerCheck(ID, "spc", "true_sale", "yes", "").check(case)
    apply(case, AnswerCheck(ID, "spc", "true_sale", "no", "no legal opinion yet", "Oshiro"))
    answer = case.programs[0].program.answer("spc", "true_sale")
    recorded = (answer.answer, answer.reason, answer.analyst)
    assert recorded == ("no", "no legal opinion yet", "Oshiro")
    apply(case, AnswerCheck(ID, "spc", "true_sale", "open", ""))
    assert case.programs[0].program.answer("spc", "true_sale").answer == "open"
    with pytest.raises(EditRefused, match="not a point of the facility checklist"):
        AnswerCheck(ID, "facility", "true_sale", "yes", "x").check(case)


def test_the_stress_form_and_reading_are_choices_with_reasons(case):
    with pytest.raises(EditRefused, match="write the reason"):
        SetStressChoice(ID, "form", "sd", "").check(case)
    apply(case, SetStressChoice(ID, "form", "sd", "volatile months"))
    assert case.programs[0].choices.form == "sd"
    assert case.programs[0].choices.form_reason == "volatile months"
    apply(case, SetStressChoice(ID, "form", None, ""))
    assert case.programs[0].choices.form is None
    with pytest.raises(EditRefused, match="mean, recent, trend, highest"):
        SetStressChoice(ID, "method", "median", "x").check(case)


def test_an_adjustment_that_would_let_a_better_rating_need_less_is_refused(case):
    # The case's J-1 multiple is 3.8 (analyst); J-1+ takes the rulebook's 4.5.
    with pytest.raises(EditRefused, match=r"the multiple of J-1\+ \(3.5\) would be below"):
        AdjustFactor(ID, "J-1+", "multiple", 3.5, "lighter top").check(case)
    apply(case, AdjustFactor(ID, "J-1+", "multiple", 5.0, "card spend concentrated"))
    assert case.programs[0].choices.factor("J-1+", "multiple", _rules()) == 5.0
    reset = AdjustFactor(ID, "J-1", "multiple", None, "back to the rulebook")
    apply(case, reset)
    assert case.programs[0].choices.adjustment("J-1", "multiple") is None
    reset.undo(case)
    assert case.programs[0].choices.adjustment("J-1", "multiple").value == 3.8


def test_imports_replace_the_history_and_receivables_and_undo(case):
    item = case.programs[0]
    old_history, old_pool = item.history, item.receivables
    fresh = history_of([0.005] * 30)
    apply(case, ImportHistory(ID, fresh))
    assert item.history is fresh
    assert "monthly history, 30 months (monthly history history.xlsx, sheet History)" in (
        case.audit[-1].detail
    )
    pool = StoredPool("pool2", "Receivables 2026-10", receivables_frame(10),
                      {"file": "r.xlsx", "sheet": "S", "excluded": 2})
    receivables = ImportReceivables(ID, pool)
    apply(case, receivables)
    assert "receivables 10 imported, 2 excluded" in case.audit[-1].detail
    receivables.undo(case)
    assert item.receivables is old_pool
    with pytest.raises(EditRefused, match="nothing to import"):
        ImportReceivables(ID, StoredPool("e", "empty", receivables_frame(0))).check(case)
    assert item.history is fresh and old_history is not None


def test_an_edit_of_a_removed_program_is_refused(case):
    apply(case, RemoveProgram(ID, "redeemed"))
    with pytest.raises(EditRefused, match="no longer in the case"):
        EditProgramTerms(ID, {"subordination": 0.2}).check(case)


def _rules():
    from jcr_desk.structured.abcp.rules import abcp_rules

    return abcp_rules()


@pytest.mark.parametrize(
    ("changes", "english", "japanese"),
    [
        ({"transfer_reserve": None}, "→ Desk default", "→ Desk既定値"),
        ({"cross_border": True}, "Set cross-border no → yes", "はい"),
    ],
)
def test_the_undo_line_of_a_term_reads_in_the_analysts_language(case, changes, english, japanese):
    """The Undo menu names the term and its values in words the analyst reads; the audit
    log keeps the English."""
    from jcr_desk import i18n

    edit = EditProgramTerms(ID, changes, "a reason")
    edit.check(case)
    assert english in edit.text
    try:
        i18n.set_language(i18n.JAPANESE)
        line = edit.caption.translated()
    finally:
        i18n.set_language(i18n.ENGLISH)
    assert japanese in line and not any(w in line for w in ("Set", "Desk default", " yes"))
