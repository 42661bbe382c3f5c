"""A pool of another size under the same classes: the analyst keeps the amounts or the shares.

Issue 16 finding 1: a ¥583.5bn tape imported under ¥93.7bn of notes passed every class
silently. Hand-worked here on a ¥1,000 pool with Class A ¥900 and a ¥100 residual class.
"""

from __future__ import annotations

import pandas as pd
import pytest

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, Scenario, StoredPool
from jcr_desk.case.edits.class_fit_commands import ClassesDoNotFit, RefitClasses
from jcr_desk.case.edits.pool_commands import ADD, ImportPool
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.class_fit import KEEP_AMOUNTS, KEEP_SHARES, class_fit, fit_warning
from jcr_desk.structured.rmbs.deal import DealStructure, NoteClass


def _pool(pool_id: str, *balances: float) -> StoredPool:
    loans = pd.DataFrame({"loan_id": [f"L{i}" for i in range(len(balances))],
                          "current_balance": list(balances)})
    return StoredPool(pool_id, f"pool {pool_id}", loans)


def _structure(sized_for: float | None = 1_000.0) -> DealStructure:
    return DealStructure(
        classes=(NoteClass("Class A", 1, 900.0, "fixed", 0.01),
                 NoteClass("Seller", 2, 100.0, "residual")),
        sized_for_pool=sized_for,
    )


def _case(sized_for: float | None = 1_000.0, what_if: bool = False) -> Case:
    return Case(
        pools=[_pool("old", 600.0, 400.0)],
        scenarios=[Scenario("s1", "Base", "old", StressAssumptions(), _structure(sized_for),
                            what_if=what_if)],
    )


def _apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


def _balances(case: Case) -> list[float]:
    return [c.balance for c in case.scenarios[0].structure.ordered()]


def test_a_larger_pool_is_refused_until_the_analyst_chooses():
    case = _case()
    with pytest.raises(ClassesDoNotFit) as refused:
        ImportPool(_pool("new", 3_000.0, 3_000.0)).check(case)
    text = str(refused.value)
    assert "scenario Base (¥1,000) were sized for a pool of ¥1,000" in text
    assert "the new pool is ¥6,000" in text
    assert "keep the classes' amounts" in text and "keep their shares" in text
    assert [m.scenario.id for m in refused.value.misfits] == ["s1"]
    assert case.pools[0].id == "old"  # nothing changed


def test_keep_amounts_leaves_the_classes_and_the_difference_is_over_collateralisation():
    case = _case()
    command = ImportPool(_pool("new", 3_000.0, 3_000.0), classes=KEEP_AMOUNTS,
                         reason="same notes, later tape")
    _apply(case, command)
    structure = case.scenarios[0].structure
    assert _balances(case) == [900.0, 100.0]
    assert structure.sized_for_pool == 6_000.0
    fit = class_fit(structure, 6_000.0, 1.0)
    assert fit.matches and fit.over_collateralisation == 5_000.0
    detail = case.audit[-1].detail
    assert "kept the classes' amounts" in detail and "reason: same notes, later tape" in detail
    command.undo(case)
    assert case.scenarios[0].structure == _structure()
    assert case.pools[0].id == "old" and case.scenarios[0].pool_id == "old"


def test_keep_shares_resizes_every_class_by_the_ratio_of_the_pools():
    case = _case()
    _apply(case, ImportPool(_pool("new", 2_000.5, 1_000.0), classes=KEEP_SHARES,
                            reason="notes follow the tape"))
    # ratio 3,000.5 / 1,000: Class A 900 × 3.0005 = 2,700.45 → ¥2,700 whole; Seller's
    # 100 × 3.0005 = 300.05 takes the 0.45 of rounding: 300.50, so the total is 3,000.5.
    assert _balances(case) == [2_700.0, pytest.approx(300.5)]
    assert sum(_balances(case)) == pytest.approx(3_000.5)
    assert case.scenarios[0].structure.sized_for_pool == 3_000.5


def test_a_smaller_pool_can_keep_the_shares_but_not_the_amounts():
    case = _case()
    smaller = _pool("new", 500.0)
    with pytest.raises(EditRefused, match=r"more than the new pool's ¥500.*keep their shares"):
        ImportPool(smaller, classes=KEEP_AMOUNTS, reason="r").check(case)
    _apply(case, ImportPool(smaller, classes=KEEP_SHARES, reason="halved"))
    assert _balances(case) == [450.0, 50.0]


def test_the_choice_needs_a_reason_and_a_known_word():
    case = _case()
    larger = _pool("new", 2_000.0)
    with pytest.raises(EditRefused, match="needs a written reason"):
        ImportPool(larger, classes=KEEP_AMOUNTS).check(case)
    with pytest.raises(EditRefused, match="keep-amounts or keep-shares"):
        ImportPool(larger, classes="stretch", reason="r").check(case)


def test_a_pool_of_the_same_size_or_one_added_beside_asks_nothing():
    case = _case()
    _apply(case, ImportPool(_pool("same", 1_000.4)))
    assert _balances(case) == [900.0, 100.0]
    _apply(case, ImportPool(_pool("beside", 9_000.0), ADD))
    assert case.scenarios[0].pool_id == "same"


def test_classes_that_record_no_pool_are_measured_against_the_pool_replaced():
    case = _case(sized_for=None)
    with pytest.raises(ClassesDoNotFit):
        ImportPool(_pool("new", 2_000.0)).check(case)


def test_a_stress_result_on_mismatched_classes_says_so():
    assert fit_warning(_structure(), 1_000.0, 1.0) is None
    warning = fit_warning(_structure(), 6_000.0, 1.0)
    assert warning is not None
    assert "sized for a pool of ¥1,000, but this pool is ¥6,000" in str(warning)
    assert "¥5,000 above the classes counts as over-collateralisation" in str(warning)
    unrecorded = fit_warning(_structure(sized_for=None), 1_250.0, 1.0)
    assert unrecorded is not None and "¥250 (20.00%)" in str(unrecorded)


def test_refit_one_scenario_later_is_an_undoable_scenario_edit():
    case = _case()
    case.pools.append(_pool("beside", 4_000.0))
    case.scenarios[0].pool_id = "beside"  # as if the analyst pointed it at the other pool
    command = RefitClasses("s1", KEEP_SHARES, "the notes scale with the pool")
    _apply(case, command)
    assert _balances(case) == [3_600.0, 400.0]
    assert "kept the classes' shares" in case.audit[-1].detail
    command.undo(case)
    assert _balances(case) == [900.0, 100.0]


def test_a_what_if_refits_without_a_reason_the_committee_scenario_does_not():
    with pytest.raises(EditRefused, match="needs a written reason"):
        RefitClasses("s1", KEEP_AMOUNTS, "").check(_case())
    what_if = _case(what_if=True)
    what_if.pools[0] = _pool("old", 2_000.0)
    _apply(what_if, RefitClasses("s1", KEEP_AMOUNTS, ""))
    assert what_if.scenarios[0].structure.sized_for_pool == 2_000.0


def test_the_stress_run_warns_on_the_demo_when_its_classes_were_sized_for_another_pool():
    from dataclasses import replace

    from jcr_desk.case.demo import build_demo_case
    from jcr_desk.case.services.stress_run import stress_inputs
    from jcr_desk.structured.rmbs.engine import run_stress

    case = build_demo_case(loans=40, seed=2)
    scenario = case.scenarios[0]
    warnings = run_stress(stress_inputs(case, scenario)).warnings
    assert not any("sized for" in str(w) for w in warnings)
    pool = float(case.pools[0].loans["current_balance"].sum())
    scenario.structure = replace(scenario.structure, sized_for_pool=pool / 2)
    warnings = run_stress(stress_inputs(case, scenario)).warnings
    assert any(f"sized for a pool of ¥{pool / 2:,.0f}, but this pool is ¥{pool:,.0f}" in str(w)
               for w in warnings)
