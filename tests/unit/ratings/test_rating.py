"""Long-term ratings: parsing, ordering and notch arithmetic over the whole scale."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcr_desk.ratings import Rating

# Hand-typed from METHODOLOGY §1, best first.
LONG_TERM = [
    "AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-",
    "BB+", "BB", "BB-", "B+", "B", "B-", "CCC", "CC", "C", "LD", "D",
]  # fmt: skip
NOTCHABLE = LONG_TERM[: LONG_TERM.index("C") + 1]
DELTAS = range(-30, 31)

notchable_ratings = st.sampled_from([Rating(s) for s in NOTCHABLE])
deltas = st.integers(min_value=-60, max_value=60)


def expected_notched(symbol: str, delta: int) -> str:
    position = NOTCHABLE.index(symbol) - delta
    return NOTCHABLE[min(max(position, 0), len(NOTCHABLE) - 1)]


def test_scale_is_the_methodology_scale_best_first() -> None:
    assert [str(r) for r in Rating.scale()] == LONG_TERM


def test_ordering_matches_the_scale_order() -> None:
    scale = Rating.scale()
    for i, better in enumerate(scale):
        for j, worse in enumerate(scale):
            assert (better > worse) == (i < j)
            assert (better < worse) == (i > j)
            assert (better == worse) == (i == j)
            assert (better >= worse) == (i <= j)
    assert sorted(scale, reverse=True) == list(scale)


def test_worked_comparisons() -> None:
    assert Rating.parse("AA") > Rating.parse("AA-")
    assert Rating("C") > Rating("LD") > Rating("D")
    assert max(Rating("BBB"), Rating("A-"), Rating("BB+")) == Rating("A-")


def test_comparison_with_another_type_is_refused() -> None:
    with pytest.raises(TypeError):
        _ = Rating("A") < "A"  # type: ignore[operator]
    assert Rating("A") != "A"


def test_ratings_are_hashable_and_immutable() -> None:
    assert {Rating("A"), Rating.parse(" a ")} == {Rating("A")}
    with pytest.raises(AttributeError):
        Rating("A").symbol = "AA"  # type: ignore[misc]


@pytest.mark.parametrize("symbol", LONG_TERM)
def test_parse_str_round_trip(symbol: str) -> None:
    rating = Rating.parse(symbol)
    assert str(rating) == symbol
    assert Rating.parse(str(rating)) == rating
    assert Rating.parse(symbol.lower()) == rating
    assert repr(rating) == f"Rating({symbol!r})"


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        (" aa- ", "AA-"),
        ("ＡＡ－", "AA-"),
        ("AA−", "AA-"),  # U+2212 minus sign
        ("AA‐", "AA-"),  # U+2010 hyphen
        ("AA‑", "AA-"),  # U+2011 non-breaking hyphen
        ("AA–", "AA-"),  # en dash
        ("AA—", "AA-"),  # em dash
        ("ｂｂｂ＋", "BBB+"),
        ("\u3000Ａ\u3000", "A"),  # ideographic spaces around
        ("ld", "LD"),
    ],
)
def test_parse_is_tolerant_of_spelling(text: str, symbol: str) -> None:
    assert Rating.parse(text) == Rating(symbol)


def test_parse_returns_a_rating_unchanged() -> None:
    rating = Rating("BB")
    assert Rating.parse(rating) is rating


@pytest.mark.parametrize("text", ["", "   ", "AAA+", "A--", "BBB++", "Z", "A A", "J-1", "AA-1"])
def test_bad_text_raises_value_error_naming_it(text: str) -> None:
    with pytest.raises(ValueError, match="long-term rating") as caught:
        Rating.parse(text)
    assert repr(text) in str(caught.value)


def test_constructor_takes_canonical_symbols_only() -> None:
    with pytest.raises(ValueError, match="'aa'"):
        Rating("aa")


def test_parse_refuses_non_text() -> None:
    with pytest.raises(TypeError, match="3"):
        Rating.parse(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("symbol", "delta", "expected"),
    [
        ("AA-", -1, "A+"),
        ("A+", 1, "AA-"),
        ("BBB-", -1, "BB+"),
        ("AA+", 5, "AAA"),
        ("CC", -3, "C"),
        ("C", -1, "C"),
        ("AAA", 0, "AAA"),
        ("A", -3, "BBB"),
    ],
)
def test_notched_worked_examples(symbol: str, delta: int, expected: str) -> None:
    assert Rating(symbol).notched(delta) == Rating(expected)


@pytest.mark.parametrize("symbol", NOTCHABLE)
def test_notched_exhaustively(symbol: str) -> None:
    rating = Rating(symbol)
    for delta in DELTAS:
        result = rating.notched(delta)
        assert str(result) == expected_notched(symbol, delta), delta
        assert not result.is_event


@pytest.mark.parametrize("symbol", NOTCHABLE)
def test_notches_above_exhaustively(symbol: str) -> None:
    rating = Rating(symbol)
    for other_symbol in NOTCHABLE:
        other = Rating(other_symbol)
        distance = NOTCHABLE.index(other_symbol) - NOTCHABLE.index(symbol)
        assert rating.notches_above(other) == distance
        assert other.notches_above(rating) == -distance
        assert other.notched(distance) == rating
        assert (distance > 0) == (rating > other)


@pytest.mark.parametrize("symbol", ["LD", "D"])
def test_event_ratings_are_not_notched(symbol: str) -> None:
    event = Rating(symbol)
    assert event.is_event
    for delta in (-1, 0, 1):
        with pytest.raises(ValueError, match="event rating"):
            event.notched(delta)
    with pytest.raises(ValueError, match="event rating"):
        event.notches_above(Rating("C"))
    with pytest.raises(ValueError, match="event rating"):
        Rating("C").notches_above(event)


def test_notching_floor_is_c() -> None:
    assert Rating.notching_floor() == Rating("C")
    assert [str(r) for r in Rating.scale() if r.is_event] == ["LD", "D"]


@given(notchable_ratings, deltas, deltas)
def test_notched_is_monotone_in_delta(rating: Rating, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert rating.notched(low) <= rating.notched(high)


@given(notchable_ratings, deltas)
def test_notched_stays_between_c_and_aaa(rating: Rating, delta: int) -> None:
    result = rating.notched(delta)
    assert Rating("C") <= result <= Rating("AAA")


@given(notchable_ratings, deltas)
def test_notched_moves_by_the_clamped_delta(rating: Rating, delta: int) -> None:
    room_up = Rating("AAA").notches_above(rating)
    room_down = rating.notches_above(Rating("C"))
    clamped = min(max(delta, -room_down), room_up)
    assert rating.notched(delta).notches_above(rating) == clamped


@given(notchable_ratings, notchable_ratings, notchable_ratings)
def test_notches_above_adds_up(a: Rating, b: Rating, c: Rating) -> None:
    assert a.notches_above(b) + b.notches_above(c) == a.notches_above(c)
