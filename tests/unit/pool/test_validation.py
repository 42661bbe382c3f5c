"""Validation: each rule on a hand-made pool, with the exact problem the analyst reads."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.pool.mapping import ColumnMapping
from jcr_desk.pool.problems import Problem, TapeError, column_letter
from jcr_desk.pool.validation import check_totals, error_rows, validate

SHEET = "債権明細"
FIRST_ROW = 5
HEADERS = {
    "loan_id": "債権番号",
    "borrower_id": "債務者番号",
    "origination_date": "実行日",
    "maturity_date": "最終期日",
    "original_balance": "当初貸出金額",
    "current_balance": "貸出残高",
    "interest_rate": "適用金利",
    "rate_type": "金利種類",
    "ltv": "LTV",
    "dti": "返済負担率",
    "borrower_age": "年齢",
}


def _loans() -> pd.DataFrame:
    """Three clean loans of three borrowers."""
    return pd.DataFrame(
        {
            "loan_id": pd.Series(["L1", "L2", "L3"], dtype="str"),
            "borrower_id": pd.Series(["B1", "B2", "B3"], dtype="str"),
            "origination_date": pd.to_datetime(["2020-04-01", "2021-05-10", "2019-01-31"]),
            "maturity_date": pd.to_datetime(["2055-04-01", "2051-05-10", "2049-01-31"]),
            "original_balance": [30_000_000.0, 25_000_000.0, 40_000_000.0],
            "current_balance": [27_000_000.0, 24_000_000.0, 33_000_000.0],
            "interest_rate": [0.0075, 0.0125, 0.0050],
            "rate_type": pd.Categorical(
                ["variable", "fixed", "variable"],
                categories=["variable", "fixed_period_selective", "fixed"],
            ),
            "ltv": [0.80, 0.95, 0.70],
            "dti": [0.20, 0.25, 0.30],
            "borrower_age": [40.0, 35.0, 52.0],
        }
    )


def _mapping(loans: pd.DataFrame) -> ColumnMapping:
    return ColumnMapping(
        columns={field: index for index, field in enumerate(loans.columns)},
        headers=[HEADERS[field] for field in loans.columns],
        units={},
        unmapped=[],
    )


def _rows(loans: pd.DataFrame) -> np.ndarray:
    return np.arange(FIRST_ROW, FIRST_ROW + len(loans))


def _validate(loans: pd.DataFrame, bad: dict[str, np.ndarray] | None = None, **kw) -> list:
    return validate(loans, _rows(loans), _mapping(loans), SHEET, bad or {}, **kw)


def _letter(loans: pd.DataFrame, field: str) -> str:
    return column_letter(list(loans.columns).index(field))


def test_a_clean_pool_has_no_problems():
    assert _validate(_loans()) == []


@pytest.mark.parametrize(
    ("field", "value", "rule", "severity", "text"),
    [
        ("current_balance", 0.0, "balance_not_positive", "error", "0"),
        ("current_balance", -5_000.0, "balance_not_positive", "error", "-5000"),
        ("current_balance", 26_000_000.0, "current_above_original", "warning", "26000000"),
        ("interest_rate", 0.25, "out_of_range", "error", "0.25"),
        ("interest_rate", -0.001, "out_of_range", "error", "-0.001"),
        ("ltv", 2.5, "out_of_range", "error", "2.5"),
        ("ltv", -0.1, "out_of_range", "error", "-0.1"),
        ("dti", 0.65, "outlier", "warning", "0.65"),
        ("borrower_age", 90.0, "outlier", "warning", "90"),
        (
            "maturity_date",
            pd.Timestamp("2020-01-01"),
            "maturity_before_origination",
            "error",
            "2020-01-01",
        ),
    ],
)
def test_each_rule_reports_the_cell(field, value, rule, severity, text):
    loans = _loans()
    loans.loc[1, field] = value
    [problem] = _validate(loans)
    assert problem == Problem(
        sheet=SHEET,
        row=FIRST_ROW + 1,
        column=_letter(loans, field),
        header=HEADERS[field],
        field=field,
        value=text,
        rule=rule,
        severity=severity,
        message=problem.message,
    )
    assert HEADERS[field] in problem.message


def test_zero_original_balance_is_an_error_and_the_current_balance_above_it_a_warning():
    loans = _loans()
    loans.loc[0, "original_balance"] = 0.0
    problems = _validate(loans)
    assert [(p.column, p.rule, p.severity) for p in problems] == [
        ("E", "balance_not_positive", "error"),
        ("F", "current_above_original", "warning"),
    ]
    assert "above the original balance 0" in problems[1].message


def test_rate_and_ltv_limits_are_inclusive():
    loans = _loans()
    loans.loc[0, "interest_rate"] = 0.20
    loans.loc[1, "ltv"] = 2.0
    loans.loc[2, "interest_rate"] = 0.0
    assert _validate(loans) == []


def test_a_cell_in_error_is_not_also_an_outlier():
    loans = _loans()
    loans.loc[0, "current_balance"] = -1.0
    assert [p.rule for p in _validate(loans)] == ["balance_not_positive"]


def test_duplicate_loan_ids_flag_every_copy_naming_the_first_row():
    loans = _loans()
    loans.loc[2, "loan_id"] = "L1"
    problems = _validate(loans)
    assert [(p.row, p.rule, p.severity, p.value, p.column) for p in problems] == [
        (5, "duplicate_loan_id", "error", "L1", "A"),
        (7, "duplicate_loan_id", "error", "L1", "A"),
    ]
    assert "appears 2 times (first on row 5)" in problems[1].message
    assert error_rows(problems) == {5, 7}


def test_a_borrower_with_several_loans_is_a_warning():
    loans = _loans()
    loans.loc[[0, 2], "borrower_id"] = "B9"
    problems = _validate(loans)
    assert [(p.row, p.rule, p.severity, p.value, p.column) for p in problems] == [
        (5, "borrower_several_loans", "warning", "B9", "B"),
        (7, "borrower_several_loans", "warning", "B9", "B"),
    ]
    assert error_rows(problems) == set()


def test_required_value_missing():
    loans = _loans()
    loans.loc[0, "current_balance"] = np.nan
    [problem] = _validate(loans)
    assert (problem.row, problem.column, problem.rule, problem.severity) == (
        5,
        "F",
        "required_missing",
        "error",
    )


def test_required_column_missing_is_one_file_level_error():
    loans = _loans().drop(columns=["interest_rate"])
    [problem] = _validate(loans)
    assert (problem.row, problem.column, problem.field, problem.rule) == (
        None,
        None,
        "interest_rate",
        "required_column_missing",
    )
    assert error_rows([problem]) == set()


def test_unreadable_cells_quote_the_raw_cell():
    loans = _loans()
    loans["interest_rate"] = loans["interest_rate"].astype(float)
    loans.loc[2, "interest_rate"] = np.nan
    loans.loc[1, "dti"] = np.nan
    cells = pd.DataFrame(loans.astype(object))
    cells.iloc[2, list(loans.columns).index("interest_rate")] = "#N/A"
    cells.iloc[1, list(loans.columns).index("dti")] = "abc"
    bad = {
        "interest_rate": np.array([False, False, True]),
        "dti": np.array([False, True, False]),
    }
    problems = _validate(loans, bad, cells=cells)
    assert [(p.row, p.column, p.value, p.rule, p.severity) for p in problems] == [
        (6, "J", "abc", "unreadable", "warning"),  # optional field: kept, value dropped
        (7, "G", "#N/A", "unreadable", "error"),  # required field: row excluded
    ]


def test_unknown_category_is_an_error():
    loans = _loans()
    loans.loc[0, "rate_type"] = np.nan
    cells = pd.DataFrame(loans.astype(object))
    cells.iloc[0, 7] = "変動?"
    problems = _validate(loans, {"rate_type": np.array([True, False, False])}, cells=cells)
    [problem] = problems
    assert (problem.row, problem.column, problem.value, problem.rule, problem.severity) == (
        5,
        "H",
        "変動?",
        "unknown_category",
        "error",
    )


def test_problems_are_sorted_by_row_then_column():
    loans = _loans()
    loans.loc[2, "ltv"] = 3.0
    loans.loc[2, "current_balance"] = 0.0
    loans.loc[0, "dti"] = 0.9
    problems = _validate(loans)
    assert [(p.row, p.column) for p in problems] == [(5, "J"), (7, "F"), (7, "I")]


def test_totals_row_mismatch_is_a_warning_naming_the_column():
    loans = _loans()
    problems = check_totals(
        loans,
        {"current_balance": 84_000_001.5, "original_balance": 95_000_000, "loan_id": 4},
        SHEET,
        9,
        mapping=_mapping(loans),
    )
    assert [(p.row, p.column, p.field, p.value, p.rule, p.severity) for p in problems] == [
        (9, "F", "current_balance", "84000001.5", "totals_mismatch", "warning"),
        (9, "A", "loan_id", "4", "totals_mismatch", "warning"),
    ]
    assert "84,000,000" in problems[0].message


def test_matching_totals_give_no_problem():
    loans = _loans()
    totals = {"current_balance": 84_000_000.0, "original_balance": 95_000_000.0, "loan_id": 3}
    assert check_totals(loans, totals, SHEET, 9) == []


def test_problem_round_trips_through_a_dict():
    problem = Problem(SHEET, 12, "AB", "残高", "current_balance", "-1", "r", "error", "m")
    assert Problem.from_dict(problem.to_dict()) == problem
    assert Problem.from_dict({**problem.to_dict(), "row": None, "extra": 1}).row is None


def test_problem_refuses_an_unknown_severity():
    with pytest.raises(ValueError, match="severity"):
        Problem(SHEET, 1, "A", None, None, "", "r", "fatal", "m")


def test_tape_error_is_an_exception_with_one_line():
    assert str(TapeError("loans.xlsx: not a spreadsheet")) == "loans.xlsx: not a spreadsheet"


@pytest.mark.parametrize(
    ("index", "letters"),
    [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
        (16383, "XFD"),
    ],
)
def test_column_letters(index, letters):
    assert column_letter(index) == letters


_junk = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**12), max_value=10**12).map(float),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_junk, _junk, _junk, _junk), min_size=3, max_size=3))
def test_junk_values_are_reported_never_raised(values):
    loans = _loans()
    for row, (current, rate, ltv, age) in enumerate(values):
        loans.loc[row, ["current_balance", "interest_rate", "ltv", "borrower_age"]] = [
            current,
            rate,
            ltv,
            age,
        ]
    problems = _validate(loans)
    assert all(p.row in {5, 6, 7} and p.severity in {"error", "warning"} for p in problems)


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("original_balance", 600_000_000.0, "is outside the usual range ¥1,000,000 – ¥500,000,000"),
        ("interest_rate", 0.35, "is outside the valid range 0 % – 20 %"),
        ("dti", 0.65, "is outside the usual range 0 % – 50 %"),
        ("borrower_age", 90.0, "is outside the usual range 18 – 85"),
    ],
)
def test_ranges_read_as_yen_with_separators_and_rates_in_percent(field, value, shown):
    loans = _loans()
    loans.loc[1, field] = value
    messages = [p.message for p in _validate(loans) if p.field == field]
    assert any(shown in message for message in messages), messages
