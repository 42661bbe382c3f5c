"""The synthetic tape: reproducible, shaped like the pool schema, and plausible loan by loan."""

from __future__ import annotations

import tomllib
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.paths import resources_dir
from jcr_desk.pool.synthetic import COLUMNS, DEFAULT_AS_OF, generate_loans

DEPOSIT_INSURANCE_CAP = 10_000_000
CODE_COLUMNS = [
    "rate_type",
    "repayment_type",
    "employment_type",
    "prefecture",
    "loan_purpose",
    "guarantor",
]


@pytest.fixture(scope="module")
def loans() -> pd.DataFrame:
    return generate_loans(20_000, seed=11)


def _prefectures() -> list[str]:
    with (resources_dir() / "demo" / "generator.toml").open("rb") as handle:
        return list(tomllib.load(handle)["prefecture"])


def test_same_seed_gives_the_same_pool():
    pd.testing.assert_frame_equal(generate_loans(500, seed=3), generate_loans(500, seed=3))


def test_different_seeds_give_different_pools():
    first, second = generate_loans(500, seed=3), generate_loans(500, seed=4)
    assert not first["current_balance"].equals(second["current_balance"])
    assert not first["borrower_id"].equals(second["borrower_id"])


def test_columns_and_dtypes(loans):
    assert tuple(loans.columns) == COLUMNS
    for name in CODE_COLUMNS:
        assert isinstance(loans[name].dtype, pd.CategoricalDtype), name
    for name in ["origination_date", "maturity_date", "rent_guarantee_end"]:
        assert pd.api.types.is_datetime64_dtype(loans[name]), name
    for name in ["original_balance", "current_balance", "property_value", "deposit_balance"]:
        assert loans[name].dtype == np.int64, name
    assert loans["first_lien"].dtype == bool
    assert loans.attrs["as_of"] == DEFAULT_AS_OF


def test_loan_ids_are_unique_and_numbered_in_order(loans):
    assert loans["loan_id"].is_unique
    assert loans["loan_id"].iloc[0] == "HL0000001"
    assert loans["loan_id"].iloc[-1] == f"HL{len(loans):07d}"


def test_balances_follow_amortisation(loans):
    assert (loans["current_balance"] > 0).all()
    assert (loans["current_balance"] <= loans["original_balance"]).all()
    middle = loans["original_balance"].quantile([0.1, 0.9])
    assert middle.iloc[0] >= 10_000_000 and middle.iloc[1] <= 90_000_000


def test_dates_and_terms_are_consistent(loans):
    as_of = pd.Timestamp(DEFAULT_AS_OF)
    assert (loans["origination_date"] <= as_of).all()
    assert (loans["maturity_date"] > loans["origination_date"]).all()
    assert (loans["maturity_date"] > as_of).all()
    assert loans["remaining_term_months"].between(1, 35 * 12).all()
    assert loans["borrower_age"].between(20, 80).all()


def test_ratios_stay_in_their_ranges(loans):
    assert loans["ltv"].between(0, 1, inclusive="right").all()
    assert loans["dti"].between(0, 0.35, inclusive="right").all()
    assert loans["dti"].between(0.15, 0.35).mean() > 0.6
    assert loans["ltv"].between(0.5, 1.0).mean() > 0.6


def test_rates_sit_in_the_band_of_their_type(loans):
    bands = {"variable": (0.004, 0.010), "fixed": (0.012, 0.022)}
    for rate_type, (low, high) in bands.items():
        rates = loans.loc[loans["rate_type"] == rate_type, "interest_rate"]
        assert not rates.empty
        assert rates.between(low - 1e-12, high + 1e-12).all(), rate_type


def test_prefectures_cover_japan_by_population(loans):
    names = _prefectures()
    assert len(names) == 47
    assert list(loans["prefecture"].cat.categories) == names
    counts = loans["prefecture"].value_counts()
    assert counts.index[0] == "東京都"
    assert counts["東京都"] > counts["鳥取県"] * 10


def test_some_borrowers_hold_two_loans_and_share_their_attributes(loans):
    per_borrower = loans.groupby("borrower_id")["loan_id"].count()
    assert 0.01 < (per_borrower > 1).mean() < 0.06
    shared = loans.groupby("borrower_id")[
        ["deposit_balance", "annual_income", "borrower_age", "prefecture"]
    ].nunique()
    assert (shared == 1).all().all()


def test_deposits_have_a_tail_above_the_insurance_cap(loans):
    above = (loans["deposit_balance"] > DEPOSIT_INSURANCE_CAP).mean()
    assert 0.01 < above < 0.2
    assert (loans["deposit_balance"] >= 0).all()


def test_apartment_fields_only_for_apartment_loans(loans):
    apartment = loans["loan_purpose"] == "apartment"
    assert apartment.any()
    assert loans.loc[apartment, "dscr"].notna().all()
    assert loans.loc[~apartment, "dscr"].isna().all()
    assert loans.loc[~apartment, "rent_guarantee_end"].isna().all()
    guaranteed = loans.loc[loans["rent_guarantee_end"].notna()]
    assert not guaranteed.empty
    assert (guaranteed["rent_guarantee_end"] > guaranteed["origination_date"]).all()


def test_mostly_current_first_liens(loans):
    assert (loans["months_in_arrears"] == 0).mean() > 0.95
    assert loans["first_lien"].mean() > 0.95


def test_cut_off_date_can_be_chosen():
    as_of = date(2025, 3, 31)
    loans = generate_loans(300, seed=5, as_of=as_of)
    assert (loans["origination_date"] <= pd.Timestamp(as_of)).all()
    assert loans.attrs["as_of"] == as_of


def test_empty_and_single_loan_pools():
    assert generate_loans(0).empty
    assert tuple(generate_loans(0).columns) == COLUMNS
    assert len(generate_loans(1)) == 1


def test_negative_size_is_refused():
    with pytest.raises(ValueError, match="negative"):
        generate_loans(-1)


def test_a_large_pool_generates():
    loans = generate_loans(200_000, seed=2)
    assert len(loans) == 200_000
    assert loans["loan_id"].is_unique


@settings(max_examples=25, deadline=None)
@given(n=st.integers(min_value=1, max_value=400), seed=st.integers(0, 2**32 - 1))
def test_invariants_hold_for_any_seed(n, seed):
    loans = generate_loans(n, seed=seed)
    assert len(loans) == n
    assert (loans["current_balance"] <= loans["original_balance"]).all()
    assert (loans["maturity_date"] > loans["origination_date"]).all()
    assert loans["ltv"].between(0, 1, inclusive="right").all()
    assert loans["dti"].between(0, 0.35, inclusive="right").all()
    assert loans["loan_id"].is_unique
