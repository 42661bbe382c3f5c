"""jcr-desk-cli stress: the enhancement table as text and as the issue's JSON."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.model import Case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from jcr_desk.methodology.rulebook import load_rulebook

PREFIX = "jcr-desk-cli: error: "


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    case = build_demo_case(loans=200, seed=7)
    path = tmp_path_factory.mktemp("stress") / "demo.jcrcase"
    save_case(case, path)
    return case, path


def run_json(argv: list[str], capsys) -> dict:
    assert main(argv) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_shape(demo, capsys) -> None:
    _, path = demo
    result = run_json(["stress", str(path), "--json"], capsys)
    assert list(result["ratings"]) == ["AAA", "AA", "A", "BBB"]
    aaa = result["ratings"]["AAA"]
    assert set(aaa["layers"]) == {"bad_loan", "interest_rate", "commingling", "setoff"}
    assert {"first_five_years", "after_five_years", "prepayment"} <= set(aaa["multipliers"])
    for verdict in aaa["tranches"].values():
        assert {"required_ce", "available_ce", "pass"} <= set(verdict)
    flows = result["pool_cashflows"]["AAA"]
    assert {"principal", "interest", "defaults", "recoveries"} <= set(flows)
    assert sum(flows["principal"]) + sum(flows["defaults"]) == pytest.approx(
        result["pool_balance"], rel=1e-9
    )


def test_prints_the_numbers_the_window_stores(demo, capsys) -> None:
    case, path = demo
    printed = run_json(["stress", str(path), "--json"], capsys)
    stored = run_scenario(load_case(path), case.scenarios[0].id).result.to_dict()
    assert printed == json.loads(json.dumps(stored))
    # Issue 14: what a reviewer needs to reproduce the figures.
    assert printed["rulebook_version"] == load_rulebook().version
    for line in printed["ratings"].values():
        assert line["interest_rate_path"] in ("up", "down")
        assert set(line["interest_rate_paths"]) == {"up", "down"}
        assert 0 < line["realised_default_rate"] <= line["stressed_default_rate"] + 1e-12
        assert any("stress.recovery.rating_ratio" in text for text in line["desk_defaults"])
    assert "stress.default_timing_curve" in {d["key"] for d in printed["desk_defaults"]}


def test_set_overrides_one_run_without_changing_the_case(demo, capsys) -> None:
    _, path = demo
    before = path.read_bytes()
    base = run_json(["stress", str(path), "--json"], capsys)
    harsher = run_json(
        ["stress", str(path), "--json", "--set", "base_default_rate=0.06", "--set", "cpr=0.02"],
        capsys,
    )
    assert harsher["overrides"] == {"base_default_rate": 0.06, "cpr": 0.02}
    assert (
        harsher["ratings"]["AAA"]["realised_default_rate"]
        > base["ratings"]["AAA"]["realised_default_rate"]
    )
    assert path.read_bytes() == before


def test_text_table_lists_ratings_layers_and_verdicts(demo, capsys) -> None:
    _, path = demo
    assert main(["stress", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:5] == ["Rating", "Bad", "loan", "Interest", "rate"]
    assert "Class A: reaches" in out
    assert "Liquidity reserve: ¥" in out


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("cpr", "expected NAME=VALUE"),
        ("speed=1", "expected NAME=VALUE"),
        ("cpr=fast", "not a number"),
        ("cpr=1.5", "fraction between 0 and 1"),
        ("recovery_lag_months=2.5", "whole number of months"),
    ],
)
def test_bad_settings_exit_2_with_one_line(demo, capsys, setting, message) -> None:
    _, path = demo
    assert main(["stress", str(path), "--set", setting]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith(PREFIX) and message in err and len(err.strip().splitlines()) == 1


def _without_pool(case: Case) -> Case:
    case.pools.clear()
    return case


def _oversized(case: Case) -> Case:
    scenario = case.scenarios[0]
    senior, *others = scenario.structure.ordered()
    scenario.structure = scenario.structure.with_classes(
        (replace(senior, balance=1e15), *others), scenario.structure.sized_for_pool
    )
    return case


def _no_term(case: Case) -> Case:
    case.pools[0].loans = case.pools[0].loans.drop(columns="remaining_term_months")
    return case


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_without_pool, "no pool"),
        (_oversized, "more than the pool"),
        (_no_term, "remaining term"),
    ],
)
def test_missing_inputs_exit_1_naming_what_is_missing(tmp_path, capsys, spoil, message) -> None:
    path = tmp_path / "spoilt.jcrcase"
    save_case(spoil(build_demo_case(loans=30, seed=3)), path)
    assert main(["stress", str(path)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert err.startswith(PREFIX) and message in err
