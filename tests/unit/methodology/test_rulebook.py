"""The shipped rulebook: it loads, every entry is cited, and the numbers are the seeds' numbers."""

from __future__ import annotations

import datetime

import pytest

from jcr_desk.methodology.rulebook import SOURCES, RuleEntry, load_rulebook
from jcr_desk.paths import resources_dir
from jcr_desk.ratings import Rating, ShortTermRating


@pytest.fixture(scope="module")
def rulebook():
    return load_rulebook()


def test_shipped_rulebook_loads_with_its_version(rulebook) -> None:
    assert rulebook.version == "2026.2"
    assert rulebook.title
    assert isinstance(rulebook.date, datetime.date)
    assert rulebook.directory == resources_dir() / "methodology"


def test_shipped_rulebook_is_loaded_once(rulebook) -> None:
    assert load_rulebook() is rulebook


def test_an_explicit_folder_is_read_afresh(rulebook) -> None:
    again = load_rulebook(resources_dir() / "methodology")
    assert again is not rulebook
    assert again.entries.keys() == rulebook.entries.keys()


def test_every_entry_is_cited_with_a_valid_source(rulebook) -> None:
    assert rulebook.entries
    for key, entry in rulebook.entries.items():
        assert isinstance(entry, RuleEntry)
        assert entry.key == key
        assert entry.source in SOURCES
        assert entry.citation.strip()
        assert entry.is_desk_default == (entry.source == "desk_default")
        if entry.is_desk_default:
            assert "Desk default" in entry.citation, key


@pytest.mark.parametrize(
    ("key", "source", "citation"),
    [
        ("rmbs.stress_multipliers", "methodology", "002 §2(1)(b)"),
        ("rmbs.interpolate_stress_multipliers", "desk_default", "002 §2(1)(b)"),
        ("rmbs.deposit_insurance_cap", "methodology", "002 §5"),
        ("rmbs.liquidity_reserve_months.fixed_rate", "methodology", "002 §6"),
        ("rmbs.liquidity_reserve_months.floating_rate", "methodology", "002 §6"),
        ("groups.importance_notches", "desk_default", "001 §3(6)"),
        ("groups.bottom_up_uplift_range", "methodology", "001 §3(6)"),
        ("groups.bottom_up_uplift_proposal", "desk_default", "001 §3(6)"),
        ("groups.double_leverage_high", "desk_default", "001 §2(3)"),
        ("scales.long_to_short", "desk_default", "METHODOLOGY §1"),
        ("scales.long_term", "methodology", "METHODOLOGY §1"),
    ],
)
def test_sources_and_citations(rulebook, key: str, source: str, citation: str) -> None:
    entry = rulebook.entry(key)
    assert entry.source == source
    assert citation in entry.citation


def test_stress_multipliers_are_the_seed_table(rulebook) -> None:
    table = rulebook.stress_multipliers_table()
    assert list(table) == [Rating("AAA"), Rating("A"), Rating("BBB")]
    assert table[Rating("AAA")] == (3.5, 3.5, 0.5)
    assert table[Rating("A")] == (2.5, 2.5, 0.5)
    assert table[Rating("BBB")] == (2.0, 1.5, 0.75)
    bbb = table[Rating("BBB")]
    assert bbb.defaults_first_five_years == 2.0
    assert bbb.defaults_after_five_years == 1.5
    assert bbb.prepayment_whole_term == 0.75
    assert rulebook.interpolates_stress_multipliers is True


def test_rmbs_figures(rulebook) -> None:
    assert rulebook.deposit_insurance_cap == 10_000_000
    assert rulebook.value("rmbs.deposit_insurance_cap") == 10_000_000
    assert rulebook.liquidity_reserve_months(floating=False) == 1
    assert rulebook.liquidity_reserve_months(floating=True) == 3


def test_group_figures(rulebook) -> None:
    assert rulebook.importance_levels() == ("core", "high", "moderate", "limited")
    assert [rulebook.importance_notches(level) for level in rulebook.importance_levels()] == [
        0, 1, 2, 3,
    ]  # fmt: skip
    with pytest.raises(ValueError, match="'vital'"):
        rulebook.importance_notches("vital")
    assert rulebook.bottom_up_uplift_range == (1, 2)
    assert rulebook.bottom_up_uplift_proposal == 1
    assert rulebook.double_leverage_high == pytest.approx(1.20)


LONG_TO_SHORT = {
    "AAA": "J-1+", "AA+": "J-1+", "AA": "J-1+", "AA-": "J-1+",
    "A+": "J-1", "A": "J-1", "A-": "J-1",
    "BBB+": "J-2", "BBB": "J-2", "BBB-": "J-3",
    "BB+": "NJ", "BB": "NJ", "BB-": "NJ", "B+": "NJ", "B": "NJ", "B-": "NJ",
    "CCC": "NJ", "CC": "NJ", "C": "NJ", "LD": "LD", "D": "D",
}  # fmt: skip


def test_long_to_short_correspondence(rulebook) -> None:
    assert {str(r): str(rulebook.short_term_for(r)) for r in Rating.scale()} == LONG_TO_SHORT
    assert isinstance(rulebook.short_term_for(Rating("A")), ShortTermRating)


def test_scales_entries_match_the_rating_scales(rulebook) -> None:
    assert rulebook.value("scales.long_term") == tuple(str(r) for r in Rating.scale())
    assert rulebook.value("scales.short_term") == tuple(str(s) for s in ShortTermRating.scale())
    assert rulebook.value("scales.event_symbols") == ("LD", "D")
    assert rulebook.value("scales.notching_floor") == "C"
    assert rulebook.value("scales.outlooks") == ("Stable", "Positive", "Negative", "Developing")
    assert rulebook.value("scales.credit_monitor_directions") == (
        "Positive", "Negative", "Developing",
    )  # fmt: skip


def test_values_are_read_only(rulebook) -> None:
    with pytest.raises(TypeError):
        rulebook.value("groups.importance_notches")["core"] = 5
    with pytest.raises(TypeError):
        rulebook.value("rmbs.stress_multipliers")["AAA"]["prepayment_whole_term"] = 1.0
    assert isinstance(rulebook.value("scales.long_term"), tuple)


def test_unknown_key_is_a_key_error_naming_it(rulebook) -> None:
    with pytest.raises(KeyError, match=r"rmbs\.no_such_thing"):
        rulebook.entry("rmbs.no_such_thing")
