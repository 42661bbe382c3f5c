"""Every report jcr-desk-cli prints reads in Japanese under ``--lang ja`` (issue 21).

The word check is the window's language walk's: no English word may remain in a Japanese
report except the case's own data (entity, program and file names, analysts' reasons), rating
symbols, codes and the rulebook's references ("003 No. 2 §3(1)"), which stay as written
(the notes inside a citation are translated). Each test's data comes
from the ``--json`` form of the same command (it stays English: keys and values are read by
machines), so what counts as data is what the command itself reports as data.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from jcr_desk.cli import EXIT_OK, EXIT_USAGE, main
from jcr_desk.cli_abcp import TERMS
from jcr_desk.pool.schema import RECEIVABLES, RECEIVABLES_HISTORY
from jcr_desk.pool.units import unit_fields
from jcr_desk.structured.abcp.rules import BASE_CASE_METHODS, STRESS_FORMS
from tests.gui.language_walk import english_words


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("ja")
    assert main(["demo", str(folder), "--loans", "40"]) == EXIT_OK
    return folder


@pytest.fixture
def case(demo, tmp_path) -> Path:
    """A copy of the demo case a command may change."""
    path = tmp_path / "demo.jcrcase"
    shutil.copy(demo / "demo.jcrcase", path)
    return path


def run(argv: list[str], capsys, language: str = "ja") -> str:
    capsys.readouterr()
    assert main(["--lang", language, *argv]) == EXIT_OK
    return capsys.readouterr().out


def run_json(argv: list[str], capsys) -> object:
    return json.loads(run([*argv, "--json"], capsys, "en"))


def strings(data: object) -> Iterator[str]:
    """Every string value of a JSON document (the command's data)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value)


def assert_japanese(text: str, data: set[str]) -> None:
    assert text.strip()
    found = {line: english_words(line, frozenset(data)) for line in text.splitlines()}
    assert {line: words for line, words in found.items() if words} == {}


def test_demo_reports_its_files_in_japanese(tmp_path, capsys):
    out = run(["demo", str(tmp_path), "--loans", "20"], capsys)
    files = run_json(["demo", str(tmp_path), "--loans", "20"], capsys)
    assert_japanese(out, set(strings(files)))
    assert "20" in out


def test_demo_in_english_is_unchanged(tmp_path, capsys):
    out = run(["demo", str(tmp_path), "--loans", "20"], capsys, "en")
    assert out.splitlines()[0] == f"Demo case (20 loans): {tmp_path / 'demo.jcrcase'}"


def _guideline_data(report: object) -> set[str]:
    """Names, analysts, timestamps and reasons: what the analysts entered."""
    data: set[str] = set()
    for entry in report:  # type: ignore[attr-defined]
        data |= {entry["name"], entry["country"]}
        for decision in entry["decisions"].values():
            if decision is not None:
                data |= {decision["analyst"], decision["timestamp"], decision["reason"]}
    return data


def test_guidelines_read_in_japanese(demo, capsys):
    path = str(demo / "demo.jcrcase")
    out = run(["guidelines", path], capsys)
    assert_japanese(out, _guideline_data(run_json(["guidelines", path], capsys)))
    assert "A+" in out and "001 §2" in out  # symbols and citations as written


def test_guidelines_in_english_are_unchanged(demo, capsys):
    out = run(["guidelines", str(demo / "demo.jcrcase")], capsys, "en")
    assert "  rule: Financial holding company (001 §2)" in out.splitlines()


def _program_data(result: dict) -> set[str]:
    """The program's name, the analyst's reasons for its choices, the composition's values:
    the analysis's own data (Desk defaults are named in words, their keys only in JSON)."""
    data = {result["program"], result["rulebook_version"]}
    data |= {reason.removeprefix("analyst: ") for reason in result["choices"].values()}
    for composition in result["compositions"]:
        data |= {str(row["value"]) for row in composition["rows"]}
    return data


def test_abcp_reads_in_japanese(demo, capsys):
    path = str(demo / "demo.jcrcase")
    out = run(["abcp", path], capsys)
    assert_japanese(out, _program_data(run_json(["abcp", path], capsys)))
    assert "J-1+" in out and "003 No. 2 §3(2)" in out
    assert "abcp." not in out and "必要な月次実績の月数 = 12" in out


def test_abcp_in_english_is_unchanged(demo, capsys):
    out = run(["abcp", str(demo / "demo.jcrcase")], capsys, "en")
    assert out.splitlines()[1] == "Guideline: J-1"
    assert out.splitlines()[-1].startswith("Rulebook ")


def test_abcp_import_reports_in_japanese(demo, case, capsys):
    history = str(demo / "demo_abcp_history.xlsx")
    receivables = str(demo / "demo_abcp_receivables.xlsx")
    out = run(["abcp-import", str(case), "--history", history], capsys)
    out += run(["abcp-import", str(case), "--receivables", receivables], capsys)
    program = run_json(["abcp", str(case)], capsys)["program"]  # type: ignore[index]
    assert_japanese(out, {history, receivables, program})


def test_abcp_import_in_english_is_unchanged(demo, case, capsys):
    history = str(demo / "demo_abcp_history.xlsx")
    out = run(["abcp-import", str(case), "--history", history], capsys, "en")
    assert out.startswith(f"history: {history}; months: ")


def test_export_reports_the_workbook_in_japanese(demo, tmp_path, capsys):
    output = tmp_path / "book.xlsx"
    out = run(["export", str(demo / "demo.jcrcase"), "-o", str(output)], capsys)
    # the sheets are named in the workbook's language (English), as Excel shows them: data
    sheets = openpyxl.load_workbook(output, read_only=True).sheetnames
    assert_japanese(out, {str(output), *sheets})
    assert f"{len(sheets)} " in out


def test_export_in_english_is_unchanged(demo, tmp_path, capsys):
    output = tmp_path / "book.xlsx"
    out = run(["export", str(demo / "demo.jcrcase"), "-o", str(output)], capsys, "en")
    assert out.startswith(f"Wrote {output}: 16 sheets (Cover, Summary, ")


def test_disclosure_lists_what_is_missing_in_japanese(demo, tmp_path, capsys):
    path = str(demo / "demo.jcrcase")
    out = run(["disclosure", path, "-o", str(tmp_path), "--language", "ja"], capsys)
    written = run_json(["disclosure", path, "-o", str(tmp_path), "--language", "ja"], capsys)
    assert_japanese(out, set(written["files"]))  # type: ignore[index]
    assert "release_ja" not in out.replace("release_ja.", "")  # the draft is named in words


def test_disclosure_in_english_is_unchanged(demo, tmp_path, capsys):
    out = run(["disclosure", str(demo / "demo.jcrcase"), "-o", str(tmp_path)], capsys, "en")
    assert any(line.startswith("release_en: missing: ") for line in out.splitlines())


def test_scenario_export_and_import_report_in_japanese(case, tmp_path, capsys):
    scenario = tmp_path / "base.toml"
    out = run(["scenario", "export", str(case), "-o", str(scenario)], capsys)
    text = scenario.read_text(encoding="utf-8")
    scenario.write_text(text.replace("recovery_rate = 0.45", "recovery_rate = 0.4"))
    out += run(["scenario", "import", str(case), str(scenario), "--reason", "check"], capsys)
    changed = run_json(
        ["scenario", "import", str(case), str(scenario), "--reason", "again"], capsys
    )
    keys = {"assumptions.recovery_rate"}  # the file's keys, as written
    assert_japanese(out, {str(scenario), changed["scenario"], *keys})  # type: ignore[index]
    assert "recovery_rate: 0.45 → 0.4" in out


def test_scenario_export_in_english_is_unchanged(case, tmp_path, capsys):
    scenario = tmp_path / "base.toml"
    out = run(["scenario", "export", str(case), "-o", str(scenario)], capsys, "en")
    assert out.strip().endswith(f": written to {scenario}")


#: What an analyst types or reads as named in files: option values, ``--set`` names, the
#: units and fields ``--unit`` takes, the workbook's sheet name.
TYPED = {
    *TERMS,
    *STRESS_FORMS,
    *BASE_CASE_METHODS,
    "form",
    "method",
    "multiple.RATING",
    "k.RATING",
    "multiple.J-1",
    "yes",
    "no",
    "yen",
    "thousand_yen",
    "percent",
    "fraction",
    "Assumptions",
    "scenario import",  # a command named in a sentence
    *(spec.name for kind in (RECEIVABLES_HISTORY, RECEIVABLES) for spec in unit_fields(kind)),
}


@pytest.mark.parametrize(
    "command",
    ["guidelines", "abcp", "abcp-import", "demo", "export", "disclosure", "scenario"],
)
def test_help_reads_in_japanese(command, capsys):
    capsys.readouterr()
    assert main(["--lang", "ja", command, "--help"]) == EXIT_OK
    out = capsys.readouterr().out
    # option names, metavars, choices and field names stay as typed; the sentences Japanese
    options = re.findall(r"--?[a-z][a-z-]*|\b[A-Z][A-Z_.=]+\b|\{[^}]*\}|\b[a-z]+(?:_[a-z]+)+", out)
    commands = re.findall(r"^    ([a-z]+) ", out, re.M)  # scenario's export and import
    assert_japanese(out, {*options, *TYPED, *commands, "jcr-desk-cli", command})


def test_help_in_english_is_unchanged(capsys):
    assert main(["--lang", "en", "abcp", "--help"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("usage: jcr-desk-cli abcp ")
    assert "try another value for this run: subordination (fraction), " in " ".join(out.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["demo", "a", "b"],
        ["abcp", "x", "--set"],
        ["disclosure", "x", "-o", "y", "--language", "fr"],
        ["abcp-import", "x"],
        ["abcp-import", "x", "--history", "a", "--receivables", "b"],
        ["demo", "d", "--loans", "x"],
        ["demo", "d", "--loans", "0"],
    ],
)
def test_usage_errors_read_in_japanese(argv, capsys):
    capsys.readouterr()
    assert main(["--lang", "ja", *argv]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    typed = set(re.findall(r"--?[a-z][a-z-]*|\b[A-Z]+\b|'[^']*'", line))
    assert_japanese(line, {*typed, "jcr-desk-cli", *argv})


def test_usage_errors_in_english_are_unchanged(capsys):
    assert main(["--lang", "en", "abcp-import", "x"]) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == (
        "jcr-desk-cli: error: one of the arguments --history --receivables is required "
        "(see jcr-desk-cli abcp-import --help)"
    )


def test_a_japanese_locale_gives_japanese_reports(demo, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    capsys.readouterr()
    assert main(["guidelines", str(demo / "demo.jcrcase")]) == EXIT_OK
    assert "  規定：金融持株会社（001 §2）" in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("content", [None, b"", b"not a case", "folder"])
def test_a_case_file_that_cannot_be_read_is_named_in_japanese(content, tmp_path, capsys):
    path = tmp_path / "broken.jcrcase"
    if content == "folder":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    capsys.readouterr()
    assert main(["--lang", "ja", "guidelines", str(path)]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    assert "broken.jcrcase" in line
    assert_japanese(line, {"jcr-desk-cli", "broken.jcrcase", str(tmp_path)})


def test_a_missing_case_file_in_english_is_unchanged(tmp_path, capsys):
    assert main(["--lang", "en", "guidelines", str(tmp_path / "gone.jcrcase")]) == EXIT_USAGE
    assert capsys.readouterr().err.strip() == (
        f"jcr-desk-cli: error: gone.jcrcase: was not found (looked in {tmp_path})"
    )


TRIAL_ARGV = ["--set", "form=sd", "--set", "method=mean"]


def test_abcp_names_trial_values_in_japanese(demo, capsys):
    argv = ["abcp", str(demo / "demo.jcrcase"), *TRIAL_ARGV]
    out = run(argv, capsys)
    result = run_json(argv, capsys)
    assert result["choices"]["form"] == "analyst: trial value (--set)"  # type: ignore[index]
    base_case = next(line for line in out.splitlines() if line.startswith("ベースケース："))
    assert_japanese(base_case, {"--set"})


def test_abcp_notes_read_in_japanese(demo, capsys):
    argv = ["abcp", str(demo / "demo.jcrcase"), *TRIAL_ARGV]
    out = run(argv, capsys)
    notes = [line for line in out.splitlines() if line.startswith(("注記：", "未決定："))]
    assert notes
    assert_japanese("\n".join(notes), set())
