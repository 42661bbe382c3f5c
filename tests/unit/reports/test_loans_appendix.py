"""The streamed Loans appendix holds every loan as the case has it."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from jcr_desk.case import Case
from jcr_desk.reports import export_workbook


def test_every_loan_reads_back_with_its_values(demo: Case, tmp_path: Path) -> None:
    report = export_workbook(demo, tmp_path / "committee.xlsx", include_loans=True)
    loans = demo.pools[0].loans
    book = load_workbook(report.path, read_only=True)
    sheet = book["Loans"]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert report.loans == len(loans) == len(rows) - 1
    assert rows[0][:3] == ("Loan ID", "Borrower ID", "Origination date")
    header = list(rows[0])
    for number in (0, 1, len(loans) // 2, len(loans) - 1):
        row = rows[number + 1]
        loan = loans.iloc[number]
        assert row[0] == loan["loan_id"]
        assert row[header.index("Current balance")] == loan["current_balance"]
        assert math.isclose(
            row[header.index("Interest rate")], loan["interest_rate"], rel_tol=1e-15
        )
        assert row[header.index("Origination date")] == pd.Timestamp(loan["origination_date"])
        assert row[header.index("First lien")] is bool(loan["first_lien"])
        if pd.isna(loan["dscr"]):
            assert row[header.index("DSCR")] is None


def test_the_appendix_sheet_is_filtered_frozen_and_formatted(demo: Case, tmp_path: Path) -> None:
    report = export_workbook(demo, tmp_path / "committee.xlsx", include_loans=True)
    sheet = load_workbook(report.path)["Loans"]
    last = len(demo.pools[0].loans) + 1
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref.endswith(str(last))
    assert sheet.cell(last, 6).number_format == "#,##0"  # current balance, the last loan
    assert sheet.cell(last, 3).number_format == "yyyy-mm-dd"
    assert sheet.max_row == last
