"""Each rating's stressed lifetime default rate is applied in full (issue 14, finding 2).

What one group of loans cannot take in a month passes to the loans still running; what no
running loan can take is reported with its amount, never dropped in silence.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.projection import Stresses, project
from jcr_desk.structured.rmbs.schedule import RecoveryBasis, schedule_pool
from tests.unit.structured.deals import deal, loan_table, run_json, short_loan_pool
from tests.unit.structured.test_projection import loans

NO_RECOVERY = RecoveryBasis((0.0,), 0.0, 0)


def one_stress(default: float, multiple: float = 1.0) -> Stresses:
    return Stresses(
        np.array([default]),
        np.array([multiple]),
        np.array([multiple]),
        np.array([0.0]),
        np.array([0]),
    )


def test_what_a_saturated_group_cannot_take_passes_to_the_others() -> None:
    # Month 1 asks for 60 of a pool of 100: the risky loan (factor 4, balance 20) would be
    # asked for 4 × 60/(20·4 + 80) × 20 = 30 > 20, so it defaults whole and the other 40 fall
    # on the safe loan (80). Nothing is lost.
    pool = loans([20.0, 80.0], [0.0, 0.0], [12, 12], factor=[4.0, 1.0])
    curve = np.zeros(12)
    curve[0] = 1.0
    flows = project(schedule_pool(pool, NO_RECOVERY), one_stress(0.6), curve, 60, 0)
    assert flows.defaults[0, 1] == pytest.approx(60.0)
    assert flows.unapplied[0] == pytest.approx(0.0)


def test_what_no_running_loan_can_take_is_counted() -> None:
    # 150 % of a 100 pool in month 1: the whole pool defaults, 50 finds no loan.
    pool = loans([100.0], [0.0], [12])
    curve = np.zeros(12)
    curve[0] = 1.0
    flows = project(schedule_pool(pool, NO_RECOVERY), one_stress(1.5), curve, 60, 0)
    assert flows.defaults[0].sum() == pytest.approx(100.0)
    assert flows.unapplied[0] == pytest.approx(50.0)


def test_an_apartment_heavy_pool_defaults_at_its_stressed_rate() -> None:
    # 40 % apartment loans with a DSCR under 1.0 (20 % base rate each, rulebook band) and 60 %
    # owner-occupied loans at 2.5 %: AAA 3.5×, the apartment loans' uplifted by the Desk
    # default 1.2 (002 §2(2)(b)): 3.5 × (0.6 × 2.5 % + 0.4 × 20 % × 1.2) = 38.85 %. The
    # apartment loans cannot take their share; the rest must fall on the others.
    balances = [4e6] * 10 + [6e6] * 10
    purpose = ["apartment"] * 10 + ["self_resident"] * 10
    loans_ = loan_table(balances, [300] * 20, loan_purpose=purpose, dscr=[0.9] * 10 + [None] * 10)
    # Defaults in the first ten years, while every loan still runs.
    inputs = deal(
        loans_,
        [("A", 0.6, "fixed", 0.004), ("R", 0.4, "residual", 0.0)],
        default=0.025,
        timing_curve=(1.0,) * 120,
    )
    result = run_json(inputs)
    aaa = result["ratings"]["AAA"]
    assert aaa["stressed_default_rate"] == pytest.approx(3.5 * (0.6 * 0.025 + 0.4 * 0.20 * 1.2))
    assert aaa["realised_default_rate"] == pytest.approx(aaa["stressed_default_rate"], rel=1e-9)
    assert not any("could not default" in w for w in result["warnings"])


def test_a_pool_that_runs_off_before_the_curve_ends_says_how_much_did_not_default() -> None:
    result = run_json(
        deal(
            short_loan_pool(),
            [("A", 0.8, "fixed", 0.004), ("R", 0.2, "residual", 0.0)],
            default=0.05,
        )
    )
    aaa = result["ratings"]["AAA"]
    assert aaa["stressed_default_rate"] == pytest.approx(0.175)
    unapplied = aaa["stressed_default_rate"] - aaa["realised_default_rate"]
    assert unapplied > 0.001
    assert aaa["unapplied_default_rate"] == pytest.approx(unapplied, rel=1e-9)
    warning = next(w for w in result["warnings"] if w.startswith("AAA:"))
    assert "could not default" in warning
    assert f"{unapplied:.2%}" in warning


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(1_000_000, 50_000_000),
            st.integers(240, 420),
            st.sampled_from([1.0, 2.0, 5.0]),
        ),
        min_size=1,
        max_size=10,
    ),
    st.floats(0.0, 0.15),
    st.floats(1.0, 4.0),
)
def test_realised_defaults_equal_the_stressed_rate_when_running_loans_can_take_them(
    rows, default, multiple
) -> None:
    balance, term, factor = zip(*rows, strict=True)
    pool = loans(balance, [0.01] * len(balance), term, factor=factor)
    months = max(term)
    curve = np.zeros(months)
    curve[:120] = 1 / 120  # defaults in the first ten years, while every loan still runs
    flows = project(schedule_pool(pool, NO_RECOVERY), one_stress(default, multiple), curve, 60, 0)
    stressed = default * multiple * float(np.sum(balance))
    if flows.unapplied[0] == 0:
        assert flows.defaults[0].sum() == pytest.approx(stressed, rel=1e-9, abs=1e-6)
    else:
        assert flows.defaults[0].sum() + flows.unapplied[0] == pytest.approx(stressed, rel=1e-9)
        assert flows.balance[0, -1] == pytest.approx(0.0, abs=1e-6)
