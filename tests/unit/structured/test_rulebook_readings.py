"""Each rule the engine applies is stated once in the rulebook, the way the engine reads it."""

from __future__ import annotations

from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.rmbs.settings import stress_settings


def test_the_five_year_split_has_one_reading() -> None:
    # Issue 14, finding 6: rmbs.toml said "the fifth year of the loan" while stress.toml and
    # the engine count from the cut-off. The multipliers' note now points at the split entry.
    book = load_rulebook()
    split = book.entry("stress.default_split_months")
    assert "cut-off" in split.note
    assert stress_settings(book).default_split_months == split.value == 60
    multipliers = book.entry("rmbs.stress_multipliers").note
    assert "of the loan" not in multipliers
    assert "stress.default_split_months" in multipliers
    others = [
        key
        for key, entry in book.entries.items()
        if key != split.key and ("fifth year" in entry.note or "five years from" in entry.note)
    ]
    assert others == []
