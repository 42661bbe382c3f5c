"""The ABCP rulebook: every figure with its citation, and a broken abcp.toml refused by key.

Each refusal test copies the shipped rulebook into ``tmp_path`` and breaks one thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.methodology.rulebook import RulebookError, load_rulebook
from jcr_desk.ratings import Rating
from jcr_desk.structured.abcp.rules import TARGET_RATINGS, abcp_rules
from tests.unit.methodology.test_rulebook_errors import edit, rulebook_dir

__all__ = ["rulebook_dir"]  # the fixture: a copy of the shipped rulebook to break


def refused(directory: Path, key: str, *fragments: str) -> RulebookError:
    with pytest.raises(RulebookError) as caught:
        abcp_rules(load_rulebook(directory))
    error = caught.value
    assert error.key == key
    assert error.file.name == "abcp.toml"
    for fragment in fragments:
        assert fragment in str(error), f"{fragment!r} not in {error}"
    return error


def test_the_shipped_rules_load_with_their_long_term_floors():
    rules = abcp_rules()
    assert tuple(rules.multiples) == TARGET_RATINGS
    floors = {rating: (str(long), round(value, 4)) for rating, (long, value) in
              rules.long_term_floor.items()}
    # J-1+ ↔ AAA (tabulated 3.5); J-1 ↔ A+: 3.5 − 4/5 × (3.5 − 2.5) = 2.7; J-2 ↔ BBB+:
    # 2.5 − 2/3 × (2.5 − 2.0) = 2.1667; J-3 ↔ BBB-: below BBB, the end value 2.0.
    assert floors == {
        "J-1+": ("AAA", 3.5),
        "J-1": ("A+", 2.7),
        "J-2": ("BBB+", 2.1667),
        "J-3": ("BBB-", 2.0),
    }
    for rating in TARGET_RATINGS:
        assert rules.multiples[rating] > rules.long_term_floor[rating][1]
    assert isinstance(rules.long_term_floor["J-1"][0], Rating)


def test_every_abcp_figure_carries_its_citation_and_desk_defaults_say_so():
    book = load_rulebook()
    entries = [entry for key, entry in book.entries.items() if key.startswith("abcp.")]
    assert len(entries) >= 25
    for entry in entries:
        assert entry.citation.strip()
        if entry.is_desk_default:
            assert "Desk default" in entry.citation, entry.key
        else:
            assert entry.citation.startswith("003 No. 2"), entry.key


def test_the_spc_checklist_holds_the_seeds_point_then_the_desks_usual_ones():
    checks = abcp_rules().checks["spc"]
    assert [item.desk_default for item in checks] == [False, True, True, True, True]
    assert checks[0].key == "remote_from_parties"


def test_a_short_term_multiple_no_stronger_than_long_term_paper_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", '"J-1+" = 4.5, "J-1" = 3.5', '"J-1+" = 3.5, "J-1" = 3.5')
    refused(
        rulebook_dir,
        "abcp.stress.multiple",
        "J-1+ takes 3.5, not stronger than the long-term multiple 3.5 of AAA",
    )


def test_a_weaker_stress_for_a_better_rating_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", '"J-1+" = 6.0, "J-1" = 5.0', '"J-1+" = 4.0, "J-1" = 5.0')
    refused(rulebook_dir, "abcp.stress.sd_multiple", "J-1+ takes 4, less than J-1's 5")


def test_a_stress_table_missing_a_target_rating_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", ', "J-3" = 2.5 }', " }")
    refused(rulebook_dir, "abcp.stress.multiple", "J-1+, J-1, J-2, J-3")


def test_a_missing_entry_is_refused_naming_the_file_and_key(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", "[servicer_transfer.reserve]", "[servicer_transfer.reservoir]")
    refused(rulebook_dir, "abcp.servicer_transfer.reserve", "required entry missing")


def test_an_unknown_base_case_reading_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", 'value = "highest"', 'value = "median"')
    refused(rulebook_dir, "abcp.base_case.method", "mean, recent, trend, highest")


def test_a_check_listed_twice_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", '{ key = "true_sale",', '{ key = "limited_purpose",')
    refused(rulebook_dir, "abcp.checks.spc_usual", "listed twice")


def test_a_floor_column_the_rmbs_table_lacks_is_refused(rulebook_dir):
    edit(rulebook_dir / "abcp.toml", 'value = "defaults_first_five_years"', 'value = "losses"')
    refused(rulebook_dir, "abcp.stress.long_term_floor", "defaults_first_five_years")
