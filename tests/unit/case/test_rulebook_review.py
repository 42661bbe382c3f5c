"""Another rulebook: which recorded guidelines it moves, which results to rerun, how they moved."""

from __future__ import annotations

from dataclasses import replace

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.edits.scenario_commands import store_result
from jcr_desk.case.services.rulebook_review import result_changes, review
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.methodology.rulebook import load_rulebook
from tests.unit.case.factories import sample_result


def test_a_case_of_this_rulebook_has_nothing_to_review():
    case = build_demo_case(loans=40)
    store_result(case, run_scenario(case, case.scenarios[0].id))
    assert review(case).empty


def test_guidelines_recorded_under_another_rulebook_are_compared_with_todays():
    case = build_demo_case(loans=40)
    decision = next(d for d in case.decisions if d.item == "long_term")
    decision.guideline["rulebook_version"] = "2020.1"
    decision.guideline_rating = "C"  # what that old rulebook proposed
    found = review(case)
    name = case.entity(decision.entity_id).name
    assert any(
        line.startswith(f"{name}, long-term: guideline C (rulebook 2020.1) →")
        for line in found.guideline_changes
    )
    assert case.decision(decision.entity_id, "long_term") is decision


def test_results_of_another_rulebook_are_listed_to_rerun_and_their_moves_read():
    case = build_demo_case(loans=40)
    stored = run_scenario(case, case.scenarios[0].id)
    store_result(case, replace(stored, result=replace(stored.result, rulebook_version="2020.1")))
    found = review(case)
    assert found.rulebook == load_rulebook().version
    assert found.results_to_rerun == ((case.scenarios[0].id, "RMBS base (rulebook 2020.1)"),)
    before = sample_result()
    line = before.ratings[0]
    verdict = replace(line.classes[0], passed=False)
    after = replace(
        before,
        ratings=(replace(line, layers=replace(line.layers, setoff=0.02), classes=(verdict,)),),
    )
    assert result_changes(before, after) == [
        "AAA total 5.20% → 6.20%",
        "AAA Class A: pass → fail",
    ]
