"""Rating history to and from Excel: seed 000's table round-trips, bad files say where."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jcr_desk.case.document.history_file import HistoryFileError, read_history, write_history
from jcr_desk.case.document.model import RatingHistoryEntry

from .seed_000_history import CP, DATES, ISSUER, LONG_TERM, ROWS, write_seed_history


def _cells(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).active
    return [tuple(cell.value for cell in row) for row in sheet.iter_rows()]


def test_seed_000_history_imports_line_by_line(tmp_path: Path) -> None:
    imported = read_history(write_seed_history(tmp_path / "jsf.xlsx"))
    assert imported.rows == ROWS
    assert len(imported.rows) == 38 and imported.sheet == "Rating history"
    first = imported.rows[0]
    assert (first.issuer, first.issue, first.publication_date, first.rating, first.outlook) == (
        ISSUER,
        LONG_TERM,
        date(2003, 3, 11),
        "AA-",
        "",
    )
    stable = [r for r in imported.rows if r.issue == LONG_TERM and r.outlook == "Stable"]
    assert stable[0].publication_date == date(2006, 3, 6) and len(stable) == 16
    assert {r.rating for r in imported.rows if r.issue == CP} == {"J-1+"}


def test_seed_000_history_exports_unchanged(tmp_path: Path) -> None:
    source = write_seed_history(tmp_path / "jsf.xlsx")
    exported = tmp_path / "again.xlsx"
    write_history(read_history(source).rows, exported, "en")
    assert _cells(exported) == _cells(source)
    assert read_history(exported).rows == ROWS


def test_japanese_names_and_headers_round_trip(tmp_path: Path) -> None:
    rows = (
        RatingHistoryEntry("日本証券金融株式会社", "長期発行体格付", date(2003, 3, 11), "AA-"),
        RatingHistoryEntry("日本証券金融株式会社", "CP", date(2006, 3, 6), "J-1+"),
        RatingHistoryEntry(
            "日本証券金融株式会社", "長期発行体格付", date(2006, 3, 6), "AA-", "Stable"
        ),
    )
    header = ("発行体名", "銘柄名", "公表日", "格付", "見通し/方向性")
    source = write_seed_history(tmp_path / "ja.xlsx", rows, header, "格付の推移")
    imported = read_history(source)
    assert imported.rows == rows
    exported = tmp_path / "ja_again.xlsx"
    write_history(imported.rows, exported, "ja")
    assert read_history(exported).rows == rows
    assert _cells(exported)[1] == header


def test_text_dates_in_english_and_japanese_are_read(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction"])
    sheet.append([ISSUER, LONG_TERM, "March 11, 2003", "AA-", None])
    sheet.append([ISSUER, LONG_TERM, "2006年3月6日", "ＡＡ－", "stable"])
    sheet.append([ISSUER, CP, "2020-05-19", "J-1+", ""])
    book.save(tmp_path / "text.xlsx")
    rows = read_history(tmp_path / "text.xlsx").rows
    assert [r.publication_date for r in rows] == [DATES[0], DATES[3], DATES[-1]]
    assert [r.rating for r in rows] == ["AA-", "AA-", "J-1+"]
    assert [r.outlook for r in rows] == ["", "Stable", ""]


def test_a_repeated_header_and_title_are_skipped_and_said(tmp_path: Path) -> None:
    rows = (*ROWS[:2], *ROWS[-2:])
    path = write_seed_history(tmp_path / "pages.xlsx", rows)
    book = load_workbook(path)
    sheet = book.active
    sheet.insert_rows(5, 2)
    sheet["A5"] = "Rating history"
    for column, text in zip(
        "ABCDE",
        ("Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction"),
        strict=True,
    ):
        sheet[f"{column}6"] = text
    book.save(path)
    imported = read_history(path)
    assert imported.rows == rows
    assert imported.skipped == (
        "row 5: a title line (Rating history)",
        "row 6: the header repeated",
    )


def test_bad_lines_are_named_by_file_sheet_row_and_column_and_nothing_is_read(
    tmp_path: Path,
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "History"
    sheet.append(["Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction"])
    sheet.append([ISSUER, LONG_TERM, "soon", "AA-", "Stable"])
    sheet.append([ISSUER, LONG_TERM, date(2004, 4, 1), "AA-minus", "Stable"])
    sheet.append([ISSUER, None, date(2005, 8, 29), "AA-", "Sideways"])
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(HistoryFileError) as caught:
        read_history(tmp_path / "bad.xlsx")
    problems = caught.value.problems
    assert problems == (
        "bad.xlsx, sheet History, row 2, column C (Publication Date): 'soon' is not a date",
        "bad.xlsx, sheet History, row 3, column D (Rating): 'AA-minus' is not a rating symbol",
        "bad.xlsx, sheet History, row 4, column B (Issue Name): empty",
        "bad.xlsx, sheet History, row 4, column E (Outlook/Direction): 'Sideways' is not an "
        "outlook or credit monitor direction",
    )
    assert "nothing was imported" in str(caught.value)


def test_a_file_without_the_header_or_not_a_workbook_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Name", "Value"])
    book.save(tmp_path / "other.xlsx")
    with pytest.raises(HistoryFileError, match=r"other\.xlsx: no sheet has the rating history"):
        read_history(tmp_path / "other.xlsx")
    (tmp_path / "picture.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    with pytest.raises(HistoryFileError, match=r"picture\.xlsx: not a spreadsheet"):
        read_history(tmp_path / "picture.xlsx")


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    rows = (RatingHistoryEntry('=HYPERLINK("x")', "Bonds", date(2020, 1, 1), "A"),)
    write_history(rows, tmp_path / "out.xlsx", "en")
    cell = load_workbook(tmp_path / "out.xlsx").active["A3"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'
