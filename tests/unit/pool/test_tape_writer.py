"""Originator-style tapes: title rows, header row 4, percent numbers, code texts, totals row."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pandas as pd
import pytest

from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx

N = 40


@pytest.fixture(scope="module")
def loans() -> pd.DataFrame:
    return generate_loans(N, seed=21)


@pytest.fixture(scope="module", params=["en", "ja"])
def tape(request, loans, tmp_path_factory) -> tuple[str, object]:
    path = tmp_path_factory.mktemp("tape") / f"tape_{request.param}.xlsx"
    return request.param, write_tape_xlsx(loans, path, request.param, title="Sakura Bank tape")


def _sheet(path):
    return openpyxl.load_workbook(path).worksheets[0]


def test_title_rows_blank_row_and_header(tape):
    language, path = tape
    sheet = _sheet(path)
    assert sheet["A1"].value == "Sakura Bank tape"
    expected = {"en": "Cut-off date: 2026-09-30", "ja": "基準日：2026年9月30日"}[language]
    assert sheet["A2"].value == expected
    assert all(cell.value is None for cell in sheet[3])
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    assert headers == list(tape_headers(language).values())


def test_known_headers_in_both_languages():
    english, japanese = tape_headers("en"), tape_headers("ja")
    assert english["loan_id"] == "Loan No." and japanese["loan_id"] == "債権番号"
    assert english["current_balance"] == "Current Balance (JPY)"
    assert japanese["current_balance"] == "残高（円）"
    assert japanese["interest_rate"] == "金利（%）"
    assert japanese["prefecture"] == "都道府県"


def test_loan_values_as_an_originator_writes_them(tape, loans):
    language, path = tape
    sheet = _sheet(path)
    headers = tape_headers(language)
    column = {key: index for index, key in enumerate(headers)}
    first = loans.iloc[0]
    row = list(sheet[HEADER_ROW + 1])
    assert row[column["loan_id"]].value == first["loan_id"]
    origination = row[column["origination_date"]]
    assert origination.is_date
    assert origination.value.date() == first["origination_date"].date()
    assert row[column["current_balance"]].value == first["current_balance"]
    assert row[column["interest_rate"]].value == pytest.approx(first["interest_rate"] * 100)
    prefecture = row[column["prefecture"]].value
    assert (prefecture == first["prefecture"]) == (language == "ja")
    variable = int(loans.index[loans["rate_type"] == "variable"][0])
    rate_type = sheet.cell(HEADER_ROW + 1 + variable, column["rate_type"] + 1).value
    assert rate_type == {"en": "Variable", "ja": "変動"}[language]


def test_totals_row_counts_and_sums(tape, loans):
    language, path = tape
    sheet = _sheet(path)
    totals = [cell.value for cell in sheet[HEADER_ROW + N + 1]]
    keys = list(tape_headers(language))
    assert totals[0] == {"en": "Total", "ja": "合計"}[language]
    assert totals[1] == N
    assert totals[keys.index("original_balance")] == loans["original_balance"].sum()
    assert totals[keys.index("current_balance")] == loans["current_balance"].sum()
    assert sheet.max_row == HEADER_ROW + N + 1


def test_calamine_reads_the_tape(tape, loans):
    language, path = tape
    frame = pd.read_excel(path, engine="calamine", header=HEADER_ROW - 1)
    headers = tape_headers(language)
    assert list(frame.columns) == list(headers.values())
    body, totals = frame.iloc[:N], frame.iloc[N]
    assert body[headers["loan_id"]].tolist() == loans["loan_id"].tolist()
    assert body[headers["current_balance"]].tolist() == loans["current_balance"].tolist()
    assert pd.to_datetime(body[headers["maturity_date"]]).dt.date.tolist() == (
        loans["maturity_date"].dt.date.tolist()
    )
    assert body[headers["ltv"]].round(2).tolist() == (loans["ltv"] * 100).round(2).tolist()
    assert totals[headers["loan_id"]] == {"en": "Total", "ja": "合計"}[language]
    assert totals[headers["current_balance"]] == loans["current_balance"].sum()


def test_missing_values_leave_empty_cells(tape, loans):
    language, path = tape
    sheet = _sheet(path)
    keys = list(tape_headers(language))
    no_dscr = loans.index[loans["dscr"].isna()][0]
    row = sheet[HEADER_ROW + 1 + no_dscr]
    assert row[keys.index("dscr")].value is None
    assert row[keys.index("rent_guarantee_end")].value is None


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    frame = pd.DataFrame(
        {"loan_id": ["=1+1", "L2"], "current_balance": [100, 200], "guarantor": ["=A1", ""]}
    )
    path = write_tape_xlsx(frame, tmp_path / "t.xlsx", as_of=dt.date(2026, 3, 31))
    sheet = _sheet(path)
    cell = sheet.cell(HEADER_ROW + 1, 1)
    assert cell.data_type == "s" and cell.value == "=1+1"
    assert [c.value for c in sheet[HEADER_ROW]] == [
        "Loan No.",
        "Current Balance (JPY)",
        "Guarantor",
    ]
    assert sheet.cell(HEADER_ROW + 2, 3).value is None


def test_without_cut_off_date_the_second_row_is_empty(tmp_path):
    frame = pd.DataFrame({"loan_id": ["L1"], "current_balance": [5]})
    sheet = _sheet(write_tape_xlsx(frame, tmp_path / "t.xlsx"))
    assert sheet["A1"].value == "Residential mortgage loan tape"
    assert sheet["A2"].value is None
    assert sheet.cell(HEADER_ROW, 1).value == "Loan No."


def test_unknown_language_is_refused(tmp_path, loans):
    with pytest.raises(ValueError, match="language"):
        write_tape_xlsx(loans, tmp_path / "t.xlsx", language="fr")


def test_a_frame_without_tape_columns_is_refused(tmp_path):
    with pytest.raises(ValueError, match="none of the tape's columns"):
        write_tape_xlsx(pd.DataFrame({"x": [1]}), tmp_path / "t.xlsx")
