"""Invariants of every rule engine, checked over generated inputs (hypothesis)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.methodology.ceilings import cap_by_ceiling, structured_cap
from jcr_desk.methodology.groups import (
    INTEGRATIONS,
    SIZES,
    financial_holding_guideline,
    group_company_guideline,
    holding_issue_guideline,
    importance_choices,
    industrial_holding_guideline,
)
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating

NOTCHABLE = [r for r in Rating.scale() if not r.is_event]
ratings = st.sampled_from(NOTCHABLE)
flags = st.booleans()
IMPORTANCE = importance_choices()
MITIGANTS = tuple(load_rulebook().transfer_risk_mitigants)

financial = st.fixed_dictionaries(
    {
        "control_sufficient": flags,
        "spe_indicated": flags,
        "preventive_restrictions": st.sampled_from(["large", "small"]),
        "cash_flow_problem": flags,
        "intermediate_supported": flags,
        "gcw_problems": flags,
        "mutual_support_restricted": flags,
    }
)
company = st.fixed_dictionaries(
    {
        "sole": st.one_of(st.none(), ratings),
        "size": st.sampled_from(SIZES),
        "support_recognised": flags,
        "integration": st.sampled_from(INTEGRATIONS),
        "above_group_exception": flags,
    }
)
dlr = st.one_of(st.none(), st.floats(min_value=0, max_value=3))
structured = st.fixed_dictionaries(
    {
        "domestic_single_country": flags,
        "mitigants": st.lists(st.sampled_from(MITIGANTS), max_size=2, unique=True).map(tuple),
        "sovereign_sensitive": flags,
    }
)

ENGINES = {
    "financial holding": (financial, lambda r, kw: financial_holding_guideline(r, **kw)),
    "group company": (
        st.tuples(st.sampled_from(IMPORTANCE), company),
        lambda r, args: group_company_guideline(r, args[0], **args[1]),
    ),
    "industrial holding": (
        st.tuples(flags, flags),
        lambda r, args: industrial_holding_guideline(r, *args),
    ),
    "holding issue": (
        st.tuples(dlr, flags, flags),
        lambda r, args: holding_issue_guideline(r, *args),
    ),
    "ceiling": (
        st.tuples(st.one_of(st.none(), ratings), st.sampled_from(["local", "foreign"]), flags),
        lambda r, args: cap_by_ceiling(r, *args),
    ),
    "structured": (
        st.tuples(st.one_of(st.none(), ratings), st.one_of(st.none(), ratings), structured),
        lambda r, args: structured_cap(r, args[0], args[1], **args[2]),
    ),
}


def _better(a: Rating | None, b: Rating | None) -> bool:
    return a is not None and b is not None and a > b


@pytest.mark.parametrize("engine", ENGINES)
def test_a_worse_start_never_gives_a_better_proposal(engine: str) -> None:
    options, run = ENGINES[engine]

    @settings(max_examples=300, deadline=None)
    @given(first=ratings, second=ratings, option=options)
    def check(first: Rating, second: Rating, option) -> None:
        better, worse = max(first, second), min(first, second)
        assert not _better(run(worse, option).proposed, run(better, option).proposed)

    check()


@pytest.mark.parametrize("engine", ENGINES)
def test_every_guideline_is_consistent(engine: str) -> None:
    options, run = ENGINES[engine]

    @settings(max_examples=300, deadline=None)
    @given(start=st.one_of(st.none(), ratings), option=options)
    def check(start: Rating | None, option) -> None:
        guideline = run(start, option)
        assert guideline.steps
        for step in guideline.steps:
            assert step.citation.strip() and step.reason.strip()
        if guideline.proposed is not None:
            assert guideline.allows(guideline.proposed), guideline
        else:
            assert guideline.needs_judgement
        snapshot = json.loads(json.dumps(guideline.to_dict()))
        assert Guideline.from_dict(snapshot) == guideline

    check()


@settings(max_examples=500, deadline=None)
@given(
    gcw=ratings, option=company, pair=st.lists(st.sampled_from(IMPORTANCE), min_size=2, max_size=2)
)
def test_higher_importance_never_gives_a_worse_proposal(gcw, option, pair) -> None:
    more, less = sorted(pair, key=IMPORTANCE.index)
    assert not _better(
        group_company_guideline(gcw, less, **option).proposed,
        group_company_guideline(gcw, more, **option).proposed,
    )


@settings(max_examples=500, deadline=None)
@given(gcw=ratings, importance=st.sampled_from(IMPORTANCE), option=company)
def test_cap_and_floor(gcw, importance, option) -> None:
    proposed = group_company_guideline(gcw, importance, **option).proposed
    if proposed is None:
        return
    if not option["above_group_exception"]:
        assert proposed <= gcw
    sole = option["sole"]
    supported = importance != "low" or option["support_recognised"]
    if sole is not None and supported:
        assert proposed >= min(sole, gcw)
