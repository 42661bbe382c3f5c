"""A monthly history is refused at its first problem, naming file, sheet, row and column."""

from __future__ import annotations

import numpy as np
import pytest

from jcr_desk.structured.abcp.history import HistoryError, MonthlyHistory
from jcr_desk.structured.abcp.history_file import read_history
from tests.sheets import write_rows
from tests.unit.structured.abcp.histories import month_rows, write_history

LOSSES = [5_000.0] * 12


def _refused(path, *fragments):
    with pytest.raises(HistoryError) as caught:
        read_history(path)
    for fragment in fragments:
        assert fragment in str(caught.value), f"{fragment!r} not in {caught.value}"
    return caught.value


def test_a_clean_history_gives_monthly_rates_from_its_amounts(tmp_path):
    rows = month_rows(LOSSES, [2_000.0] * 12)
    history = read_history(write_history(tmp_path, rows))
    assert isinstance(history, MonthlyHistory)
    rates = history.rates()
    assert rates.months.size == 12
    assert np.allclose(rates.credit_loss, 0.005)  # 5,000 / 1,000,000
    assert np.allclose(rates.cancellation, 0.002)
    assert np.allclose(rates.collection, 0.95)
    assert history.source["columns"]["credit_losses"] == ["D", "貸倒額（円）"]
    assert history.source["sheet"] == "History"


def test_a_month_missing_is_refused_naming_the_month_cell_after_the_gap(tmp_path):
    rows = month_rows(LOSSES)
    del rows[4]  # 2024-05
    _refused(
        write_history(tmp_path, rows),
        "history.xlsx, sheet History, row 7, column A (年月)",
        "2024-05 is missing between 2024-04 and 2024-06",
    )


def test_months_out_of_order_are_refused(tmp_path):
    rows = month_rows(LOSSES)
    rows[2], rows[3] = rows[3], rows[2]
    _refused(
        write_history(tmp_path, rows),
        "row 6, column A (年月)",
        "2024-03 comes after 2024-04",
    )


def test_a_negative_loss_is_refused_naming_its_cell(tmp_path):
    rows = month_rows(LOSSES)
    rows[5][3] = -1_200
    _refused(
        write_history(tmp_path, rows),
        "history.xlsx, sheet History, row 8, column D (貸倒額（円）)",
        "outside the valid range",
    )


def test_a_negative_rate_is_refused_naming_its_cell(tmp_path):
    header = ["年月", "貸倒率(%)", "取消率(%)", "回収率(%)"]
    rows = [[f"2024-{m:02d}", 0.5, 0.2, 95.0] for m in range(1, 13)]
    rows[9][1] = -0.1
    _refused(
        write_history(tmp_path, rows, header),
        "row 12, column B (貸倒率(%))",
        "outside the valid range",
    )


def test_text_in_a_figure_is_refused_naming_its_cell(tmp_path):
    rows = month_rows(LOSSES)
    rows[7][4] = "集計中"
    _refused(
        write_history(tmp_path, rows),
        "row 10, column E (取消額（円）)",
        "cannot read '集計中'",
    )


def test_a_blank_figure_is_refused(tmp_path):
    rows = month_rows(LOSSES)
    rows[3][2] = None
    _refused(write_history(tmp_path, rows), "row 6, column C (回収額（円）)", "blank")


def test_losses_above_the_balance_are_refused(tmp_path):
    rows = month_rows(LOSSES)
    rows[0][3] = 2_000_000
    _refused(write_history(tmp_path, rows), "row 3, column D", "more than 100% of it")


def test_a_history_without_losses_is_refused_saying_what_is_missing(tmp_path):
    header = ["年月", "債権残高（円）", "回収額（円）", "取消額（円）"]
    rows = [[r[0], r[1], r[2], r[4]] for r in month_rows(LOSSES)]
    _refused(write_history(tmp_path, rows, header), "no column of credit losses")


def test_amounts_whose_unit_the_file_leaves_open_are_refused_until_chosen(tmp_path):
    header = ["年月", "債権残高", "回収額", "貸倒額", "取消額"]
    path = write_history(tmp_path, month_rows(LOSSES), header)
    error = _refused(path, "unit is not decided", "--unit population_balance=UNIT")
    assert "column B (債権残高)" in str(error)
    fields = ("population_balance", "collections", "credit_losses", "cancellations")
    units = dict.fromkeys(fields, "yen")
    assert read_history(path, units=units).month_count == 12


def test_a_file_that_is_no_spreadsheet_is_refused_by_the_tape_reader(tmp_path):
    path = tmp_path / "history.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    _refused(path, "history.xlsx", "not a spreadsheet")


def test_a_history_split_by_seller_sums_each_month(tmp_path):
    header = ["年月", "譲渡人", "債権残高（円）", "回収額（円）", "貸倒額（円）", "取消額（円）"]
    rows = []
    for month in range(1, 13):
        rows.append([f"2024-{month:02d}", "A社", 600_000, 570_000, 3_000, 600])
        rows.append([f"2024-{month:02d}", "B社", 400_000, 380_000, 4_000, 1_400])
    history = read_history(write_rows(tmp_path / "split.xlsx", [header, *rows]))
    rates = history.rates()
    assert np.allclose(rates.credit_loss, 7_000 / 1_000_000)
    assert np.allclose(rates.cancellation, 2_000 / 1_000_000)
    assert history.population_shares("history_seller", 12) == {"a社": 0.6, "b社": 0.4}


def test_a_month_and_seller_written_twice_is_refused(tmp_path):
    header = ["年月", "譲渡人", "債権残高（円）", "回収額（円）", "貸倒額（円）", "取消額（円）"]
    rows = [["2024-01", "A社", 600_000, 570_000, 3_000, 600]] * 2
    with pytest.raises(HistoryError, match="2024-01, A社 appears twice"):
        read_history(write_rows(tmp_path / "twice.xlsx", [header, *rows]))
