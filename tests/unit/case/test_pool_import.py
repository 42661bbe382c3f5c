"""A read tape becomes the case's pool: valid rows only, every problem kept, rows traceable."""

from __future__ import annotations

import pandas as pd
import pytest

from jcr_desk.case.services.pool_import import EXCEL_ROW, pool_from_tape
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.tape_writer import HEADER_ROW, write_tape_xlsx

N = 60


@pytest.fixture(scope="module")
def loans() -> pd.DataFrame:
    return generate_loans(N, seed=7)


def test_pool_keeps_valid_rows_lists_every_problem_and_remembers_excel_rows(tmp_path, loans):
    broken = loans.copy()
    broken.loc[3, "current_balance"] = -5  # the fourth loan sits on Excel row HEADER_ROW + 4
    path = write_tape_xlsx(broken, tmp_path / "tape.xlsx", "en")
    tape = read_tape(path)
    bad_row = HEADER_ROW + 4
    assert bad_row in tape.error_rows

    pool = pool_from_tape(tape, "Sakura Bank 2026-09")

    assert len(pool.loans) == N - len(tape.error_rows)
    assert loans["loan_id"].iloc[3] not in set(pool.loans["loan_id"])
    assert any(p["row"] == bad_row and p["severity"] == "error" for p in pool.report)
    assert pool.source["imported"] == len(pool.loans)
    assert pool.source["excluded"] == len(tape.error_rows)
    assert pool.name == "Sakura Bank 2026-09"
    assert bad_row not in set(pool.loans[EXCEL_ROW])
    first = pool.loans.iloc[0]
    assert first[EXCEL_ROW] == HEADER_ROW + 1
    assert first["loan_id"] == loans["loan_id"].iloc[0]


@pytest.mark.parametrize("name", ["f02_yen_header_thousand_figures", "f07_many_warnings"])
def test_a_saved_pools_problems_read_back_in_japanese(tmp_path, name):
    """Through the case file: the English as imported, and each sentence (nested evidence
    and field labels too) translated as before saving."""
    from jcr_desk import i18n
    from jcr_desk.case import load_case, save_case
    from jcr_desk.case.demo import build_demo_case
    from jcr_desk.pool.problems import Problem
    from tests.unit.pool import finding_tapes

    tape = read_tape(finding_tapes.path(name))
    case = build_demo_case(loans=50)
    case.pools = [pool_from_tape(tape, "Tape with problems")]
    save_case(case, tmp_path / "case.jcrcase")
    [pool] = load_case(tmp_path / "case.jcrcase").pools
    read = [Problem.from_dict(p) for p in pool.report]
    assert [p.message for p in read] == [p.message for p in tape.problems]
    i18n.set_language("ja")
    try:
        assert [p.sentence.translated() for p in read] == [
            p.sentence.translated() for p in tape.problems
        ]
        assert all(p.sentence.translated() != p.message for p in read)
    finally:
        i18n.set_language("en")
