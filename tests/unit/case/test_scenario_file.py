"""A scenario round-trips through its TOML file; a bad file is refused naming the key."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

import pytest

from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.scenario_file import (
    ImportScenario,
    ScenarioFileError,
    read_scenario_file,
    write_scenario_file,
)
from jcr_desk.case.edits.mechanism_commands import SetMechanism
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, main
from jcr_desk.structured.assumptions import (
    ConcentrationDecision,
    MultiplierAdjustment,
    StressAssumptions,
)
from jcr_desk.structured.deal import (
    Answer,
    DealStructure,
    GroupCreditLife,
    GuaranteeScheme,
    NoteClass,
    RentGuarantee,
)

DOC = Path(__file__).resolve().parents[3] / "docs" / "scenario-format.md"


@pytest.fixture(scope="module")
def demo():
    return build_demo_case(loans=120, seed=5)


@pytest.fixture
def case(demo):
    case = demo.snapshot()
    scenario = case.scenarios[0]
    bank = next(e for e in case.entities if e.role == "core" and e.sector == "bank")
    scheme = GuaranteeScheme(
        bank.id, None, (Answer("bank_rated", "yes", "rated AA- by the agency"),)
    )
    SetMechanism(scenario.id, "guarantee", scheme, "deed").redo(case)
    scenario.assumptions = replace(
        scenario.assumptions,
        multiplier_adjustments=(
            MultiplierAdjustment(
                "AAA", "first_five_years", 4.0, "region", "quakes", segment="region:Kanto"
            ),
        ),
        concentration_decisions=(
            ConcentrationDecision("prefecture:東京都", "not_adjusted", "spread", "佐藤"),
        ),
    )
    scenario.structure = replace(scenario.structure, clean_up_call=0.1, trust_fee=0.0004)
    return case


def test_export_then_import_gives_the_same_records_and_the_same_figures(case, tmp_path):
    scenario = case.scenarios[0]
    path = write_scenario_file(case, scenario, tmp_path / "deal.toml")
    text = path.read_text("utf-8")
    assert 'servicer = "Mitsukaze Bank, Ltd."' in text  # entities by name, not by id
    assert "guarantor = " in text and "佐藤" in text
    imported = read_scenario_file(case, path)
    assert (imported.name, imported.assumptions, imported.structure) == (
        scenario.name,
        scenario.assumptions,
        scenario.structure,
    )
    before = run_scenario(case, scenario.id).result
    other = case.snapshot()
    target = other.scenarios[0]
    target.assumptions, target.structure = StressAssumptions(), DealStructure()
    command = ImportScenario(imported, "reviewer reproduces the committee's run")
    command.check(other)
    command.redo(other)
    assert run_scenario(other, target.id).result.ratings == before.ratings
    assert any(line.startswith("structure.clean_up_call: none → 0.1") for line in command.changed)
    command.undo(other)
    assert target.structure == DealStructure()


def test_an_import_of_a_new_name_adds_a_scenario_and_undo_takes_it_out(case, tmp_path):
    path = write_scenario_file(case, case.scenarios[0], tmp_path / "deal.toml")
    imported = read_scenario_file(case, path)
    command = ImportScenario(replace(imported, name="Reviewer's copy"), "second opinion")
    command.redo(case)
    assert [s.name for s in case.scenarios][-1] == "Reviewer's copy"
    assert case.audit[-1].action == "scenario imported"
    command.undo(case)
    assert "Reviewer's copy" not in [s.name for s in case.scenarios]


@pytest.mark.parametrize(
    ("edit", "key"),
    [
        (lambda t: t.replace("coupon = 0.007", "coupon = -0.007"), "structure.classes[1].coupon"),
        (lambda t: t.replace("cpr = 0.06", 'cpr = "6%"'), "assumptions.cpr"),
        (
            lambda t: t.replace("cpr = 0.06", "cpr = 1.5"),
            "assumptions.cpr: is 1.5; allowed: 0 to 1",
        ),
        (lambda t: t.replace("[structure]", "[structure]\nturbo = true"), "structure.turbo"),
        (lambda t: t.replace('payment = "sequential"', 'payment = "turbo"'), "structure.payment"),
        (
            lambda t: t.replace('servicer = "Mitsukaze Bank, Ltd."', 'servicer = "Nobody"'),
            "structure.servicer",
        ),
        (lambda t: t.replace('"AAA",', '"AAAA",', 1), "assumptions.target_ratings[0]"),
        (lambda t: t.replace("format = 1", "format = 7"), "format"),
        (lambda t: t + "\n[[[", "not a TOML file"),
    ],
)
def test_a_bad_file_is_refused_naming_the_file_and_the_key(case, tmp_path, edit, key):
    path = write_scenario_file(case, case.scenarios[0], tmp_path / "deal.toml")
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    with pytest.raises(ScenarioFileError) as refused:
        read_scenario_file(case, path)
    assert str(refused.value).startswith(str(path))
    assert key in str(refused.value)


def test_the_cli_exports_imports_and_refuses(case, tmp_path, capsys):
    case_path = tmp_path / "case.jcrcase"
    save_case(case, case_path)
    toml = tmp_path / "deal.toml"
    assert main(["scenario", "export", str(case_path), "-o", str(toml)]) == EXIT_OK
    text = toml.read_text("utf-8").replace("clean_up_call = 0.1", "clean_up_call = 0.05")
    toml.write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["scenario", "import", str(case_path), str(toml), "--reason", "call at 5 %"]) == 0
    assert "structure.clean_up_call: 0.1 → 0.05" in capsys.readouterr().out
    assert load_case(case_path).scenarios[0].structure.clean_up_call == 0.05
    toml.write_text(text.replace("rank = 2", "rank = 1"), "utf-8")
    assert main(["scenario", "import", str(case_path), str(toml), "--reason", "x"]) == EXIT_PROBLEMS
    error = capsys.readouterr().err
    assert "structure.classes" in error and error.count("\n") == 1


def test_every_field_of_the_records_is_documented():
    doc = DOC.read_text("utf-8")
    documented = set(re.findall(r"`([a-z_]+)`", doc))
    file_names = {
        "servicer_id": "servicer",
        "issuer_id": "issuer",
        "guarantor_id": "guarantor",
        "company_id": "company",
        "answer": "answers",
    }
    for record in (
        StressAssumptions,
        MultiplierAdjustment,
        ConcentrationDecision,
        DealStructure,
        NoteClass,
        GuaranteeScheme,
        RentGuarantee,
        GroupCreditLife,
        Answer,
    ):
        for field in fields(record):
            name = file_names.get(field.name, field.name)
            if name in ("trust_fee", "servicing_fee", "key", "reason"):
                assert name in doc, name
                continue
            assert name in documented, f"{record.__name__}.{field.name} is not in {DOC.name}"
    assert Path(DOC).is_file()
