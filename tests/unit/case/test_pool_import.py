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
