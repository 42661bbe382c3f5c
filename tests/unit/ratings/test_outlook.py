"""Outlooks and credit monitor directions: parsing and canonical text."""

from __future__ import annotations

import pytest

from jcr_desk.ratings import Outlook


@pytest.mark.parametrize(
    ("text", "direction"),
    [("Stable", "Stable"), ("stable", "Stable"), (" POSITIVE ", "Positive"),
     ("Ｎｅｇａｔｉｖｅ", "Negative"), ("developing", "Developing")],
)  # fmt: skip
def test_outlooks_parse(text: str, direction: str) -> None:
    outlook = Outlook.parse(text)
    assert outlook == Outlook(direction)
    assert not outlook.credit_monitor
    assert str(outlook) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Credit Monitor (Negative)", "Negative"),
        ("credit monitor (positive)", "Positive"),
        ("CM Negative", "Negative"),
        ("cm developing", "Developing"),
        ("CM-Positive", "Positive"),
        ("Credit Monitor: Negative", "Negative"),
        ("ＣＭ　Ｎｅｇａｔｉｖｅ", "Negative"),
    ],
)
def test_credit_monitors_parse(text: str, direction: str) -> None:
    monitor = Outlook.parse(text)
    assert monitor == Outlook(direction, credit_monitor=True)
    assert str(monitor) == f"Credit Monitor ({direction})"


def test_every_choice_round_trips_through_its_text() -> None:
    choices = Outlook.choices()
    assert [str(c) for c in choices] == [
        "Stable", "Positive", "Negative", "Developing",
        "Credit Monitor (Positive)", "Credit Monitor (Negative)", "Credit Monitor (Developing)",
    ]  # fmt: skip
    for choice in choices:
        assert Outlook.parse(str(choice)) == choice
    assert Outlook.parse(choices[0]) is choices[0]


@pytest.mark.parametrize(
    "text", ["", "Stabel", "Credit Monitor", "Credit Monitor (Stable)", "CM", "Negative!"]
)
def test_bad_text_raises_value_error_naming_it(text: str) -> None:
    with pytest.raises(ValueError) as caught:
        Outlook.parse(text)
    assert repr(text) in str(caught.value)


def test_constructor_refuses_unknown_directions() -> None:
    with pytest.raises(ValueError, match="'Stable'"):
        Outlook("Stable", credit_monitor=True)
    with pytest.raises(ValueError, match="'stable'"):
        Outlook("stable")


def test_outlooks_are_hashable_and_immutable() -> None:
    assert len({Outlook("Negative"), Outlook("Negative", credit_monitor=True)}) == 2
    with pytest.raises(AttributeError):
        Outlook("Stable").direction = "Positive"  # type: ignore[misc]
