"""Interest-rate layer on small schedules worked by hand (seed 002 §3)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.interest_rate import interest_rate_enhancement, rate_path
from jcr_desk.structured.rmbs.settings import stress_settings

M = 1_000_000  # yen


def _settings(**changes):
    """Stated figures so the hand arithmetic does not depend on the shipped Desk defaults."""
    figures = {
        "rate_rise": {"AAA": 0.03, "A": 0.02},
        "rate_fall": {"AAA": 0.009, "A": 0.006},
        "rate_ramp_months": 3,
        "loan_reset_months": 1,
        "basis_squeeze": 0.001,
    }
    return dataclasses.replace(stress_settings(), **{**figures, **changes})


def _flat(value: float, months: int = 4) -> np.ndarray:
    return np.full(months, value * M)


def test_rate_path_ramps_then_stays_flat() -> None:
    np.testing.assert_allclose(rate_path(0.03, 3, 5), [0.01, 0.02, 0.03, 0.03, 0.03])
    np.testing.assert_allclose(rate_path(-0.02, 2, 3), [-0.01, -0.02, -0.02])
    assert len(rate_path(0.01, 24, 0)) == 0


def test_rate_path_refuses_an_empty_ramp() -> None:
    with pytest.raises(ValueError, match="ramp"):
        rate_path(0.01, 0, 5)


def test_floating_notes_over_fixed_loans_turn_negative_once_the_ramp_is_complete() -> None:
    # Path up 3 % over 3 months: 1 %, 2 %, 3 %, 3 %, 3 %.  Floating coupon 0.6 % + path +
    # 0.1 % squeeze: 1.7 %, 2.7 %, 3.7 %, 3.7 %, 3.7 %.  The residual note is ignored.
    # Note cost (annual yen): 1.7 % x 90M = 1.53M; 2.7 % x 85M = 2.295M; 3.7 % x 80M = 2.96M;
    # 3.7 % x 75M = 2.775M; 3.7 % x 70M = 2.59M.
    # Fixed loans keep 3 %: 3.0M; 2.85M; 2.7M; 2.55M; 2.4M.
    # Net: -1.47M; -0.555M (loans still out-earn: no shortfall); 0.26M; 0.225M; 0.19M.
    # Shortfall /12: 0; 0; 21,666.67; 18,750; 15,833.33 = 56,250 -> layer 56,250 / 100M.
    layer = interest_rate_enhancement(
        {"fixed": np.array([100, 95, 90, 85, 80]) * M},
        {"fixed": 0.03},
        [np.array([90, 85, 80, 75, 70]) * M, _flat(10, 5)],
        ["floating", "residual"],
        [0.006, 0.0],
        "AAA",
        100 * M,
        settings=_settings(),
    )
    assert layer.direction == "up"
    assert layer.shift == pytest.approx(0.03)
    assert layer.interpolated is False
    np.testing.assert_allclose(layer.shortfall, [0, 0, 0.26 * M / 12, 18_750, 0.19 * M / 12])
    assert layer.enhancement == pytest.approx(0.0005625)


def test_variable_loans_catch_up_after_the_lag_month_by_month() -> None:
    # Notes (100M flat, floating at 0.5 %) cost 0.5 % + 0.1 % + 1 %, 2 %, 3 %, 3 %
    # = 1.6 %, 2.6 %, 3.6 %, 3.6 % x 100M = 1.6M; 2.6M; 3.6M; 3.6M.
    # Variable loans (100M flat at 1.5 %) follow one month late: 1.5 %, 2.5 %, 3.5 %, 4.5 %
    # = 1.5M; 2.5M; 3.5M; 4.5M.  Net: 0.1M; 0.1M; 0.1M; -0.9M (a surplus month does not
    # offset the others).  Shortfall 3 x 8,333.33 = 25,000 -> layer 25,000 / 100M.
    layer = interest_rate_enhancement(
        {"variable": _flat(100)},
        {"variable": 0.015},
        [_flat(100)],
        ["floating"],
        [0.005],
        "AAA",
        100 * M,
        settings=_settings(),
    )
    np.testing.assert_allclose(layer.shortfall, [0.1 * M / 12] * 3 + [0])
    assert layer.enhancement == pytest.approx(0.00025)


@pytest.mark.parametrize(
    ("coupon", "shortfall"),
    [
        # 0.4 % x 100M = 0.4M a year is below the loans' income every month: no layer.
        (0.004, [0, 0, 0, 0]),
        # 0.9 % x 100M = 0.9M: above the loans' 0.76M in month 3 and 0.64M in month 4.
        (0.009, [0, 0, 0.14 * M / 12, 0.26 * M / 12]),
    ],
)
def test_fixed_notes_over_variable_loans_falling_path_floored_at_zero(
    coupon: float, shortfall: list[float]
) -> None:
    # All notes fixed: path down 0.3 %, 0.6 %, 0.9 %, 0.9 %; loans one month late:
    # 0, -0.3 %, -0.6 %, -0.9 %.
    # Variable 60M at 0.5 % stops at 0 %: 0.5 %, 0.2 %, 0 %, 0 % -> 0.3M; 0.12M; 0; 0.
    # Selective 40M at 1.5 % switch to variable: 1.5 %, 1.2 %, 0.9 %, 0.6 % -> 0.6M; 0.48M;
    # 0.36M; 0.24M.  Fixed 20M keep 2 % -> 0.4M.
    # Loan income (annual yen): 1.3M; 1.0M; 0.76M; 0.64M.
    layer = interest_rate_enhancement(
        {"variable": _flat(60), "fixed_period_selective": _flat(40), "fixed": _flat(20)},
        {"variable": 0.005, "fixed_period_selective": 0.015, "fixed": 0.02},
        [_flat(100)],
        ["fixed"],
        [coupon],
        "AAA",
        120 * M,
        settings=_settings(),
    )
    assert layer.direction == "down"
    assert layer.shift == pytest.approx(0.009)
    np.testing.assert_allclose(layer.shortfall, shortfall, atol=1e-6)
    assert layer.enhancement == pytest.approx(sum(shortfall) / (120 * M))


def test_a_spread_negative_at_todays_rates_is_not_counted_again() -> None:
    # Fixed loans 100M at 1.2 % earn 1.2M a year; fixed notes 100M at 1.0 % cost 1.0M, fees
    # 25,000 a month (0.3M a year): the spread is -0.1M a year before any rate moves. Nothing
    # here follows the path, so the path adds nothing: the waterfall already pays that
    # shortfall and the bad-loan layer counts it.
    arguments = ({"fixed": _flat(100)}, {"fixed": 0.012}, [_flat(100)], ["fixed"], [0.01])
    layer = interest_rate_enhancement(
        *arguments, "AAA", 100 * M, monthly_fees=np.full(4, 25_000.0), settings=_settings()
    )
    assert layer.enhancement == 0


@pytest.mark.parametrize(
    ("fee", "extra_per_year"),
    [
        # Variable loans 100M at 1.2 %, fixed notes at 1.0 %, AAA fall 0.9 % at once (ramp 1,
        # no lag): loans earn 0.3 %. Fees 0.1 %: spread +0.1 % before, -0.8 % after -> 0.8 %.
        (0.001, 0.008),
        # Fees 0.3 %: spread already -0.1 % before, -1.0 % after: the path adds 0.9 %.
        (0.003, 0.009),
    ],
)
def test_the_layer_is_what_the_path_adds_to_the_negative_spread(fee, extra_per_year) -> None:
    custom = _settings(rate_ramp_months=1, loan_reset_months=0)
    layer = interest_rate_enhancement(
        {"variable": _flat(100)},
        {"variable": 0.012},
        [_flat(100)],
        ["fixed"],
        [0.01],
        "AAA",
        100 * M,
        monthly_fees=np.full(4, fee * 100 * M / 12),
        settings=custom,
    )
    np.testing.assert_allclose(layer.shortfall, [extra_per_year * 100 * M / 12] * 4)
    assert layer.enhancement == pytest.approx(4 * extra_per_year / 12)


@pytest.mark.parametrize(
    ("loans", "notes", "shift"),
    [
        # Rise: A 2 %, AAA 3 %; AA is 3 of the 5 notches from A to AAA: 2 % + 0.6 x 1 % = 2.6 %.
        # Fixed loans at 0 %, floating notes at 0 %: shortfall 2.6 % x 100M / 12.
        (("fixed", 0.0), ("floating", 0.0), 0.026),
        # Fall: A 0.6 %, AAA 0.9 %: 0.6 % + 0.6 x 0.3 % = 0.78 %.  Variable loans at 1 % fall to
        # 0.22 % (no lag here) under fixed notes at 1 %: shortfall 0.78 % x 100M / 12.
        (("variable", 0.01), ("fixed", 0.01), 0.0078),
    ],
)
def test_aa_move_is_interpolated_between_aaa_and_a_in_both_tables(
    loans: tuple[str, float], notes: tuple[str, float], shift: float
) -> None:
    custom = _settings(rate_ramp_months=1, loan_reset_months=0, basis_squeeze=0)
    layer = interest_rate_enhancement(
        {loans[0]: _flat(100, 1)},
        {loans[0]: loans[1]},
        [_flat(100, 1)],
        [notes[0]],
        [notes[1]],
        "AA",
        100 * M,
        settings=custom,
    )
    assert layer.shift == pytest.approx(shift)
    assert layer.interpolated is True
    assert "interpolated" in layer.note
    assert layer.enhancement == pytest.approx(shift / 12)


@pytest.mark.parametrize(
    ("flags", "reason"), [({"hedged": True}, "hedged"), ({"bases_match": True}, "base rate")]
)
def test_hedged_or_matching_bases_need_no_layer(flags: dict, reason: str) -> None:
    layer = interest_rate_enhancement(
        {"fixed": _flat(100)},
        {"fixed": 0.0},
        [_flat(90)],
        ["floating"],
        [0.05],
        "AAA",
        100 * M,
        **flags,
    )
    assert layer.enhancement == 0
    assert layer.direction == "none"
    assert reason in layer.note
    np.testing.assert_array_equal(layer.shortfall, np.zeros(4))


def test_residual_notes_alone_need_no_layer() -> None:
    layer = interest_rate_enhancement(
        {"fixed": _flat(100)}, {"fixed": 0.0}, [_flat(100)], ["residual"], [0.0], "AAA", 100 * M
    )
    assert layer.enhancement == 0
    assert "residual" in layer.note


def test_shipped_settings_use_the_rise_table_for_floating_notes() -> None:
    # Fixed loans at 2 % under floating notes at 0.5 %: after the shipped rise the notes cost
    # more than the loans earn.
    layer = interest_rate_enhancement(
        {"fixed": _flat(100, 36)},
        {"fixed": 0.02},
        [_flat(90, 36)],
        ["floating"],
        [0.005],
        "AAA",
        100 * M,
    )
    assert layer.shift == stress_settings().rate_rise["AAA"]
    assert layer.enhancement > 0


def test_shipped_fall_leaves_loans_that_out_earn_fixed_notes_without_a_layer() -> None:
    # Variable loans at 2.5 % over fixed notes at 1 %: the small shipped fall cannot close
    # a 1.5 % spread, so there is no negative spread and no layer.
    layer = interest_rate_enhancement(
        {"variable": _flat(100, 36)},
        {"variable": 0.025},
        [_flat(95, 36)],
        ["fixed"],
        [0.01],
        "AAA",
        100 * M,
    )
    assert layer.direction == "down"
    assert layer.shift == stress_settings().rate_fall["AAA"]
    assert layer.enhancement == 0


@pytest.mark.parametrize(
    ("arguments", "options", "message"),
    [
        (({"fixed": _flat(1, 3)}, {"fixed": 0}, [_flat(1)], ["floating"], [0]), {}, "differ"),
        (({"prime": _flat(1)}, {}, [_flat(1)], ["floating"], [0]), {}, "unknown loan rate"),
        (({"fixed": _flat(1)}, {"fixed": 0}, [_flat(1)], ["step_up"], [0]), {}, "unknown note"),
        (({"fixed": _flat(1)}, {"fixed": 0}, [_flat(1)], [], []), {}, "coupon types"),
        (({"fixed": _flat(1)}, {}, [_flat(1)], ["floating"], [0]), {}, "no current loan rate"),
        (({"fixed": _flat(1)}, {"fixed": 0}, [_flat(1)], ["fixed"], []), {}, "note coupons"),
        (({"fixed": _flat(1)}, {"fixed": 0}, [_flat(1)], ["fixed"], [-0.01]), {}, "coupon"),
        (
            ({"fixed": _flat(1)}, {"fixed": 0}, [_flat(1)], ["fixed"], [0]),
            {"monthly_fees": np.zeros(3)},
            "senior fees cover 3 months",
        ),
    ],
)
def test_bad_inputs_are_refused(arguments: tuple, options: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        interest_rate_enhancement(*arguments, "AAA", 100 * M, **options, settings=_settings())


_SCHEDULE = st.lists(st.integers(0, 100), min_size=6, max_size=6).map(lambda v: np.array(v) * M)
_RATE = st.floats(0, 0.05)


@settings(max_examples=100, deadline=None)
@given(
    loans=st.dictionaries(
        st.sampled_from(["fixed", "variable", "fixed_period_selective"]),
        st.tuples(_SCHEDULE, _RATE),
        min_size=1,
    ),
    notes=st.lists(
        st.tuples(_SCHEDULE, st.sampled_from(["fixed", "floating", "residual"]), _RATE),
        min_size=1,
    ),
    fees=st.none() | st.lists(st.integers(0, M), min_size=6, max_size=6).map(np.array),
    rating=st.sampled_from(["AAA", "AA+", "AA", "A", "BBB", "BB"]),
)
def test_layer_is_bounded_by_note_interest_and_fees_and_zero_when_hedged(
    loans, notes, fees, rating
) -> None:
    rules = _settings()
    balances = {kind: schedule for kind, (schedule, _) in loans.items()}
    rates = {kind: rate for kind, (_, rate) in loans.items()}
    arguments = (
        balances,
        rates,
        [balance for balance, _, _ in notes],
        [kind for _, kind, _ in notes],
        [coupon for _, _, coupon in notes],
        rating,
        100 * M,
    )
    layer = interest_rate_enhancement(*arguments, monthly_fees=fees, settings=rules)
    assert layer.enhancement >= 0
    assert (layer.shortfall >= 0).all()

    # What the notes and fees could cost at most: each coupon on the stressed path.
    rise = rate_path(layer.shift, rules.rate_ramp_months, 6) + rules.basis_squeeze
    interest = sum(
        (coupon + (rise if kind == "floating" else 0.0)) * balance
        for balance, kind, coupon in notes
        if kind != "residual"
    )
    outgo = np.sum(interest) / 12 + (0 if fees is None else fees.sum())
    assert layer.enhancement <= outgo / (100 * M) + 1e-12

    hedged = interest_rate_enhancement(*arguments, monthly_fees=fees, hedged=True, settings=rules)
    assert hedged.enhancement == 0


def test_both_directions_are_run_and_the_worse_path_holds() -> None:
    # Issue 14, finding 4 (seed 002 §3(1) names both directions). Variable loans at 1.0 % on
    # 100M; notes: 30M floating (reference 0.5 % + margin 0.1 %) and 70M fixed at 0.9 %.
    # Today: income 1.0M a year, cost 0.18M + 0.63M: no negative spread.
    # Up 3 % over 3 months (loans one month late, floating coupon + 0.1 % squeeze): coupons
    # 1.7/2.7/3.7/3.7 % -> cost 1.14/1.44/1.74/1.74M against income 1.0/2.0/3.0/4.0M:
    # shortfall 0.14M / 12 in month 1 only = 11,666.67 -> 0.000116667 of the pool.
    # Down 0.9 % over 3 months: the reference 0.5 % falls to 0.2 % then stops at 0 %, so the
    # floating coupon is 0.4/0.2/0.2/0.2 % (margin + squeeze) -> cost 0.75/0.69/0.69/0.69M;
    # loans one month late 1.0/0.7/0.4/0.1 % -> income 1.0/0.7/0.4/0.1M: shortfall in months
    # 3 and 4: (0.29M + 0.59M) / 12 = 73,333.33 -> 0.000733333, the worse path.
    layer = interest_rate_enhancement(
        {"variable": _flat(100)},
        {"variable": 0.01},
        [_flat(30), _flat(70)],
        ["floating", "fixed"],
        [0.006, 0.009],
        "AAA",
        100 * M,
        reference_rate=0.005,
        settings=_settings(),
    )
    assert layer.paths == pytest.approx({"up": 0.000116667, "down": 0.000733333}, abs=1e-9)
    assert layer.direction == "down"
    assert layer.enhancement == pytest.approx(0.000733333, abs=1e-9)
    assert "falls" in layer.note and "worse" in layer.note


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["fixed", "variable", "fixed_period_selective"]),
    st.floats(0.0, 0.04),
    st.lists(
        st.tuples(st.sampled_from(["fixed", "floating"]), st.floats(0.0, 0.03)),
        min_size=1,
        max_size=3,
    ),
    st.sampled_from(["AAA", "AA", "A", "BBB"]),
)
def test_the_worse_path_is_never_below_either(kind, loan_rate, notes, rating) -> None:
    layer = interest_rate_enhancement(
        {kind: _flat(100, 36)},
        {kind: loan_rate},
        [_flat(100 / len(notes), 36) for _ in notes],
        [k for k, _ in notes],
        [c for _, c in notes],
        rating,
        100 * M,
        settings=_settings(),
    )
    assert set(layer.paths) == {"up", "down"}
    assert layer.enhancement == max(layer.paths.values())
    assert layer.enhancement >= layer.paths["up"] and layer.enhancement >= layer.paths["down"]
