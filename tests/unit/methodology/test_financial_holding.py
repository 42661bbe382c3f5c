"""Rows F0–F7 of METHODOLOGY §2 (seed 001 §2), worked by hand."""

from __future__ import annotations

import pytest

from jcr_desk.methodology.groups import financial_holding_guideline
from jcr_desk.ratings import Rating

# (kwargs, proposed, range, needs_judgement, rule ids)
ROWS = [
    ("F0", {"gcw": "A", "control_sufficient": False}, None, "A- or lower", True, ["F0"]),
    (
        "F1",
        {"gcw": "A", "spe_indicated": True, "preventive_restrictions": "large"},
        "A-",
        "A-",
        False,
        ["F1"],
    ),
    (
        "F1 no extra notch for cash flow",
        {
            "gcw": "A",
            "spe_indicated": True,
            "preventive_restrictions": "large",
            "cash_flow_problem": True,
        },
        "A-",
        "A-",
        False,
        ["F1", "F1"],
    ),
    ("F2 no cash-flow problem", {"gcw": "A", "spe_indicated": True}, "A", "A", False, ["F2"]),
    (
        "F2 cash-flow problem",
        {"gcw": "A", "spe_indicated": True, "cash_flow_problem": True},
        "A-",
        "A-",
        False,
        ["F2"],
    ),
    ("F3", {"gcw": "A-", "spe_indicated": True}, "BBB+", "BBB+", False, ["F3"]),
    (
        "F3 cash flow irrelevant",
        {"gcw": "A-", "spe_indicated": True, "cash_flow_problem": True},
        "BBB+",
        "BBB+",
        False,
        ["F3"],
    ),
    ("F4 no problem", {"gcw": "AA"}, "AA", "AA or lower", False, ["F4"]),
    (
        "F4 cash-flow problem",
        {"gcw": "AA", "cash_flow_problem": True},
        "AA-",
        "AA- or lower",
        False,
        ["F4"],
    ),
    (
        "F5",
        {
            "gcw": "A",
            "spe_indicated": True,
            "cash_flow_problem": True,
            "intermediate_supported": True,
        },
        "A",
        "A to A-",
        False,
        ["F2", "F5"],
    ),
    (
        "F6",
        {
            "gcw": "BBB",
            "spe_indicated": True,
            "preventive_restrictions": "large",
            "gcw_problems": True,
        },
        "BBB-",
        "BBB- or lower",
        True,
        ["F1", "F6"],
    ),
    (
        "F7",
        {"gcw": "A", "spe_indicated": True, "mutual_support_restricted": True},
        "BBB",
        "BBB or lower",
        True,
        ["F2", "F7"],
    ),
    (
        "F0 with F7",
        {"gcw": "A", "control_sufficient": False, "mutual_support_restricted": True},
        None,
        "BBB or lower",
        True,
        ["F0", "F7"],
    ),
]


@pytest.mark.parametrize(
    ("label", "kwargs", "proposed", "range_text", "judgement", "rules"),
    ROWS,
    ids=[r[0] for r in ROWS],
)
def test_rows(label, kwargs, proposed, range_text, judgement, rules) -> None:
    guideline = financial_holding_guideline(**kwargs)
    assert guideline.proposed == (None if proposed is None else Rating(proposed))
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [step.rule_id for step in guideline.steps] == rules
    if guideline.proposed is not None:
        assert guideline.start.notched(sum(s.delta for s in guideline.steps)) == guideline.proposed


def test_f2_with_cash_flow_problem_worked_example() -> None:
    guideline = financial_holding_guideline("A", spe_indicated=True, cash_flow_problem=True)
    assert (guideline.start, guideline.proposed) == (Rating("A"), Rating("A-"))
    assert (guideline.min_notches, guideline.max_notches) == (1, 1)
    assert guideline.steps[0].citation == "001 §2(5)(ii)"


def test_f4_flags_resolution_risk_case_by_case() -> None:
    assert any("case by case" in str(flag) for flag in financial_holding_guideline("A").flags)


def test_f0_citation_marks_the_desk_default() -> None:
    step = financial_holding_guideline("A", control_sufficient=False).steps[0]
    assert step.citation == "001 §2(2) (Desk default)"
    assert step.delta == -1


def test_f7_is_more_than_two_notches() -> None:
    guideline = financial_holding_guideline("AA", mutual_support_restricted=True)
    assert guideline.min_notches == 3
    assert guideline.max_notches is None
    assert guideline.proposed == Rating("A")


def test_missing_gcw_is_a_judgement_not_an_error() -> None:
    guideline = financial_holding_guideline(None)
    assert guideline.start is None and guideline.proposed is None
    assert guideline.needs_judgement
    assert "not entered" in guideline.steps[0].reason


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"gcw": "A", "preventive_restrictions": "medium"}, "preventive_restrictions"),
        ({"gcw": "A++"}, "gcw"),
        ({"gcw": "D"}, "gcw"),
    ],
)
def test_bad_arguments_name_the_argument(kwargs, name) -> None:
    with pytest.raises(ValueError, match=name):
        financial_holding_guideline(**kwargs)
