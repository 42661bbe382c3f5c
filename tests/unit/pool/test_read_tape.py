"""read_tape end to end: demo tapes round-trip, other layouts and units, CSV, cancel."""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest
import xlsxwriter

from jcr_desk.pool.mapping import MappingProfile
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.tape_writer import write_tape_xlsx
from jcr_desk.progress import Cancelled, CancelToken, ProgressMessage

N = 60
# Written as percent with 3 (rate) or 2 (LTV, DTI) decimals, DSCR with 2: the round trip
# keeps what the tape shows.
TOLERANCE = {"interest_rate": 5e-6, "ltv": 5e-5, "dti": 5e-5, "dscr": 5e-3}


@pytest.fixture(scope="module")
def loans() -> pd.DataFrame:
    return generate_loans(N, seed=11)


@pytest.fixture(scope="module", params=["en", "ja"])
def demo(request, loans, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / f"tape_{request.param}.xlsx"
    return write_tape_xlsx(loans, path, request.param)


def test_demo_tape_round_trips_to_the_generated_loans(demo, loans):
    tape = read_tape(demo)
    assert list(tape.loans.columns) == list(loans.columns)
    for name in loans.columns:
        expected, got = loans[name], tape.loans[name]
        if name in TOLERANCE:
            np.testing.assert_allclose(got, expected, atol=TOLERANCE[name], equal_nan=True)
        elif isinstance(expected.dtype, pd.CategoricalDtype) and name != "guarantor":
            assert isinstance(got.dtype, pd.CategoricalDtype), name
            assert got.astype(str).tolist() == expected.astype(str).tolist(), name
        elif expected.dtype.kind == "M":
            assert got.dtype == "datetime64[ns]", name
            pd.testing.assert_series_equal(got, expected, check_names=False)
        elif expected.dtype.kind == "b":
            assert got.dtype == "boolean", name
            assert got.tolist() == expected.tolist(), name
        elif expected.dtype.kind in "if":
            assert got.dtype == np.float64, name
            np.testing.assert_array_equal(got.to_numpy(), expected.to_numpy(dtype=float))
        else:  # ids and guarantor names; a blank name reads as missing
            assert got.fillna("").tolist() == expected.astype(str).tolist(), name
    assert tape.excel_rows.tolist() == list(range(5, 5 + N))
    assert not [p for p in tape.problems if p.severity == "error"]
    assert not [p for p in tape.problems if p.rule == "totals_mismatch"]
    assert tape.summary.to_dict()


def test_source_records_file_sheet_hash_and_units(demo):
    tape = read_tape(demo)
    source = tape.source
    assert source["file"] == demo.name
    assert source["sha256"] == hashlib.sha256(demo.read_bytes()).hexdigest()
    assert source["header_row"] == 4 and source["totals_row"] == 5 + N
    assert source["units"]["current_balance"] == "yen"
    assert source["units"]["interest_rate"] == "percent"
    assert source["profile"] is None and source["imported_at"].endswith("+00:00")


def _xlsxwriter_tape(path, rows, headers):
    """Another writer, another layout: no title rows, second sheet, thousand yen, fractions."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Cover").write(0, 0, "Monthly servicer report")
    sheet = workbook.add_worksheet("Pool")
    sheet.write_row(0, 0, headers)
    for index, row in enumerate(rows, start=1):
        sheet.write_row(index, 0, row)
    workbook.close()
    return path


def test_xlsxwriter_layout_in_thousand_yen_and_fractions(tmp_path):
    headers = [
        "Contract No",
        "Outstanding Balance (JPY thousand)",
        "Rate",
        "Drawdown Date",
        "Final Maturity",
        "Appraised Value (JPY thousand)",
    ]
    rows = [
        ["C-1", 25_000, 0.0125, "2020/04/01", "令和37年4月1日", 40_000],
        ["C-2", "12,500", "0.9%", "2021-10-15", "2056-10-15", 20_000],
        ["C-3", 8_000, 0.015, "R3.12.1", "2051/12/01", 10_000],
    ]
    tape = read_tape(_xlsxwriter_tape(tmp_path / "other.xlsx", rows, headers))
    assert tape.source["sheet"] == "Pool"
    assert tape.mapping.units["current_balance"] == "thousand_yen"
    assert tape.mapping.units["interest_rate"] == "fraction"
    assert tape.loans["loan_id"].tolist() == ["C-1", "C-2", "C-3"]
    assert tape.loans["current_balance"].tolist() == [25_000_000.0, 12_500_000.0, 8_000_000.0]
    np.testing.assert_allclose(tape.loans["interest_rate"], [0.0125, 0.009, 0.015])
    assert tape.loans["origination_date"].tolist() == [
        pd.Timestamp("2020-04-01"),
        pd.Timestamp("2021-10-15"),
        pd.Timestamp("2021-12-01"),
    ]
    assert tape.loans["maturity_date"].iloc[0] == pd.Timestamp("2055-04-01")
    # Absent from the tape, derived: LTV from balance and value, term from the dates.
    assert tape.source["derived"] == ["remaining_term_months", "ltv"]
    np.testing.assert_allclose(tape.loans["ltv"], [0.625, 0.625, 0.8])
    assert tape.loans["remaining_term_months"].tolist() == [400.0, 418.0, 360.0]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp932"])
def test_csv_tapes_in_utf8_bom_and_cp932(tmp_path, encoding):
    lines = [
        "住宅ローン債権明細",
        "債権番号,残高（千円）,金利（%）,実行日,最終期日,金利タイプ",
        '"A-1","12,345",1.25,2020/04/01,2055/04/01,固定',
        "A-2,５００,0.9,平成31年4月30日,2049/04/30,変動",
        '合計,"12,845",,,,',
    ]
    path = tmp_path / "tape.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    tape = read_tape(path)
    assert tape.loans["current_balance"].tolist() == [12_345_000.0, 500_000.0]
    np.testing.assert_allclose(tape.loans["interest_rate"], [0.0125, 0.009])
    assert tape.loans["origination_date"].iloc[1] == pd.Timestamp("2019-04-30")
    assert tape.loans["rate_type"].astype(str).tolist() == ["fixed", "variable"]
    assert tape.source["totals_row"] == 5
    assert not [p for p in tape.problems if p.rule == "totals_mismatch"]


def test_a_profile_maps_headers_auto_map_would_not(tmp_path):
    headers = ["No", "Bal", "Cpn", "Start", "End"]
    rows = [["P-1", 30_000_000, 1.1, "2020/04/01", "2050/04/01"]]
    path = _xlsxwriter_tape(tmp_path / "odd.xlsx", rows, headers)
    profile = MappingProfile(
        "Odd Bank",
        {
            "loan_id": "No",
            "current_balance": "Bal",
            "interest_rate": "Cpn",
            "origination_date": "Start",
            "maturity_date": "End",
        },
        {"current_balance": "yen", "interest_rate": "percent"},
    )
    tape = read_tape(path, sheet="Pool", profile=profile)
    assert tape.source["profile"] == "Odd Bank"
    assert tape.loans["current_balance"].tolist() == [30_000_000.0]
    np.testing.assert_allclose(tape.loans["interest_rate"], [0.011])


def test_cancel_before_start_raises_cancelled(demo):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        read_tape(demo, cancel=token)


@pytest.mark.parametrize("step", ["Mapping columns", "Reading values", "Checking the loans"])
def test_cancel_between_steps_raises_cancelled(demo, step):
    token = CancelToken()
    seen: list[str] = []

    def progress(_fraction: float, message: ProgressMessage) -> None:
        seen.append(str(message))
        if str(message) == step:
            token.cancel()

    with pytest.raises(Cancelled):
        read_tape(demo, progress=progress, cancel=token)
    assert seen[-1] == step


def test_a_sheet_already_read_is_not_read_again(tmp_path, loans, monkeypatch):
    """The Pool tab reads the sheet for the mapping dialog; the import reuses it."""
    import jcr_desk.pool.tape as tape_module
    from jcr_desk.pool.reader import read_sheet

    path = write_tape_xlsx(loans, tmp_path / "tape.xlsx", "en")
    expected = read_tape(path)
    raw = read_sheet(path)

    def must_not_read(*_args, **_kwargs):
        raise AssertionError("the workbook was read a second time")

    monkeypatch.setattr(tape_module, "read_sheet", must_not_read)
    again = read_tape(path, raw=raw)

    pd.testing.assert_frame_equal(again.loans, expected.loans)
    assert again.problems == expected.problems
