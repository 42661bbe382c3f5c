"""The rating action from current to proposed: every case, worked by hand, and invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcr_desk.case.services.rating_actions import (
    AFFIRMATION,
    ASSIGNMENT,
    DOWNGRADE,
    OUTLOOK_CHANGE,
    UPGRADE,
    derive_action,
)
from jcr_desk.ratings import Outlook, Rating, ShortTermRating

R, S, OUT = Rating.parse, ShortTermRating.parse, Outlook.parse


@pytest.mark.parametrize(
    ("current", "proposed", "current_outlook", "proposed_outlook", "action"),
    [
        (None, R("A+"), None, OUT("Stable"), ASSIGNMENT),
        (None, S("J-1"), None, None, ASSIGNMENT),
        (R("AA-"), R("AA-"), OUT("Stable"), OUT("Stable"), AFFIRMATION),
        (R("A"), R("A+"), OUT("Positive"), OUT("Stable"), UPGRADE),
        (R("A"), R("A-"), OUT("Stable"), OUT("Stable"), DOWNGRADE),
        (R("BBB"), R("BBB"), OUT("Stable"), OUT("Negative"), OUTLOOK_CHANGE),
        (R("BBB"), R("BBB"), OUT("Stable"), OUT("Credit Monitor (Negative)"), OUTLOOK_CHANGE),
        # seed 000: the lines before March 2006 carry no outlook; Stable then is a change
        (R("AA-"), R("AA-"), None, OUT("Stable"), OUTLOOK_CHANGE),
        # an outlook not entered leaves the action to the rating alone
        (R("AA-"), R("AA-"), OUT("Stable"), None, AFFIRMATION),
        (S("J-1"), S("J-1+"), None, None, UPGRADE),
        (S("J-1+"), S("J-1+"), None, None, AFFIRMATION),
        (S("J-1"), S("J-2"), None, None, DOWNGRADE),
    ],
)
def test_every_action(current, proposed, current_outlook, proposed_outlook, action) -> None:
    assert derive_action(current, proposed, current_outlook, proposed_outlook) == action


def test_ratings_of_different_scales_are_not_compared() -> None:
    with pytest.raises(TypeError, match="different scales"):
        derive_action(R("AA-"), S("J-1+"))


ratings = st.sampled_from(Rating.scale())
outlooks = st.sampled_from((None, *Outlook.choices()))


@given(ratings, ratings, outlooks, outlooks)
def test_the_direction_follows_the_order_of_the_scale(a, b, oa, ob) -> None:
    action = derive_action(a, b, oa, ob)
    assert (action == UPGRADE) == (b > a)
    assert (action == DOWNGRADE) == (b < a)
    swapped = derive_action(b, a, ob, oa)
    inverse = {UPGRADE: DOWNGRADE, DOWNGRADE: UPGRADE}
    assert swapped == inverse.get(action, swapped)
    if a == b:
        assert action == (OUTLOOK_CHANGE if ob is not None and ob != oa else AFFIRMATION)
