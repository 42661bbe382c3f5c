"""Short-term ratings: parsing and ordering."""

from __future__ import annotations

import pytest

from jcr_desk.ratings import Rating, ShortTermRating

SHORT_TERM = ["J-1+", "J-1", "J-2", "J-3", "NJ", "LD", "D"]


def test_scale_best_first() -> None:
    assert [str(s) for s in ShortTermRating.scale()] == SHORT_TERM


def test_ordering_matches_the_scale_order() -> None:
    scale = ShortTermRating.scale()
    for i, better in enumerate(scale):
        for j, worse in enumerate(scale):
            assert (better > worse) == (i < j)
            assert (better == worse) == (i == j)


@pytest.mark.parametrize("symbol", SHORT_TERM)
def test_parse_str_round_trip(symbol: str) -> None:
    rating = ShortTermRating.parse(symbol)
    assert str(rating) == symbol
    assert repr(rating) == f"ShortTermRating({symbol!r})"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("j-1+", "J-1+"), ("Ｊ－１＋", "J-1+"), (" J−2 ", "J-2"), ("nj", "NJ"), ("J–3", "J-3")],
)
def test_parse_is_tolerant_of_spelling(text: str, symbol: str) -> None:
    assert ShortTermRating.parse(text) == ShortTermRating(symbol)


@pytest.mark.parametrize("text", ["", "J-1++", "J-4", "AA", "J1"])
def test_bad_text_raises_value_error_naming_it(text: str) -> None:
    with pytest.raises(ValueError, match="short-term rating") as caught:
        ShortTermRating.parse(text)
    assert repr(text) in str(caught.value)


def test_short_and_long_term_ratings_do_not_mix() -> None:
    assert ShortTermRating("LD") != Rating("LD")
    with pytest.raises(TypeError):
        _ = ShortTermRating("D") < Rating("D")  # type: ignore[operator]
