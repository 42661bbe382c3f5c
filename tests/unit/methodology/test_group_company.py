"""METHODOLOGY §3 (seed 001 §3): group companies, top-down and bottom-up, worked by hand."""

from __future__ import annotations

import pytest

from jcr_desk.methodology.groups import group_company_guideline, importance_choices
from jcr_desk.ratings import Rating

# (label, kwargs, proposed, range, needs_judgement, rule ids)
ROWS = [
    ("core", {"gcw": "A", "importance": "core", "sole": "A-"}, "A", "A", False, ["G-TOPDOWN"]),
    ("high", {"gcw": "A", "importance": "high", "sole": "A-"}, "A-", "A-", False, ["G-TOPDOWN"]),
    (
        "moderate",
        {"gcw": "AA", "importance": "moderate", "sole": "A+"},
        "A+",
        "A+",
        False,
        ["G-TOPDOWN"],
    ),
    (
        "limited floored at SCW",
        {"gcw": "A", "importance": "limited", "sole": "A-"},
        "A-",
        "A-",
        False,
        ["G-TOPDOWN", "G-FLOOR"],
    ),
    (
        "core, SCW above GCW capped",
        {"gcw": "A", "importance": "core", "sole": "AA"},
        "A",
        "A",
        False,
        ["G-TOPDOWN", "G-CAP"],
    ),
    (
        "core, widening, GCW high",
        {"gcw": "AA", "importance": "core", "sole": "A"},
        "AA-",
        "AA- to A",
        False,
        ["G-TOPDOWN", "G-WIDEN"],
    ),
    (
        "core, widening, GCW A-",
        {"gcw": "A-", "importance": "core", "sole": "BB+"},
        "BBB",
        "BBB to BB+",
        False,
        ["G-TOPDOWN", "G-WIDEN"],
    ),
    (
        "widening stepped at the threshold",
        {"gcw": "A-", "importance": "core", "sole": "BBB-"},
        "BBB+",
        "BBB+ to BBB-",
        False,
        ["G-TOPDOWN", "G-WIDEN"],
    ),
    (
        "small: no widening",
        {"gcw": "AA", "importance": "core", "sole": "A", "size": "small"},
        "AA",
        "AA",
        False,
        ["G-TOPDOWN", "G-WIDEN"],
    ),
    (
        "no SCW: judgement",
        {"gcw": "A", "importance": "high"},
        "A-",
        "A-",
        True,
        ["G-TOPDOWN", "G-SOLE-MISSING"],
    ),
    (
        "bottom-up",
        {"gcw": "A", "importance": "low", "sole": "BB"},
        "BB+",
        "BBB- to BB+",
        False,
        ["G-BOTTOMUP"],
    ),
    (
        "bottom-up, no support",
        {"gcw": "A", "importance": "low", "sole": "BB", "support_recognised": False},
        "BB",
        "BB",
        False,
        ["G-BOTTOMUP"],
    ),
    (
        "bottom-up capped at GCW",
        {"gcw": "BBB", "importance": "low", "sole": "A"},
        "BBB",
        "BBB",
        False,
        ["G-BOTTOMUP", "G-CAP"],
    ),
    (
        "bottom-up bounded by limited",
        {"gcw": "A", "importance": "low", "sole": "BBB+"},
        "BBB+",
        "BBB+",
        False,
        ["G-BOTTOMUP", "G-ORDER"],
    ),
    (
        "bottom-up, no SCW",
        {"gcw": "A", "importance": "low"},
        None,
        "not set",
        True,
        ["G-SOLE-MISSING"],
    ),
    (
        "exception above GCW",
        {"gcw": "A", "importance": "core", "sole": "AA", "above_group_exception": True},
        "AA",
        "AA",
        False,
        ["G-TOPDOWN", "G-FLOOR"],
    ),
    (
        "integration strong",
        {"gcw": "A", "importance": "moderate", "sole": "A-", "integration": "strong"},
        "A",
        "A",
        False,
        ["G-INTEGRATION"],
    ),
    (
        "integration insufficient",
        {"gcw": "A", "importance": "core", "sole": "BBB+", "integration": "insufficient"},
        "A-",
        "A- to BBB+",
        False,
        ["G-INTEGRATION"],
    ),
    (
        "integration relief",
        {"gcw": "A", "importance": "high", "sole": "BB", "integration": "relief"},
        "BBB",
        "BBB to BB",
        False,
        ["G-INTEGRATION", "G-WIDEN"],
    ),
    (
        "relief, low: bottom-up",
        {"gcw": "A", "importance": "low", "sole": "BB", "integration": "relief"},
        "BB+",
        "BBB- to BB+",
        False,
        ["G-BOTTOMUP"],
    ),
    (
        "missing GCW",
        {"gcw": None, "importance": "core", "sole": "A"},
        None,
        "not set",
        True,
        ["G-MISSING"],
    ),
]


@pytest.mark.parametrize(
    ("label", "kwargs", "proposed", "range_text", "judgement", "rules"),
    ROWS,
    ids=[r[0] for r in ROWS],
)
def test_rows(label, kwargs, proposed, range_text, judgement, rules) -> None:
    guideline = group_company_guideline(**kwargs)
    assert guideline.proposed == (None if proposed is None else Rating(proposed))
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [step.rule_id for step in guideline.steps] == rules
    if guideline.proposed is not None:
        assert guideline.allows(guideline.proposed)


def test_widening_for_a_non_core_company_is_a_desk_default() -> None:
    core = group_company_guideline("AA", "core", sole="A").steps[1]
    high = group_company_guideline("AA", "high", sole="A-").steps[1]
    assert core.citation == "001 §3(3)-(5), §3(7)(iii)"
    assert high.citation.endswith("(Desk default)")
    assert high.delta == -1


def test_bottom_up_uplift_cites_the_desk_proposal() -> None:
    step = group_company_guideline("A", "low", sole="BB").steps[0]
    assert (step.delta, step.citation) == (1, "001 §3(6) (Desk default)")


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [
        ({"gcw": "A", "importance": "core", "sole": "AA"}, "starting point"),
        ({"gcw": "A", "importance": "high", "sole": "A-", "size": "large"}, "widens as GCW falls"),
        (
            {"gcw": "A", "importance": "core", "sole": "AA", "above_group_exception": True},
            "Exception",
        ),
        ({"gcw": "A", "importance": "high", "sole": "A", "integration": "relief"}, "bottom-up"),
        ({"gcw": "A", "importance": "low", "sole": "BB", "integration": "relief"}, "bottom-up"),
    ],
)
def test_flags(kwargs, text) -> None:
    assert any(text in str(flag) for flag in group_company_guideline(**kwargs).flags)


def test_importance_choices_end_with_the_bottom_up_grade() -> None:
    assert importance_choices() == ("core", "high", "moderate", "limited", "low")


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"importance": "vital"}, "importance"),
        ({"importance": "core", "size": "huge"}, "size"),
        ({"importance": "core", "integration": "partial"}, "integration"),
        ({"importance": "core", "sole": "AAA+"}, "sole"),
    ],
)
def test_bad_arguments_name_the_argument(kwargs, name) -> None:
    with pytest.raises(ValueError, match=name):
        group_company_guideline("A", **kwargs)


def test_missing_importance_leaves_the_proposal_to_the_analyst():
    from jcr_desk.methodology.groups import group_company_guideline

    guideline = group_company_guideline("A", None, sole="BBB")
    assert guideline.needs_judgement
    assert guideline.proposed is None
    assert any("Importance" in step.reason for step in guideline.steps)
    assert all(step.citation for step in guideline.steps)


def test_phased_widening_says_so_and_is_marked_desk_default():
    """Gap of exactly 3 under a GCW of A- or lower: the seed's 2 notches become 1 (Desk)."""
    from jcr_desk.methodology.groups import group_company_guideline

    guideline = group_company_guideline("A-", "core", sole="BBB-")
    widen = next(step for step in guideline.steps if step.rule_id == "G-WIDEN")
    assert widen.delta == -1
    assert "phased in" in widen.reason
    assert "Desk default" in widen.citation
    assert str(guideline.proposed) == "BBB+"
