"""Fully supported programs follow their sponsor; checks, documents and caps keep a guideline
honest (open while anything is open)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.program import (
    FULLY_SUPPORTED,
    PARTIALLY_SUPPORTED,
    AbcpProgram,
    BackupLine,
    CheckAnswer,
    Party,
)
from jcr_desk.structured.abcp.rules import abcp_rules
from tests.unit.structured.abcp.programs import (
    all_answered,
    analyse,
    history_of,
    internal_program,
)

FLAT = history_of([0.005] * 24, [0.002] * 24)


def fully_supported(**changes) -> AbcpProgram:
    rules = abcp_rules()
    program = AbcpProgram(
        name="Mitsukaze Multi-Seller Funding",
        sponsor=Party("Mitsukaze Bank", short_term_rating="J-1"),
        backup=BackupLine("liquidity_and_credit", 1.0),
        sellers=(Party("Seller A"), Party("Seller B")),
        purchased_assets="accounts_receivable",
        documents=tuple(d.key for d in rules.documents["fully_supported"]),
        answers=all_answered(("spc", "facility")),
    )
    return replace(program, **changes)


def test_a_fully_supported_program_follows_its_sponsor():
    result = analyse(fully_supported(), None)
    assert result.support == FULLY_SUPPORTED and result.multi_seller
    assert result.guideline.status == "proposed"
    assert result.guideline.proposed == "J-1"
    link = next(step for step in result.guideline.steps if step.rule_id == "FS-LINK")
    assert "follows Mitsukaze Bank's short-term rating J-1" in str(link.text)
    assert "003 No. 2 §3(1)" in link.citation and "weak link" in link.citation


def test_an_unanswered_check_keeps_the_guideline_open():
    answers = tuple(
        replace(a, answer="open", reason="") if a.key == "timely_supply" else a
        for a in fully_supported().answers
    )
    result = analyse(fully_supported(answers=answers), None)
    assert result.guideline.status == "open"
    assert result.guideline.proposed is None
    assert result.guideline.reached == "J-1"
    assert any("Unanswered (backup facility)" in str(item) and "in time" in str(item)
               for item in result.guideline.open_items)


def test_a_check_answered_no_keeps_it_open_with_the_reason():
    answers = (*fully_supported().answers[1:],
               CheckAnswer("spc", "remote_from_parties", "no", "the sponsor owns the SPC"))
    result = analyse(fully_supported(answers=answers), None)
    assert result.guideline.status == "open"
    assert any("the sponsor owns the SPC" in str(item) for item in result.guideline.open_items)


def test_a_missing_document_keeps_it_open():
    result = analyse(fully_supported(documents=("term_sheet",)), None)
    assert result.guideline.status == "open"
    missing = [i for i in map(str, result.guideline.open_items) if i.startswith("Document")]
    assert len(missing) == 2


def test_an_unrated_sponsor_keeps_it_open():
    program = fully_supported(sponsor=Party("Unrated Bank"))
    result = analyse(program, None)
    assert result.guideline.status == "open"
    assert "The short-term rating of Unrated Bank is not known." in map(
        str, result.guideline.open_items
    )


def test_less_than_full_support_is_analysed_like_internal_enhancement():
    program = internal_program(backup=BackupLine("liquidity_and_credit", 0.02),
                               subordination=0.01)
    assert program.support(1.0) == PARTIALLY_SUPPORTED
    result = analyse(program, FLAT)
    # J-1+ needs 2.25 % + 0.9 % + 0.5 % = 3.65 %: 1 % + the sponsor's 2 % (sponsor J-1+)
    # = 3 % falls short; J-1 needs 2.95 %: passes.
    assert result.support == PARTIALLY_SUPPORTED
    assert result.test("J-1").sponsor_enhancement == pytest.approx(0.02)
    assert result.guideline.proposed == "J-1"
    weaker = analyse(program, FLAT, sponsor=ShortTermRating("J-2"))
    assert weaker.test("J-1").sponsor_enhancement == 0.0  # above the sponsor: not counted
    assert weaker.guideline.proposed == "J-2"


def test_a_program_relying_on_the_sponsors_liquidity_is_capped_by_the_sponsor():
    program = internal_program(backup=BackupLine("liquidity_only", 1.0))
    result = analyse(program, FLAT, sponsor=ShortTermRating("J-2"))
    sponsor = next(cap for cap in result.caps if cap.kind == "sponsor")
    assert sponsor.applied and sponsor.limit == "J-2"
    assert result.guideline.proposed == "J-2"


def test_a_cross_border_program_is_capped_by_the_assets_country_ceiling():
    program = internal_program(cross_border=True, asset_country="XX")
    result = analyse(program, FLAT, asset_country_ceiling="BBB+", sovereign="BBB")
    country = next(cap for cap in result.caps if cap.kind == "country")
    # BBB+ maps to J-2 in the rulebook's long-to-short table.
    assert country.applied and country.limit == "J-2"
    assert result.guideline.proposed == "J-2"
    assert "003 No. 1 §2(3)" in country.citation


def test_a_cross_border_program_without_the_ceiling_stays_open():
    program = internal_program(cross_border=True, asset_country="XX")
    result = analyse(program, FLAT)
    assert result.guideline.status == "open"
    assert any("not entered" in str(item) for item in result.guideline.open_items)


def test_a_domestic_program_is_not_capped_by_the_ceiling():
    result = analyse(internal_program(), FLAT, asset_country_ceiling="BBB+")
    country = next(cap for cap in result.caps if cap.kind == "country")
    assert not country.applied and result.guideline.proposed == "J-1+"


def test_a_program_with_internal_enhancement_needs_its_history():
    result = analyse(internal_program(), None)
    assert result.guideline.status == "open"
    assert "monthly history is needed (no monthly history" in str(result.guideline.open_items[-1])
    short = analyse(internal_program(), history_of([0.005] * 6))
    assert "6 months; at least 12 months" in str(short.guideline.open_items[-1])


def by_seller_history() -> MonthlyHistory:
    """A year of a population split 70/30 between sellers A and B."""
    frame = pd.DataFrame(
        {
            "month": pd.date_range("2024-01-01", periods=12, freq="MS").repeat(2),
            "history_seller": ["A", "B"] * 12,
            "population_balance": [700_000.0, 300_000.0] * 12,
            "collections": [665_000.0, 285_000.0] * 12,
            "credit_losses": [3_500.0, 1_500.0] * 12,
            "cancellations": [1_400.0, 600.0] * 12,
            "excel_row": range(2, 26),
        }
    )
    return MonthlyHistory.checked(frame, {"file": "h.xlsx"})


def test_the_pool_is_compared_with_the_population_by_seller():
    history = by_seller_history()
    receivables = pd.DataFrame(
        {"receivable_id": ["1", "2", "3"], "receivable_balance": [40_000.0, 20_000.0, 40_000.0],
         "seller": ["A", "ａ", "B"]}
    )
    result = analyse(internal_program(), history, receivables=receivables)
    [composition] = result.compositions
    shares = {row.value: (row.pool_share, row.population_share) for row in composition.rows}
    assert shares == {"A": (pytest.approx(0.6), pytest.approx(0.7)),
                      "B": (pytest.approx(0.4), pytest.approx(0.3))}
    assert composition.difference == pytest.approx(0.1)
    assert not composition.flagged  # flag above 10 %
    assert any("merchant category" in str(note) for note in result.notes)


def test_the_us_agency_reserve_is_shown_as_a_reference():
    result = analyse(internal_program(), FLAT)
    reference = {r.rating: r for r in result.reference}
    top = reference["J-1+"]
    # loss: 2.5 × 0.5 % × (4 months billed ÷ latest month = 4) = 5 %; dilution: expected =
    # peak = 0.2 %, so 2.5 × 0.2 % × 1 = 0.5 %.
    assert top.loss_reserve == pytest.approx(0.05)
    assert top.dilution_reserve == pytest.approx(0.005)
    assert str(result.reference_note).startswith("Reference only")
