"""Mechanism edits and concentration decisions: checked, undone exactly, audited."""

from __future__ import annotations

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case
from jcr_desk.case.edits.mechanism_commands import RecordConcentrationDecision, SetMechanism
from jcr_desk.case.services.stress_run import stress_inputs
from jcr_desk.structured.deal import Answer, GroupCreditLife, GuaranteeScheme, RentGuarantee


@pytest.fixture(scope="module")
def demo() -> Case:
    return build_demo_case(loans=40)


@pytest.fixture
def case(demo: Case) -> Case:
    return demo.snapshot()


def apply_and_undo(case: Case, command) -> tuple:
    scenario = case.scenarios[0]
    before = (scenario.assumptions, scenario.structure)
    command.check(case)
    command.redo(case)
    after = (scenario.assumptions, scenario.structure)
    command.undo(case)
    assert (scenario.assumptions, scenario.structure) == before
    command.redo(case)
    assert (scenario.assumptions, scenario.structure) == after
    return after


def test_a_guarantee_on_a_group_entity_takes_that_entitys_rating(case):
    bank = next(e for e in case.entities if e.role == "core" and e.sector == "bank")
    scheme = GuaranteeScheme(
        guarantor_id=bank.id, answers=(Answer("true_sale_opinion", "yes", "opinion of 2026-10"),)
    )
    _, structure = apply_and_undo(
        case, SetMechanism(case.scenarios[0].id, "guarantee", scheme, "deed")
    )
    assert structure.guarantee == scheme
    parties = stress_inputs(case, case.scenarios[0]).parties
    assert parties.guarantor_rating == parties.servicer_rating  # the same bank's guideline
    assert "guarantee company set; reason: deed" in case.audit[-1].detail


def test_rent_guarantee_and_group_credit_life(case):
    sid = case.scenarios[0].id
    _, structure = apply_and_undo(
        case,
        SetMechanism(sid, "rent_guarantee", RentGuarantee(company_rating="A-"), "master lease"),
    )
    assert stress_inputs(case, case.scenarios[0]).parties.sublease_rating == "A-"
    _, structure = apply_and_undo(
        case, SetMechanism(sid, "group_credit_life", GroupCreditLife(True, False, "no"), "terms")
    )
    assert structure.group_credit_life.covered
    _, structure = apply_and_undo(case, SetMechanism(sid, "group_credit_life", None, "terms"))
    assert structure.group_credit_life == GroupCreditLife()


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("insurance", None, "no mechanism called"),
        ("guarantee", RentGuarantee(), "needs its own record"),
        ("guarantee", GuaranteeScheme(guarantor_id="gone"), "no longer an entity"),
        ("guarantee", GuaranteeScheme(guarantor_rating="A++"), "not a rating"),
        (
            "guarantee",
            GuaranteeScheme(answers=(Answer("weather", "yes", "x"),)),
            "not a requirement",
        ),
        (
            "guarantee",
            GuaranteeScheme(answers=(Answer("bank_rated", "no", " "),)),
            "needs its reason",
        ),
    ],
)
def test_bad_mechanisms_are_refused(case, name, value, message):
    with pytest.raises(EditRefused, match=message):
        SetMechanism(case.scenarios[0].id, name, value, "why").check(case)


def test_a_concentration_decision_is_recorded_replaced_and_withdrawn(case):
    sid = case.scenarios[0].id
    assumptions, _ = apply_and_undo(
        case,
        RecordConcentrationDecision(sid, "prefecture:東京都", "adjusted", "quake zone", "Sato"),
    )
    [decision] = assumptions.concentration_decisions
    assert (decision.region, decision.decision, decision.analyst) == (
        "prefecture:東京都",
        "adjusted",
        "Sato",
    )
    assumptions, _ = apply_and_undo(
        case, RecordConcentrationDecision(sid, "prefecture:東京都", "not_adjusted", "spread out")
    )
    assert [d.decision for d in assumptions.concentration_decisions] == ["not_adjusted"]
    assumptions, _ = apply_and_undo(
        case, RecordConcentrationDecision(sid, "prefecture:東京都", None, "reconsider")
    )
    assert assumptions.concentration_decisions == ()
    with pytest.raises(EditRefused, match="allowed"):
        RecordConcentrationDecision(sid, "moon", "adjusted", "x").check(case)
    with pytest.raises(EditRefused, match="adjusted or not_adjusted"):
        RecordConcentrationDecision(sid, "region:Kanto", "maybe", "x").check(case)
