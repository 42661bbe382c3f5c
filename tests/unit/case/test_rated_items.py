"""Rated items drawn from the case: current rating from the history, proposal, action."""

from __future__ import annotations

from datetime import date

import pytest

from jcr_desk.case.document.model import RatingHistoryEntry
from jcr_desk.case.services.rated_items import (
    CLASS,
    FROM_DECISION,
    FROM_GUIDELINE,
    FROM_OVERRIDE,
    FROM_STRESS,
    PROGRAM,
    program_item_key,
    rated_items,
)
from jcr_desk.case.services.rating_actions import AFFIRMATION, ASSIGNMENT, UPGRADE

from .committee_cases import demo_with_results, seed_000_case
from .seed_000_history import ISSUER


@pytest.fixture(scope="module")
def demo():
    return demo_with_results()


def _item(items, issuer: str, kind: str, class_name: str = ""):
    return next(
        i
        for i in items
        if i.issuer_name("en").startswith(issuer) and i.kind == kind and i.class_name == class_name
    )


def test_seed_000_items_are_affirmations_of_their_history() -> None:
    items = rated_items(seed_000_case())
    assert [i.kind for i in items] == ["long_term", "short_term"]
    long_term, cp = items
    assert (long_term.current.rating, long_term.current.outlook) == ("AA-", "Stable")
    assert long_term.current.publication_date == date(2020, 5, 19)
    assert len(long_term.history) == 19 and len(cp.history) == 19
    assert (long_term.proposal.rating, long_term.proposal.source) == ("AA-", FROM_DECISION)
    assert long_term.outlook == "Stable" and long_term.action == AFFIRMATION
    assert (cp.current.rating, cp.proposal.rating, cp.action) == ("J-1+", "J-1+", AFFIRMATION)
    assert cp.maximum_yen == 1e12 and cp.outlook == ""
    assert long_term.issuer_name("ja") == "日本証券金融株式会社"
    assert long_term.issuer_name("en") == ISSUER


def test_history_lines_match_by_any_name_of_the_issuer_and_any_label_of_the_item() -> None:
    case = seed_000_case()
    case.history.append(
        RatingHistoryEntry(
            "日本証券金融株式会社", "長期発行体格付", date(2020, 9, 1), "AA", "Stable"
        )
    )
    long_term = rated_items(case)[0]
    assert long_term.current.rating == "AA" and len(long_term.history) == 20
    assert long_term.action == "downgrade"  # proposed AA- against the AA of the Japanese line


def test_demo_items_cover_every_kind_with_their_sources(demo) -> None:
    items = rated_items(demo)
    holding = "Mitsukaze Financial Group"
    long_term = _item(items, holding, "long_term")
    assert (long_term.current.rating, long_term.current.outlook) == ("A+", "Stable")
    assert (long_term.proposal.rating, long_term.proposal.source) == ("A+", FROM_DECISION)
    assert long_term.action == AFFIRMATION
    cp = _item(items, holding, "short_term")
    assert (cp.current.rating, cp.proposal.source, cp.maximum_yen) == ("J-1", FROM_GUIDELINE, 5e11)
    issue = _item(items, holding, "issue")
    assert issue.current is None and issue.action == ASSIGNMENT
    securities = _item(items, "Mitsukaze Securities", "long_term")
    assert (securities.proposal.rating, securities.proposal.source) == ("BBB", FROM_OVERRIDE)
    assert securities.proposal.reason.startswith("Trading losses")
    bank = _item(items, "Mitsukaze Bank, Ltd.", "long_term")
    assert bank.proposal.source == FROM_GUIDELINE and bank.action == ASSIGNMENT
    classes = [i for i in items if i.kind == CLASS]
    assert [c.class_name for c in classes] == ["Class A", "Class B"]  # Class C is residual
    result = demo.results[0].result
    for item in classes:
        assert item.proposal.source == FROM_STRESS
        assert item.proposal.rating == result.class_rating(item.class_name).capped_rating
        assert item.issuer_name("en") == "Mitsukaze Housing Loan Trust 2026-1"
    assert all(not i.notes for i in items)


def test_a_stale_or_missing_stress_result_is_said(demo) -> None:
    from copy import deepcopy
    from dataclasses import replace

    case = deepcopy(demo)
    scenario = case.scenarios[0]
    case.scenarios[0] = replace(
        scenario, assumptions=replace(scenario.assumptions, cpr=scenario.assumptions.cpr + 0.01)
    )
    notes = {str(n) for i in rated_items(case) if i.kind == CLASS for n in i.notes}
    assert notes == {
        "The stress result of scenario 'RMBS base' was computed before its inputs last "
        "changed: run it again before the committee."
    }
    case.results = []
    classes = [i for i in rated_items(case) if i.kind == CLASS]
    assert all(i.proposal.rating is None and i.action is None for i in classes)
    assert "has no stress result yet" in str(classes[0].notes[0])
    # The note is a sentence the Japanese interface and a Japanese draft read translated.
    assert classes[0].notes[0].in_language("ja") == (
        "シナリオ「RMBS base」にはストレス計算の結果がまだありません。ストレスと信用補完タブで"
        "計算してください。"
    )


def test_an_upgrade_against_the_history(demo) -> None:
    from copy import deepcopy

    case = deepcopy(demo)
    holding = case.entities[0]
    case.history.append(
        RatingHistoryEntry(holding.name, "Long-term issuer rating", date(2026, 1, 9), "A", "Stable")
    )
    assert _item(rated_items(case), holding.name, "long_term").action == UPGRADE


def test_an_unreadable_history_line_leaves_no_action_and_says_why() -> None:
    case = seed_000_case()
    case.history.append(RatingHistoryEntry(ISSUER, "CP", date(2020, 6, 1), "AA-"))
    cp = rated_items(case)[1]
    assert cp.action is None
    assert tuple(map(str, cp.notes)) == (
        "The latest history line (2020-06-01) holds 'AA-', which is not a rating on this "
        "item's scale.",
    )


def test_the_demo_abcp_program_is_a_short_term_item_proposed_by_its_guideline(demo) -> None:
    [program] = [i for i in rated_items(demo) if i.kind == PROGRAM]
    stored = demo.programs[0]
    guideline = demo.program_results[0].result.guideline
    assert program.key == program_item_key(stored.id)
    assert program.class_name == stored.program.name
    assert program.issuer_name("en") == (stored.program.spc_name or stored.program.name)
    # The sponsor bank's J-1 caps the program (see test_demo_abcp): the proposal is J-1.
    assert (program.proposal.rating, program.proposal.source) == ("J-1", FROM_GUIDELINE)
    assert program.proposal.citations == tuple(
        dict.fromkeys(s.citation for s in guideline.steps if s.citation)
    )
    assert any("003 No. 2" in c for c in program.proposal.citations)
    assert program.current is None and program.action == ASSIGNMENT
    assert not program.carries_outlook and program.notes == ()


def test_an_abcp_program_against_its_history_on_the_short_term_scale(demo) -> None:
    from copy import deepcopy

    case = deepcopy(demo)
    stored = case.programs[0].program
    issuer = stored.spc_name or stored.name
    case.history.append(RatingHistoryEntry(issuer, "資産担保CP", date(2026, 1, 9), "J-1"))
    [program] = [i for i in rated_items(case) if i.kind == PROGRAM]
    assert program.current.rating == "J-1" and program.action == AFFIRMATION


def test_an_abcp_program_without_a_current_or_proposed_guideline_says_why(demo) -> None:
    from copy import deepcopy
    from dataclasses import replace

    case = deepcopy(demo)
    name = case.programs[0].program.name
    case.programs[0].program = replace(case.programs[0].program, subordination=0.5)
    [stale] = [i for i in rated_items(case) if i.kind == PROGRAM]
    assert tuple(map(str, stale.notes)) == (
        f"The analysis of ABCP program {name!r} was computed before its inputs last changed: "
        "analyse it again before the committee.",
    )
    record = case.program_results[0]
    opened = replace(record.result.guideline, status="open", proposed=None,
                     open_items=("The sponsor's short-term rating is not known.",))
    case.program_results[0] = replace(record, result=replace(record.result, guideline=opened))
    [held] = [i for i in rated_items(case) if i.kind == PROGRAM]
    assert held.proposal.rating is None and held.action is None
    assert str(held.notes[-1]) == (
        f"The guideline of {name!r} stays open: The sponsor's short-term rating is not known."
    )
    case.program_results = []
    [missing] = [i for i in rated_items(case) if i.kind == PROGRAM]
    assert tuple(map(str, missing.notes)) == (
        f"ABCP program {name!r} has no analysis yet: open it on the ABCP program tab.",
    )
