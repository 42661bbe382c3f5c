"""Nothing from an input file reaches the workbook as a formula; odd text never stops an export."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcr_desk.case import Case
from jcr_desk.case.document.model import RatingHistoryEntry
from jcr_desk.progress import Cancelled, CancelToken, ProgressMessage
from jcr_desk.reports import ExportError, export_workbook
from jcr_desk.reports.safe_text import CELL_LIMIT, clean_text

from .conftest import demo_with_result

INJECTIONS = ('=HYPERLINK("http://x","click")', "+1+1", "-2", "@SUM(A1)")


@pytest.fixture(scope="module")
def poisoned() -> Case:
    """The demo case with an injection string in every kind of text that reaches the workbook."""
    case = demo_with_result(loans=40)
    first, second, third, fourth = INJECTIONS
    case.entities[1].name = first
    case.entities[2].name = second
    case.decisions[-1].reason = third
    case.committee.rationale = [fourth]
    case.committee.case_name += " & Co.\x07"  # a footer code and a control character
    case.history.append(RatingHistoryEntry(first, second, case.history[0].publication_date, "A"))
    case.log(fourth, detail=first)
    loans = case.pools[0].loans.copy()
    loans["loan_id"] = loans["loan_id"].astype(object)
    loans["borrower_id"] = loans["borrower_id"].astype(object)
    for row, text in enumerate(INJECTIONS):
        loans.loc[row, "loan_id"] = text
        loans.loc[row, "borrower_id"] = text
    loans.loc[5, "borrower_id"] = "bell\x07and\x00null"
    loans.loc[6, "borrower_id"] = "x" * (CELL_LIMIT + 10)
    case.pools[0] = replace(
        case.pools[0],
        loans=loans,
        report=[
            {
                "sheet": "Tape",
                "row": 9,
                "column": "B",
                "header": first,
                "field": "loan_id",
                "value": second,
                "rule": "duplicate",
                "severity": "error",
                "message": third,
            }
        ],
    )
    scenario = case.scenarios[0]
    scenario.assumptions = replace(scenario.assumptions, note=first)
    return case


@pytest.fixture(scope="module")
def exported(poisoned: Case, tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("poisoned") / "committee.xlsx"
    return export_workbook(poisoned, path, include_loans=True)


def test_injection_strings_arrive_as_literal_text_on_every_sheet(exported) -> None:
    book = load_workbook(exported.path)
    found: dict[str, set[str]] = {text: set() for text in INJECTIONS}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value in found:
                    assert cell.data_type == "s", f"{ws.title}!{cell.coordinate}"
                    found[cell.value].add(ws.title)
    # formulas are only the export's own, never a text from the case
    assert not any(text in exported.expected.values() for text in INJECTIONS)
    assert {"Group", "Summary", "History", "Audit", "Loans", "Exceptions"} <= set().union(
        *found.values()
    )
    assert "Loans" in found['=HYPERLINK("http://x","click")']
    assert "Assumptions" in found['=HYPERLINK("http://x","click")']
    assert "Cover" in found["@SUM(A1)"]


def test_the_streamed_appendix_keeps_ids_as_text(exported, poisoned: Case) -> None:
    book = load_workbook(exported.path, read_only=True)
    rows = list(book["Loans"].iter_rows(min_row=2, max_row=5, max_col=2, values_only=True))
    assert [row[0] for row in rows] == list(INJECTIONS)
    assert [row[1] for row in rows] == list(INJECTIONS)


def test_control_characters_and_overlong_text_are_cleaned_and_reported(exported) -> None:
    notes = [str(n) for n in exported.notices]
    assert any("Loans!B7" in n and "control characters replaced" in n for n in notes), notes
    assert any("Loans!B8" in n and f"cut to {CELL_LIMIT:,}" in n for n in notes), notes
    book = load_workbook(exported.path, read_only=True)
    rows = list(
        book["Loans"].iter_rows(min_row=7, max_row=8, min_col=2, max_col=2, values_only=True)
    )
    assert rows[0][0] == "bell\ufffdand\ufffdnull"
    assert len(rows[1][0]) == CELL_LIMIT
    cover = load_workbook(exported.path)["Cover"]
    assert any(c.value == "Loans!B7" for row in cover.iter_rows() for c in row)


def test_clean_text_by_hand() -> None:
    assert clean_text("plain") == ("plain", [])
    text, changes = clean_text("a\x1fb")
    assert text == "a\ufffdb" and "1 control character" in changes[0]
    text, changes = clean_text("y" * 40_000)
    assert len(text) == CELL_LIMIT and text.endswith("[cut: the source has 40,000 characters]")


def test_a_missing_folder_is_one_sentence(demo: Case, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as refused:
        export_workbook(demo, tmp_path / "absent" / "committee.xlsx")
    assert str(refused.value) == (
        f"Cannot write committee.xlsx: the folder {tmp_path / 'absent'} does not exist."
    )


def test_a_cancelled_export_leaves_the_previous_file_and_no_temporary(
    demo: Case, tmp_path: Path
) -> None:
    target = tmp_path / "committee.xlsx"
    target.write_bytes(b"the previous workbook")
    token = CancelToken()

    def cancel_while_writing(fraction: float, message: ProgressMessage) -> None:
        if str(message).startswith("Writing loans"):
            token.cancel()

    with pytest.raises(Cancelled):
        export_workbook(
            demo, target, include_loans=True, progress=cancel_while_writing, cancel=token
        )
    assert target.read_bytes() == b"the previous workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["committee.xlsx"]


def test_a_failing_export_leaves_no_half_file(demo: Case, tmp_path: Path, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("jcr_desk.reports.loans_appendix.LoansAppendix.stream", broken)
    target = tmp_path / "committee.xlsx"
    with pytest.raises(ExportError, match="the disk is full"):
        export_workbook(demo, target, include_loans=True)
    assert list(tmp_path.iterdir()) == []
