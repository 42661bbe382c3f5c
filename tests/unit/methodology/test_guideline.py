"""The Guideline value: range arithmetic, snapshots and chaining a ceiling onto a group rule."""

from __future__ import annotations

import json

import pytest

from jcr_desk.methodology.ceilings import cap_by_ceiling
from jcr_desk.methodology.groups import financial_holding_guideline, group_company_guideline
from jcr_desk.methodology.guideline import Guideline, Step, chain, reason
from jcr_desk.ratings import Rating


def make(start="A", min_notches=0, max_notches=2, proposed="A-") -> Guideline:
    return Guideline(
        start=Rating(start),
        steps=(Step("X", -1, reason("one notch"), "001 §2"),),
        proposed=Rating(proposed),
        min_notches=min_notches,
        max_notches=max_notches,
        needs_judgement=False,
        flags=(reason("look"),),
    )


def test_allows_and_range_text() -> None:
    guideline = make()
    assert guideline.range_text() == "A to BBB+"
    assert guideline.allows("A") and guideline.allows(Rating("BBB+"))
    assert not guideline.allows("A+") and not guideline.allows("BBB")
    open_ended = make(max_notches=None)
    assert open_ended.range_text() == "A or lower" and open_ended.allows("C")
    assert make(min_notches=-2, max_notches=-1, proposed="A+").range_text() == "AA- to A+"


def test_snapshot_round_trip_through_json() -> None:
    guideline = chain(
        financial_holding_guideline("AA", cash_flow_problem=True), cap_by_ceiling("AA-", "A")
    )
    data = json.loads(json.dumps(guideline.to_dict()))
    assert Guideline.from_dict(data) == guideline


def test_chain_caps_the_whole_range_under_the_ceiling() -> None:
    first = group_company_guideline("AA", "core", sole="A")  # AA- proposed, AA- to A allowed
    combined = chain(first, cap_by_ceiling(first.proposed, "A+"))
    assert combined.proposed == Rating("A+")
    assert combined.range_text() == "A+ to A"
    assert [s.rule_id for s in combined.steps] == ["G-TOPDOWN", "G-WIDEN", "C-CEILING"]


def test_chain_keeps_the_range_when_the_ceiling_does_not_bind() -> None:
    first = financial_holding_guideline("A", spe_indicated=True, cash_flow_problem=True)
    combined = chain(first, cap_by_ceiling(first.proposed, "AA"))
    assert combined.proposed == Rating("A-")
    assert combined.range_text() == "A-"


def test_chain_refuses_a_second_guideline_built_elsewhere() -> None:
    with pytest.raises(ValueError, match="starts at"):
        chain(make(), cap_by_ceiling("AA", "A"))


def test_chain_combines_judgement_and_flags() -> None:
    first = financial_holding_guideline("A", control_sufficient=False)
    combined = chain(first, cap_by_ceiling(first.proposed, "A"))
    assert combined.proposed is None and combined.needs_judgement
    assert combined.range_text() == "A- or lower"
