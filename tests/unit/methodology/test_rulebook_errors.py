"""A broken rulebook is refused with a message naming the file, the key and the problem.

Each test copies the shipped rulebook into ``tmp_path`` and breaks exactly one thing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from jcr_desk.methodology.rulebook import RulebookError, load_rulebook
from jcr_desk.paths import resources_dir


@pytest.fixture
def rulebook_dir(tmp_path: Path) -> Path:
    target = tmp_path / "methodology"
    shutil.copytree(resources_dir() / "methodology", target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def refused(directory: Path, *fragments: str) -> RulebookError:
    with pytest.raises(RulebookError) as caught:
        load_rulebook(directory)
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return caught.value


def test_the_unbroken_copy_loads(rulebook_dir: Path) -> None:
    assert load_rulebook(rulebook_dir).version == "2026.2"


def test_toml_syntax_error_names_file_and_line(rulebook_dir: Path) -> None:
    rmbs = rulebook_dir / "rmbs.toml"
    edit(rmbs, "value = 10_000_000", "value = = 10_000_000")
    line = rmbs.read_text(encoding="utf-8").splitlines().index("value = = 10_000_000") + 1
    error = refused(rulebook_dir, "rmbs.toml", "TOML syntax error", f"line {line},")
    assert error.file == rulebook_dir / "rmbs.toml"


def test_missing_manifest(rulebook_dir: Path) -> None:
    (rulebook_dir / "rulebook.toml").unlink()
    refused(rulebook_dir, "rulebook.toml", "file not found")


def test_manifest_without_version(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rulebook.toml", 'version = "2026.2"\n', "")
    refused(rulebook_dir, "rulebook.toml", "version", "missing")


def test_file_listed_in_manifest_is_missing(rulebook_dir: Path) -> None:
    (rulebook_dir / "groups.toml").unlink()
    error = refused(rulebook_dir, "rulebook.toml", "files", "'groups.toml'")
    assert error.key == "files"


def test_required_key_missing(rulebook_dir: Path) -> None:
    edit(
        rulebook_dir / "rmbs.toml",
        "[deposit_insurance_cap]\nvalue = 10_000_000\n",
        "[deposit_insurance_kap]\nvalue = 10_000_000\n",
    )
    error = refused(rulebook_dir, "rmbs.toml", "rmbs.deposit_insurance_cap", "missing")
    assert error.key == "rmbs.deposit_insurance_cap"


def test_entry_without_citation(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rmbs.toml", 'citation = "002 §5"\n', "")
    refused(rulebook_dir, "rmbs.toml", "rmbs.deposit_insurance_cap", "citation")


def test_entry_with_empty_citation(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "groups.toml", 'citation = "001 §3(6)"\n', 'citation = "  "\n')
    refused(rulebook_dir, "groups.toml", "groups.bottom_up_uplift_range", "citation")


def test_entry_with_unknown_source(rulebook_dir: Path) -> None:
    edit(
        rulebook_dir / "groups.toml",
        'value = 1.20\nsource = "desk_default"',
        'value = 1.20\nsource = "agency"',
    )
    refused(rulebook_dir, "groups.toml", "groups.double_leverage_high", "source", "'agency'")


def test_entry_without_value(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rmbs.toml", "value = 3\n", "")
    refused(rulebook_dir, "rmbs.toml", "rmbs.liquidity_reserve_months.floating_rate", "no value")


def test_entry_with_unknown_field(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rmbs.toml", "value = 3\n", "value = 3\nunit = 'months'\n")
    refused(rulebook_dir, "rmbs.toml", "rmbs.liquidity_reserve_months.floating_rate", "unit")


@pytest.mark.parametrize(
    ("file", "old", "new", "key"),
    [
        ("rmbs.toml", "value = 10_000_000", 'value = "ten million"', "rmbs.deposit_insurance_cap"),
        (
            "rmbs.toml",
            "value = 3\n",
            "value = 3.5\n",
            "rmbs.liquidity_reserve_months.floating_rate",
        ),
        ("rmbs.toml", "value = true", 'value = "yes"', "rmbs.interpolate_stress_multipliers"),
        ("groups.toml", "value = 1.20", 'value = "120%"', "groups.double_leverage_high"),
        ("groups.toml", "high = 1", 'high = "one"', "groups.importance_notches"),
        ("groups.toml", "value = [1, 2]", "value = 1", "groups.bottom_up_uplift_range"),
        ("scales.toml", 'value = "C"', 'value = ["C"]', "scales.notching_floor"),
        (
            "rmbs.toml",
            "defaults_first_five_years = 3.5,",
            'defaults_first_five_years = "3.5",',
            "rmbs.stress_multipliers",
        ),
    ],
)
def test_value_of_the_wrong_type(
    rulebook_dir: Path, file: str, old: str, new: str, key: str
) -> None:
    edit(rulebook_dir / file, old, new)
    refused(rulebook_dir, file, key, "expected")


@pytest.mark.parametrize("multiplier", ["0", "-0.5", "0.0"])
def test_multiplier_not_above_zero(rulebook_dir: Path, multiplier: str) -> None:
    edit(
        rulebook_dir / "rmbs.toml",
        "prepayment_whole_term = 0.75",
        f"prepayment_whole_term = {multiplier}",
    )
    refused(
        rulebook_dir,
        "rmbs.toml",
        "rmbs.stress_multipliers",
        "BBB.prepayment_whole_term",
        "greater than 0",
    )


def test_multiplier_row_missing_a_field(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rmbs.toml", ", prepayment_whole_term = 0.75", "")
    refused(rulebook_dir, "rmbs.toml", "rmbs.stress_multipliers", "BBB", "prepayment_whole_term")


def test_multiplier_for_an_event_rating(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "rmbs.toml", '"BBB" = {', '"LD" = {')
    refused(rulebook_dir, "rmbs.toml", "rmbs.stress_multipliers", "'LD'")


def test_short_term_mapping_missing_a_long_term_symbol(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"BB" = "NJ"\n', "")
    refused(rulebook_dir, "scales.toml", "scales.long_to_short", "'BB'")


def test_short_term_mapping_naming_an_unknown_short_term_symbol(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"BBB-" = "J-3"', '"BBB-" = "J-4"')
    refused(rulebook_dir, "scales.toml", "scales.long_to_short", "'J-4'")


def test_short_term_mapping_naming_an_unknown_long_term_symbol(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"BB" = "NJ"', '"BB" = "NJ"\n"BB++" = "NJ"')
    refused(rulebook_dir, "scales.toml", "scales.long_to_short", "'BB++'")


def test_short_term_mapping_that_rewards_a_worse_rating(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"BBB-" = "J-3"', '"BBB-" = "J-1"')
    refused(rulebook_dir, "scales.toml", "scales.long_to_short", "BBB-")


def test_long_term_scale_missing_a_symbol(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"BB", "BB-"', '"BB-"')
    refused(rulebook_dir, "scales.toml", "scales.long_term", "application's scale")


def test_short_term_scale_with_a_foreign_symbol(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", '"J-3", "NJ"', '"J-3", "J-4", "NJ"')
    refused(rulebook_dir, "scales.toml", "scales.short_term", "'J-4'")


def test_event_symbols_that_differ_from_the_scale(rulebook_dir: Path) -> None:
    edit(rulebook_dir / "scales.toml", 'value = ["LD", "D"]', 'value = ["D"]')
    refused(rulebook_dir, "scales.toml", "scales.event_symbols")


def test_uplift_proposal_outside_the_allowed_range(rulebook_dir: Path) -> None:
    edit(
        rulebook_dir / "groups.toml",
        "[bottom_up_uplift_proposal]\nvalue = 1",
        "[bottom_up_uplift_proposal]\nvalue = 3",
    )
    refused(rulebook_dir, "groups.toml", "groups.bottom_up_uplift_proposal", "range")
