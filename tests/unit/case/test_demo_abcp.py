"""The demo case's ABCP program: multi-seller, with a history, analysed per target rating."""

from __future__ import annotations

import pytest

from jcr_desk.case import load_case
from jcr_desk.case.demo import build_demo_case, write_demo
from jcr_desk.case.services.abcp_run import analyse_case_program, program_inputs_hash


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    files = write_demo(folder, loans=40, seed=3)
    return files, load_case(files.case_path)


def test_the_demo_program_is_multi_seller_with_a_36_month_history():
    case = build_demo_case(loans=20, seed=3)
    [item] = case.programs
    assert item.program.multi_seller
    assert item.history is not None and item.history.month_count == 36
    assert item.receivables is not None and len(item.receivables.loans) == 2000
    assert item.program.sponsor.entity_id in {e.id for e in case.entities}


def test_the_demo_is_deterministic():
    first = build_demo_case(loans=20, seed=3).programs[0]
    second = build_demo_case(loans=20, seed=3).programs[0]
    assert first.history == second.history
    assert first.receivables.loans.equals(second.receivables.loans)


def test_the_written_demo_holds_the_imported_files_and_a_current_analysis(written):
    files, case = written
    [item] = case.programs
    assert item.history.source["file"] == files.abcp_history_path.name
    assert item.receivables.source["file"] == files.abcp_receivables_path.name
    assert item.receivables.source["kind"] == "receivables"
    [record] = case.program_results
    assert record.inputs_hash == program_inputs_hash(case, item)
    result = record.result
    assert [t.rating for t in result.tests] == ["J-1+", "J-1", "J-2", "J-3"]
    assert all(t.outcome == "pass" for t in result.tests)
    # The bank provides the liquidity line: its J-1 caps the program.
    assert result.guideline.reached == "J-1" and result.guideline.proposed == "J-1"
    assert next(c for c in result.caps if c.kind == "sponsor").applied
    assert {c.dimension for c in result.compositions} == {"seller", "merchant category"}
    assert analyse_case_program(case, item.id).result == result


def test_a_user_demo_of_an_older_case_format_is_written_again_with_the_program(monkeypatch):
    import sqlite3
    from contextlib import closing

    from jcr_desk.case import demo as demo_module
    from jcr_desk.case.demo import ensure_user_demo

    full = demo_module.write_demo
    monkeypatch.setattr(demo_module, "write_demo", lambda folder: full(folder, loans=30))
    path = ensure_user_demo()
    with closing(sqlite3.connect(path)) as conn, conn:  # as a format-3 JCR Desk left it
        for table in ("programs", "program_columns", "program_results"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("UPDATE schema_version SET version = 3")
    assert load_case(path).programs == []
    assert ensure_user_demo() == path
    assert len(load_case(path).programs) == 1
