"""The committee workbook of the demo case with a 100,000-loan pool, and its Loans appendix
against the obvious ways of writing the same rows.

Figures, measured in this one run: the export without the appendix (median of three); the
export with it; a bare openpyxl write-only dump of the same rows (plain values, no styles);
``DataFrame.to_excel``; and openpyxl write-only cells carrying the appendix's styles, the
write-only alternative the appendix's streaming replaced.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from bench.timing import median_seconds
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.reports import export_workbook
from jcr_desk.reports import styles as workbook_styles

LOANS = 100_000
TARGET_RATIO = 1.2


def _plain_columns(loans: pd.DataFrame) -> list[list[object]]:
    """Each column as Python values, None where missing: what openpyxl can write."""
    return [
        [None if pd.isna(v) else v for v in loans[name].astype(object).tolist()]
        for name in loans.columns
    ]


def bare_dump(loans: pd.DataFrame, path: Path) -> None:
    """The same rows through openpyxl's write-only mode, values only."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Loans")
    sheet.append(list(loans.columns))
    for row in zip(*_plain_columns(loans), strict=True):
        sheet.append(row)
    book.save(path)


def styled_write_only(loans: pd.DataFrame, path: Path) -> None:
    """The same rows as styled write-only cells (text forced to text), one cell per value."""
    book = Workbook(write_only=True)
    workbook_styles.add_named_styles(book)
    sheet = book.create_sheet("Loans")
    sheet.append(list(loans.columns))
    kinds = [
        workbook_styles.DATE
        if pd.api.types.is_datetime64_any_dtype(loans[name])
        else workbook_styles.YEN
        if pd.api.types.is_numeric_dtype(loans[name])
        else workbook_styles.TEXT
        for name in loans.columns
    ]
    for row in zip(*_plain_columns(loans), strict=True):
        cells = []
        for value, style in zip(row, kinds, strict=True):
            cell = WriteOnlyCell(sheet, value)
            cell.style = style
            if style == workbook_styles.TEXT and value is not None:
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def once(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    case = build_demo_case(loans=LOANS)
    case.results = [run_scenario(case, s.id) for s in case.scenarios]
    loans = case.pools[0].loans
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        without = median_seconds(lambda: export_workbook(case, folder / "a.xlsx"))
        with_loans = median_seconds(
            lambda: export_workbook(case, folder / "b.xlsx", include_loans=True), repeat=2
        )
        bare = median_seconds(lambda: bare_dump(loans, folder / "bare.xlsx"), repeat=2)
        styled = once(lambda: styled_write_only(loans, folder / "styled.xlsx"))
        pandas = once(lambda: loans.to_excel(folder / "pandas.xlsx", index=False))
        size = (folder / "b.xlsx").stat().st_size / 1e6
    appendix = with_loans - without
    cells = LOANS * len(loans.columns)
    print(f"demo case, {LOANS:,} loans × {len(loans.columns)} columns ({cells:,} cells)")
    print(f"export without the appendix (median of 3)     {without:8.2f} s")
    print(f"export with the appendix (median of 2)        {with_loans:8.2f} s  ({size:.0f} MB)")
    print(f"  of which the appendix                       {appendix:8.2f} s")
    print(f"bare openpyxl write-only dump, same rows      {bare:8.2f} s")
    print(f"openpyxl write-only, styled cells             {styled:8.2f} s")
    print(f"DataFrame.to_excel (openpyxl)                 {pandas:8.2f} s")
    ratio = with_loans / bare
    verdict = "ok" if ratio <= TARGET_RATIO and with_loans <= pandas else "MISSED"
    print(
        f"whole export with appendix / bare dump        {ratio:8.2f}×  (target ≤ {TARGET_RATIO}×: "
        f"{verdict})"
    )
    print(f"appendix alone / bare dump                    {appendix / bare:8.2f}×")
    print(f"whole export with appendix / to_excel         {with_loans / pandas:8.2f}×")
