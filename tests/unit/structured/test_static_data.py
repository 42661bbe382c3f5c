"""Static-data import: layouts originators send, units, and a one-line reason for every bad file."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import numpy as np
import openpyxl
import pytest
import xlsxwriter

from jcr_desk import i18n
from jcr_desk.progress import Cancelled, CancelToken
from jcr_desk.structured.rmbs.static_data import StaticDataError, read_static_data
from jcr_desk.structured.rmbs.synthetic_static import write_synthetic_static

NAN = np.nan


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """A workbook with one sheet per entry, rows written from A1 (None = blank cell)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


TRIANGLE = [
    ["Cumulative default rate by vintage"],
    [],
    ["Vintage", "1M", "2M", "3M"],
    ["2015", 0.001, 0.002, 0.003],
    ["2016", 0.002, 0.003, None],
    ["2017", 0.004, None, None],
]


def read_error(path: Path, **kwargs: object) -> str:
    with pytest.raises(StaticDataError) as caught:
        read_static_data(path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_triangle_below_title_rows(tmp_path):
    path = workbook(tmp_path / "static.xlsx", {"Defaults": TRIANGLE})
    static = read_static_data(path)
    table = static.defaults
    assert table.sheet == "Defaults"
    assert table.header_row == 3
    assert table.vintages == ("2015", "2016", "2017")
    assert table.excel_rows.tolist() == [4, 5, 6]
    assert table.period_months == 1
    assert table.periods.tolist() == [1, 2, 3]
    assert table.unit == "fraction"
    assert table.original_balance is None
    np.testing.assert_array_equal(
        table.rates, [[0.001, 0.002, 0.003], [0.002, 0.003, NAN], [0.004, NAN, NAN]]
    )
    assert static.prepayments is None
    assert static.warnings == ()
    assert static.source["file"] == "static.xlsx"
    assert static.source["sheet"] == "Defaults"
    assert static.source["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert dt.datetime.fromisoformat(static.source["imported_at"]).tzinfo is not None


@pytest.mark.parametrize("language", ["en", "ja"])
def test_synthetic_workbook_reads_back(tmp_path, language):
    path = write_synthetic_static(
        tmp_path / "s.xlsx", lifetime_default=0.015, cpr=0.06, language=language, seed=3
    )
    static = read_static_data(path)
    table = static.defaults
    assert len(table.vintages) == 12
    assert table.periods.tolist() == list(range(1, 121))
    observed = (~np.isnan(table.rates)).sum(axis=1)
    assert observed[0] == 120
    assert observed[-1] < observed[0]
    assert np.all(np.diff(observed) <= 0)
    assert static.prepayments is not None
    assert static.prepayments.sheet == static.source["prepayment_sheet"]
    assert table.original_balance is not None
    if language == "ja":
        assert table.vintages[0].endswith("年度")
        assert table.sheet == "代位弁済率"


def test_synthetic_is_deterministic_for_a_seed(tmp_path):
    first = write_synthetic_static(tmp_path / "a.xlsx", lifetime_default=0.02, cpr=0.05, seed=9)
    again = write_synthetic_static(tmp_path / "b.xlsx", lifetime_default=0.02, cpr=0.05, seed=9)
    other = write_synthetic_static(tmp_path / "c.xlsx", lifetime_default=0.02, cpr=0.05, seed=10)
    rates = [read_static_data(path).defaults.rates for path in (first, again, other)]
    np.testing.assert_array_equal(rates[0], rates[1])
    assert not np.array_equal(rates[0], rates[2], equal_nan=True)


def test_japanese_headers_amounts_and_balance(tmp_path):
    rows = [
        ["実行年度別 累積代位弁済額（単位：円）"],
        ["実行年度", "実行金額", "1ヶ月", "2ヶ月", "3ヶ月"],
        ["2019年度", 1_000_000_000, 0, 1_000_000, 2_500_000],
        ["2020年度", 2_000_000_000, 1_000_000, 4_000_000, None],
    ]
    static = read_static_data(workbook(tmp_path / "ja.xlsx", {"代位弁済": rows}))
    table = static.defaults
    assert table.unit == "amount"
    assert table.vintages == ("2019年度", "2020年度")
    np.testing.assert_array_equal(table.original_balance, [1e9, 2e9])
    np.testing.assert_allclose(table.rates, [[0, 0.001, 0.0025], [0.0005, 0.002, NAN]])


def test_amounts_recognised_by_size(tmp_path):
    rows = [
        ["Vintage", "Original balance", "1", "2"],
        [2019, 500_000_000, 250_000, 500_000],
    ]
    table = read_static_data(workbook(tmp_path / "a.xlsx", {"Data": rows})).defaults
    assert table.unit == "amount"
    np.testing.assert_allclose(table.rates, [[0.0005, 0.001]])


def test_percent_text_and_bare_percent_numbers(tmp_path):
    rows = [
        ["Vintage", "1M", "2M"],
        ["2018", "0.5%", "1.2%"],
        ["2019", 0.4, 1.5],
    ]
    table = read_static_data(workbook(tmp_path / "p.xlsx", {"Defaults": rows})).defaults
    assert table.unit == "percent"
    np.testing.assert_allclose(table.rates, [[0.005, 0.012], [0.004, 0.015]])


def test_percent_named_in_title_reads_small_numbers_as_percent(tmp_path):
    rows = [["Cumulative default rate (%)"], ["Vintage", "1M", "2M"], ["2019", 0.1, 0.3]]
    table = read_static_data(workbook(tmp_path / "p.xlsx", {"Defaults": rows})).defaults
    np.testing.assert_allclose(table.rates, [[0.001, 0.003]])


@pytest.mark.parametrize(
    "headers",
    [["Q1", "Q2", "Q3", "Q4"], ["3M", "6M", "9M", "12M"], ["第1四半期", "第2四半期", "3Q", "4Q"]],
)
def test_quarterly_columns(tmp_path, headers):
    rows = [["Vintage", *headers], ["2015H1", 0.001, 0.002, 0.004, 0.005]]
    table = read_static_data(workbook(tmp_path / "q.xlsx", {"Defaults": rows})).defaults
    assert table.period_months == 3
    assert table.periods.tolist() == [3, 6, 9, 12]
    assert table.vintages == ("2015H1",)


def test_plain_month_numbers_and_date_vintages(tmp_path):
    rows = [
        ["Vintage", 1, 2, 3],
        [dt.datetime(2015, 4, 1), 0.001, 0.002, 0.003],
        [dt.datetime(2015, 5, 1), 0.001, 0.002, None],
    ]
    table = read_static_data(workbook(tmp_path / "d.xlsx", {"Defaults": rows})).defaults
    assert table.vintages == ("2015-04", "2015-05")
    assert table.periods.tolist() == [1, 2, 3]


def test_total_and_note_rows_are_not_vintages(tmp_path):
    rows = [*TRIANGLE, ["Average", 0.002, 0.0025, 0.003], [], ["Note: rates as of March"]]
    table = read_static_data(workbook(tmp_path / "t.xlsx", {"Defaults": rows})).defaults
    assert table.vintages == ("2015", "2016", "2017")


def test_vintage_without_rates_is_left_out_with_a_warning(tmp_path):
    rows = [*TRIANGLE, ["2018", None, None, None]]
    static = read_static_data(workbook(tmp_path / "w.xlsx", {"Defaults": rows}))
    assert static.defaults.vintages == ("2015", "2016", "2017")
    assert tuple(map(str, static.warnings)) == (
        "w.xlsx, sheet Defaults, row 7, column A (Vintage): vintage 2018 has no observed rate "
        "yet; left out",
    )


def test_falling_cumulative_rate_is_a_warning(tmp_path):
    rows = [["Vintage", "1M", "2M", "3M"], ["2015", 0.002, 0.0015, 0.003]]
    static = read_static_data(workbook(tmp_path / "f.xlsx", {"Defaults": rows}))
    assert tuple(map(str, static.warnings)) == (
        "f.xlsx, sheet Defaults, row 2, column C (2M): cumulative rate falls from 0.2000% "
        "to 0.1500%",
    )


def test_the_warnings_read_in_the_analysts_language(tmp_path):
    """Issue 21: the import dialog shows them in Japanese, cell by cell as in English."""
    rows = [["Vintage", "1M", "2M", "3M"], ["2015", 0.002, 0.0015, 0.003], ["2018"]]
    static = read_static_data(workbook(tmp_path / "f.xlsx", {"Defaults": rows}))
    i18n.set_language("ja")
    try:
        shown = [warning.translated() for warning in static.warnings]
    finally:
        i18n.set_language("en")
    assert shown == [
        "f.xlsx、シート Defaults、3 行目、A 列（Vintage）："
        "ビンテージ 2018 にはまだ実績がないため除きます",
        "f.xlsx、シート Defaults、2 行目、C 列（2M）："
        "累積率が 0.2000% から 0.1500% に低下しています",
    ]


def test_sheets_by_name_and_by_argument(tmp_path):
    prepay = [["Vintage", "1M", "2M"], ["2015", 0.01, 0.02]]
    sheets = {"Notes": [["Read me"]], "Defaults": TRIANGLE, "期限前返済": prepay}
    static = read_static_data(workbook(tmp_path / "s.xlsx", sheets))
    assert static.defaults.sheet == "Defaults"
    assert static.prepayments is not None
    assert static.prepayments.sheet == "期限前返済"
    sheets = {"A": prepay, "B": TRIANGLE}
    static = read_static_data(workbook(tmp_path / "t.xlsx", sheets), "B", prepayment_sheet="A")
    assert (static.defaults.sheet, static.prepayments.sheet) == ("B", "A")
    assert static.source["prepayment_sheet"] == "A"


def test_unnamed_sheets_take_the_first_with_a_period_header(tmp_path):
    sheets = {"Notes": [["Read me"]], "Data": TRIANGLE}
    static = read_static_data(workbook(tmp_path / "s.xlsx", sheets))
    assert static.defaults.sheet == "Data"
    assert static.prepayments is None


def test_csv_in_cp932_with_japanese_headers(tmp_path):
    text = "累積代位弁済率\n実行年度,1ヶ月,2ヶ月\n2019年度,0.10%,0.20%\n2020年度,0.30%,\n"
    path = tmp_path / "static.csv"
    path.write_bytes(text.encode("cp932"))
    table = read_static_data(path).defaults
    assert table.vintages == ("2019年度", "2020年度")
    np.testing.assert_allclose(table.rates, [[0.001, 0.002], [0.003, NAN]])


def test_progress_and_cancel(tmp_path):
    path = workbook(tmp_path / "s.xlsx", {"Defaults": TRIANGLE})
    seen: list[float] = []
    read_static_data(path, progress=lambda fraction, _message: seen.append(fraction))
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_static_data(path, cancel=token)


# --- every bad input, one line naming file, sheet, row and column -------------------------


def test_text_in_a_rate_cell(tmp_path):
    rows = [*TRIANGLE[:4], ["2016", 0.002, "n/a", None]]
    message = read_error(workbook(tmp_path / "bad.xlsx", {"Defaults": rows}))
    assert message == "bad.xlsx, sheet Defaults, row 5, column C (2M): 'n/a' is not a number"


def test_no_vintage_rows(tmp_path):
    rows = [["Vintage", "1M", "2M"], ["Total", 0.1, 0.2]]
    message = read_error(workbook(tmp_path / "empty.xlsx", {"Defaults": rows}))
    assert message == (
        "empty.xlsx, sheet Defaults: no vintage rows below the header in row 1 "
        "(expected labels such as 2015 or 2015-04 in column A)"
    )


def test_amounts_without_original_balance(tmp_path):
    rows = [["Vintage", "1M", "2M"], ["2015", 150_000, 300_000]]
    message = read_error(workbook(tmp_path / "amounts.xlsx", {"Defaults": rows}))
    assert message.startswith(
        "amounts.xlsx, sheet Defaults: the cells hold amounts (up to 300,000)"
    )
    assert "no original-balance column" in message


def test_amounts_with_a_blank_original_balance(tmp_path):
    rows = [["Vintage", "当初残高", "1M", "2M"], ["2015", 1e9, 1e5, 2e5], ["2016", None, 1e5, None]]
    message = read_error(workbook(tmp_path / "bal.xlsx", {"Defaults": rows}))
    assert message == (
        "bal.xlsx, sheet Defaults, row 3, column B (当初残高): original balance is blank; "
        "amounts need it"
    )


def test_rate_above_100_percent(tmp_path):
    rows = [["Vintage", "1M", "2M"], ["2015", "50%", "120%"]]
    message = read_error(workbook(tmp_path / "high.xlsx", {"Defaults": rows}))
    assert message == "high.xlsx, sheet Defaults, row 2, column C (2M): 120.00% is outside 0–100 %"


def test_negative_rate(tmp_path):
    rows = [["Vintage", "1M", "2M"], ["2015", -0.001, 0.002]]
    message = read_error(workbook(tmp_path / "neg.xlsx", {"Defaults": rows}))
    assert message.startswith("neg.xlsx, sheet Defaults, row 2, column B (1M): -0.10% is outside")


def test_blank_before_an_observed_period(tmp_path):
    rows = [["Vintage", "1M", "2M", "3M"], ["2015", 0.001, None, 0.003]]
    message = read_error(workbook(tmp_path / "gap.xlsx", {"Defaults": rows}))
    assert message.startswith("gap.xlsx, sheet Defaults, row 2, column C (2M): blank cell before")


def test_period_headers_that_skip(tmp_path):
    rows = [["Vintage", "1M", "2M", "4M"], ["2015", 0.001, 0.002, 0.003]]
    message = read_error(workbook(tmp_path / "skip.xlsx", {"Defaults": rows}))
    assert message == (
        "skip.xlsx, sheet Defaults, row 1, column D (4M): period headers jump from 2 to 4 "
        "months (expected 3)"
    )


def test_no_period_header(tmp_path):
    rows = [["Vintage", "Rate"], ["2015", 0.001]]
    message = read_error(workbook(tmp_path / "nohead.xlsx", {"Defaults": rows}))
    assert message.startswith("nohead.xlsx, sheet Defaults: no header of months since origination")


def test_unknown_sheet(tmp_path):
    path = workbook(tmp_path / "s.xlsx", {"Defaults": TRIANGLE})
    assert read_error(path, sheet="Loss") == (
        "s.xlsx: there is no sheet named 'Loss' (sheets: Defaults)"
    )


def test_only_prepayment_sheets(tmp_path):
    path = workbook(tmp_path / "s.xlsx", {"Prepayment": TRIANGLE})
    assert read_error(path) == "s.xlsx: no sheet of default rates (only prepayment sheets)"


def test_empty_sheet(tmp_path):
    path = workbook(tmp_path / "s.xlsx", {"Defaults": [], "Other": [["x"]]})
    assert read_error(path) == "s.xlsx, sheet Defaults: the sheet is empty"


def test_renamed_text_file_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "static.xlsx"
    path.write_text("Dear analyst,\nthe static data follows.\n", encoding="utf-8")
    assert read_error(path).startswith("static.xlsx: not a spreadsheet: the file is plain text")


def test_text_file_named_txt_has_no_period_header(tmp_path):
    path = tmp_path / "static.txt"
    path.write_text("Dear analyst,\nthe static data follows.\n", encoding="utf-8")
    assert read_error(path).startswith("static.txt, sheet static: no header of months")


def test_dashes_and_spaces_mean_not_yet_observed(tmp_path):
    rows = [["Vintage", "1M", "2M", "3M"], ["2015", 0.001, 0.002, "-"], ["2016", 0.003, " ", "—"]]
    table = read_static_data(workbook(tmp_path / "d.xlsx", {"Defaults": rows})).defaults
    np.testing.assert_array_equal(table.rates, [[0.001, 0.002, NAN], [0.003, NAN, NAN]])


def test_workbook_from_a_second_writer(tmp_path):
    path = tmp_path / "xw.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet("Defaults")
    for row, values in enumerate(TRIANGLE):
        for column, value in enumerate(values):
            if value is not None:
                sheet.write(row, column, value)
    book.close()
    table = read_static_data(path).defaults
    assert table.vintages == ("2015", "2016", "2017")
    assert np.nansum(table.rates) == pytest.approx(0.015)
