"""Issue 15's tapes: one small workbook per finding, laid out the way Japanese originators write
them, and the true pool each must read to.

The workbooks are committed in ``tests/data/tapes/`` (a few kilobytes each) so a reader of a
failing test can open the file in Excel; this module wrote them and still knows the truth:
``truth(name)`` regenerates the loans they were written from (same seed). Run it to rebuild:

    .venv/bin/python -m tests.unit.pool.finding_tapes
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from openpyxl import Workbook

from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import tape_layout

FOLDER = Path(__file__).resolve().parents[2] / "data" / "tapes"
CUT_OFF = date(2026, 9, 30)
NEWEST_ORIGINATION = date(2024, 12, 31)
"""Loans of the cut-off tapes start by this day: 21 months before the cut-off."""


@dataclass(frozen=True)
class Column:
    """One tape column: the pool field, its header cell(s), how its cells are written."""

    key: str
    header: str | tuple[str, ...]
    write: Callable[[pd.Series], list[Any]] = field(default=lambda s: _plain(s))
    number_format: str | None = None


@dataclass(frozen=True)
class Layout:
    columns: Sequence[Column]
    titles: Sequence[Sequence[Any]] = ()
    merges: Sequence[str] = ()
    totals: bool = True
    footnotes: Sequence[str] = ()


def _plain(series: pd.Series) -> list[Any]:
    if series.dtype.kind == "M":
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if isinstance(series.dtype, pd.CategoricalDtype):
        return [None if pd.isna(v) else str(v) for v in series]
    return [None if pd.isna(v) else (v.item() if hasattr(v, "item") else v) for v in series]


def _codes(key: str) -> Callable[[pd.Series], list[Any]]:
    table = tape_layout()["codes"].get(key, {})
    return lambda s: [None if pd.isna(v) else table.get(str(v), {}).get("ja", str(v)) for v in s]


def _thousands(series: pd.Series) -> list[Any]:
    return [round(float(v) / 1000) for v in series]


def _percent(decimals: int) -> Callable[[pd.Series], list[Any]]:
    return lambda s: [round(float(v) * 100, decimals) for v in s]


def _fraction(decimals: int) -> Callable[[pd.Series], list[Any]]:
    return lambda s: [round(float(v), decimals) for v in s]


ID = Column("loan_id", "債権番号")
BORROWER = Column("borrower_id", "債務者番号")
START = Column("origination_date", "実行日", number_format="yyyy/mm/dd")
END = Column("maturity_date", "最終期日", number_format="yyyy/mm/dd")
ORIGINAL = Column("original_balance", "当初貸出額（円）", number_format="#,##0")
CURRENT = Column("current_balance", "残高（円）", number_format="#,##0")
RATE = Column("interest_rate", "金利（%）", _percent(3), "0.000")
PREFECTURE = Column("prefecture", "都道府県")
PURPOSE = Column("loan_purpose", "資金使途", _codes("loan_purpose"))
BASIC = (ID, BORROWER, START, END, ORIGINAL, CURRENT, RATE, PREFECTURE, PURPOSE)


def _loans(
    count: int,
    seed: int,
    *,
    apartments: bool = False,
    before: date | None = None,
    thousands: bool = False,
) -> pd.DataFrame:
    loans = generate_loans(count * (3 if before else 1), seed)
    if thousands:  # amounts a thousand-yen tape can state exactly
        for key in ("original_balance", "current_balance", "property_value"):
            loans[key] = (np.round(loans[key] / 1000) * 1000).astype(np.int64)
    if before is not None:
        loans = loans[loans["origination_date"] <= pd.Timestamp(before)].head(count)
        loans = loans.reset_index(drop=True)
    if apartments:  # ¥100m-¥300m apartment loans, rounded to thousands
        scale = 100_000_000 + (np.arange(len(loans)) % 9) * 25_000_000
        factor = scale / loans["original_balance"].to_numpy(dtype=float)
        for key in ("original_balance", "current_balance", "property_value"):
            loans[key] = (np.round(loans[key] * factor / 1000) * 1000).astype(np.int64)
        loans["loan_purpose"] = pd.Categorical(
            ["apartment"] * len(loans), categories=loans["loan_purpose"].cat.categories
        )
    return loans


TAPES: dict[str, tuple[Callable[[], pd.DataFrame], Layout]] = {
    "f01_percent_format": (
        lambda: _loans(40, 101),
        Layout(
            (ID, BORROWER, START, END, ORIGINAL, CURRENT,
             Column("interest_rate", "金利（%）", _fraction(5), "0.000%"),
             Column("ltv", "LTV（%）", _fraction(4), "0.0%"),
             Column("dti", "返済比率（%）", _percent(2), "0.00"), PREFECTURE, PURPOSE),
            titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",), ()],
        ),
    ),
    "f02_thousand_yen_title": (
        lambda: _loans(40, 102, apartments=True),
        Layout(
            (ID, BORROWER, START, END,
             Column("original_balance", "当初貸出額", _thousands, "#,##0"),
             Column("current_balance", "貸出残高", _thousands, "#,##0"),
             RATE, Column("property_value", "物件価格", _thousands, "#,##0"),
             PREFECTURE, PURPOSE),
            titles=[
                ("アパートローン債権明細",),
                ("基準日：2026年9月30日", None, None, "単位：千円"),
            ],
        ),
    ),
    "f02_thousand_yen_bare": (
        lambda: _loans(40, 103, apartments=True),
        Layout(
            (ID, BORROWER, START, END,
             Column("original_balance", "当初貸出額", _thousands, "#,##0"),
             Column("current_balance", "貸出残高", _thousands, "#,##0"),
             RATE, PREFECTURE, PURPOSE),
            titles=[("アパートローン債権明細",), ("基準日：2026年9月30日",)],
        ),
    ),
    "f02_yen_header_thousand_figures": (
        lambda: _loans(40, 104, thousands=True),
        Layout(
            (ID, BORROWER, START, END,
             Column("original_balance", "当初貸出額（円）", _thousands, "#,##0"),
             Column("current_balance", "残高（円）", _thousands, "#,##0"),
             RATE, PREFECTURE, PURPOSE),
            titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)],
        ),
    ),
    "f03_cut_off_in_title": (
        lambda: _loans(40, 105, before=NEWEST_ORIGINATION),
        Layout(BASIC, titles=[("住宅ローン債権明細（2026年9月30日現在）",), ()]),
    ),
    "f03_cut_off_era": (
        lambda: _loans(40, 106, before=NEWEST_ORIGINATION),
        Layout(BASIC, titles=[("住宅ローン債権明細", None, "令和8年9月30日時点"),
                              ("株式会社サンプル銀行",)]),
    ),
    "f03_cut_off_english": (
        lambda: _loans(40, 107, before=NEWEST_ORIGINATION),
        Layout(BASIC, titles=[("Residential mortgage pool as of 30 September 2026",)]),
    ),
    "f03_no_cut_off": (
        lambda: _loans(40, 108, before=NEWEST_ORIGINATION),
        Layout(BASIC, titles=[("住宅ローン債権明細",), ("株式会社サンプル銀行",)]),
    ),
    "f04_merged_header": (
        lambda: _loans(40, 109),
        Layout(
            (Column("loan_id", ("債権番号", None)), Column("borrower_id", ("債務者番号", None)),
             Column("origination_date", ("実行日", None), number_format="yyyy/mm/dd"),
             Column("maturity_date", ("最終期日", None), number_format="yyyy/mm/dd"),
             Column("original_balance", ("金額（円）", "当初貸出額"), number_format="#,##0"),
             Column("current_balance", (None, "貸出残高"), number_format="#,##0"),
             Column("interest_rate", ("金利（%）", None), _percent(3), "0.000"),
             Column("prefecture", ("都道府県", None)),
             Column("loan_purpose", ("資金使途", None), _codes("loan_purpose"))),
            titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)],
            merges=["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4"],
        ),
    ),
    "f04_bilingual_header": (
        lambda: _loans(40, 110),
        Layout(
            (Column("loan_id", ("債権番号", "Loan No.")),
             Column("borrower_id", ("債務者番号", "Borrower No.")),
             Column("origination_date", ("実行日", "Origination Date"),
                    number_format="yyyy/mm/dd"),
             Column("maturity_date", ("最終期日", "Maturity Date"), number_format="yyyy/mm/dd"),
             Column("original_balance", ("当初貸出額（円）", "Original Balance (JPY)"),
                    number_format="#,##0"),
             Column("current_balance", ("残高（円）", "Current Balance (JPY)"),
                    number_format="#,##0"),
             Column("interest_rate", ("金利（%）", "Interest Rate (%)"), _percent(3), "0.000"),
             Column("prefecture", ("都道府県", "Prefecture")),
             Column("loan_purpose", ("資金使途", "Loan Purpose"), _codes("loan_purpose"))),
            titles=[("住宅ローン債権明細 / Residential mortgage loan tape",),
                    ("基準日：2026年9月30日",)],
        ),
    ),
    "f05_no_valid_rows": (
        lambda: _loans(201, 111),
        Layout((ID, BORROWER, START, ORIGINAL, CURRENT, RATE, PREFECTURE, PURPOSE),
               titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)]),
    ),
    "f07_many_warnings": (
        lambda: _warnings_loans(),
        Layout(BASIC, titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)]),
    ),
    "f08_missing_columns": (
        lambda: _loans(40, 113),
        Layout((ID, BORROWER, START, END, CURRENT, RATE),
               titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)]),
    ),
    "f09_footnotes": (
        lambda: _loans(40, 114),
        Layout(BASIC, titles=[("住宅ローン債権明細",), ("基準日：2026年9月30日",)],
               footnotes=["※1 残高は基準日現在の元本残高です。", "※2 金利は年率（%）です。"]),
    ),
}
"""Tape name → (its true loans, its layout)."""

WARNING_ERRORS = (12, 57, 133)
"""Loans of f07 with a negative balance (errors); every third borrower holds two loans."""


def _warnings_loans() -> pd.DataFrame:
    loans = _loans(180, 112)
    loans["borrower_id"] = [f"B{index // 2:05d}" if index % 3 else f"C{index:05d}"
                            for index in range(len(loans))]
    loans.loc[list(WARNING_ERRORS), "current_balance"] = -1_000
    return loans


def truth(name: str) -> pd.DataFrame:
    """The loans tape ``name`` was written from."""
    return TAPES[name][0]()


def path(name: str) -> Path:
    return FOLDER / f"{name}.xlsx"


def write(name: str, folder: Path = FOLDER) -> Path:
    """Write tape ``name`` into ``folder``: titles, header rows, loans, totals, footnotes."""
    make, layout = TAPES[name]
    loans = make()
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "債権明細"
    for row in layout.titles:
        sheet.append(list(row))
    depth = max(len(c.header) if isinstance(c.header, tuple) else 1 for c in layout.columns)
    for level in range(depth):
        sheet.append([_header(column.header, level) for column in layout.columns])
    first = sheet.max_row + 1
    values = [column.write(loans[column.key]) for column in layout.columns]
    for offset, row in enumerate(zip(*values, strict=True)):
        sheet.append(list(row))
        for index, column in enumerate(layout.columns):
            if column.number_format:
                sheet.cell(first + offset, index + 1).number_format = column.number_format
    if layout.totals:
        sheet.append(_totals(layout.columns, values, len(loans)))
    if layout.footnotes:
        sheet.append([])
        for note in layout.footnotes:
            sheet.append([note])
    for merged in layout.merges:
        sheet.merge_cells(merged)
    target = folder / f"{name}.xlsx"
    workbook.save(target)
    return target


def _header(header: str | tuple[str, ...], level: int) -> str | None:
    if isinstance(header, tuple):
        return header[level] if level < len(header) else None
    return header if level == 0 else None


def _totals(columns: Sequence[Column], values: list[list[Any]], count: int) -> list[Any]:
    row: list[Any] = ["合計", count]
    for column, cells in zip(columns[2:], values[2:], strict=True):
        money = column.key in ("original_balance", "current_balance", "property_value")
        row.append(sum(cells) if money else None)
    return row


def main() -> None:
    for name in TAPES:
        target = write(name)
        print(f"{target.name}: {target.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()

