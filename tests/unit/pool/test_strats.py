"""Summary and strat tables, checked against figures worked out by hand."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.pool.settings import pool_defaults
from jcr_desk.pool.strats import ConcentrationFlag, strat_fields, stratify, summarise
from jcr_desk.pool.synthetic import generate_loans

MILLION = 1_000_000


def _pool() -> pd.DataFrame:
    """Four loans, 100 m yen in all; borrower B1 has two loans."""
    return pd.DataFrame(
        {
            "loan_id": ["L1", "L2", "L3", "L4"],
            "borrower_id": ["B1", "B1", "B2", "B3"],
            "origination_date": pd.to_datetime(
                ["2024-09-15", "2023-09-01", "2025-09-30", "2020-09-10"]
            ),
            "original_balance": [12, 36, 20, 50],
            "current_balance": [10 * MILLION, 30 * MILLION, 20 * MILLION, 40 * MILLION],
            "interest_rate": [0.005, 0.01, 0.015, 0.02],
            "rate_type": pd.Categorical(
                ["variable", "fixed", "variable", "variable"],
                categories=["variable", "fixed_period_selective", "fixed"],
            ),
            "ltv": [0.5, 0.8, 1.0, 0.9],
            "dti": [0.2, 0.3, np.nan, 0.4],
            "remaining_term_months": [300, 240, 360, 120],
            "borrower_age": [30, 40, 50, 60],
            "prefecture": ["東京都", "東京都", "大阪府", "大阪府"],
            "loan_purpose": [
                "self_resident",
                "investment_condominium",
                "self_resident",
                "apartment",
            ],
            "months_in_arrears": [0, 1, 3, 0],
        }
    )


def _rows(table) -> list[tuple[str, int, float]]:
    return list(zip(table.labels, table.counts, table.balances, strict=True))


def test_summary_figures_by_hand():
    summary = summarise(_pool())
    assert summary.as_of == date(2025, 9, 30)  # the latest origination date
    assert (summary.loan_count, summary.borrower_count) == (4, 3)
    assert summary.total_current_balance == 100 * MILLION
    averages = {a.field: (a.simple, a.weighted) for a in summary.averages}
    assert averages["interest_rate"] == pytest.approx((0.0125, 0.0145))
    assert averages["dti"] == pytest.approx((0.3, 27 / 80))  # L3 unknown, weighs nothing
    assert averages["seasoning_months"] == pytest.approx((24.0, 32.4))  # 12, 24, 0, 60 months
    assert averages["borrower_age"] == pytest.approx((45.0, 49.0))  # (300+1200+1000+2400)/100


def test_seasoning_runs_to_the_given_cut_off_date():
    summary = summarise(_pool(), as_of=date(2026, 3, 31))
    averages = {a.field: a.simple for a in summary.averages}
    assert averages["seasoning_months"] == pytest.approx(30.0)


def test_concentration_flags_by_hand():
    flags = {f.name: f for f in summarise(_pool()).concentrations}
    assert (flags["largest_prefecture_share"].subject, flags["largest_prefecture_share"].share) == (
        "大阪府",
        pytest.approx(0.6),
    )
    assert flags["largest_borrower_share"].subject == "B1"
    assert flags["largest_borrower_share"].share == pytest.approx(0.4)
    assert flags["investment_condominium_share"].share == pytest.approx(0.3)
    assert all(flag.flagged for flag in flags.values())
    thresholds = pool_defaults("strats.toml")
    for name, flag in flags.items():
        assert flag.threshold == thresholds[f"concentration.{name}"]


def test_a_share_at_the_threshold_is_not_flagged():
    assert not ConcentrationFlag("x", "y", 0.25, 0.25).flagged
    assert ConcentrationFlag("x", "y", 0.2501, 0.25).flagged


def test_rate_strat_uses_the_bucket_edges_lower_edge_included():
    table = stratify(_pool(), "interest_rate")
    assert _rows(table) == [
        ("< 0.5 %", 0, 0),
        ("0.5 – 0.75 %", 1, 10 * MILLION),
        ("0.75 – 1 %", 0, 0),
        ("1 – 1.25 %", 1, 30 * MILLION),
        ("1.25 – 1.5 %", 0, 0),
        ("1.5 – 2 %", 1, 20 * MILLION),
        ("2 – 3 %", 1, 40 * MILLION),
        ("≥ 3 %", 0, 0),
    ]
    assert table.shares == pytest.approx((0, 0.1, 0, 0.3, 0, 0.2, 0.4, 0))


def test_arrears_buckets_have_their_own_labels():
    assert _rows(stratify(_pool(), "months_in_arrears")) == [
        ("Current", 2, 50 * MILLION),
        ("1 month", 1, 30 * MILLION),
        ("2 months", 0, 0),
        ("3 months or more", 1, 20 * MILLION),
    ]


def test_unknown_values_get_their_own_row():
    table = stratify(_pool(), "dti", buckets=[0.25, 0.35])
    assert _rows(table) == [
        ("< 25 %", 1, 10 * MILLION),
        ("25 – 35 %", 1, 30 * MILLION),
        ("≥ 35 %", 1, 40 * MILLION),
        ("Unknown", 1, 20 * MILLION),
    ]


def test_seasoning_strat():
    table = stratify(_pool(), "seasoning_months")
    assert table.labels[0] == "< 12 months"
    assert dict(zip(table.labels, table.counts, strict=True)) == {
        "< 12 months": 1,
        "12 – 24 months": 1,
        "24 – 36 months": 1,
        "36 – 60 months": 0,
        "60 – 84 months": 1,
        "84 – 120 months": 0,
        "≥ 120 months": 0,
    }


def test_code_mix_keeps_every_code_in_order():
    assert _rows(stratify(_pool(), "rate_type")) == [
        ("variable", 3, 70 * MILLION),
        ("fixed_period_selective", 0, 0),
        ("fixed", 1, 30 * MILLION),
    ]


def test_top_ten_prefectures_and_the_rest_as_others():
    names = [f"県{i:02d}" for i in range(12)]
    loans = pd.DataFrame(
        {"prefecture": names, "current_balance": [(i + 1) * MILLION for i in range(12)]}
    )
    table = stratify(loans, "prefecture")
    assert table.labels == (*[f"県{i:02d}" for i in range(11, 1, -1)], "Others")
    assert table.counts[-1] == 2
    assert table.balances[-1] == 3 * MILLION  # the two smallest: 1 m + 2 m


def test_summary_shows_the_configured_mixes_and_serialises():
    summary = summarise(generate_loans(300, seed=5))
    assert [t.field for t in summary.mixes] == pool_defaults("strats.toml")["mixes"]
    data = summary.to_dict()
    assert data["loan_count"] == 300
    assert data["as_of"] == "2026-09-30"  # the synthetic pool's own cut-off date
    assert {"name", "subject", "share", "threshold", "flagged"} <= set(data["concentrations"][0])
    assert data["mixes"][0]["rows"][0]["label"] == "variable"


def test_empty_pool():
    summary = summarise(generate_loans(0))
    assert summary.loan_count == 0
    assert all(a.simple is None and a.weighted is None for a in summary.averages)
    assert all(sum(t.shares) == 0 for t in summary.mixes)


@pytest.fixture(scope="module")
def synthetic() -> pd.DataFrame:
    return generate_loans(2_000, seed=8)


@pytest.mark.parametrize("field", strat_fields())
def test_every_strat_adds_up_to_the_pool(synthetic, field):
    table = stratify(synthetic, field)
    assert sum(table.counts) == len(synthetic)
    assert sum(table.balances) == pytest.approx(synthetic["current_balance"].sum())
    assert sum(table.shares) == pytest.approx(1.0)


_maybe = st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(min_value=1, max_value=10**9), _maybe, _maybe, st.sampled_from("ABC")
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["interest_rate", "ltv", "borrower_age", "current_balance", "prefecture"]),
)
def test_buckets_always_sum_to_the_pool(loans, field):
    frame = pd.DataFrame(
        loans, columns=["current_balance", "interest_rate", "ltv", "prefecture"]
    ).astype({"interest_rate": float, "ltv": float})
    frame["borrower_age"] = frame["ltv"]
    table = stratify(frame, field)
    assert sum(table.counts) == len(frame)
    assert sum(table.balances) == pytest.approx(frame["current_balance"].sum())
    assert sum(table.shares) == pytest.approx(1.0)


def test_a_pool_without_category_columns_still_summarises():
    """A tape without prefecture or purpose columns (or with them all blank) is normal."""
    import pandas as pd

    from jcr_desk.pool.strats import summarise

    loans = pd.DataFrame({
        "loan_id": pd.array(["A", "B"], dtype="str"),
        "current_balance": [1.0, 3.0],
        "prefecture": pd.Categorical([None, None]),
    })
    summary = summarise(loans)
    assert summary.to_dict()["loan_count"] == 2


def test_the_pool_profile_holds_the_summary_and_every_strat_table():
    from jcr_desk.pool.strats import pool_profile, strat_fields

    loans = generate_loans(200, seed=6)
    reported: list[float] = []
    profile = pool_profile(loans, progress=lambda fraction, _text: reported.append(fraction))
    assert profile.summary == summarise(loans)
    assert list(profile.strats) == strat_fields()
    assert profile.strats["ltv"] == stratify(loans, "ltv")
    assert reported[-1] == 1.0
