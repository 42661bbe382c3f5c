"""The seed's mechanisms worked by hand: guarantee company, rent guarantee, segment
multipliers, the commingling alternative and regional concentration (issue 14)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from jcr_desk.structured.rmbs.assumptions import ConcentrationDecision
from jcr_desk.structured.rmbs.deal import (
    Answer,
    GroupCreditLife,
    GuaranteeScheme,
    RentGuarantee,
)
from jcr_desk.structured.rmbs.engine import run_stress
from jcr_desk.structured.rmbs.inputs import Parties
from jcr_desk.structured.rmbs.projection import Stresses, project
from jcr_desk.structured.rmbs.schedule import LoanArrays, RecoveryBasis, schedule_pool
from jcr_desk.structured.rmbs.settings import stress_settings
from tests.unit.structured.deals import adjustment, deal, loan_table, with_deal

CLASSES = [("A", 0.85, "fixed", 0.003), ("B", 0.05, "fixed", 0.006), ("R", 0.10, "residual", 0.0)]
TEN_YEARS = (1.0,) * 120  # every default while all loans still run


def _answers(*, refuse: str | None = None, leave: str | None = None) -> tuple[Answer, ...]:
    answers = []
    for requirement in stress_settings().guarantee_requirements:
        if requirement.key == leave:
            continue
        answer = "no" if requirement.key == refuse else "yes"
        answers.append(Answer(requirement.key, answer, "checked in the deal documents"))
    return tuple(answers)


@pytest.fixture(scope="module")
def base():
    # Properties worth half the loans, defaults in the first ten years: a recovery never
    # reaches the balance cap, so the guarantee's haircut shows one for one.
    loans = loan_table([40e6, 60e6], [300, 360])
    loans["property_value"] = loans["current_balance"] * 0.5
    return deal(loans, CLASSES, default=0.03, recovery=0.5, timing_curve=TEN_YEARS)


@pytest.fixture(scope="module")
def plain(base):
    return run_stress(base)


def _guaranteed(base, answers, rating="A"):
    scheme = GuaranteeScheme(guarantor_rating=rating, answers=answers)
    return with_deal(base, guarantee=scheme)


def test_a_guarantee_carries_the_bad_loan_layer_up_to_the_guarantors_rating(base, plain):
    inputs = _guaranteed(base, _answers())
    inputs = replace(inputs, parties=Parties(guarantor_rating="A"))
    result = run_stress(inputs)
    for rating in ("A", "BBB"):
        line = result.line(rating)
        assert line.layers.bad_loan == 0.0
        assert all(
            v.bad_loan_ce == 0.0 and "rest their bad-loan layer" in str(v.note)
            for v in line.classes
        )
        # The other layers keep their own enhancement.
        assert line.layers.commingling == plain.line(rating).layers.commingling
    aaa, plain_aaa = result.line("AAA"), plain.line("AAA")
    assert aaa.classes[0].note is None
    # Above the guarantor: recoveries by foreclosure cut by the Desk default haircut (50 %).
    recovered = sum(result.pool_cashflows["AAA"].recoveries)
    assert recovered == pytest.approx(0.5 * sum(plain.pool_cashflows["AAA"].recoveries), rel=1e-9)
    assert aaa.layers.bad_loan >= plain_aaa.layers.bad_loan
    assert any("relied on" in str(text) for text in result.mechanisms)
    assert "stress.guarantee.recovery_haircut" in {d.key for d in result.desk_defaults}


def test_one_requirement_not_met_sets_the_guarantee_aside(base, plain):
    inputs = _guaranteed(base, _answers(refuse="true_sale_opinion"))
    inputs = replace(inputs, parties=Parties(guarantor_rating="A"))
    result = run_stress(inputs)
    assert [line.layers for line in result.ratings] == [line.layers for line in plain.ratings]
    assert any("set aside" in str(t) and "true_sale_opinion" in str(t) for t in result.mechanisms)


def test_an_unanswered_requirement_keeps_the_decision_open(base, plain):
    inputs = _guaranteed(base, _answers(leave="business_unity"))
    inputs = replace(inputs, parties=Parties(guarantor_rating="A"))
    result = run_stress(inputs)
    assert [line.layers for line in result.ratings] == [line.layers for line in plain.ratings]
    assert any("business_unity" in str(text) for text in result.open_decisions)


def test_a_rent_guarantee_spares_apartment_loans_until_its_first_review() -> None:
    # Two loans of 100, no interest, 48 months; defaults 1/48 of a lifetime 48 % a month.
    # Loan 1 (apartment) is guarded for 24 months: its weight is 0 until then, so each month
    # asks 1/48 × 0.48 × 200 × (100 × 0 + 100 × 1) / 200 = 1 of loan 2 only; after month 24
    # both take their share again.
    loans = LoanArrays(
        balance=np.array([100.0, 100.0]),
        rate=np.zeros(2),
        term=np.array([48, 48]),
        level_principal=np.zeros(2, bool),
        rate_type=np.zeros(2, np.int64),
        risk_factor=np.ones(2),
        first_lien=np.zeros(2, bool),
        property_value=np.zeros(2),
        guarded_until=np.array([24, 0]),
    )
    schedule = schedule_pool(loans, RecoveryBasis((0.0,), 0.0, 0))
    stresses = Stresses(
        *(np.array([v]) for v in (0.48, 1.0, 1.0, 0.0)),
        np.array([0]),
        rent_guarantee=np.array([True]),
    )
    flows = project(schedule, stresses, np.full(48, 1 / 48), 60, 0)
    assert flows.defaults[0, 1:25].sum() == pytest.approx(24.0)  # 1 a month, loan 2 only
    assert flows.defaults[0, 25] == pytest.approx(2.0)  # both again
    # The guaranteed months' share is never asked: 24 × 1 + 24 × 2, not 48 × 2.
    assert flows.stressed[0] == pytest.approx(72.0)
    unguarded = project(
        schedule,
        Stresses(
            *(np.array([v]) for v in (0.48, 1.0, 1.0, 0.0)),
            np.array([0]),
            rent_guarantee=np.array([False]),
        ),
        np.full(48, 1 / 48),
        60,
        0,
    )
    assert unguarded.defaults[0, 1] == pytest.approx(2.0)


def _apartment_pool(**columns) -> pd.DataFrame:
    # An owner-occupied loan and an apartment loan of 50m each; a DSCR of 1.5 puts the
    # apartment loan in the 3 % band, the same as the scenario's base rate.
    return loan_table(
        [50e6, 50e6],
        [360, 360],
        loan_purpose=["self_resident", "apartment"],
        dscr=[np.nan, 1.5],
        **columns,
    )


def test_apartment_loans_take_the_desk_default_uplift_and_an_analyst_adjustment_replaces_it():
    inputs = deal(
        _apartment_pool(), CLASSES, default=0.03, ratings=("AAA",), timing_curve=TEN_YEARS
    )
    uplift = stress_settings().segment_uplift["apartment"]
    line = run_stress(inputs).line("AAA")
    # 3 % × (½ × 3.5 + ½ × 3.5 × 1.2) = 11.55 %
    assert line.stressed_default_rate == pytest.approx(0.03 * (0.5 * 3.5 + 0.5 * 3.5 * uplift))
    assert line.realised_default_rate == pytest.approx(line.stressed_default_rate, rel=1e-9)
    assert line.multipliers.segments["apartment"][0] == pytest.approx(3.5 * uplift)
    adjusted = deal(
        _apartment_pool(),
        CLASSES,
        default=0.03,
        ratings=("AAA",),
        timing_curve=TEN_YEARS,
        multiplier_adjustments=(
            adjustment("AAA", "first_five_years", 5.0, segment="apartment"),
            adjustment("AAA", "after_five_years", 5.0, segment="apartment"),
        ),
    )
    # 3 % × (½ × 3.5 + ½ × 5) = 12.75 %
    assert run_stress(adjusted).line("AAA").stressed_default_rate == pytest.approx(0.1275)


def test_a_region_segment_takes_its_own_multiplier():
    loans = loan_table([50e6, 50e6], [360, 360], prefecture=["宮城県", "大阪府"])
    inputs = deal(
        loans,
        CLASSES,
        default=0.02,
        ratings=("AAA",),
        timing_curve=TEN_YEARS,
        multiplier_adjustments=(
            adjustment("AAA", "first_five_years", 7.0, segment="region:Tohoku", factor="region"),
            adjustment("AAA", "after_five_years", 7.0, segment="region:Tohoku", factor="region"),
        ),
    )
    result = run_stress(inputs)
    # 2 % × (½ × 7 + ½ × 3.5) = 10.5 %
    assert result.line("AAA").stressed_default_rate == pytest.approx(0.105)
    assert "stress.segments.regions" in {d.key for d in result.desk_defaults}


def test_the_commingling_alternative_lifts_the_layer_while_the_servicer_is_above_the_trigger():
    loans = loan_table([40e6, 60e6], [300, 360])
    stated = deal(loans, CLASSES, servicer_rating="A", commingling_mitigation="cash_in_trust")
    result = run_stress(stated)
    assert all(line.layers.commingling == 0.0 for line in result.ratings)
    assert any("not charged" in str(text) for text in result.mechanisms)
    below = deal(loans, CLASSES, servicer_rating="BB", commingling_mitigation="cash_in_trust")
    assert all(line.layers.commingling > 0 for line in run_stress(below).ratings)
    unknown = deal(loans, CLASSES, commingling_mitigation="advance_payment")
    assert all(line.layers.commingling > 0 for line in run_stress(unknown).ratings)


def test_a_regional_concentration_is_an_open_decision_until_recorded():
    loans = loan_table(
        [60e6, 20e6, 20e6], [300, 360, 360], prefecture=["東京都", "大阪府", "愛知県"]
    )
    open_ = run_stress(deal(loans, CLASSES))
    assert any("東京都 holds 60.0%" in str(text) for text in open_.open_decisions)
    decided = deal(
        loans,
        CLASSES,
        concentration_decisions=(
            ConcentrationDecision("prefecture:東京都", "not_adjusted", "dispersed wards", "Sato"),
        ),
    )
    result = run_stress(decided)
    assert result.open_decisions == ()
    recorded = [str(text) for text in result.mechanisms]
    assert any("not adjusted" in text and "dispersed wards" in text for text in recorded)


def test_group_credit_life_insurance_is_stated(base):
    insured = with_deal(base, group_credit_life=GroupCreditLife(True, True, "trust is beneficiary"))
    assert any("can receive" in str(text) for text in run_stress(insured).mechanisms)
    assert RentGuarantee() == RentGuarantee(None, None)
