"""Terminal layout of Japanese and English text: columns and line breaks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jcr_desk.cli_text import columns, wrap_columns


def test_a_wide_character_takes_two_columns():
    assert columns("格付 AAA") == 8


def test_english_breaks_at_spaces_and_a_long_word_stays_whole():
    assert wrap_columns("print the result as JSON", 10) == ["print the", "result as", "JSON"]
    assert wrap_columns("--lang-of-the-messages x", 6) == ["--lang-of-the-messages", "x"]


def test_japanese_breaks_between_characters_but_never_before_closing_punctuation():
    """A line does not start with 、 or 。 (kinsoku): the mark stays on the line it ends."""
    assert wrap_columns("格付対象、発行体", 8) == ["格付対象、", "発行体"]
    assert wrap_columns("格付の理由。次の段落", 12) == ["格付の理由。", "次の段落"]


def test_an_opening_bracket_does_not_end_a_line():
    assert wrap_columns("案件の（見通し）", 8) == ["案件の", "（見通し）"]


@given(st.text(alphabet="格付案件の理由、。（）ab -", max_size=60), st.integers(4, 30))
def test_wrapping_keeps_every_character_and_no_line_starts_with_closing_punctuation(text, width):
    lines = wrap_columns(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line[:1] in "、。）" for line in lines[1:] if line)
