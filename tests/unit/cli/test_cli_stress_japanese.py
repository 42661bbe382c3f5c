"""``jcr-desk-cli stress`` reads in Japanese under ``--lang ja`` (issue 21), English unchanged.

Every line of the report (the table's headings, the risk layers, each rating's line, the
reserve, the rulebook, the Desk defaults named in words) and the command's help. Data
stays as written: class names, rating symbols, citations, the analyst's reasons (taken
from the ``--json`` form of the same run).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import NUMERIC_ASSUMPTIONS
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, main
from jcr_desk.cli_text import columns
from tests.unit.cli.test_cli_japanese import assert_japanese, run, run_json


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("stress-ja") / "demo.jcrcase"
    save_case(build_demo_case(loans=200, seed=7), path)
    return path


def _stress_data(result: dict) -> set[str]:
    """Class names, the rulebook's version and citations, the Desk defaults' values and
    the analyst's reasons the mechanisms quote: the run's own data."""
    data = {*result["tranches"], result["rulebook_version"]}
    data |= {d["citation"] for d in result["desk_defaults"]}
    data |= {d["value"] for d in result["desk_defaults"]}
    data.add("the trust is the insurance's beneficiary under the servicing agreement")
    return data


def test_stress_reads_in_japanese(demo, capsys):
    out = run(["stress", str(demo)], capsys)
    result = run_json(["stress", str(demo)], capsys)
    assert_japanese(out, _stress_data(result))  # type: ignore[arg-type]
    assert "AAA" in out and "Class A" in out


def test_the_japanese_table_lines_up_in_terminal_columns(demo, capsys):
    out = run(["stress", str(demo)], capsys)
    table = out.splitlines()[:5]  # heading and the four target ratings
    assert table[0].split()[0] == "格付"
    assert len({columns(line) for line in table}) == 1, table


def test_desk_defaults_are_named_in_words(demo, capsys):
    english = run(["stress", str(demo)], capsys, "en")
    japanese = run(["stress", str(demo)], capsys)
    for out in (english, japanese):
        assert "stress." not in out
    assert any(line.startswith("Desk default: ") for line in english.splitlines())


def test_stress_in_english_is_unchanged(demo, capsys):
    out = run(["stress", str(demo)], capsys, "en")
    lines = out.splitlines()
    assert lines[0].split()[:5] == ["Rating", "Bad", "loan", "Interest", "rate"]
    assert "Class A: reaches AAA" in lines
    assert any(re.fullmatch(r"Liquidity reserve: ¥[\d,]+ \(1 month\(s\)\)", line) for line in lines)
    assert any(line.startswith("Rulebook ") for line in lines)


def test_stress_help_reads_in_japanese(capsys):
    capsys.readouterr()
    assert main(["--lang", "ja", "stress", "--help"]) == EXIT_OK
    out = capsys.readouterr().out
    options = re.findall(r"--?[a-z][a-z-]*|\b[A-Z][A-Z_.=]+\b|\b[a-z]+(?:_[a-z]+)+", out)
    assert_japanese(out, {*options, *NUMERIC_ASSUMPTIONS, "jcr-desk-cli", "stress", "cpr"})


def test_stress_help_in_english_is_unchanged(capsys):
    assert main(["--lang", "en", "stress", "--help"]) == EXIT_OK
    out = " ".join(capsys.readouterr().out.split())
    assert "run the cash flows through the waterfall" in out
    assert "override an assumption for this run (base_default_rate, cpr," in out


@pytest.fixture
def spoilt(tmp_path) -> Path:
    """A case whose pool has no remaining term: the run refuses."""
    case = build_demo_case(loans=30, seed=3)
    case.pools[0].loans = case.pools[0].loans.drop(columns="remaining_term_months")
    path = tmp_path / "spoilt.jcrcase"
    save_case(case, path)
    return path


def refusal(path: Path, language: str, capsys) -> str:
    capsys.readouterr()
    assert main(["--lang", language, "stress", str(path)]) == EXIT_PROBLEMS
    return capsys.readouterr().err.strip()


def test_a_refused_input_is_explained_in_japanese(spoilt, capsys):
    line = refusal(spoilt, "ja", capsys)
    assert_japanese(line, {"jcr-desk-cli", str(spoilt), "remaining_term_months"})
    assert "残存期間" in line


def test_a_refused_input_in_english_is_unchanged(spoilt, capsys):
    assert refusal(spoilt, "en", capsys) == (
        f"jcr-desk-cli: error: {spoilt}: The pool has no remaining term (remaining_term_months); "
        "the run needs it."
    )
