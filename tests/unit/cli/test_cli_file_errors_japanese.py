"""jcr-desk-cli export, disclosure and scenario import refuse in Japanese under ``--lang ja``
(issue 21), with the exit codes they always had; the cells an export cleaned are listed in
Japanese too. The file, folder and case names and the keys of a scenario file are data."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.model import Case
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from tests.gui.language_walk import english_words

PREFIX = "jcr-desk-cli: "


@pytest.fixture(scope="module")
def demo() -> Case:
    return build_demo_case(loans=30, seed=3)


@pytest.fixture
def case_path(demo: Case, tmp_path: Path) -> Path:
    path = tmp_path / "demo.jcrcase"
    save_case(demo, path)
    return path


def _refused(argv: list[str], code: int, capsys) -> str:
    capsys.readouterr()
    assert main(["--lang", "ja", *argv]) == code
    error = capsys.readouterr().err
    assert error.startswith(PREFIX) and error.count("\n") == 1
    return error


def _assert_japanese(line: str, *data: str) -> None:
    assert english_words(line, frozenset({"jcr-desk-cli", *data})) == [], line


def test_an_export_to_a_missing_folder_is_refused_in_japanese(case_path, tmp_path, capsys):
    out = tmp_path / "nowhere" / "committee.xlsx"
    line = _refused(["export", str(case_path), "-o", str(out)], EXIT_USAGE, capsys)
    _assert_japanese(line, "committee.xlsx", str(out.parent))


def test_an_export_of_an_unknown_scenario_is_refused_in_japanese(case_path, tmp_path, capsys):
    out = tmp_path / "committee.xlsx"
    argv = ["export", str(case_path), "-o", str(out), "--scenario", "Nope"]
    _assert_japanese(_refused(argv, EXIT_USAGE, capsys), "'Nope'", "'RMBS base'")


def test_drafts_into_a_file_instead_of_a_folder_are_refused_in_japanese(
    case_path, tmp_path, capsys
):
    (tmp_path / "taken").write_text("a file")
    folder = tmp_path / "taken" / "drafts"
    line = _refused(["disclosure", str(case_path), "-o", str(folder)], EXIT_USAGE, capsys)
    _assert_japanese(line, str(folder))


@pytest.mark.parametrize(
    ("edit", "data"),
    [
        (lambda t: t.replace("format = 1", "format = 7"), ("format",)),
        (lambda t: "turbo = 1\n" + t, ("turbo",)),
        (
            lambda t: t.replace('servicer = "Mitsukaze Bank, Ltd."', 'servicer = "Nobody"'),
            ("structure.servicer", "'Nobody'"),
        ),
    ],
)
def test_a_bad_scenario_file_is_refused_in_japanese(case_path, tmp_path, capsys, edit, data):
    toml = tmp_path / "deal.toml"
    assert main(["scenario", "export", str(case_path), "-o", str(toml)]) == EXIT_OK
    toml.write_text(edit(toml.read_text("utf-8")), "utf-8")
    argv = ["scenario", "import", str(case_path), str(toml), "--reason", "review"]
    _assert_japanese(_refused(argv, EXIT_PROBLEMS, capsys), str(toml), *data)


def test_a_scenario_import_without_a_reason_is_refused_in_japanese(case_path, tmp_path, capsys):
    toml = tmp_path / "deal.toml"
    assert main(["scenario", "export", str(case_path), "-o", str(toml)]) == EXIT_OK
    argv = ["scenario", "import", str(case_path), str(toml), "--reason", " "]
    _assert_japanese(_refused(argv, EXIT_PROBLEMS, capsys), str(toml), "RMBS base")


def test_the_cells_an_export_cleaned_are_listed_in_japanese(demo, tmp_path, capsys):
    case = demo.snapshot()
    case.committee.case_name = "Deal\x07 with a bell"
    path = tmp_path / "bell.jcrcase"
    save_case(case, path)
    out = tmp_path / "committee.xlsx"
    capsys.readouterr()
    assert main(["--lang", "ja", "export", str(path), "-o", str(out)]) == EXIT_OK
    notes = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert notes
    for line in notes:
        _assert_japanese(line, "Cover", "\ufffd")


def test_what_a_scenario_import_changed_is_listed_in_japanese(case_path, tmp_path, capsys):
    toml = tmp_path / "deal.toml"
    assert main(["scenario", "export", str(case_path), "-o", str(toml)]) == EXIT_OK
    text = toml.read_text("utf-8").replace("[structure]\n", "[structure]\nclean_up_call = 0.05\n")
    toml.write_text(text, "utf-8")
    capsys.readouterr()
    argv = ["--lang", "ja", "scenario", "import", str(case_path), str(toml), "--reason", "call"]
    assert main(argv) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert "  structure.clean_up_call: なし → 0.05" in lines
    for line in lines:
        _assert_japanese(line, "RMBS base", "structure.clean_up_call")
