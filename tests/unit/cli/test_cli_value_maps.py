"""check-tape / import-tape --profile: the profile's value maps turn an originator's codes into
the schema's, so a tape written with rate types "1"/"2"/"3" imports cleanly."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from jcr_desk.pool.mapping import MappingProfile, auto_map, profile_path, save_profile
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import tape_headers
from tests.unit.pool.coded_tapes import RATE_CODES, write_coded_tape

ORIGINATOR = "Originator R"


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    """Mapping profiles are looked up in the user folder: keep the real one out of reach."""
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def coded(tmp_path) -> tuple[Path, dict[str, int]]:
    """A 30-loan tape with rate types written "1"/"2"/"3", and how many loans have each code."""
    loans = generate_loans(30, seed=5)
    counts = loans["rate_type"].astype(str).value_counts().to_dict()
    return write_coded_tape(loans, tmp_path / "coded.xlsx"), counts


def _profile(values: dict[str, dict[str, str]]) -> MappingProfile:
    """The profile an analyst saves for the coded tape: its layout, its units, ``values``."""
    mapping = auto_map(list(tape_headers("en").values()))
    return replace(MappingProfile.from_mapping(ORIGINATOR, mapping), values=values)


def _check(argv: list[str], capsys) -> tuple[int, dict]:
    code = main([*argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_without_a_value_map_every_coded_row_is_an_unknown_category(coded, capsys):
    path, _counts = coded
    code, report = _check(["check-tape", str(path)], capsys)
    assert code == EXIT_PROBLEMS
    assert report["imported"] == 0
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert {(p["field"], p["rule"]) for p in errors} == {("rate_type", "unknown_category")}
    assert {p["value"] for p in errors} == {"1", "2", "3"}


def test_the_profiles_value_map_makes_the_tape_import_cleanly(coded, tmp_path, capsys):
    path, counts = coded
    save_profile(_profile({"rate_type": {text: code for code, text in RATE_CODES.items()}}))
    code, report = _check(["check-tape", str(path), "--profile", ORIGINATOR], capsys)
    assert code == EXIT_OK
    assert report["imported"] == 30
    assert not [p for p in report["problems"] if p["severity"] == "error"]

    case_path = tmp_path / "case.jcrcase"
    save_case(build_demo_case(loans=10, seed=3), case_path)
    code, _report = _check(
        ["import-tape", str(case_path), str(path), "--profile", ORIGINATOR,
         "--classes", "keep-shares", "--reason", "the notes follow the tape"],
        capsys,
    )
    assert code == EXIT_OK
    pool = load_case(case_path).pools[0]
    assert pool.source["profile"] == ORIGINATOR
    assert pool.loans["rate_type"].astype(str).value_counts().to_dict() == counts


def test_a_partial_value_map_leaves_the_other_codes_as_errors(coded, capsys):
    path, counts = coded
    save_profile(_profile({"rate_type": {"1": "fixed", "2": "variable"}}))
    code, report = _check(["check-tape", str(path), "--profile", ORIGINATOR], capsys)
    assert code == EXIT_PROBLEMS
    assert report["imported"] == 30 - counts["fixed_period_selective"]
    assert {p["value"] for p in report["problems"] if p["severity"] == "error"} == {"3"}


def test_a_value_map_naming_no_code_exits_2_with_one_line(coded, capsys):
    path, _counts = coded
    data = _profile({}).to_dict() | {"values": {"rate_type": {"1": "fixed", "2": "floating"}}}
    profile_path(ORIGINATOR).write_text(json.dumps(data), encoding="utf-8")
    assert main(["check-tape", str(path), "--profile", ORIGINATOR]) == EXIT_USAGE
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert f"{ORIGINATOR}.json" in lines[0]
    assert "value map of rate_type: '2' is mapped to 'floating'" in lines[0]
    assert "codes: fixed, variable, fixed_period_selective" in lines[0]
