"""check-tape and import-tape read in Japanese under ``--lang ja`` (issue 21), every line.

The data an analyst's tape brings stays as written: the file and sheet names, the column
headers and cells the tape's own words are quoted from, loan and borrower ids, prefectures.
What counts as data is taken from the ``--json`` form of the same command (English keys and
values, for programs). English output is unchanged (tests/unit/cli/test_cli_tapes.py).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, main
from jcr_desk.cli_text import columns
from jcr_desk.pool.schema import LOANS, schema
from jcr_desk.pool.tape_writer import tape_headers
from jcr_desk.pool.units import unit_fields
from tests.sheets import write_rows
from tests.unit.cli.test_cli_japanese import TYPED, assert_japanese, strings

TAPES = Path(__file__).parents[2] / "data" / "tapes"
KEEP_AMOUNTS = ["--classes", "keep-amounts", "--reason", "社債の額は発行時のまま"]
#: What an analyst types or the tape is written in: commands and options, field names and
#: codes as ``--unit`` and the value maps take them, the synthetic tapes' headers.
WRITTEN = {
    *TYPED,
    "check-tape",
    "import-tape",
    "--json",
    "--unit",
    "--cut-off",
    *(spec.name for spec in unit_fields(LOANS)),
    *(code for spec in schema() for code in spec.categories),
    *tape_headers("en").values(),
    *tape_headers("ja").values(),
}
MIX_ROW = re.compile(r"^    .* +[\d,]+ +[\d,]+ +[\d.]+%$")


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


def _run(argv: list[str], capsys, language: str, expected: int) -> str:
    capsys.readouterr()
    assert main(["--lang", language, *argv]) == expected
    return capsys.readouterr().out


def _tape_data(argv: list[str], capsys, expected: int) -> set[str]:
    """What the tape itself says (the JSON's strings but the English sentences built from
    them): file, sheet, quoted headers and cells, ids, prefectures, codes as keys."""
    report = json.loads(_run([*argv, "--json"], capsys, "en", expected))
    data = {str(report.get("case", "")), str(report.get("pool", ""))}
    for problem in report["problems"]:
        data |= {str(problem["sheet"]), str(problem["column"]), str(problem["value"])}
    for mix in report["summary"]["mixes"]:  # prefectures as written; codes are translated
        if mix["field"] == "prefecture":
            data |= {row["label"] for row in mix["rows"]} - {"Others", "Unknown"}
    data |= {
        flag["subject"]
        for flag in report["summary"]["concentrations"]
        if flag["name"] != "investment_condominium_share"
    }
    for reading in report["units"].values():
        for evidence in reading["evidence"]:
            data |= set(re.findall(r'"([^"]*)"', evidence["detail"]))  # a header as written
    if report["cut_off"]:
        data |= set(re.findall(r'"([^"]*)"', report["cut_off"]["detail"]))
    return {item for item in data if item} | {
        text for text in strings(report["summary"]["missing"]) if text
    }


@pytest.mark.parametrize(
    ("tape", "expected"),
    [
        ("lo_ja_errors.xlsx", EXIT_PROBLEMS),
        ("f03_no_cut_off.xlsx", EXIT_OK),
        ("f02_thousand_yen_bare.xlsx", EXIT_OK),
        ("f08_missing_columns.xlsx", EXIT_OK),
        ("f09_footnotes.xlsx", EXIT_OK),
        ("lo_en_120.xlsx", EXIT_OK),
    ],
)
def test_check_tape_reads_in_japanese(tape, expected, capsys):
    argv = ["check-tape", str(TAPES / tape)]
    out = _run(argv, capsys, "ja", expected)
    data = _tape_data(argv, capsys, expected)
    assert_japanese(out, {tape, *data, *WRITTEN})


def test_check_tape_aligns_japanese_columns_by_terminal_width(capsys):
    out = _run(["check-tape", str(TAPES / "lo_ja_errors.xlsx")], capsys, "ja", EXIT_PROBLEMS)
    mix = [line for line in out.splitlines() if MIX_ROW.match(line)]
    ends = {columns(line) for line in mix}
    assert len(ends) == 1, mix  # every mix row ends in the same column
    assert not {"salaried", "level_payment", "Others"} & {w for line in mix for w in line.split()}
    averages = [line for line in out.splitlines() if " / " in line and line.startswith("    ")]
    slashes = {columns(line.split(" / ")[0]) for line in averages}
    assert len(slashes) == 1, averages


def test_import_tape_reports_in_japanese(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--loans", "30"]) == EXIT_OK
    case = folder / "demo.jcrcase"
    shutil.copy(case, tmp_path / "before.jcrcase")
    tape = folder / "demo_tape_ja.xlsx"
    argv = ["import-tape", str(case), str(tape), *KEEP_AMOUNTS]
    out = _run(argv, capsys, "ja", EXIT_OK)
    shutil.copy(tmp_path / "before.jcrcase", case)
    data = _tape_data(argv, capsys, EXIT_OK)
    assert_japanese(out, {str(case), tape.name, *data, *WRITTEN})
    assert "demo_tape_ja" in out.splitlines()[1]  # the pool's name, then the case


@pytest.mark.parametrize(
    "argv",
    [
        ["import-tape", "missing.jcrcase", "tape.xlsx"],
        ["import-tape", "CASE", "tape.xlsx", "--add", "--replace", "x"],
        ["import-tape", "CASE", "TAPE", "--replace", "no such pool"],
        ["check-tape", "TAPE", "--profile", "nobody"],
        ["check-tape", "TAPE", "--unit", "loan_id=yen"],
        ["check-tape", "TAPE", "--unit", "current_balance=percent"],
        ["check-tape", "TAPE", "--cut-off", "30/09/2026"],
        ["import-tape", "CASE", "TAPE"],
    ],
)
def test_tape_command_errors_read_in_japanese(argv, tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--loans", "20"]) == EXIT_OK
    words = [
        str(folder / "demo.jcrcase")
        if word == "CASE"
        else str(TAPES / "lo_en_120.xlsx")
        if word == "TAPE"
        else word
        for word in argv
    ]
    capsys.readouterr()
    assert main(["--lang", "ja", *words]) != EXIT_OK
    line = capsys.readouterr().err.strip().splitlines()[-1]
    typed = set(re.findall(r"--?[a-z][a-z-]*|'[^']*'|\b[a-z]+(?:_[a-z]+)+\b", line))
    names = {"RMBS base", "keep-amounts", "keep-shares", "YYYY-MM-DD"}  # scenario, choices
    assert_japanese(line, {*typed, *WRITTEN, *words, *names, "jcr-desk-cli"})


@pytest.mark.parametrize("command", ["check-tape", "import-tape"])
def test_tape_help_reads_in_japanese(command, capsys):
    capsys.readouterr()
    assert main(["--lang", "ja", command, "--help"]) == EXIT_OK
    out = capsys.readouterr().out
    options = re.findall(r"--?[a-z][a-z-]*|\b[A-Z][A-Z_.=-]+\b|\{[^}]*\}|\b[a-z]+(?:_[a-z]+)+", out)
    extensions = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".jcrcase"}
    assert_japanese(out, {*options, *WRITTEN, *extensions, "jcr-desk-cli"})


def test_tape_help_in_english_is_unchanged(capsys):
    assert main(["--lang", "en", "check-tape", "--help"]) == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())
    assert "Print how the tape was read (header, cut-off, units and their evidence)" in out
    assert "loan tape: .xlsx .xlsm .xls .xlsb .ods .csv" in out


def test_abcp_import_lists_receivables_left_out_in_japanese(tmp_path, capsys):
    folder = tmp_path / "demo"
    assert main(["demo", str(folder), "--loans", "20"]) == EXIT_OK
    rows = [
        ["債権番号", "請求額（円）", "支払日", "加盟店業種", "譲渡人"],
        ["R-1", 12_000, "2026-10-27", "スーパー", "三風カード"],
        ["R-2", "x", "2026-10-27", "旅行", "星空カード"],
    ]
    tape = write_rows(tmp_path / "receivables.xlsx", rows)
    argv = ["abcp-import", str(folder / "demo.jcrcase"), "--receivables", str(tape)]
    out = _run(argv, capsys, "ja", EXIT_PROBLEMS)
    listed = out.splitlines()[1]
    assert "3" in listed and "B" in listed
    assert_japanese(out, {str(tape), "Sakura Blossom Receivables Funding", "'x'"})


def test_a_derived_field_is_named_in_words_not_by_its_key(capsys):
    # a cut-off six months earlier puts one loan's remaining term above its usual range
    argv = ["check-tape", str(TAPES / "f02_thousand_yen_bare.xlsx"), "--cut-off", "2026-03-31"]
    japanese = _run(argv, capsys, "ja", EXIT_OK)
    english = _run(argv, capsys, "en", EXIT_OK)
    assert "残存期間：421 は通常の範囲（0 – 420）外です" in japanese
    assert "Remaining term: 421 is outside the usual range 0 – 420" in english
    assert "remaining_term_months" not in japanese + english
