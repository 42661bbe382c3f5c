"""Gathering a scenario's inputs from the case: servicer rating, cut-off, legal final, hash."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.edits.decision_commands import RecordDecision
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.case.services.stress_run import scenario_inputs_hash, stress_inputs
from jcr_desk.structured.inputs import StressInputError


@pytest.fixture
def case():
    return build_demo_case(loans=40, seed=2)


def test_servicer_rating_is_the_guideline_until_the_committee_decides(case) -> None:
    scenario = case.scenarios[0]
    servicer = scenario.structure.servicer_id
    guideline = evaluate_entity(case, servicer).long_term
    assert stress_inputs(case, scenario).parties.servicer_rating == guideline.proposed.symbol
    before = scenario_inputs_hash(case, scenario)
    command = RecordDecision(servicer, "long_term", guideline, "BBB", "trigger test", "me")
    command.check(case)
    command.redo(case)
    assert stress_inputs(case, scenario).parties.servicer_rating == "BBB"
    assert scenario_inputs_hash(case, scenario) != before


def test_cut_off_and_legal_final_come_from_the_tape_and_the_structure(case) -> None:
    inputs = stress_inputs(case, case.scenarios[0])
    assert inputs.cut_off.isoformat() == "2026-09-30"
    final = case.scenarios[0].structure.legal_final_maturity
    assert inputs.legal_final_month == (final.year - 2026) * 12 + final.month - 9
    assert inputs.parties.domestic_single_country


def test_hash_follows_the_assumptions(case) -> None:
    scenario = case.scenarios[0]
    before = scenario_inputs_hash(case, scenario)
    assert scenario_inputs_hash(case, scenario) == before
    scenario.assumptions = replace(scenario.assumptions, cpr=0.07)
    assert scenario_inputs_hash(case, scenario) != before


def test_unknown_override_is_refused(case) -> None:
    with pytest.raises(StressInputError, match="Unknown assumption 'speed'"):
        stress_inputs(case, case.scenarios[0], {"speed": 1.0})
