"""The ABCP program and ABCP stress sheets: present only with a program, every figure of the
required subordination traceable to the monthly rates by formulas (LibreOffice recalculates
them in test_libreoffice), a stale analysis flagged and left as figures."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcr_desk.case import Case
from jcr_desk.case.services.abcp_run import party_rating
from jcr_desk.reports import ExportReport, export_workbook
from jcr_desk.structured.abcp.subordination import OUTCOME_WORDS


@pytest.fixture(scope="module")
def stress(exported_path: Path):
    return load_workbook(exported_path)["ABCP stress"]


def _row_of(sheet, text: str, column: int = 1) -> int:
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, column).value == text)


def test_the_program_sheet_names_the_terms_guideline_and_caps(exported_path, demo) -> None:
    sheet = load_workbook(exported_path)["ABCP program"]
    texts = {c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    program = demo.programs[0].program
    result = demo.program_results[0].result
    assert program.name in texts and "multi-seller" in texts
    assert {s.name for s in program.sellers} <= texts
    assert {step.citation for step in result.guideline.steps} <= texts
    assert {str(cap.statement) for cap in result.caps} <= texts
    sellers = _row_of(sheet, "Seller (originator)")
    for offset, seller in enumerate(program.sellers, start=1):
        # A seller of the group tab shows the rating the analysis used, not "not known".
        assert sheet.cell(sellers + offset, 2).value == str(party_rating(demo, seller))
    sponsor = _row_of(sheet, "Sponsor")
    assert f"({party_rating(demo, program.sponsor)}" in sheet.cell(sponsor, 2).value
    proposed = _row_of(sheet, "Proposed short-term rating")
    reached = _row_of(sheet, "Highest rating reached")
    assert sheet.cell(proposed, 2).value == result.guideline.proposed == "J-1"
    assert sheet.cell(reached, 2).value == result.guideline.reached


def test_each_target_rating_sums_its_parts_from_the_base_case(
    stress, exported: ExportReport, demo
) -> None:
    result = demo.program_results[0].result
    header = _row_of(stress, "Rating")  # the first table headed "Rating": the tests
    for offset, test in enumerate(result.tests, start=1):
        line = header + offset
        assert stress.cell(line, 1).value == test.rating
        loss = stress.cell(line, 4).value
        assert loss.startswith("=$I$") and f"C{line}" in loss  # base case × its factor
        assert stress.cell(line, 9).value == f"=SUM(D{line},F{line}:H{line})"
        expected = exported.expected
        assert expected[("ABCP stress", f"I{line}")] == pytest.approx(test.required)
        assert expected[("ABCP stress", f"L{line}")] == pytest.approx(test.available)
        assert expected[("ABCP stress", f"N{line}")] == OUTCOME_WORDS[test.outcome]
    base = _row_of(stress, "Credit loss")
    assert stress.cell(base, 3).value.startswith("=AVERAGE(")
    assert stress.cell(base, 4).value.startswith("=STDEV(")
    months = _row_of(stress, "Monthly rates of the population")
    assert stress.cell(base, 2).value == f"=COUNT($D${months + 2}:$D${months + 37})"


def test_no_program_no_abcp_sheets(demo: Case, tmp_path: Path) -> None:
    case = deepcopy(demo)
    case.programs, case.program_results = [], []
    names = load_workbook(export_workbook(case, tmp_path / "rmbs.xlsx").path).sheetnames
    assert "ABCP program" not in names and "ABCP stress" not in names


def test_an_unanalysed_program_has_its_sheet_but_no_stress(demo: Case, tmp_path: Path) -> None:
    case = deepcopy(demo)
    case.program_results = []
    book = load_workbook(export_workbook(case, tmp_path / "open.xlsx").path)
    assert "ABCP program" in book.sheetnames and "ABCP stress" not in book.sheetnames
    texts = [c.value for row in book["ABCP program"].iter_rows() for c in row]
    assert "not analysed yet: open the program on the ABCP program tab" in texts


def test_a_stale_analysis_is_flagged_and_shown_as_figures(demo: Case, tmp_path: Path) -> None:
    case = deepcopy(demo)
    case.programs[0].program = replace(case.programs[0].program, subordination=0.5)
    report = export_workbook(case, tmp_path / "stale.xlsx")
    sheet = load_workbook(report.path)["ABCP stress"]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("The program changed after this analysis") for t in texts)
    # Only the reference's totals stay formulas: sums of the figures beside them.
    reference = _row_of(sheet, "Reference only: US-agency dynamic reserve (not JCR methodology)")
    formulas = {c.coordinate for row in sheet.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=")}
    assert formulas == {f"J{reference + 1 + n}" for n in range(1, 5)}
    assert {k[1] for k in report.expected if k[0] == "ABCP stress"} == formulas
