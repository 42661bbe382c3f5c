"""METHODOLOGY §4 (seed 004 §1, §2): industrial holding companies and holding-company issues."""

from __future__ import annotations

import pytest

from jcr_desk.methodology.groups import (
    double_leverage_ratio,
    holding_issue_guideline,
    industrial_holding_guideline,
)
from jcr_desk.ratings import Rating

HOLDING = [
    ("same as group", {"group_rating": "A"}, "A", "A", False, ["I-BASE"]),
    (
        "cash-flow weakness",
        {"group_rating": "A", "cash_flow_weakness": True},
        "A-",
        "A or lower",
        False,
        ["I-CASHFLOW"],
    ),
    (
        "weak control",
        {"group_rating": "A", "control_strong": False},
        None,
        "A or lower",
        True,
        ["I-CONTROL"],
    ),
    ("missing", {"group_rating": None}, None, "not set", True, ["I-MISSING"]),
]


@pytest.mark.parametrize(
    ("label", "kwargs", "proposed", "range_text", "judgement", "rules"),
    HOLDING,
    ids=[r[0] for r in HOLDING],
)
def test_industrial_holding(label, kwargs, proposed, range_text, judgement, rules) -> None:
    guideline = industrial_holding_guideline(**kwargs)
    assert guideline.proposed == (None if proposed is None else Rating(proposed))
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [s.rule_id for s in guideline.steps] == rules


def test_cash_flow_notch_is_a_desk_default() -> None:
    step = industrial_holding_guideline("A", cash_flow_weakness=True).steps[0]
    assert step.citation == "004 §1(2) (Desk default)"


ISSUE = [
    ("low DLR", ("BB", 1.0), {}, "BB", "BB", False, ["H-DLR"]),
    ("high DLR, BB", ("BB", 1.2), {}, "BB-", "BB- or lower", False, ["H-DLR"]),
    ("high DLR above BB", ("BB+", 1.5), {}, "BB+", "BB+", False, ["H-DLR"]),
    (
        "guarantee offsets",
        ("BB", 2.0),
        {"subsidiary_guarantee": True},
        "BB",
        "BB",
        False,
        ["H-GUARANTEE"],
    ),
    (
        "secured creditors",
        ("A", 0.9),
        {"subsidiary_creditors_secured": True},
        "A-",
        "A- or lower",
        True,
        ["H-DLR", "H-SECURED"],
    ),
    (
        "secured and high DLR",
        ("B", 1.5),
        {"subsidiary_creditors_secured": True},
        "B-",
        "B- or lower",
        True,
        ["H-DLR", "H-SECURED"],
    ),
    ("no figures", ("BB", None), {}, "BB", "BB", True, ["H-DLR"]),
]


@pytest.mark.parametrize(
    ("label", "args", "kwargs", "proposed", "range_text", "judgement", "rules"),
    ISSUE,
    ids=[r[0] for r in ISSUE],
)
def test_holding_issue(label, args, kwargs, proposed, range_text, judgement, rules) -> None:
    guideline = holding_issue_guideline(*args, **kwargs)
    assert guideline.proposed == Rating(proposed)
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [s.rule_id for s in guideline.steps] == rules


def test_high_dlr_above_bb_is_flagged() -> None:
    assert holding_issue_guideline("A", 1.5).flags


def test_double_leverage_ratio() -> None:
    assert double_leverage_ratio(150, 100) == pytest.approx(1.5)
    assert double_leverage_ratio(0, 100) == 0


@pytest.mark.parametrize(
    ("investments", "equity", "name"),
    [(100, 0, "equity"), (100, -5, "equity"), (-1, 100, "investments_in_subsidiaries")],
)
def test_double_leverage_ratio_refuses(investments, equity, name) -> None:
    with pytest.raises(ValueError, match=name):
        double_leverage_ratio(investments, equity)
