"""Group and country commands apply and revert exactly, and refuse bad edits up front."""

from __future__ import annotations

import copy
import dataclasses
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, Country, Decision, Entity
from jcr_desk.case.edits.group_commands import (
    AddCountry,
    AddEntity,
    MoveEntity,
    RemoveCountry,
    RemoveEntity,
    RenameEntity,
    SetCountryFields,
    SetEntityFields,
    SetEntityInputs,
)

STAMP = datetime(2026, 10, 1, tzinfo=UTC)


def group_case() -> Case:
    """Holding ▸ bank ▸ card, holding ▸ trust bank, and an SPV beside the group."""
    return Case(
        entities=[
            Entity("h", "Holding", "holding", "bank", inputs={"gcw": "A+"},
                   financials={"equity": 100.0}),
            Entity("b", "Bank", "core", "bank", parent_id="h", ownership_pct=100.0,
                   inputs={"importance": "core", "sole": "A"}),
            Entity("s", "SPV", "spv", "trust"),
            Entity("c", "Card", "group_company", "card_nonbank", parent_id="b",
                   ownership_pct=85.0),
            Entity("t", "Trust bank", "group_company", "trust_bank", parent_id="h"),
        ],
        countries=[Country("JP", "Japan", "A+", "A+", "AAA", True), Country("US", "USA")],
        decisions=[
            Decision("d1", "b", "long_term", "A+", "A+", "", "Sato", STAMP),
            Decision("d2", "t", "long_term", "A", "A", "", "Sato", STAMP),
            Decision("d3", "c", "long_term", "BBB+", "A-", "weak", "Sato", STAMP),
        ],
    )


def without_audit(case: Case) -> Case:
    return dataclasses.replace(case, audit=[])


def apply(case: Case, command) -> None:
    command.check(case)
    command.redo(case)


def assert_round_trip(command, check_after) -> Case:
    """Apply, check the effect, undo (back to the original), redo (same effect again)."""
    case = group_case()
    original = copy.deepcopy(case)
    apply(case, command)
    check_after(case)
    after = copy.deepcopy(case)
    command.undo(case)
    assert without_audit(case) == without_audit(original)
    command.redo(case)
    assert without_audit(case) == without_audit(after)
    check_after(case)
    assert [entry.action for entry in case.audit][-2] == "undo"
    return case


def test_add_entity_appends_a_copy_and_undo_removes_it():
    entity = Entity("n", " New ", "group_company", parent_id="b", ownership_pct=51.0)

    def check(case):
        assert case.entity("n").parent_id == "b"
        assert case.entities[-1].ownership_pct == 51.0

    case = assert_round_trip(AddEntity(entity), check)
    entity.name = "changed by the caller"
    assert case.entity("n").name == " New "
    assert case.audit[0].action == "entity added"


def test_remove_entity_takes_its_subtree_and_decisions_and_undo_restores_in_place():
    def check(case):
        assert [e.id for e in case.entities] == ["h", "s", "t"]
        assert [d.id for d in case.decisions] == ["d2"]

    case = assert_round_trip(RemoveEntity("b"), check)
    assert "Bank, Card" in case.audit[0].detail


def test_move_entity_and_back():
    def check(case):
        assert case.entity("c").parent_id == "t"

    assert_round_trip(MoveEntity("c", "t"), check)


def test_rename_strips_and_undo_restores():
    def check(case):
        assert case.entity("t").name == "Trust & Banking"

    case = assert_round_trip(RenameEntity("t", "  Trust & Banking "), check)
    assert case.audit[0].action == "entity renamed"


def test_set_entity_fields_normalises_codes():
    def check(case):
        card = case.entity("c")
        assert (card.role, card.country, card.currency, card.ownership_pct) == (
            "core", "US", "USD", 0.0)

    assert_round_trip(
        SetEntityFields("c", role="core", country=" us", currency="usd", ownership_pct=0), check
    )


def test_the_japanese_name_is_set_with_its_spaces_tidied():
    def check(case):
        assert case.entity("c").name_ja == "三風 カード株式会社"
        assert case.entity("c").display_name("ja") == "三風 カード株式会社"

    assert_round_trip(SetEntityFields("c", name_ja="  三風   カード株式会社 "), check)


def test_set_inputs_parses_ratings_and_none_removes_a_key():
    def check(case):
        assert case.entity("b").inputs == {"sole": "BBB-", "size": "small"}

    assert_round_trip(
        SetEntityInputs("b", {"importance": None, "sole": " bbb- ", "size": "small"}), check
    )


def test_set_financials():
    def check(case):
        assert case.entity("h").financials == {"equity": 90.0, "investments_in_subsidiaries": 120.0}

    assert_round_trip(
        SetEntityInputs("h", {"equity": 90, "investments_in_subsidiaries": 120.0}, "financials"),
        check,
    )


def test_country_commands_round_trip():
    def added(case):
        assert case.countries[-1] == Country("VN", "Viet Nam", "BBB-", None, "BBB", False)

    assert_round_trip(AddCountry(Country("vn", " Viet Nam", "bbb-", "", "BBB")), added)

    def removed(case):
        assert [c.code for c in case.countries] == ["US"]

    assert_round_trip(RemoveCountry("JP"), removed)

    def edited(case):
        assert case.countries[1] == Country("US", "United States", "AAA", "AA+", None, True)

    assert_round_trip(
        SetCountryFields("US", name="United States", local_currency_rating="AAA",
                         foreign_currency_rating="aa+", hard_currency=True),
        edited,
    )


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (SetEntityFields("c", ownership_pct=150), "between 0 and 100|from 0 to 100"),
        (SetEntityFields("c", ownership_pct=-1.0), "from 0 to 100"),
        (SetEntityFields("c", ownership_pct=float("nan")), "percentage"),
        (SetEntityFields("c", ownership_pct=True), "percentage"),
        (AddEntity(Entity("x", "X", "group_company", parent_id="b", ownership_pct=101)),
         "from 0 to 100"),
        (MoveEntity("h", "c"), "under itself or one of its own subsidiaries"),
        (MoveEntity("b", "b"), "under itself"),
        (MoveEntity("t", None), "already has a top parent"),
        (AddEntity(Entity("x", "Second HD", "holding")), "already has a top parent"),
        (SetEntityFields("s", role="holding"), "already has a top parent"),
        (MoveEntity("c", "s"), "not a group member"),
        (SetEntityFields("b", role="servicer"), "must stay a group member"),
        (MoveEntity("nobody", "h"), "no longer in the case"),
        (MoveEntity("c", "nobody"), "no longer in the case"),
        (RemoveEntity("nobody"), "no longer in the case"),
        (RenameEntity("nobody", "X"), "no longer in the case"),
        (SetEntityInputs("nobody", {"sole": "A"}), "no longer in the case"),
        (RenameEntity("b", "   "), "needs a name"),
        (AddEntity(Entity("x", "", "group_company", parent_id="h")), "needs a name"),
        (AddEntity(Entity("b", "Again", "group_company", parent_id="h")), "same identifier"),
        (AddEntity(Entity("x", "X", "group_company", parent_id="h", inputs={"sole": "A++"})),
         "not a long-term rating"),
        (SetEntityFields("c", role="boss"), "not a role"),
        (SetEntityFields("c", sector="farming"), "not a sector"),
        (SetEntityFields("c", country="J P"), "code of letters"),
        (SetEntityFields("c", name="sneaky"), "cannot be edited this way"),
        (SetEntityInputs("b", {"sole": "AAAA"}), "'AAAA' is not a long-term rating"),
        (SetEntityInputs("b", {"importance": "vital"}), "choose one of core, high"),
        (SetEntityInputs("b", {"control_sufficient": "yes"}), "yes or no"),
        (SetEntityInputs("b", {"colour": "red"}), "not an input"),
        (SetEntityInputs("h", {"equity": "lots"}, "financials"), "amount in yen"),
        (SetEntityInputs("h", {"equity": -5.0}, "financials"), "takes ¥0 or more"),
        (SetEntityInputs("h", {"gcw": "A"}, "financials"), "not a financial figure"),
        (SetEntityInputs("h", {"gcw": "A"}, "elsewhere"), "not a part of an entity"),
        (AddCountry(Country("jp", "Japan again")), "already has a country with the code JP"),
        (AddCountry(Country("", "Nowhere")), "code of letters"),
        (AddCountry(Country("KR", " ")), "needs a name"),
        (AddCountry(Country("KR", "Korea", country_ceiling="Z")), "not a long-term rating"),
        (RemoveCountry("FR"), "no country 'FR'"),
        (SetCountryFields("FR", name="France"), "no country 'FR'"),
        (SetCountryFields("US", country_ceiling="AAA+"), "not a long-term rating"),
        (SetCountryFields("US", hard_currency="yes"), "yes or no"),
        (SetCountryFields("US", code="XX"), "cannot be edited this way"),
    ],
)
def test_refusals_change_nothing(command, message):
    case = group_case()
    before = copy.deepcopy(case)
    with pytest.raises(EditRefused, match=message):
        command.check(case)
    assert case == before


def test_a_party_may_stand_alone_beside_the_group():
    case = group_case()
    apply(case, AddEntity(Entity("g", "Guarantor", "guarantor")))
    apply(case, MoveEntity("s", "h"))
    apply(case, MoveEntity("s", None))
    assert case.entity("g").parent_id is None and case.entity("s").parent_id is None


def test_the_first_top_parent_may_be_added_to_an_empty_case():
    case = Case()
    apply(case, AddEntity(Entity("h", "HD", "holding")))
    apply(case, AddEntity(Entity("b", "Bank", "core", parent_id="h")))
    assert case.children_of("h")[0].id == "b"


# -- property: any sequence of accepted edits, undone in reverse, gives the original back ----

IDS = ("h", "b", "s", "c", "t", "n1", "n2")
edits = st.one_of(
    st.builds(AddEntity, st.builds(
        Entity, st.sampled_from(("n1", "n2")), st.sampled_from(("New", "")),
        st.sampled_from(("group_company", "holding", "servicer")),
        parent_id=st.sampled_from((None, *IDS)),
        ownership_pct=st.sampled_from((None, 50.0, 120.0)),
    )),
    st.builds(RemoveEntity, st.sampled_from(IDS)),
    st.builds(MoveEntity, st.sampled_from(IDS), st.sampled_from((None, *IDS))),
    st.builds(RenameEntity, st.sampled_from(IDS), st.sampled_from(("Renamed", " "))),
    st.builds(
        lambda entity_id, pct, role: SetEntityFields(entity_id, ownership_pct=pct, role=role),
        st.sampled_from(IDS), st.sampled_from((None, 10.0, 200.0)),
        st.sampled_from(("core", "group_company", "spv", "intermediate_holding")),
    ),
    st.builds(
        SetEntityInputs, st.sampled_from(IDS),
        st.dictionaries(st.sampled_from(("sole", "gcw", "importance")),
                        st.sampled_from((None, "A", "bb+", "high", "junk")), max_size=2),
    ),
    st.builds(AddCountry, st.builds(Country, st.sampled_from(("VN", "JP")),
                                    st.just("Somewhere"))),
    st.builds(RemoveCountry, st.sampled_from(("JP", "US", "VN"))),
    st.builds(
        lambda code, rating: SetCountryFields(code, country_ceiling=rating),
        st.sampled_from(("JP", "US")), st.sampled_from((None, "AA", "nope")),
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(edits, max_size=12))
def test_undoing_every_accepted_edit_restores_the_case(commands):
    case = group_case()
    original = copy.deepcopy(case)
    applied = []
    for command in commands:
        try:
            command.check(case)
        except EditRefused:
            continue
        command.redo(case)
        applied.append(command)
        tops = [e for e in case.entities if e.parent_id is None and e.role in
                ("holding", "intermediate_holding", "core", "group_company")]
        assert len(tops) <= 1
        parents = {e.id: e.parent_id for e in case.entities}
        for entity_id in parents:  # every chain of parents ends at the top: no cycle
            seen = set()
            while entity_id is not None:
                assert entity_id not in seen
                seen.add(entity_id)
                entity_id = parents.get(entity_id)
        assert len({c.code for c in case.countries}) == len(case.countries)
    for command in reversed(applied):
        command.undo(case)
    assert without_audit(case) == without_audit(original)
    assert len(case.audit) == 2 * len(applied)
