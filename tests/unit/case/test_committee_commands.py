"""Edits of the committee's outputs: each checked, applied, undone as one step."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import DisclosureInfo, RatingHistoryEntry
from jcr_desk.case.edits.committee_commands import (
    RecordCommitteeResult,
    SetDisclosureInfo,
    SetHistory,
    SetItemInputs,
    SetRationale,
    committee_result_rows,
)
from jcr_desk.case.services.rated_items import entity_item_key, rated_items

from .committee_cases import seed_000_case
from .seed_000_history import CP, ISSUER, LONG_TERM, ROWS

LT_KEY = entity_item_key("jsf", "long_term")


def _apply(case, command):
    command.check(case)
    command.redo(case)
    return command


def test_record_committee_result_appends_one_line_per_item_and_undoes_at_once() -> None:
    case = seed_000_case()
    before = copy.deepcopy(case.history)
    command = _apply(case, RecordCommitteeResult("en"))
    assert case.history[: len(before)] == before
    assert case.history[len(before) :] == [
        RatingHistoryEntry(ISSUER, LONG_TERM, date(2021, 4, 20), "AA-", "Stable"),
        RatingHistoryEntry(ISSUER, CP, date(2021, 4, 20), "J-1+", ""),
    ]
    assert case.audit[-1].action == "record committee result"
    assert case.audit[-1].detail == "2 line(s) dated 2021-04-20"
    command.undo(case)
    assert case.history == before


def test_a_new_item_is_named_in_the_language_chosen() -> None:
    case = seed_000_case()
    case.history = []
    rows = committee_result_rows(case, "ja")
    assert [(r.issuer, r.issue) for r in rows] == [
        ("日本証券金融株式会社", "長期発行体格付"),
        ("日本証券金融株式会社", "CP"),
    ]
    assert [r.issue for r in committee_result_rows(case, "en")] == ["Long-term issuer rating", "CP"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda c: setattr(c.committee, "committee_date", None), "Enter the committee date"),
        (lambda c: c.committee_items.clear(), "Enter the proposed outlook of: JAPAN SECURITIES"),
        (
            lambda c: c.decisions.clear(),
            "No proposal yet for: JAPAN SECURITIES FINANCE CO., "
            "LTD. Long-term issuer rating; JAPAN",
        ),
    ],
)
def test_an_incomplete_result_is_refused_whole(change, message) -> None:
    case = seed_000_case()
    change(case)
    history = list(case.history)
    with pytest.raises(EditRefused, match=message):
        RecordCommitteeResult().check(case)
    assert case.history == history


def test_the_same_committee_is_not_recorded_twice() -> None:
    case = seed_000_case()
    _apply(case, RecordCommitteeResult())
    with pytest.raises(EditRefused, match="already holds a line of 2021-04-20"):
        RecordCommitteeResult().check(case)


def test_choosing_another_action_needs_a_reason_and_the_derived_one_clears_it() -> None:
    case = seed_000_case()
    with pytest.raises(EditRefused, match="The case gives affirmation; choosing outlook change"):
        SetItemInputs(LT_KEY, action="outlook_change").check(case)
    command = _apply(
        case, SetItemInputs(LT_KEY, action="outlook_change", action_reason="monitor placed")
    )
    item = rated_items(case)[0]
    assert (item.derived_action, item.action, item.action_reason) == (
        "affirmation",
        "outlook_change",
        "monitor placed",
    )
    command.undo(case)
    assert rated_items(case)[0].action == "affirmation"
    _apply(case, SetItemInputs(LT_KEY, action="affirmation", action_reason="ignored"))
    assert rated_items(case)[0].action_reason == ""


@pytest.mark.parametrize(
    ("key", "changes", "message"),
    [
        (LT_KEY, {"outlook": "Sideways"}, "Not an outlook"),
        (entity_item_key("jsf", "short_term"), {"outlook": "Stable"}, "Only a long-term"),
        (LT_KEY, {"maximum_yen": 1e12}, "Only a short-term"),
        (entity_item_key("jsf", "short_term"), {"maximum_yen": -5.0}, r"more than ¥0 \(got ¥-5\)"),
        (LT_KEY, {"action": "withdrawal", "action_reason": "x"}, "'withdrawal' is not a rating"),
        ("entity:gone:long_term", {"outlook": "Stable"}, "no longer in the case"),
    ],
)
def test_item_inputs_out_of_range_are_refused(key, changes, message) -> None:
    with pytest.raises(EditRefused, match=message):
        SetItemInputs(key, **changes).check(seed_000_case())


def test_item_inputs_are_stored_and_undone() -> None:
    case = seed_000_case()
    key = entity_item_key("jsf", "short_term")
    command = _apply(case, SetItemInputs(key, maximum_yen=2e12))
    assert rated_items(case)[1].maximum_yen == 2e12
    command.undo(case)
    assert rated_items(case)[1].maximum_yen == 1e12
    outlook = _apply(case, SetItemInputs(LT_KEY, outlook="negative"))
    assert rated_items(case)[0].outlook == "Negative"
    assert rated_items(case)[0].action == "outlook_change"
    outlook.undo(case)
    assert rated_items(case)[0].outlook == "Stable"


def test_rationale_paragraphs_are_replaced_and_restored() -> None:
    case = seed_000_case()
    command = _apply(case, SetRationale(["  First. ", "", "Second."]))
    assert case.committee.rationale == ["First.", "Second."]
    command.undo(case)
    assert case.committee.rationale == []
    with pytest.raises(EditRefused, match="unchanged"):
        SetRationale([" "]).check(case)


def test_history_edits_check_every_line() -> None:
    case = seed_000_case()
    bad = [*ROWS[:3], RatingHistoryEntry(ISSUER, CP, date(2021, 1, 1), "J-9")]
    with pytest.raises(EditRefused, match="History line 4: 'J-9' is not a long-term or short-term"):
        SetHistory(bad, "Edit history line").check(case)
    command = _apply(case, SetHistory(ROWS[:3], "Remove history lines"))
    assert case.history == list(ROWS[:3])
    command.undo(case)
    assert case.history == list(ROWS)


def test_disclosure_details_are_checked_and_undone() -> None:
    case = seed_000_case()
    with pytest.raises(EditRefused, match="'broker' is not a fee payer"):
        SetDisclosureInfo(DisclosureInfo(fee_payer="broker")).check(case)
    new = DisclosureInfo(fee_payer="issuer", responsible_name="Shozo Matsumura")
    command = _apply(case, SetDisclosureInfo(new))
    assert case.disclosure == new
    assert case.audit[-1].detail == "fee_payer, responsible_name"
    command.undo(case)
    assert case.disclosure == DisclosureInfo()
