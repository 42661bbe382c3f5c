"""Apartment loans: base default rate per loan from its DSCR band, balance-weighted pool rate."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from jcr_desk.structured.rmbs.apartment import loan_base_rates, pool_base_rate
from jcr_desk.structured.rmbs.settings import stress_settings

BASE = 0.015
PURPOSES = ["self_resident", "investment_condominium", "apartment"]


def loans(purposes: list[str | None], dscr: list[float], balances: list[int]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "loan_id": [f"L{i}" for i in range(len(purposes))],
            "current_balance": balances,
            "loan_purpose": pd.Categorical(purposes, categories=PURPOSES),
            "dscr": dscr,
        }
    )


@pytest.fixture
def bands():
    return stress_settings().apartment_dscr_bands


def test_each_apartment_loan_takes_its_band(bands):
    # A DSCR exactly at a band's bound is not below it: it belongs to the next band.
    edges = [bands[0].dscr_below - 0.01, bands[0].dscr_below, bands[1].dscr_below, 50.0]
    pool = loans(["apartment"] * 4, edges, [1] * 4)
    expected = [band.base_default_rate for band in (bands[0], bands[1], bands[2], bands[-1])]
    np.testing.assert_allclose(loan_base_rates(pool, BASE), expected)


def test_missing_dscr_takes_the_riskiest_band_and_others_the_base(bands):
    pool = loans(
        ["apartment", "self_resident", None, "investment_condominium"], [np.nan] * 4, [1] * 4
    )
    np.testing.assert_allclose(
        loan_base_rates(pool, BASE), [bands[0].base_default_rate, BASE, BASE, BASE]
    )


def test_without_dscr_or_purpose_columns(bands):
    pool = loans(["apartment", "self_resident"], [2.0, np.nan], [1, 1])
    np.testing.assert_allclose(
        loan_base_rates(pool.drop(columns="dscr"), BASE), [bands[0].base_default_rate, BASE]
    )
    np.testing.assert_allclose(loan_base_rates(pool.drop(columns="loan_purpose"), BASE), [BASE] * 2)
    assert loan_base_rates(pool.iloc[:0], BASE).shape == (0,)


def test_pool_rate_is_balance_weighted():
    pool = loans(["apartment", "self_resident", "self_resident"], [np.nan] * 3, [30, 50, 20])
    rates = np.array([0.2, 0.01, 0.04])
    # (30 × 0.2 + 50 × 0.01 + 20 × 0.04) / 100 = (6 + 0.5 + 0.8) / 100
    assert pool_base_rate(pool, rates) == pytest.approx(0.073)


def test_pool_rate_needs_a_balance():
    pool = loans(["apartment"], [1.5], [0])
    with pytest.raises(ValueError, match="no current balance"):
        pool_base_rate(pool, np.array([0.1]))
    with pytest.raises(ValueError, match="no current_balance column"):
        pool_base_rate(pool.drop(columns="current_balance"), np.array([0.1]))
