"""The Assumptions sheet carries the scenario file's document and reads back into it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcr_desk.case import Case
from jcr_desk.case.document.scenario_file import ImportScenario
from jcr_desk.reports import WorkbookScenarioError, export_workbook, read_workbook_scenario
from jcr_desk.structured.assumptions import ConcentrationDecision, MultiplierAdjustment
from jcr_desk.structured.deal import Answer, GuaranteeScheme
from jcr_desk.structured.frozen import freeze

from .conftest import demo_with_result


@pytest.fixture(scope="module")
def rich_case() -> Case:
    """The demo case with every kind of input the sheet carries."""
    case = demo_with_result(loans=120)
    scenario = case.scenarios[0]
    bank = next(e for e in case.entities if e.role == "core")
    scenario.assumptions = replace(
        scenario.assumptions,
        base_default_rate=0.025123456789012345,  # 17 significant digits, as static data gives
        timing_curve=(0.5, 0.3, 0.2),
        multiplier_adjustments=(
            MultiplierAdjustment(
                "AAA",
                "first_five_years",
                4.0,
                "region",
                "=quakes",
                "K. Oshiro",
                segment="region:Kanto",
            ),
        ),
        concentration_decisions=(
            ConcentrationDecision("prefecture:東京都", "not_adjusted", "diversified city"),
        ),
        base_case_source=freeze(
            {
                "kind": "static_data",
                "file": "v.xlsx",
                "statistics": {"mean": 0.021, "vintages": ["2019", "2020"]},
            }
        ),
    )
    scenario.structure = replace(
        scenario.structure,
        clean_up_call=0.1,
        guarantee=GuaranteeScheme(bank.id, None, (Answer("bank_rated", "yes", "rated AA-"),)),
    )
    return case


@pytest.fixture
def case(rich_case: Case) -> Case:
    """Without the stored result the workbook has no cash flows: quicker to open and save."""
    copy = rich_case.snapshot()
    copy.results = []
    return copy


def _export(case: Case, path: Path) -> Path:
    return export_workbook(case, path).path


def _cell(book, name: str):
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return book[sheet][ref.replace("$", "")]


def test_an_untouched_sheet_reads_back_as_the_same_scenario(case: Case, tmp_path: Path) -> None:
    imported = read_workbook_scenario(case, _export(case, tmp_path / "c.xlsx"))
    scenario = case.scenarios[0]
    assert imported.name == scenario.name
    assert imported.assumptions == scenario.assumptions
    assert imported.structure == scenario.structure
    command = ImportScenario(imported, "checked")
    command.redo(case)
    assert command.changed == []


def test_edit_import_export_gives_the_edited_values(case: Case, tmp_path: Path) -> None:
    path = _export(case, tmp_path / "c.xlsx")
    book = load_workbook(path)
    _cell(book, "cpr").value = 0.08
    _cell(book, "class_2_balance").value = 300_000_000
    _cell(book, "payment").value = "pro_rata"
    book.save(path)

    command = ImportScenario(read_workbook_scenario(case, path), "what-if in Excel")
    command.check(case)
    command.redo(case)
    assert [line.split(":")[0] for line in command.changed] == [
        "assumptions.cpr",
        "structure.classes",
        "structure.payment",
    ]
    assert command.changed[0] == "assumptions.cpr: 0.06 → 0.08"
    assert case.scenarios[0].structure.ordered()[1].balance == 300_000_000
    again = load_workbook(_export(case, tmp_path / "again.xlsx"))
    assert _cell(again, "cpr").value == 0.08
    assert _cell(again, "class_2_balance").value == 300_000_000
    assert _cell(again, "payment").value == "pro_rata"


def test_a_row_inserted_into_a_table_is_read(case: Case, tmp_path: Path) -> None:
    path = _export(case, tmp_path / "c.xlsx")
    book = load_workbook(path)
    sheet = book["Assumptions"]
    row = next(c.row for c in sheet["A"] if c.value == "assumptions.multiplier_adjustments") + 3
    sheet.insert_rows(row)
    for column, value in enumerate(["AA", "prepayment", 0.4, "ltv", None, "low LTV", "", ""], 2):
        sheet.cell(row, column).value = value
    book.save(path)
    adjustments = read_workbook_scenario(case, path).assumptions.multiplier_adjustments
    assert [(a.rating, a.component, a.value) for a in adjustments] == [
        ("AAA", "first_five_years", 4.0),
        ("AA", "prepayment", 0.4),
    ]


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("cpr", 1.5, "is 1.5; allowed: 0 to 1"),
        ("recovery_lag_months", "eighteen", "expected a whole number"),
        ("class_1_coupon", -0.01, "is -0.01; allowed: 0 to 1"),
        ("payment", "turbo", "allowed: sequential, pro_rata"),
        ("servicer", "Nobody Bank", "the case has no entity called 'Nobody Bank'"),
    ],
)
def test_an_invalid_cell_is_refused_naming_sheet_cell_and_reason(
    case: Case, tmp_path: Path, name: str, value: object, problem: str
) -> None:
    path = _export(case, tmp_path / "c.xlsx")
    book = load_workbook(path)
    cell = _cell(book, name)
    cell.value = value
    book.save(path)
    with pytest.raises(WorkbookScenarioError) as refused:
        read_workbook_scenario(case, path)
    message = str(refused.value)
    assert message.startswith(f"c.xlsx: sheet Assumptions, cell {cell.coordinate} (")
    assert problem in message


def test_a_formula_without_a_computed_value_is_refused(case: Case, tmp_path: Path) -> None:
    path = _export(case, tmp_path / "c.xlsx")
    book = load_workbook(path)
    cell = _cell(book, "cpr")
    cell.value = "=0.03*2"
    book.save(path)
    with pytest.raises(WorkbookScenarioError, match=rf"cell {cell.coordinate} .*formula"):
        read_workbook_scenario(case, path)


def test_a_workbook_without_an_assumptions_sheet_is_refused(case: Case, tmp_path: Path) -> None:
    path = _export(case, tmp_path / "c.xlsx")
    book = load_workbook(path)
    del book["Assumptions"]
    book.save(path)
    with pytest.raises(WorkbookScenarioError, match="has no Assumptions sheet"):
        read_workbook_scenario(case, path)
    (tmp_path / "not.xlsx").write_text("plain text")
    with pytest.raises(WorkbookScenarioError, match="not an Excel workbook"):
        read_workbook_scenario(case, tmp_path / "not.xlsx")
