"""Decisions: accepted or overridden with a reason, replacing the previous one, undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk import __version__
from jcr_desk.case import load_case, save_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, Entity
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.case.edits.decision_commands import (
    ITEM_LABELS,
    ClearDecision,
    RecordDecision,
)
from jcr_desk.methodology.guideline import Guideline, Step, reason
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating

HOLDING = "h1"


def guideline(proposed: str | None = "A+") -> Guideline:
    return Guideline(
        start=Rating("AA-"),
        steps=(Step("F2", -1, reason("cash flow depends on dividends"), "001 §2(5)(ii)"),),
        proposed=None if proposed is None else Rating(proposed),
        min_notches=1,
        max_notches=2,
        needs_judgement=proposed is None,
        flags=(reason("look at the resolution regime"),),
    )


@pytest.fixture
def case() -> Case:
    return Case(entities=[Entity(HOLDING, "Sakura FG", "holding", "bank")])


def apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


def test_every_item_has_a_label():
    assert set(ITEM_LABELS) == set(ITEMS)


def test_accepting_the_guideline_records_it_without_reason(case):
    apply(case, RecordDecision(HOLDING, "long_term", guideline(), "A+", "", "Tanaka"))
    decision = case.decision(HOLDING, "long_term")
    assert decision is not None
    assert (decision.rating, decision.guideline_rating, decision.is_override) == ("A+", "A+", False)
    assert decision.analyst == "Tanaka"
    assert decision.guideline == {
        **guideline().to_dict(),
        "rulebook_version": load_rulebook().version,
        "app_version": __version__,
    }
    assert case.audit[-1].action == "decision recorded"
    assert "Sakura FG" in case.audit[-1].detail and "A+" in case.audit[-1].detail
    assert case.audit[-1].user == "Tanaka"


def test_rating_text_is_stored_canonical(case):
    command = RecordDecision(HOLDING, "long_term", guideline(), " a＋ ", "", "Tanaka")
    assert command.text == "Accept long-term issuer rating A+"
    apply(case, command)
    assert case.decision(HOLDING, "long_term").rating == "A+"


def test_override_with_reason_is_recorded_and_audited(case):
    apply(case, RecordDecision(HOLDING, "long_term", guideline(), "A", "weak dividends", "Sato"))
    decision = case.decision(HOLDING, "long_term")
    assert decision.is_override and decision.reason == "weak dividends"
    entry = case.audit[-1]
    assert entry.action == "override recorded"
    assert "weak dividends" in entry.detail and "A+" in entry.detail and "A" in entry.detail


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_override_without_reason_is_refused_before_anything_changes(case, reason):
    command = RecordDecision(HOLDING, "long_term", guideline(), "A", reason, "Sato")
    with pytest.raises(EditRefused, match="reason"):
        command.check(case)
    assert case.decisions == [] and case.audit == []


def test_no_proposal_means_every_rating_needs_a_reason(case):
    with pytest.raises(EditRefused, match="judgement"):
        RecordDecision(HOLDING, "long_term", guideline(None), "A", "", "Sato").check(case)
    with pytest.raises(EditRefused, match="judgement"):
        RecordDecision(HOLDING, "long_term", None, "A", "", "Sato").check(case)
    apply(case, RecordDecision(HOLDING, "long_term", None, "A", "control is weak", "Sato"))
    decision = case.decision(HOLDING, "long_term")
    assert decision.guideline_rating is None and decision.guideline == {}
    assert decision.is_override


def test_blank_analyst_is_refused(case):
    with pytest.raises(EditRefused, match="analyst"):
        RecordDecision(HOLDING, "long_term", guideline(), "A+", "", "  ").check(case)


@pytest.mark.parametrize(
    ("item", "rating"),
    [("long_term", "J-1"), ("issue", "J-1+"), ("short_term", "A+"), ("long_term", "AAA+")],
)
def test_a_rating_off_the_items_scale_is_refused(case, item, rating):
    with pytest.raises(EditRefused, match="not a rating"):
        RecordDecision(HOLDING, item, guideline(), rating, "reason", "Sato").check(case)


def test_unknown_entity_or_item_is_refused(case):
    with pytest.raises(EditRefused, match="no longer"):
        RecordDecision("gone", "long_term", guideline(), "A+", "", "Sato").check(case)
    with pytest.raises(EditRefused, match="no rated item"):
        RecordDecision(HOLDING, "outlook", guideline(), "A+", "", "Sato").check(case)


def test_short_term_proposal_comes_from_the_long_term_guideline(case):
    # A+ maps to J-1 in the shipped rulebook (Desk default long-to-short table).
    apply(case, RecordDecision(HOLDING, "short_term", guideline("A+"), "J-1", "", "Sato"))
    assert case.decision(HOLDING, "short_term").is_override is False
    with pytest.raises(EditRefused, match="J-1"):
        RecordDecision(HOLDING, "short_term", guideline("A+"), "J-2", "", "Sato").check(case)


def test_new_decision_replaces_the_previous_in_place_and_undo_restores_it(case):
    apply(case, RecordDecision(HOLDING, "issue", guideline(), "A+", "", "Sato"))
    apply(case, RecordDecision(HOLDING, "long_term", guideline(), "A+", "", "Sato"))
    first = list(case.decisions)
    override = RecordDecision(HOLDING, "issue", guideline(), "A-", "subordinated", "Sato")
    apply(case, override)
    assert [d.item for d in case.decisions] == ["issue", "long_term"]
    assert case.decisions[0].rating == "A-"
    override.undo(case)
    assert case.decisions == first
    assert case.audit[-1].action == "undo"
    override.redo(case)
    assert case.decisions[0].rating == "A-" and case.decisions[1] == first[1]


def test_undo_of_a_first_decision_removes_it(case):
    command = RecordDecision(HOLDING, "long_term", guideline(), "A+", "", "Sato")
    apply(case, command)
    command.undo(case)
    assert case.decisions == []


def test_clear_decision_and_undo(case):
    apply(case, RecordDecision(HOLDING, "issue", guideline(), "A+", "", "Sato"))
    apply(case, RecordDecision(HOLDING, "long_term", guideline(), "A+", "", "Sato"))
    before = list(case.decisions)
    clear = ClearDecision(HOLDING, "issue")
    apply(case, clear)
    assert [d.item for d in case.decisions] == ["long_term"]
    assert case.audit[-1].action == "decision cleared"
    clear.undo(case)
    assert case.decisions == before
    with pytest.raises(EditRefused, match="no recorded"):
        ClearDecision(HOLDING, "short_term").check(case)


def test_guideline_snapshot_round_trips_through_the_case_file(case, tmp_path: Path):
    apply(case, RecordDecision(HOLDING, "long_term", guideline(), "A", "weak dividends", "Sato"))
    path = tmp_path / "decided.jcrcase"
    save_case(case, path)
    reopened = load_case(path).decision(HOLDING, "long_term")
    assert reopened == case.decision(HOLDING, "long_term")
    assert Guideline.from_dict(reopened.guideline) == guideline()
