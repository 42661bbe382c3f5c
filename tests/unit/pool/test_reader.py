"""Raw reading: header below title rows, blank rows, totals rows, sheet choice, CSV encodings."""

from __future__ import annotations

import datetime as dt

import numpy as np
import openpyxl
import pytest

from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.reader import choose_sheet, list_sheets, read_sheet
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx
from tests.unit.pool.broken_files import HEADERS

N = 12


@pytest.fixture(scope="module")
def loans():
    return generate_loans(N, seed=5)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_demo_tape_header_rows_and_totals(tmp_path, loans, language):
    path = write_tape_xlsx(loans, tmp_path / f"tape_{language}.xlsx", language)
    raw = read_sheet(path)
    assert raw.header_row == HEADER_ROW
    assert raw.headers == list(tape_headers(language).values())
    assert raw.cells.shape == (N, len(raw.headers))
    assert raw.excel_rows.tolist() == list(range(HEADER_ROW + 1, HEADER_ROW + 1 + N))
    assert raw.cells.iloc[0, 0] == loans["loan_id"].iloc[0]
    assert raw.totals_row == HEADER_ROW + N + 1
    label = {"en": "Total", "ja": "合計"}[language]
    headers = tape_headers(language)
    assert raw.totals[headers["loan_id"]] == label
    assert raw.totals[headers["current_balance"]] == loans["current_balance"].sum()
    assert raw.date1904 is False


def _workbook(tmp_path, rows, name="tape.xlsx", title="Loans", epoch=None):
    workbook = openpyxl.Workbook()
    if epoch is not None:
        workbook.epoch = epoch
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_blank_rows_are_dropped_and_rows_keep_their_excel_numbers(tmp_path):
    rows = [["Pool as of March"], [], HEADERS, ["L1", 1, 1, None, None], [], ["L2", 2, 2]]
    raw = read_sheet(_workbook(tmp_path, rows))
    assert raw.header_row == 3
    assert raw.excel_rows.tolist() == [4, 6]
    assert raw.cells[0].tolist() == ["L1", "L2"]
    assert raw.cells.iloc[0, 3] is None
    assert raw.totals is None and raw.totals_row is None


def test_a_totals_row_without_label_is_found_by_its_empty_id_and_sums(tmp_path):
    rows = [HEADERS, ["L1", 100, 1.0], ["L2", 200, 2.0], [None, 300]]
    raw = read_sheet(_workbook(tmp_path, rows))
    assert raw.totals_row == 4
    assert raw.totals == {"Current Balance (JPY)": 300}
    assert raw.cells[0].tolist() == ["L1", "L2"]


def test_a_last_loan_with_words_is_not_a_totals_row(tmp_path):
    rows = [HEADERS, ["L1", 100, 1.0], [None, 200, 2.0, "2020/04/01"]]
    raw = read_sheet(_workbook(tmp_path, rows))
    assert raw.totals is None
    assert raw.excel_rows.tolist() == [2, 3]


def test_the_loan_sheet_is_chosen_among_others(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active.append(["Prepared by the originator"])
    loans = workbook.create_sheet("Loan list")
    loans.append(HEADERS)
    loans.append(["L1", 100, 1.0])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    assert list_sheets(path) == ["Notes", "Loan list"]
    assert choose_sheet(path) == "Loan list"
    assert read_sheet(path).sheet == "Loan list"
    assert read_sheet(path, sheet="Loan list").sheets == ["Notes", "Loan list"]
    with pytest.raises(TapeError, match=r"^two\.xlsx: there is no sheet named 'Pool'"):
        read_sheet(path, sheet="Pool")
    with pytest.raises(TapeError, match=r"^two\.xlsx, sheet Notes: no header row found"):
        read_sheet(path, sheet="Notes")


def test_the_1904_date_system_is_reported(tmp_path):
    rows = [HEADERS, ["L1", 100, 1.0, dt.date(2020, 4, 1)]]
    path = _workbook(tmp_path, rows, epoch=openpyxl.utils.datetime.CALENDAR_MAC_1904)
    raw = read_sheet(path)
    assert raw.date1904 is True
    assert raw.cells.iloc[0, 3] in (dt.date(2020, 4, 1), dt.datetime(2020, 4, 1))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_csv_in_each_encoding(tmp_path, encoding):
    text = (
        "住宅ローン明細\n債権番号,残高（円）,金利（%）\n"
        'A-1,"12,345,678",1.25\n\nA-2,５００,0.9\n合計,"12,346,178",\n'
    )
    path = tmp_path / "tape.csv"
    path.write_bytes(text.encode(encoding))
    raw = read_sheet(path)
    assert raw.sheet == "tape" and raw.sheets == ["tape"]
    assert raw.header_row == 2
    assert raw.headers == ["債権番号", "残高（円）", "金利（%）"]
    assert raw.cells.values.tolist() == [["A-1", "12,345,678", "1.25"], ["A-2", "５００", "0.9"]]
    assert raw.excel_rows.tolist() == [3, 5]
    assert raw.totals == {"債権番号": "合計", "残高（円）": "12,346,178"}
    assert raw.totals_row == 6


def test_csv_in_another_encoding_is_refused(tmp_path):
    path = tmp_path / "tape.csv"
    path.write_bytes("債権番号,残高,金利\n".encode("utf-16-le"))
    with pytest.raises(TapeError, match=r"^tape\.csv: "):
        read_sheet(path)


def test_progress_ends_at_one_and_cells_are_objects(tmp_path, loans):
    path = write_tape_xlsx(loans, tmp_path / "tape.xlsx", "en")
    seen: list[float] = []
    raw = read_sheet(path, progress=lambda fraction, _message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert set(raw.cells.dtypes) == {np.dtype(object)}


def test_a_sheet_starting_below_and_right_of_a1_keeps_excel_rows_and_letters(tmp_path):
    """Rows are read one by one from the first used cell; the grid is padded back to A1."""
    from openpyxl import Workbook

    from jcr_desk.pool.reader import read_sheet

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Loans"
    headers = ["Loan No.", "Current Balance (JPY)", "Interest Rate (%)",
               "Origination Date", "Maturity Date"]
    for offset, header in enumerate(headers):
        sheet.cell(row=3, column=3 + offset, value=header)
    sheet.cell(row=4, column=3, value="L-1")
    sheet.cell(row=4, column=4, value=25_000_000)
    path = tmp_path / "offset.xlsx"
    workbook.save(path)

    raw = read_sheet(path)

    assert raw.header_row == 3
    assert raw.headers[2:7] == headers
    assert list(raw.excel_rows) == [4]
    assert raw.cells.iloc[0, 2] == "L-1"


def test_read_tape_uses_up_the_sheet_it_was_given(tmp_path, loans) -> None:
    from jcr_desk.pool.tape import read_tape

    tape_path = write_tape_xlsx(loans, tmp_path / "tape.xlsx", "en")
    raw = read_sheet(tape_path)
    assert raw.cells.shape[1] > 0
    tape = read_tape(tape_path, raw=raw)
    assert len(tape.loans) == len(raw.excel_rows)
    assert raw.cells.shape[1] == 0  # freed column by column on the worker, not later


def test_gc_is_paused_only_while_reading() -> None:
    import gc

    from jcr_desk.pool.reader import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("a failed read")
    assert gc.isenabled()
