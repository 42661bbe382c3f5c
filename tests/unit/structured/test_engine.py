"""The whole stress run on the demo case and on random small deals."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import stress_inputs
from jcr_desk.structured.deal import NoteClass
from jcr_desk.structured.engine import run_stress
from jcr_desk.structured.inputs import StressInputError, StressInputs
from jcr_desk.structured.multipliers import stress_multipliers
from jcr_desk.structured.result import EnhancementResult
from tests.unit.structured.deals import adjustment, deal, loan_table, with_assumptions, with_deal

RATINGS_BEST_FIRST = ["AAA", "AA", "A", "BBB"]


@pytest.fixture(scope="module")
def demo_inputs() -> StressInputs:
    case = build_demo_case(loans=400)
    return stress_inputs(case, case.scenarios[0])


@pytest.fixture(scope="module")
def demo_result(demo_inputs) -> EnhancementResult:
    return run_stress(demo_inputs)


def test_every_target_rating_has_its_layers_and_verdicts(demo_result) -> None:
    assert [line.rating for line in demo_result.ratings] == RATINGS_BEST_FIRST
    for line in demo_result.ratings:
        layers = line.layers.to_dict()
        assert set(layers) == {"bad_loan", "interest_rate", "commingling", "setoff"}
        assert line.total == pytest.approx(sum(layers.values()))
        for verdict in line.classes:
            assert verdict.passed == (verdict.available_ce >= verdict.required_ce - 1e-12)
    assert {c.name for c in demo_result.line("AAA").classes} == {"Class A", "Class B"}


def test_required_enhancement_never_falls_as_the_rating_rises(demo_result) -> None:
    lines = [demo_result.line(symbol) for symbol in reversed(RATINGS_BEST_FIRST)]
    totals = [line.total for line in lines]
    assert totals == sorted(totals)
    for name in ("Class A", "Class B"):
        needs = [line.verdict(name).required_ce for line in lines]
        assert needs == sorted(needs)


def test_principal_plus_defaults_equals_the_pool_for_every_rating(demo_result) -> None:
    for flows in demo_result.pool_cashflows.values():
        total = sum(flows.principal) + sum(flows.defaults)
        assert total == pytest.approx(demo_result.pool_balance, rel=1e-9)
        assert sum(flows.recoveries) <= sum(flows.defaults)


def test_aa_multipliers_are_interpolated_and_labelled(demo_result) -> None:
    aa = demo_result.line("AA").multipliers
    assert aa.interpolated is True
    assert demo_result.line("AAA").multipliers.interpolated is False
    # AAA → AA+ → AA → AA- → A+ → A: AA is 2 of the 5 notches from AAA (3.5) to A (2.5).
    assert aa.first_five_years == pytest.approx(3.5 - 2 / 5 * (3.5 - 2.5))
    assert stress_multipliers("AA") == (aa.first_five_years, aa.after_five_years, aa.prepayment)
    assert any("interpolated" in text for text in demo_result.line("AA").desk_defaults)


def test_runs_are_identical(demo_inputs, demo_result) -> None:
    assert run_stress(demo_inputs) == demo_result


def test_the_result_round_trips_through_its_record(demo_result) -> None:
    assert EnhancementResult.from_dict(demo_result.to_dict()) == demo_result


def test_an_adjusted_multiplier_raises_the_requirement(demo_inputs, demo_result) -> None:
    adjusted = with_assumptions(
        demo_inputs,
        multiplier_adjustments=(
            adjustment("AAA", "first_five_years", 6.0),
            adjustment("AAA", "after_five_years", 6.0),
        ),
    )
    result = run_stress(adjusted)
    line = result.line("AAA")
    assert line.multipliers.adjusted == ("first_five_years", "after_five_years")
    assert line.multipliers.rulebook[0] == 3.5
    assert line.realised_default_rate > demo_result.line("AAA").realised_default_rate
    assert line.total >= demo_result.line("AAA").total
    assert result.line("A") == demo_result.line("A")


def test_setoff_layer_is_the_deposits_above_the_cap_over_the_pool(demo_inputs, demo_result) -> None:
    loans = demo_inputs.loans
    per_borrower = loans.groupby("borrower_id").agg(
        deposit=("deposit_balance", "max"), owed=("current_balance", "sum")
    )
    exposed = np.minimum((per_borrower.deposit - 10_000_000).clip(lower=0), per_borrower.owed)
    expected = exposed.sum() / loans["current_balance"].sum()
    assert demo_result.line("AAA").layers.setoff == pytest.approx(expected)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda i: dataclasses.replace(i, loans=i.loans.iloc[0:0]), "no pool"),
        (
            lambda i: dataclasses.replace(i, loans=i.loans.drop(columns="remaining_term_months")),
            "remaining term",
        ),
        (
            lambda i: with_deal(i, classes=(NoteClass("Class A", 1, 1e15, "fixed", 0.01),)),
            "more than the pool",
        ),
        (lambda i: with_deal(i, classes=()), "no classes"),
    ],
)
def test_missing_inputs_are_named(demo_inputs, change, message) -> None:
    with pytest.raises(StressInputError, match=message):
        run_stress(change(demo_inputs))


def _small_deal(rows, senior_share, coupon, default, recovery) -> StressInputs:
    balance, rate, term = zip(*rows, strict=True)
    loans = loan_table(balance, term, rate)
    junior = (1 - senior_share) / 2
    return deal(
        loans,
        [
            ("Senior", senior_share, "fixed", coupon),
            ("Junior", junior, "fixed", coupon * 2),
            ("Seller", junior, "residual", 0.0),
        ],
        default=default,
        cpr=0.05,
        recovery=recovery,
        lag=6,
        trust_fee=0.0002,
        servicing_fee=0.001,
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(1_000_000, 50_000_000), st.floats(0.0, 0.04), st.integers(6, 48)),
        min_size=1,
        max_size=8,
    ),
    st.floats(0.6, 0.98),
    st.floats(0.0, 0.03),
    st.floats(0.0, 0.3),
    st.floats(0.0, 0.8),
)
def test_invariants_on_random_small_deals(rows, senior_share, coupon, default, recovery) -> None:
    result = run_stress(_small_deal(rows, senior_share, coupon, default, recovery))
    lines = [result.line(s) for s in ("BBB", "A", "AAA")]
    bad_loan = [line.verdict("Senior").bad_loan_ce for line in lines]
    known = [value for value in bad_loan if value is not None]
    assert known == sorted(known)  # never falls as the rating rises
    if bad_loan[0] is None:  # not achievable at BBB: nor at any higher rating
        assert all(value is None for value in bad_loan)
    for line in lines:
        assert all(value is None or value >= 0 for value in line.layers.to_dict().values())
        senior = line.verdict("Senior").required_ce
        junior = line.verdict("Junior").required_ce
        if senior is not None and junior is not None:
            assert junior >= senior - 1e-12
    for flows in result.pool_cashflows.values():
        assert sum(flows.principal) + sum(flows.defaults) == pytest.approx(
            result.pool_balance, rel=1e-9
        )
        assert min(flows.balance) >= -1e-6
    for balances in result.class_balances["AAA"].values():
        assert min(balances) >= 0


def test_a_higher_rating_is_held_at_a_lower_ratings_need() -> None:
    from jcr_desk.structured.results import held_at_lower_ratings

    # Best first: AAA needed 0.68 % but A (below it) 0.76 %: AAA is held at 0.76 %.
    required = np.array([[0.0068, 0.010], [0.0076, 0.009], [0.0055, 0.012]])
    achievable = np.array([[True, True], [True, True], [True, False]])
    floors = held_at_lower_ratings(required, achievable, np.array([0.004, 0.005, 0.001]))
    assert floors.required[0].tolist() == [0.0076, pytest.approx(np.nan, nan_ok=True)]
    assert floors.required[1, 0] == 0.0076
    assert floors.required[2, 0] == 0.0055
    assert floors.achievable.tolist() == [[True, False], [True, False], [True, False]]
    assert floors.interest_rate.tolist() == [0.005, 0.005, 0.001]
    assert floors.raised.tolist() == [True, False, False]


def test_a_stated_clean_up_call_does_not_let_aaa_need_less_than_a() -> None:
    # One 9-month loan: AAA's heavier defaults shrink the pool to the call level a month
    # earlier than A's, sparing the trust a month of defaults (found by hypothesis). Tested
    # without the call too, and held at A's figure if still lower, AAA never needs less.
    called = with_deal(
        _small_deal([(1_000_000, 0.0, 9)], 0.75, 0.0, 0.015625, 0.5), clean_up_call=0.1
    )
    result = run_stress(called)
    aaa, a = result.line("AAA"), result.line("A")
    assert aaa.verdict("Senior").bad_loan_ce >= a.verdict("Senior").bad_loan_ce


def test_a_zero_trigger_means_pro_rata_for_good(demo_inputs) -> None:
    from jcr_desk.structured.class_layout import _trigger
    from jcr_desk.structured.settings import stress_settings

    rules = stress_settings()
    assert demo_inputs.deal.sequential_trigger is None
    assert _trigger(None, rules) == rules.sequential_trigger
    assert _trigger(0.0, rules) == np.inf
    assert _trigger(0.02, rules) == 0.02


def test_a_run_reads_only_the_stress_columns(demo_inputs, demo_result) -> None:
    from jcr_desk.structured.loan_table import STRESS_COLUMNS

    kept = [c for c in demo_inputs.loans.columns if c in STRESS_COLUMNS]
    narrow = dataclasses.replace(demo_inputs, loans=demo_inputs.loans[kept])
    assert run_stress(narrow) == demo_result


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(1_000_000, 50_000_000), st.floats(0.0, 0.04), st.integers(6, 60)),
        min_size=1,
        max_size=6,
    ),
    st.floats(0.6, 0.95),
    st.floats(0.0, 0.08),
    st.floats(1.05, 2.0),
    st.sampled_from([None, 0.1]),
)
def test_more_defaults_never_need_less_enhancement(rows, senior_share, default, more, call):
    # Issue 14: with or without a stated call (tested both ways), heavier defaults never
    # lower any class's bad-loan enhancement at any rating.
    base = with_deal(_small_deal(rows, senior_share, 0.003, default, 0.3), clean_up_call=call)
    heavier = with_assumptions(base, base_default_rate=min(default * more, 1.0))
    light, heavy = run_stress(base), run_stress(heavier)
    for line in light.ratings:
        for verdict in line.classes:
            other = heavy.line(line.rating).verdict(verdict.name)
            if verdict.bad_loan_ce is None:
                assert other.bad_loan_ce is None
            elif other.bad_loan_ce is not None:
                assert other.bad_loan_ce >= verdict.bad_loan_ce - 1e-12
