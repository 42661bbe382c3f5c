"""ImportPool replaces the case's pool, undoes exactly, and leaves an audit trail of the tape."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, StoredPool
from jcr_desk.case.edits.pool_commands import ImportPool, excluded_rows
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape

ERRORS_TAPE = Path(__file__).parents[2] / "data" / "tapes" / "lo_ja_errors.xlsx"


def tape_pool(pool_id: str, loans: int, file: str = "tape.xlsx", errors=(7, 7, 9)) -> StoredPool:
    """A pool as an import makes it: source of the tape, report with excluded rows."""
    report = [
        {"sheet": "Loans", "row": row, "column": "E", "header": "Original Balance",
         "field": "original_balance", "value": "-1", "rule": "balance_positive",
         "severity": "error", "message": "balance must be above zero"}
        for row in errors
    ]
    report.append(
        {"sheet": "Loans", "row": 12, "column": "B", "header": "Borrower No.",
         "field": "borrower_id", "value": "B1", "rule": "borrower_several_loans",
         "severity": "warning", "message": "borrower has several loans"}
    )
    return StoredPool(
        pool_id, f"pool {pool_id}", generate_loans(loans, seed=loans),
        source={"file": file, "sheet": "Loans", "sha256": "ab" * 32},
        report=report,
    )


def apply(case: Case, command: ImportPool) -> None:
    command.check(case)
    command.redo(case)


def test_import_into_an_empty_case_adds_the_pool_and_undo_removes_it():
    case = Case()
    pool = tape_pool("new", 30)
    command = ImportPool(pool)
    apply(case, command)
    assert case.pools == [pool]
    entry = case.audit[-1]
    assert entry.action == "pool imported"
    assert "tape.xlsx, sheet Loans" in entry.detail
    assert "30 loans imported, 2 rows excluded" in entry.detail
    assert "no previous pool" in entry.detail
    command.undo(case)
    assert case.pools == []
    assert case.audit[-1].action == "undo"
    command.redo(case)
    assert case.pools[0] is pool


def test_import_replaces_the_first_pool_and_undo_puts_it_back_in_place():
    old = tape_pool("old", 20, file="march.xlsx")
    other = tape_pool("other", 5)
    case = Case(pools=[old, other])
    new = tape_pool("new", 40, file="april.xlsx", errors=())
    command = ImportPool(new)
    apply(case, command)
    assert [p.id for p in case.pools] == ["new", "other"]
    detail = case.audit[-1].detail
    assert "april.xlsx" in detail and "0 rows excluded" in detail
    assert "replaced pool old (20 loans from march.xlsx)" in detail
    command.undo(case)
    assert case.pools[0] is old and case.pools[1] is other
    command.redo(case)
    assert case.pools[0] is new


def test_a_pool_without_loans_is_refused_before_anything_changes():
    old = tape_pool("old", 10)
    case = Case(pools=[old])
    empty = tape_pool("new", 10)
    empty.loans = empty.loans.iloc[0:0]
    with pytest.raises(EditRefused, match="no loan without errors"):
        ImportPool(empty).check(case)
    assert case.pools == [old] and case.audit == []


def test_a_pool_id_already_used_by_another_pool_is_refused():
    case = Case(pools=[tape_pool("a", 5), tape_pool("b", 5)])
    with pytest.raises(EditRefused, match="same identifier"):
        ImportPool(tape_pool("b", 8)).check(case)


def test_excluded_rows_counts_distinct_error_rows_only():
    pool = tape_pool("p", 3, errors=(4, 4, 5, 6))
    pool.report.append({"row": None, "severity": "error", "rule": "totals"})
    assert excluded_rows(pool) == 3


def test_an_imported_tape_counts_its_excluded_rows_in_the_audit():
    tape = read_tape(ERRORS_TAPE)
    pool = pool_from_tape(tape, "April tape")
    assert len(pool.loans) == len(tape.loans) - len(tape.error_rows) == 55
    assert excluded_rows(pool) == len(tape.error_rows)
    case = Case()
    apply(case, ImportPool(pool))
    assert "55 loans imported, 5 rows excluded" in case.audit[-1].detail


def _scenario(scenario_id: str, pool_id: str | None):
    from jcr_desk.case.document.model import Scenario

    return Scenario(id=scenario_id, name=scenario_id, pool_id=pool_id)


def test_replacing_a_pool_moves_its_scenarios_to_the_new_one_and_undo_moves_them_back():
    march, other = tape_pool("march", 20), tape_pool("other", 5)
    built = [_scenario("s1", "march"), _scenario("s2", "other"), _scenario("s3", "march")]
    case = Case(pools=[march, other], scenarios=built)
    april = tape_pool("april", 30)
    command = ImportPool(april, replacing="march")
    apply(case, command)
    assert [p.id for p in case.pools] == ["april", "other"]
    assert [s.pool_id for s in case.scenarios] == ["april", "other", "april"]
    assert "2 scenarios moved to it" in case.audit[-1].detail
    command.undo(case)
    assert case.pools == [march, other]
    assert [s.pool_id for s in case.scenarios] == ["march", "other", "march"]
    command.redo(case)
    assert [s.pool_id for s in case.scenarios] == ["april", "other", "april"]


def test_adding_a_second_pool_leaves_every_scenario_on_its_pool():
    from jcr_desk.case.edits.pool_commands import ADD
    from jcr_desk.case.services.stress_run import scenario_pool

    march = tape_pool("march", 20)
    # s2 comes from a case that named no pool: it read the case's only pool
    case = Case(pools=[march], scenarios=[_scenario("s1", "march"), _scenario("s2", None)])
    command = ImportPool(tape_pool("second", 10), mode=ADD)
    apply(case, command)
    assert [p.id for p in case.pools] == ["march", "second"]
    assert [scenario_pool(case, s).id for s in case.scenarios] == ["march", "march"]
    assert "added beside 1 pool; 1 scenario kept on their pool" in case.audit[-1].detail
    command.undo(case)
    assert case.pools == [march]
    assert [s.pool_id for s in case.scenarios] == ["march", None]


def test_replacing_a_pool_no_longer_in_the_case_is_refused():
    case = Case(pools=[tape_pool("a", 5)])
    with pytest.raises(EditRefused, match="no longer in the case"):
        ImportPool(tape_pool("b", 5), replacing="gone").check(case)
