"""jcr-desk-cli guidelines: every entity's guideline and decision, as text and as JSON."""

from __future__ import annotations

import json

import pytest

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.cli import EXIT_OK, EXIT_USAGE, main

PREFIX = "jcr-desk-cli: error: "


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    case = build_demo_case(loans=20, seed=5)
    path = tmp_path_factory.mktemp("cli") / "demo.jcrcase"
    save_case(case, path)
    return case, path


def test_json_lists_every_entity_with_its_guideline_and_decision(demo, capsys):
    case, path = demo
    assert main(["guidelines", str(path), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report[0]["name"] == case.committee.issuer
    assert sorted(row["id"] for row in report) == sorted(e.id for e in case.entities)
    rows = {row["id"]: row for row in report}
    for entity in case.entities:
        row = rows[entity.id]
        expected = evaluate_entity(case, entity.id)
        assert row["rule"] == expected.rule_title
        if expected.long_term is None:
            assert row["long_term"] is None and row["short_term"] is None
            continue
        assert row["long_term"]["proposed"] == str(expected.long_term.proposed)
        assert row["long_term"]["range"] == expected.long_term.range_text()
        assert row["long_term"]["needs_judgement"] == expected.long_term.needs_judgement
        assert [s["rule_id"] for s in row["long_term"]["steps"]] == [
            s.rule_id for s in expected.long_term.steps
        ]
        assert row["short_term"] == str(expected.short_term)
    holding = next(row for row in report if row["role"] == "holding")
    assert holding["issue"]["proposed"] is not None
    assert holding["double_leverage"] == pytest.approx(1.1)
    decisions = [
        (row["name"], item, decision)
        for row in report
        for item, decision in row["decisions"].items()
        if decision is not None
    ]
    assert len(decisions) == len(case.decisions)
    overrides = [decision for _name, _item, decision in decisions if decision["override"]]
    assert len(overrides) == 1 and overrides[0]["reason"]


def test_text_names_each_entity_its_rule_and_the_decisions(demo, capsys):
    case, path = demo
    assert main(["guidelines", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    for entity in case.entities:
        assert entity.name in out
    assert out.count("  rule: ") == len(case.entities)
    assert "Financial holding company (001 §2)" in out
    assert "long-term: A+ (range" in out
    assert "short-term: J-1" in out
    assert "double leverage: 110% (high from 120%)" in out
    override = next(d for d in case.decisions if d.is_override)
    assert f"decision long-term: {override.rating} (override, {override.analyst}" in out
    assert override.reason in out


@pytest.mark.parametrize("content", [None, b"not a case file"])
def test_a_case_that_cannot_be_opened_exits_2_with_one_line(tmp_path, capsys, content):
    path = tmp_path / "broken.jcrcase"
    if content is not None:
        path.write_bytes(content)
    assert main(["guidelines", str(path)]) == EXIT_USAGE
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(PREFIX)
    assert "broken.jcrcase" in lines[0]
    assert captured.out == ""


def test_case_argument_is_required(capsys):
    assert main(["guidelines"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(PREFIX)
