"""Adding, copying, renaming and removing scenarios: checked, undone exactly, audited."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, Entity, Scenario, ScenarioResult, StoredPool
from jcr_desk.case.edits.scenario_commands import check_classes
from jcr_desk.case.edits.scenario_set_commands import (
    AddScenario,
    RemoveScenario,
    RenameScenario,
    copy_name,
    copy_scenario,
    default_name,
    new_scenario,
)
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.assumptions import StressAssumptions
from jcr_desk.structured.inputs import StressInputError
from jcr_desk.structured.settings import stress_settings

STAMP = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo() -> Case:
    return build_demo_case(loans=40)


@pytest.fixture
def case(demo: Case) -> Case:
    """The demo with three scenarios; the first and the last have a stored result."""
    case = demo.snapshot()
    first = case.scenarios[0]
    for name in ("What-if B", "What-if C"):
        case.scenarios.append(copy_scenario(case, first.id, name))
    case.results = [
        ScenarioResult(case.scenarios[2].id, STAMP, "hash-c", {"total": 3}),
        ScenarioResult(first.id, STAMP, "hash-a", {"total": 1}),
    ]
    return case


def state(case: Case) -> tuple[list[Scenario], list[ScenarioResult]]:
    return copy.deepcopy(case.scenarios), copy.deepcopy(case.results)


def apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


def round_trip(case: Case, command) -> tuple[list[Scenario], list[ScenarioResult]]:
    """Check and apply; undo must restore exactly, redo repeat exactly; the state after."""
    before = state(case)
    command.check(case)
    command.redo(case)
    after = state(case)
    command.undo(case)
    assert state(case) == before
    command.redo(case)
    assert state(case) == after
    return after


def pool(name: str, balances: list[int]) -> StoredPool:
    loans = pd.DataFrame({"loan_id": [str(i) for i in range(len(balances))]})
    loans["current_balance"] = balances
    return StoredPool(id=f"pool-{name}", name=name, loans=loans)


# --- builders ---------------------------------------------------------------------------------


def test_new_scenario_on_a_case_with_pools_takes_the_newest_and_leaves_the_base_case_open():
    case = Case(pools=[pool("old", [9]), pool("new", [1_000_000, 2_500_000])])
    scenario = new_scenario(case, "  Scenario 1 ")
    book = stress_settings()
    assert scenario.name == "Scenario 1"
    assert scenario.pool_id == "pool-new"
    assert scenario.assumptions == StressAssumptions(
        target_ratings=("AAA", "AA", "A", "BBB"),
        recovery_rate=book.recovery_base_rate,
        recovery_lag_months=book.recovery_lag_months,
    )
    assert scenario.assumptions.base_default_rate is None  # not set: the analyst's to state
    structure = scenario.structure
    assert (structure.payment, structure.trust_fee, structure.servicing_fee) == (
        "sequential",
        0.0,
        0.0,
    )
    senior, seller = structure.ordered()
    assert (senior.name, senior.rank, senior.coupon_type) == ("Class A", 1, "fixed")
    assert (senior.balance, senior.coupon) == (0, 0.0)
    assert (seller.name, seller.rank, seller.coupon_type) == ("Seller", 2, "residual")
    assert seller.balance == 3_500_000
    assert structure.servicer_id is None and structure.issuer_id is None
    assert structure.clean_up_call is None  # no call unless the deal states one
    # The structure is one the class editor accepts as it stands.
    assert check_classes(structure.classes, 3_500_000) == structure.ordered()


def test_new_scenario_without_a_pool_has_no_pool_and_an_empty_seller_class():
    case = Case()
    scenario = new_scenario(case, default_name(case))
    assert scenario.name == "Scenario 1"
    assert scenario.pool_id is None
    seller = scenario.structure.ordered()[1]
    assert seller.balance == 0
    apply(case, AddScenario(scenario))
    with pytest.raises(StressInputError, match="The case has no pool"):
        run_scenario(case, scenario.id)


def test_new_scenario_names_the_servicer_and_the_issuer_from_the_case(case):
    scenario = new_scenario(case, "Scenario 4")
    bank = next(e for e in case.entities if e.role == "core" and e.sector == "bank")
    spv = next(e for e in case.entities if e.role == "spv")
    assert scenario.structure.servicer_id == bank.id
    assert scenario.structure.issuer_id == spv.id
    case.entities.append(Entity("svc", "Servicing KK", "servicer"))
    assert new_scenario(case, "Scenario 4").structure.servicer_id == "svc"


def test_a_new_scenario_refuses_to_run_until_the_base_case_is_typed(case):
    scenario = new_scenario(case, "Scenario 4")
    apply(case, AddScenario(scenario))
    missing = r"^The scenario has no lifetime default rate \(base_default_rate\), prepayment rate"
    with pytest.raises(StressInputError, match=missing):
        run_scenario(case, scenario.id)
    added = case.scenarios[-1]
    added.assumptions = replace(added.assumptions, base_default_rate=0.02, cpr=0.05)
    result = run_scenario(case, scenario.id)
    assert [line.rating for line in result.result.ratings] == ["AAA", "AA", "A", "BBB"]


def test_new_scenario_target_ratings_are_a_desk_default_in_the_rulebook():
    entry = load_rulebook().entry("stress.new_scenario.target_ratings")
    assert (entry.source, entry.citation) == ("desk_default", "Desk default")
    assert entry.value == ("AAA", "AA", "A", "BBB")
    assert stress_settings().new_scenario_target_ratings == ("AAA", "AA", "A", "BBB")


def test_a_copy_has_a_fresh_id_the_same_inputs_and_no_result(case):
    original = case.scenarios[0]
    copied = copy_scenario(case, original.id, copy_name(case, original.name))
    assert copied.name == f"{original.name} (copy)"
    assert copied.id != original.id
    assert copied.pool_id == original.pool_id
    assert (copied.assumptions, copied.structure) == (original.assumptions, original.structure)
    # Immutable: an edit of the copy replaces its objects and leaves the original's alone.
    copied.assumptions = replace(copied.assumptions, target_ratings=("AAA", "BB"))
    assert original.assumptions.target_ratings == ("AAA", "AA", "A", "BBB")
    apply(case, AddScenario(copied))
    assert [r for r in case.results if r.scenario_id == copied.id] == []
    assert copy_name(case, original.name) == f"{original.name} (copy 2)"


def test_default_name_counts_on_past_taken_names():
    case = Case(scenarios=[Scenario("a", "Scenario 2"), Scenario("b", "x")])
    assert default_name(case) == "Scenario 3"
    case.scenarios.append(Scenario("c", "scenario 3 "))
    assert default_name(case) == "Scenario 4"


# --- commands ---------------------------------------------------------------------------------


def test_add_appends_and_undo_takes_it_out(case):
    scenario = new_scenario(case, "Scenario 4")
    scenarios, results = round_trip(case, AddScenario(scenario, analyst="Sato"))
    assert [s.name for s in scenarios][-1] == "Scenario 4"
    assert scenarios[-1] == scenario
    assert len(results) == 2
    entry = case.audit[-1]
    assert (entry.action, entry.detail, entry.user) == ("scenario added", "Scenario 4", "Sato")


def test_remove_takes_the_result_too_and_undo_puts_both_back_in_place(case):
    middle = case.scenarios[2]  # its result is the first of the results list
    before = state(case)
    command = RemoveScenario(middle.id, "superseded by the seller's new offer", analyst="Sato")
    scenarios, results = round_trip(case, command)
    assert middle.id not in [s.id for s in scenarios]
    assert [r.inputs_hash for r in results] == ["hash-a"]
    entry = case.audit[-1]
    assert (entry.action, entry.user) == ("scenario removed", "Sato")
    assert entry.detail == (
        "What-if C; its stored result removed too; reason: superseded by the seller's new offer"
    )
    command.undo(case)
    assert state(case) == before
    assert [s.name for s in case.scenarios][1:] == ["What-if B", "What-if C"]
    assert [r.inputs_hash for r in case.results] == ["hash-c", "hash-a"]
    assert (case.audit[-1].action, case.audit[-1].detail) == ("undo", "Remove scenario What-if C")


def test_remove_of_a_scenario_without_result_keeps_the_results(case):
    target = case.scenarios[1]
    _, results = round_trip(case, RemoveScenario(target.id, "not needed"))
    assert [r.inputs_hash for r in results] == ["hash-c", "hash-a"]
    assert case.audit[-1].detail == "What-if B; reason: not needed"


def test_rename_changes_only_the_name_and_undo_restores_it(case):
    target = case.scenarios[1]
    scenarios, _ = round_trip(case, RenameScenario(target.id, " Downside ", analyst="Sato"))
    assert scenarios[1].name == "Downside"
    assert scenarios[1].assumptions == target.assumptions
    entry = case.audit[-1]
    assert (entry.action, entry.detail, entry.user) == (
        "scenario renamed",
        "What-if B → Downside",
        "Sato",
    )


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda c: AddScenario(new_scenario(c, "  ")), "A scenario needs a name."),
        (
            lambda c: AddScenario(new_scenario(c, " what-if b")),
            "The case already has a scenario called what-if b; choose another name.",
        ),
        (
            lambda c: AddScenario(c.scenarios[1]),
            "A scenario with the same identifier is already in the case.",
        ),
        (
            lambda c: RemoveScenario(c.scenarios[1].id, "  "),
            "Removing What-if B is a recorded decision, so it needs a written reason.",
        ),
        (
            lambda c: RemoveScenario("gone", "why"),
            "The scenario this edit is for is no longer in the case.",
        ),
        (lambda c: RenameScenario(c.scenarios[1].id, ""), "A scenario needs a name."),
        (
            lambda c: RenameScenario(c.scenarios[1].id, "WHAT-IF C"),
            "The case already has a scenario called WHAT-IF C; choose another name.",
        ),
        (
            lambda c: RenameScenario(c.scenarios[1].id, "What-if B"),
            "The scenario is already called What-if B.",
        ),
    ],
)
def test_refusals_explain_and_change_nothing(case, make, message):
    before, audit = state(case), list(case.audit)
    with pytest.raises(EditRefused) as refused:
        make(case).check(case)
    assert str(refused.value) == message
    assert state(case) == before
    assert case.audit == audit


def test_rename_may_change_only_the_case_of_a_name(case):
    target = case.scenarios[1]
    apply(case, RenameScenario(target.id, "WHAT-IF B"))
    assert case.scenarios[1].name == "WHAT-IF B"


_OPS = st.lists(
    st.tuples(st.sampled_from(["add", "copy", "remove", "rename"]), st.integers(0, 5)),
    max_size=8,
)


@settings(max_examples=40, deadline=None)
@given(ops=_OPS)
def test_any_sequence_undone_restores_the_case_and_redone_repeats_it(demo, ops):
    case = demo.snapshot()
    case.results = [ScenarioResult(case.scenarios[0].id, STAMP, "h", {})]
    start = state(case)
    done = []
    for step, (op, pick) in enumerate(ops):
        ids = [s.id for s in case.scenarios]
        if op == "add":
            command = AddScenario(new_scenario(case, default_name(case)))
        elif not ids:
            continue
        elif op == "copy":
            original = case.scenarios[pick % len(ids)]
            command = AddScenario(copy_scenario(case, original.id, copy_name(case, original.name)))
        elif op == "remove":
            command = RemoveScenario(ids[pick % len(ids)], "test")
        else:
            command = RenameScenario(ids[pick % len(ids)], f"Renamed {step}")
        apply(case, command)
        done.append(command)
    end = state(case)
    for command in reversed(done):
        command.undo(case)
    assert state(case) == start
    for command in done:
        command.redo(case)
    assert state(case) == end
