"""One pool, written every way originators write it, reads back to the same pool.

Amounts in yen or in thousand yen (each column with its header word); rates as fractions, as
percent numbers, as "1.25%" text or as fractions in a percent number format; dates as Excel
serials, as text, as era text or as real dates. Whatever the mix, the import reads the same
loans, with no error and no unit left to ask.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape

MONEY = ("original_balance", "current_balance")
MONEY_WAYS = ("yen", "thousand_yen")
RATE_WAYS = ("fraction", "percent", "percent_text", "percent_format")
DATE_WAYS = ("serial", "text", "era", "datetime")
LABELS = {
    "loan_id": "債権番号",
    "origination_date": "実行日",
    "maturity_date": "最終期日",
    "original_balance": "当初貸出額",
    "current_balance": "残高",
    "interest_rate": "金利",
}
_EXCEL_EPOCH = date(1899, 12, 30)
_ERAS = (
    (date(2019, 5, 1), "令和", 2018),
    (date(1989, 1, 8), "平成", 1988),
    (date(1926, 12, 25), "昭和", 1925),
)


def era_text(day: date) -> str:
    _start, name, offset = next(era for era in _ERAS if day >= era[0])
    return f"{name}{day.year - offset}年{day.month}月{day.day}日"


def _date_cell(day: pd.Timestamp, way: str) -> object:
    plain = day.date()
    if way == "serial":
        return (plain - _EXCEL_EPOCH).days
    if way == "text":
        return f"{plain.year}/{plain.month}/{plain.day}"
    if way == "era":
        return era_text(plain)
    return day.to_pydatetime()


def write(loans: pd.DataFrame, ways: dict[str, str], path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["住宅ローン債権明細"])
    sheet.append(["基準日：2026年9月30日"])
    headers = []
    for key, label in LABELS.items():
        way = ways.get(key)
        if way == "yen":
            label += "（円）"
        elif way == "thousand_yen":
            label += "（千円）"
        elif way in ("percent", "percent_format"):
            label += "（%）"
        headers.append(label)
    sheet.append(headers)
    for _, loan in loans.iterrows():
        row = []
        for key in LABELS:
            value, way = loan[key], ways.get(key)
            if key in MONEY:
                row.append(int(value) // (1000 if way == "thousand_yen" else 1))
            elif key == "interest_rate":
                row.append({
                    "fraction": float(value),
                    "percent": round(float(value) * 100, 6),
                    "percent_text": f"{float(value) * 100:.3f}%",
                    "percent_format": float(value),
                }[way])
            elif key.endswith("_date"):
                row.append(_date_cell(value, way))
            else:
                row.append(value)
        sheet.append(row)
        if ways["interest_rate"] == "percent_format":
            sheet.cell(sheet.max_row, 6).number_format = "0.000%"
        for column, key in enumerate(LABELS, start=1):
            if key.endswith("_date") and ways[key] == "datetime":
                sheet.cell(sheet.max_row, column).number_format = "yyyy/mm/dd"
    workbook.save(path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(min_value=0, max_value=10_000),
    money=st.tuples(*[st.sampled_from(MONEY_WAYS)] * 2),
    rate=st.sampled_from(RATE_WAYS),
    dates=st.tuples(*[st.sampled_from(DATE_WAYS)] * 2),
)
def test_every_way_of_writing_a_pool_reads_the_same_pool(tmp_path, seed, money, rate, dates):
    loans = generate_loans(12, seed)
    for key in MONEY:  # amounts a thousand-yen tape states exactly
        loans[key] = (loans[key] // 1000) * 1000
    ways = dict(zip(MONEY, money, strict=True)) | {"interest_rate": rate}
    ways |= dict(zip(("origination_date", "maturity_date"), dates, strict=True))
    path = tmp_path / f"pool_{seed}_{'_'.join(ways.values())}.xlsx"
    write(loans, ways, path)

    tape = read_tape(path)

    assert not [p.message for p in tape.problems if p.severity == "error"]
    assert tape.loans["loan_id"].tolist() == loans["loan_id"].tolist()
    for key in MONEY:
        np.testing.assert_array_equal(tape.loans[key], loans[key].to_numpy(dtype=float))
    np.testing.assert_allclose(tape.loans["interest_rate"], loans["interest_rate"], atol=5e-7)
    for key in ("origination_date", "maturity_date"):
        assert tape.loans[key].tolist() == loans[key].tolist()
