"""The exported workbook opened with openpyxl: sheets, names, formats, charts, formulas, print."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.formula import Tokenizer
from openpyxl.utils.cell import range_boundaries

from jcr_desk.case import Case
from jcr_desk.case.document.model import CommitteeInfo
from jcr_desk.reports import ExportReport, export_workbook

CE_NAMES = ("ce_total_AAA", "ce_total_AA", "ce_total_A", "ce_total_BBB")


@pytest.fixture(scope="module")
def book(exported_path: Path):
    return load_workbook(exported_path)


def test_every_part_of_the_demo_case_has_its_sheet(book, exported: ExportReport) -> None:
    assert book.sheetnames == [
        "Cover",
        "Summary",
        "Rating action",
        "Group",
        "Ceilings",
        "Pool",
        "Assumptions",
        "Enhancement",
        "Cash flows",
        "Sensitivity",
        "Disclosure",
        "History",
        "Audit",
    ]
    assert exported.sheets == book.sheetnames


def test_a_case_without_pool_or_scenario_has_no_pool_or_stress_sheets(tmp_path: Path) -> None:
    case = Case(committee=CommitteeInfo(case_name="Empty review"))
    case.log("case created")
    report = export_workbook(case, tmp_path / "empty.xlsx")
    assert load_workbook(report.path).sheetnames == ["Cover", "Audit"]


def test_defined_names_point_at_the_figures_the_case_computed(book, demo: Case) -> None:
    names = book.defined_names
    for name in ("pool_current_balance", "pool_loan_count", *CE_NAMES, "cpr", "trust_fee"):
        assert name in names, name
    sheet, cell = _target(book, "pool_loan_count")
    assert sheet == "Pool" and book[sheet][cell].value.startswith("=")
    result = demo.results[0].result
    for name in CE_NAMES:
        sheet, cell = _target(book, name)
        row = book[sheet][cell].row
        # each total is a SUM over its own row's four layer cells (B:E)
        assert book[sheet][cell].value == f"=SUM(B{row}:E{row})"
        rating = name.removeprefix("ce_total_")
        layers = result.line(rating).layers
        # openpyxl writes 16 significant digits
        assert [book[sheet].cell(row, c).value for c in range(2, 6)] == pytest.approx(
            [layers.bad_loan, layers.interest_rate, layers.commingling, layers.setoff], rel=1e-15
        )
    sheet, cell = _target(book, "cpr")
    assert book[sheet][cell].value == demo.scenarios[0].assumptions.cpr


def test_expected_values_are_the_applications_own(exported: ExportReport, demo: Case) -> None:
    result = demo.results[0].result
    expected = exported.expected
    assert _by_name(exported, "ce_total_AAA") == pytest.approx(result.line("AAA").total)
    # hand check: the pool total is the sum of the loans' current balances, in yen
    total = float(demo.pools[0].loans["current_balance"].sum())
    assert _by_name(exported, "pool_current_balance") == total
    assert _by_name(exported, "pool_loan_count") == len(demo.pools[0].loans)
    verdicts = [v for v in expected.values() if v in ("pass", "fail")]
    assert verdicts.count("fail") == sum(
        not v.passed for line in result.ratings for v in line.classes if v.required_ce is not None
    )


def test_every_formula_refers_to_cells_that_hold_something(book, exported: ExportReport) -> None:
    formulas = 0
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    formulas += 1
                    assert (ws.title, cell.coordinate) in exported.expected
                    for sheet, ref in _references(book, ws.title, cell.value):
                        _assert_filled(book, sheet, ref, f"{ws.title}!{cell.coordinate}")
    assert formulas == len(exported.expected) > 600


def test_number_formats_fonts_and_text_ratings(book) -> None:
    pool = book["Pool"]
    sheet, cell = _target(book, "pool_current_balance")
    assert book[sheet][cell].number_format == "#,##0"
    sheet, cell = _target(book, "ce_total_AAA")
    assert book[sheet][cell].number_format == "0.00%"
    dates = [c for row in book["History"].iter_rows(min_row=4) for c in row if c.column == 3]
    assert dates and all(c.number_format == "yyyy-mm-dd" for c in dates)
    ratings = [c for row in book["History"].iter_rows(min_row=4) for c in row if c.column == 4]
    assert all(c.data_type == "s" for c in ratings)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Meiryo", f"{ws.title}!{cell.coordinate}"
    assert pool.freeze_panes is None or pool.freeze_panes


def test_charts_are_native_excel_charts(book) -> None:
    pool_charts = book["Pool"]._charts
    flow_charts = book["Cash flows"]._charts
    assert pool_charts and {type(c).__name__ for c in pool_charts} == {"BarChart"}
    assert len(flow_charts) == 2 * 4 and {type(c).__name__ for c in flow_charts} == {"LineChart"}


def test_headers_frozen_filtered_and_printed_on_every_page(book, demo: Case) -> None:
    audit = book["Audit"]
    assert audit.freeze_panes == "A5"
    assert audit.auto_filter.ref.startswith("A4:D")
    assert audit.print_title_rows == "$4:$4"
    for ws in book.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.fitToWidth == 1, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        footer = ws.oddFooter
        assert footer.right.text == "Confidential"
        assert "&P" in footer.center.text and "&N" in footer.center.text
        assert footer.left.text == demo.committee.case_name.replace("&", "&&")[:80]


def test_document_properties(book, demo: Case) -> None:
    properties = book.properties
    assert properties.title == demo.committee.case_name
    assert properties.creator.startswith("JCR Desk")
    assert "Confidential" in properties.description


def test_shortfalls_are_red_by_conditional_formatting(book) -> None:
    rules = [rule for ranges in book["Enhancement"].conditional_formatting for rule in ranges.rules]
    assert any(rule.operator == "greaterThan" for rule in rules)
    assert any('"fail"' in formula for rule in rules for formula in rule.formula)


def _target(book, name: str) -> tuple[str, str]:
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return sheet, ref.replace("$", "")


def _by_name(report: ExportReport, name: str):
    book = load_workbook(report.path)
    return report.expected[_target(book, name)]


def _references(book, sheet: str, formula: str):
    """(sheet, range) of every reference in a formula, defined names resolved."""
    for token in Tokenizer(formula).items:
        if token.type != "OPERAND" or token.subtype != "RANGE":
            continue
        text = token.value
        if text in book.defined_names:
            yield from book.defined_names[text].destinations
            continue
        if "!" in text:
            where, ref = text.rsplit("!", 1)
            yield where.strip("'").replace("''", "'"), ref
        else:
            yield sheet, text


def _assert_filled(book, sheet: str, ref: str, where: str) -> None:
    assert sheet in book.sheetnames, f"{where} refers to a missing sheet {sheet}"
    low_col, low_row, high_col, high_row = range_boundaries(re.sub(r"\$", "", ref))
    ws = book[sheet]
    for row in ws.iter_rows(min_row=low_row, max_row=high_row, min_col=low_col, max_col=high_col):
        for cell in row:
            assert cell.value is not None, f"{where} refers to the empty cell {sheet}!{ref}"


def test_a_scenario_changed_after_its_run_is_flagged(demo: Case, tmp_path: Path) -> None:
    case = demo.snapshot()
    scenario = case.scenarios[0]
    classes = scenario.structure.ordered()
    resized = (replace(classes[0], balance=classes[0].balance - 1_000_000), *classes[1:])
    scenario.structure = scenario.structure.with_classes(
        resized, scenario.structure.sized_for_pool
    )
    report = export_workbook(case, tmp_path / "stale.xlsx")
    book = load_workbook(report.path)
    texts = [c.value for row in book["Cover"].iter_rows() for c in row if c.value]
    assert any("changed after its stress result" in str(t) for t in texts)
    assert book["Enhancement"]["A3"].value.startswith("The scenario changed after this run")
    # the class block then shows the scenario's balances as figures, with their own arithmetic
    pool = demo.results[0].result.pool_balance
    over = max(pool - sum(c.balance for c in resized), 0.0)
    expected = (sum(c.balance for c in resized[1:]) + over) / pool
    assert expected in report.expected.values()
