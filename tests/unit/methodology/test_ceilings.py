"""METHODOLOGY §5 (seed 003): country ceilings and sovereign limits."""

from __future__ import annotations

import pytest

from jcr_desk.methodology.ceilings import cap_by_ceiling, structured_cap, unusual_ceiling
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating

CAP = [
    ("foreign, capped", ("AA", "A"), {}, "A", "A", False, 3),
    ("foreign, within", ("BBB", "A"), {}, "BBB", "BBB", False, 0),
    ("local, not capped", ("AA", "A"), {"currency": "local"}, "AA", "AA", False, 0),
    ("exception", ("AA", "A"), {"exception": True}, "AA", "AA", False, 0),
    ("no ceiling", ("AA", None), {}, "AA", "AA", True, 0),
    ("local, no ceiling", ("AA", None), {"currency": "local"}, "AA", "AA", False, 0),
]


@pytest.mark.parametrize(
    ("label", "args", "kwargs", "proposed", "range_text", "judgement", "down"),
    CAP,
    ids=[r[0] for r in CAP],
)
def test_cap_by_ceiling(label, args, kwargs, proposed, range_text, judgement, down) -> None:
    guideline = cap_by_ceiling(*args, **kwargs)
    assert guideline.proposed == Rating(proposed)
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [s.delta for s in guideline.steps] == [-down]
    assert guideline.steps[0].rule_id == "C-CEILING"


def test_exception_is_flagged() -> None:
    assert cap_by_ceiling("AA", "A", exception=True).flags


STRUCTURED = [
    ("domestic, not capped", ("AAA", "A", "A-"), {}, "AAA", "AAA", False, ["C-CEILING"]),
    (
        "cross-border, capped",
        ("AAA", "A", "A-"),
        {"domestic_single_country": False},
        "A",
        "A",
        False,
        ["C-CEILING"],
    ),
    (
        "mitigated",
        ("AAA", "A", "A-"),
        {"domestic_single_country": False, "mitigants": ("offshore_reserve_account",)},
        "AAA",
        "AAA to A",
        True,
        ["C-MITIGATED"],
    ),
    (
        "sovereign sensitive",
        ("AAA", "A", "A-"),
        {"sovereign_sensitive": True},
        "A-",
        "A-",
        False,
        ["C-CEILING", "C-SOVEREIGN"],
    ),
    (
        "no ceiling",
        ("AAA", None, "A-"),
        {"domestic_single_country": False},
        "AAA",
        "AAA",
        True,
        ["C-CEILING"],
    ),
]


@pytest.mark.parametrize(
    ("label", "args", "kwargs", "proposed", "range_text", "judgement", "rules"),
    STRUCTURED,
    ids=[r[0] for r in STRUCTURED],
)
def test_structured_cap(label, args, kwargs, proposed, range_text, judgement, rules) -> None:
    guideline = structured_cap(*args, **kwargs)
    assert guideline.proposed == Rating(proposed)
    assert guideline.range_text() == range_text
    assert guideline.needs_judgement is judgement
    assert [s.rule_id for s in guideline.steps] == rules


def test_sovereign_sensitive_is_flagged() -> None:
    flags = structured_cap("AAA", "A", "A-", sovereign_sensitive=True).flags
    assert any("unlikely above the sovereign" in str(flag) for flag in flags)


def test_unknown_mitigant_names_the_argument() -> None:
    with pytest.raises(ValueError, match="mitigants"):
        structured_cap("AAA", "A", "A-", domestic_single_country=False, mitigants=("prayer",))


def test_unknown_currency_names_the_argument() -> None:
    with pytest.raises(ValueError, match="currency"):
        cap_by_ceiling("AA", "A", currency="yen")


def test_mitigants_are_the_seed_list() -> None:
    book = load_rulebook()
    assert set(book.transfer_risk_mitigants) == {
        "offshore_reserve_account",
        "offshore_swap_or_guarantee",
        "flexible_payment_schedule",
    }
    assert book.entry("ceilings.transfer_risk_mitigants").citation == "003 No. 1 §2(3)"
    assert book.ceiling_above_sovereign_fc == (0, 3)


def test_unusual_ceiling() -> None:
    assert unusual_ceiling("A", "BBB+") is None
    assert "usually 0 to 3" in unusual_ceiling("AA", "BBB+")
    assert unusual_ceiling("AAA", "A", hard_currency=True) is None
