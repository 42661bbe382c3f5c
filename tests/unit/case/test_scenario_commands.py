"""Scenario edits: checked before they apply, undone exactly, audited with their reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, ScenarioResult
from jcr_desk.case.edits.scenario_commands import (
    AdjustMultiplier,
    ApplyStaticBaseCase,
    EditClasses,
    SetAssumption,
    SetStructureOption,
    pool_balance,
    store_result,
)
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.structured.deal import NoteClass
from jcr_desk.structured.multipliers import rulebook_multipliers


@pytest.fixture(scope="module")
def demo() -> Case:
    return build_demo_case(loans=40)


@pytest.fixture
def case(demo: Case) -> Case:
    return demo.snapshot()


def sid(case: Case) -> str:
    return case.scenarios[0].id


def scenario_state(case: Case):
    scenario = case.scenarios[0]
    return scenario.assumptions, scenario.structure


def apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


def round_trip(case: Case, command):
    """Apply, undo (must restore exactly), redo (must repeat exactly); the state after."""
    before = scenario_state(case)
    apply(case, command)
    after = scenario_state(case)
    command.undo(case)
    assert scenario_state(case) == before
    command.redo(case)
    assert scenario_state(case) == after
    return after


def test_set_assumption_records_value_source_and_reason(case):
    old = case.scenarios[0].assumptions.base_default_rate
    assumptions, _ = round_trip(
        case, SetAssumption(sid(case), "base_default_rate", 0.02, "originator data", "Sato")
    )
    assert assumptions.base_default_rate == 0.02
    source = assumptions.base_case_source
    assert (source["kind"], source["reason"], source["analyst"]) == (
        "analyst",
        "originator data",
        "Sato",
    )
    datetime.fromisoformat(source["timestamp"])
    entry = case.audit[-1]
    assert entry.user == "Sato" and entry.action == "scenario edited"
    assert f"lifetime default rate {old * 100:.3f} % → 2.000 %" in entry.detail
    assert "reason: originator data" in entry.detail
    assert case.audit[-2].action == "undo"


def test_recovery_edits_leave_the_base_case_source_alone(case):
    assumptions, _ = round_trip(case, SetAssumption(sid(case), "recovery_lag_months", 24.0, "x"))
    assert assumptions.recovery_lag_months == 24
    assert isinstance(assumptions.recovery_lag_months, int)
    assert assumptions.base_case_source == case.scenarios[0].assumptions.base_case_source
    assert assumptions.base_case_source.get("kind") != "analyst"


def test_target_ratings_are_canonical_best_first_and_deduplicated(case):
    assumptions, _ = round_trip(
        case, SetAssumption(sid(case), "target_ratings", ["bbb", "AAA", "A+", "AAA"], "why")
    )
    assert assumptions.target_ratings == ("AAA", "A+", "BBB")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("cpr", 1.5, "between 0 % and 100 %; 150 % is outside"),
        ("recovery_rate", -0.1, "between 0 % and 100 %"),
        ("base_default_rate", "2%", "must be a number"),
        ("cpr", True, "must be a number"),
        ("recovery_lag_months", 2.5, "whole number"),
        ("recovery_lag_months", -1, "whole number"),
        ("target_ratings", ["AAA", "D"], "default event"),
        ("target_ratings", ["AAA", "XYZ"], "not a rating"),
        ("target_ratings", [], "as a list"),
        ("colour", 1, "no stress assumption"),
    ],
)
def test_bad_assumptions_are_refused_before_anything_changes(case, name, value, message):
    before = scenario_state(case)
    with pytest.raises(EditRefused, match=message):
        SetAssumption(sid(case), name, value, "a reason").check(case)
    assert scenario_state(case) == before


def test_every_scenario_edit_needs_a_reason(case):
    commands = [
        SetAssumption(sid(case), "cpr", 0.05, "  "),
        AdjustMultiplier(sid(case), "AAA", "prepayment", 0.5, "ltv", ""),
        EditClasses(sid(case), case.scenarios[0].structure.classes, ""),
        SetStructureOption(sid(case), "hedged", True, ""),
    ]
    for command in commands:
        with pytest.raises(EditRefused, match="needs a written reason"):
            command.check(case)


def test_unknown_scenario_is_refused(case):
    with pytest.raises(EditRefused, match="no longer in the case"):
        SetAssumption("gone", "cpr", 0.05, "why").check(case)


def test_multiplier_adjustment_replaces_then_removes(case):
    first = AdjustMultiplier(sid(case), "AA", "first_five_years", 5.0, "ltv", "high LTVs", "Sato")
    assumptions, _ = round_trip(case, first)
    [entry] = assumptions.multiplier_adjustments
    assert {
        k: getattr(entry, k)
        for k in ("rating", "component", "value", "factor", "reason", "analyst")
    } == {
        "rating": "AA",
        "component": "first_five_years",
        "value": 5.0,
        "factor": "ltv",
        "reason": "high LTVs",
        "analyst": "Sato",
    }
    rulebook = rulebook_multipliers("AA").multipliers.first_five_years
    assert f"AA first-five-years default multiplier {rulebook:g} → 5 (ltv)" in case.audit[-1].detail

    second = AdjustMultiplier(sid(case), "aa", "first_five_years", 6.0, "region", "Tohoku")
    assumptions, _ = round_trip(case, second)
    assert [(a.value, a.factor) for a in assumptions.multiplier_adjustments] == [(6.0, "region")]

    removal = AdjustMultiplier(sid(case), "AA", "first_five_years", None, None, "back to book")
    assumptions, _ = round_trip(case, removal)
    assert assumptions.multiplier_adjustments == ()
    assert "reason: back to book" in case.audit[-1].detail


def test_a_segment_multiplier_is_kept_apart_from_the_pools(case):
    segment = AdjustMultiplier(
        sid(case),
        "AAA",
        "first_five_years",
        4.2,
        "purpose",
        "investment loans",
        segment="apartment",
    )
    assumptions, _ = round_trip(case, segment)
    [entry] = assumptions.multiplier_adjustments
    assert (entry.segment, entry.value) == ("apartment", 4.2)
    assert assumptions.adjustment("AAA", "first_five_years") is None
    assert "for apartment" in case.audit[-1].detail
    with pytest.raises(EditRefused, match="allowed: investment_condominium"):
        AdjustMultiplier(
            sid(case), "AAA", "first_five_years", 4.2, "region", "x", segment="moon"
        ).check(case)


@pytest.mark.parametrize(
    ("rating", "component", "value", "factor", "message"),
    [
        ("AAA", "prepayment", 0.0, "ltv", "above zero"),
        ("AAA", "prepayment", 1.2, "weather", "names its factor"),
        ("AAA", "speed", 1.2, "ltv", "no stress multiplier"),
        ("BB", "prepayment", 1.2, "ltv", "not one of this scenario's target ratings"),
        ("AAA", "prepayment", None, None, "is not adjusted"),
    ],
)
def test_bad_adjustments_are_refused(case, rating, component, value, factor, message):
    with pytest.raises(EditRefused, match=message):
        AdjustMultiplier(sid(case), rating, component, value, factor, "why").check(case)


def tranches(case: Case) -> list[dict]:
    return [c.to_dict() for c in case.scenarios[0].structure.ordered()]


def test_edit_classes_round_trips_and_orders_by_rank(case):
    edited = tranches(case)[::-1]
    moved = 10_000_000
    edited[-1]["balance"] -= moved  # Class A (listed last here) gives up some balance
    edited[0]["balance"] += moved  # to the residual Class C
    _, structure = round_trip(case, EditClasses(sid(case), edited, "thicker equity"))
    assert [c.name for c in structure.ordered()] == ["Class A", "Class B", "Class C"]
    assert structure.ordered()[2].balance == tranches(case)[2]["balance"]
    assert "coupon" not in structure.ordered()[2].to_dict()
    assert "reason: thicker equity" in case.audit[-1].detail


def test_a_structure_without_a_residual_class_is_accepted(case):
    rated = [c for c in case.scenarios[0].structure.ordered() if c.rated]
    _, structure = round_trip(case, EditClasses(sid(case), rated, "over-collateralised deal"))
    assert all(c.rated for c in structure.classes)
    assert isinstance(structure.classes[0], NoteClass)


def _mutate(case: Case, index: int, **changes) -> list[dict]:
    edited = tranches(case)
    edited[index].update(changes)
    return edited


@pytest.mark.parametrize(
    ("index", "changes", "message"),
    [
        (1, {"balance": -1}, "balance: is -1; allowed: 0 or more"),
        (1, {"rank": 1}, "ranks must be unique"),
        (1, {"name": "Class A"}, "same name"),
        (1, {"coupon_type": "residual"}, "a structure has at most one"),
        (2, {"rank": 0}, "rank: is 0; allowed: 1 or more"),
        (0, {"coupon_type": "other"}, "allowed: fixed, floating, residual"),
        (0, {"coupon": "x"}, "coupon: expected a number"),
        (0, {"coupon": -0.01}, "coupon: is -0.01; allowed: 0 to 1"),
        (1, {"name": " "}, "needs a name"),
    ],
)
def test_bad_tranches_are_refused(case, index, changes, message):
    with pytest.raises(EditRefused, match=message):
        EditClasses(sid(case), _mutate(case, index, **changes), "why").check(case)


def test_residual_must_be_lowest_and_total_within_the_pool(case):
    swapped = _mutate(case, 2, rank=4)
    swapped[1]["rank"] = 5
    with pytest.raises(EditRefused, match="lowest rank"):
        EditClasses(sid(case), swapped, "why").check(case)
    total = pool_balance(case, case.scenarios[0])
    assert total is not None
    too_big = _mutate(case, 0, balance=round(total))
    with pytest.raises(EditRefused, match="more than the pool"):
        EditClasses(sid(case), too_big, "why").check(case)


def test_structure_options(case):
    _, structure = round_trip(case, SetStructureOption(sid(case), "payment", "pro_rata", "why"))
    assert structure.payment == "pro_rata"
    _, structure = round_trip(case, SetStructureOption(sid(case), "trust_fee", 0.001, "x"))
    assert structure.trust_fee == 0.001
    _, structure = round_trip(case, SetStructureOption(sid(case), "sequential_trigger", 0.05, "x"))
    assert structure.sequential_trigger == 0.05
    _, structure = round_trip(case, SetStructureOption(sid(case), "sequential_trigger", 0, "x"))
    assert structure.sequential_trigger == 0  # the deal has no trigger
    _, structure = round_trip(
        case, SetStructureOption(sid(case), "sequential_trigger", None, "back to the Desk's")
    )
    assert structure.sequential_trigger is None  # the rulebook's Desk default applies
    _, structure = round_trip(case, SetStructureOption(sid(case), "default_trap", False, "x"))
    assert structure.default_trap is False
    assert "default trap yes → no" in case.audit[-1].detail
    _, structure = round_trip(
        case, SetStructureOption(sid(case), "commingling_mitigation", "cash_in_trust", "deed")
    )
    assert structure.commingling_mitigation == "cash_in_trust"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("payment", "turbo", "sequential or pro_rata"),
        ("hedged", 1, "yes or no"),
        ("servicing_fee", 2.0, "between 0 % and 100 %"),
        ("trust_fee", None, "must be a number"),
        ("commingling_mitigation", "prayer", "one of none, cash_in_trust"),
        ("reserve_fund", 1.0, "no structure option"),
    ],
)
def test_bad_structure_options_are_refused(case, name, value, message):
    with pytest.raises(EditRefused, match=message):
        SetStructureOption(sid(case), name, value, "why").check(case)


def test_static_base_case_keeps_its_source(case):
    source = {
        "file": "vintages.xlsx",
        "sheet": "Defaults",
        "sha256": "ab" * 32,
        "statistics": {"mean": 0.02},
    }
    command = ApplyStaticBaseCase(sid(case), 0.02, 0.05, [0.5, 0.3, 0.2], source, "Sato")
    assumptions, _ = round_trip(case, command)
    assert (assumptions.base_default_rate, assumptions.cpr) == (0.02, 0.05)
    assert assumptions.timing_curve == (0.5, 0.3, 0.2)
    assert assumptions.base_case_source["sheet"] == "Defaults"
    assert assumptions.base_case_source["kind"] == "static_data"
    assert assumptions.base_case_source["statistics"]["mean"] == 0.02
    assert "vintages.xlsx" in case.audit[-1].detail
    with pytest.raises(EditRefused, match="timing curve"):
        ApplyStaticBaseCase(sid(case), 0.02, 0.05, [0.0, -1.0], source).check(case)


def test_store_result_replaces_the_scenarios_result(case):
    computed = run_scenario(case, sid(case)).result

    def result(tag: str) -> ScenarioResult:
        return ScenarioResult(sid(case), datetime(2026, 1, 1, tzinfo=UTC), tag, computed)

    other = ScenarioResult("other", datetime(2026, 1, 1, tzinfo=UTC), "o", computed)
    case.results = [other]
    store_result(case, result("first"))
    store_result(case, result("second"))
    assert [r.inputs_hash for r in case.results] == ["o", "second"]
