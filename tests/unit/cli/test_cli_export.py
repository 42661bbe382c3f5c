"""jcr-desk-cli export, and scenario import reading an edited workbook's Assumptions sheet."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main

PREFIX = "jcr-desk-cli: error: "


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.jcrcase"
    save_case(build_demo_case(loans=60, seed=3), path)
    return path


def _input(book, name: str):
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return book[sheet][ref.replace("$", "")]


def test_export_writes_the_workbook_and_says_so(case_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "committee.xlsx"
    assert main(["export", str(case_path), "-o", str(out), "--loans"]) == EXIT_OK
    printed = capsys.readouterr().out
    assert printed.startswith(f"Wrote {out}: ")
    assert load_workbook(out, read_only=True).sheetnames[-1] == "Loans"


def test_export_to_a_missing_folder_is_exit_2_with_one_line(
    case_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "nowhere" / "committee.xlsx"
    assert main(["export", str(case_path), "-o", str(out)]) == EXIT_USAGE
    error = capsys.readouterr().err
    assert (
        error == f"{PREFIX}Cannot write committee.xlsx: the folder {out.parent} does not exist.\n"
    )


def test_scenario_import_reads_an_edited_workbook(case_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "committee.xlsx"
    assert main(["export", str(case_path), "-o", str(out)]) == EXIT_OK
    book = load_workbook(out)
    _input(book, "recovery_rate").value = 0.4
    book.save(out)
    capsys.readouterr()
    argv = ["scenario", "import", str(case_path), str(out), "--reason", "committee what-if"]
    assert main(argv) == EXIT_OK
    assert "assumptions.recovery_rate: 0.45 → 0.4" in capsys.readouterr().out
    assert load_case(case_path).scenarios[0].assumptions.recovery_rate == 0.4


def test_scenario_import_refuses_an_invalid_cell_naming_it(
    case_path: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "committee.xlsx"
    assert main(["export", str(case_path), "-o", str(out)]) == EXIT_OK
    book = load_workbook(out)
    cell = _input(book, "recovery_rate")
    cell.value = 4.5
    book.save(out)
    capsys.readouterr()
    argv = ["scenario", "import", str(case_path), str(out), "--reason", "typo"]
    assert main(argv) == EXIT_PROBLEMS
    assert capsys.readouterr().err == (
        f"{PREFIX}committee.xlsx: sheet Assumptions, cell {cell.coordinate} "
        "(assumptions.recovery_rate): is 4.5; allowed: 0 to 1 (a fraction (0.0125 = 1.25 %))\n"
    )
