"""A case's program is analysed with its parties' ratings from the group tab."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jcr_desk.case.document.model import Decision
from jcr_desk.case.edits.abcp_commands import EditProgramTerms
from jcr_desk.case.services.abcp_run import (
    ProgramRunError,
    analyse_case_program,
    party_rating,
    program_inputs,
    program_inputs_hash,
)
from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.program import Party
from tests.unit.case.abcp_cases import program_case

ID = "prog00000001"


def _decide(case, entity_id, item, rating):
    case.decisions.append(
        Decision(f"d-{item}", entity_id, item, rating, rating, "", "Tominaga",
                 datetime(2026, 11, 1, tzinfo=UTC))
    )


def test_a_group_entitys_short_term_decision_is_its_rating():
    case = program_case()
    _decide(case, "bank00000001", "short_term", "J-1")
    assert party_rating(case, Party("Mitsukaze Bank", "bank00000001")) == ShortTermRating("J-1")


def test_else_its_long_term_rating_through_the_rulebooks_table():
    case = program_case()
    _decide(case, "bank00000001", "long_term", "A")
    assert party_rating(case, Party("Mitsukaze Bank", "bank00000001")) == ShortTermRating("J-1")


def test_a_counterparty_has_its_typed_rating_and_an_unrated_entity_none():
    case = program_case()
    assert party_rating(case, Party("Hoshizora Card", short_term_rating="J-2")).symbol == "J-2"
    assert party_rating(case, Party("Mitsukaze Card", "card00000001")) is None


def test_the_analysis_reads_the_parties_and_goes_stale_on_an_edit():
    case = program_case()
    _decide(case, "bank00000001", "short_term", "J-1+")
    _decide(case, "card00000001", "short_term", "J-2")
    record = analyse_case_program(case, ID)
    inputs = program_inputs(case, ID)
    assert inputs.parties.sponsor == ShortTermRating("J-1+")
    assert [r.symbol for _, r in inputs.parties.sellers] == ["J-2", "J-2"]
    assert record.inputs_hash == program_inputs_hash(case, case.programs[0])
    command = EditProgramTerms(ID, {"subordination": 0.2})
    command.check(case)
    command.redo(case)
    assert record.inputs_hash != program_inputs_hash(case, case.programs[0])


def test_overrides_try_other_terms_without_changing_the_case():
    case = program_case()
    record = analyse_case_program(case, ID, overrides={"subordination": 0.001})
    assert record.result.test("J-3").available == pytest.approx(0.001)
    assert case.programs[0].program.subordination == 0.10
    with pytest.raises(ProgramRunError, match="subordination: is 2; allowed: 0 to 1"):
        analyse_case_program(case, ID, overrides={"subordination": 2.0})
