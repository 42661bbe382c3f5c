"""Synthetic Japanese housing-loan tapes for the demo case, the tests and the benchmarks.

Real tapes are confidential, yet every part of the Desk (import, validation, strats, stress,
setoff) needs a pool that looks like one. The generator draws every loan at once with numpy
(no Python loop per loan), so a million loans take seconds, and the same seed always gives
the same pool. The distributions live in ``resources/demo/generator.toml``: they are
sample-data settings, not methodology.
"""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.paths import resources_dir

DEFAULT_SEED: Final = 20260930
"""Any fixed number will do; this one makes the demo pool the same on every machine."""

DEFAULT_AS_OF: Final = date(2026, 9, 30)
"""The demo pool's cut-off date: the end of a quarter, as originators usually choose."""

MONTHS_PER_YEAR: Final = 12
MAX_SECOND_LOAN_SHARE: Final = 0.5

COLUMNS: Final = (
    "loan_id",
    "borrower_id",
    "origination_date",
    "maturity_date",
    "original_balance",
    "current_balance",
    "interest_rate",
    "rate_type",
    "repayment_type",
    "remaining_term_months",
    "property_value",
    "valuation_date",
    "ltv",
    "dti",
    "annual_income",
    "employment_type",
    "prefecture",
    "loan_purpose",
    "months_in_arrears",
    "deposit_balance",
    "borrower_age",
    "first_lien",
    "guarantor",
    "dscr",
    "rent_guarantee_end",
)
"""Canonical pool columns, in tape order; the pool schema uses exactly these names."""

Settings = dict[str, Any]


@cache
def generator_settings() -> Settings:
    """The bundled distribution parameters, read once per process."""
    path = resources_dir() / "demo" / "generator.toml"
    with path.open("rb") as handle:
        settings = tomllib.load(handle)
    if min(settings["rate"]["low"]) <= 0:
        # The annuity formulas divide by the rate; a zero-rate band would need its own branch.
        raise ValueError(f"{path.name}: interest-rate bands must be above zero")
    if not 0 <= settings["second_loan_share"] <= MAX_SECOND_LOAN_SHARE:
        # Second loans are drawn from distinct first-loan borrowers, so at most half the pool.
        raise ValueError(f"{path.name}: second_loan_share must lie in [0, {MAX_SECOND_LOAN_SHARE}]")
    return settings


def generate_loans(n: int, seed: int = DEFAULT_SEED, as_of: date = DEFAULT_AS_OF) -> pd.DataFrame:
    """Return ``n`` synthetic housing loans as at ``as_of``, identical for the same seed.

    Borrower attributes (age, employment, prefecture, deposits, income) are shared by all
    loans of a borrower, so per-borrower measures such as setoff exposure come out right.
    The cut-off date is kept in ``frame.attrs["as_of"]`` for the tape writer.
    """
    if n < 0:
        raise ValueError(f"number of loans must not be negative (got {n})")
    cfg = generator_settings()
    rng = np.random.default_rng(seed)

    n_second = round(n * cfg["second_loan_share"]) if n > 1 else 0
    n_borrowers = n - n_second
    # Loans 0..n_borrowers-1 are each borrower's first loan; the rest are second loans.
    borrower = np.concatenate(
        [np.arange(n_borrowers), rng.choice(n_borrowers, size=n_second, replace=False)]
    )

    # Borrower-level draws, then broadcast to the borrower's loans.
    drawn_seasoning = _seasoning(rng, cfg["seasoning"], n_borrowers)
    day = rng.integers(1, cfg["seasoning"]["max_day"], size=n_borrowers, endpoint=True)[borrower]
    age_at_origination = _bounded_normal(rng, cfg["borrower"], "age", n_borrowers, integer=True)[
        borrower
    ]
    employment = _choose(rng, cfg["employment"]["weights"], n_borrowers)[borrower]
    prefecture_names = list(cfg["prefecture"])
    prefecture = _choose(rng, list(cfg["prefecture"].values()), n_borrowers)[borrower]
    deposit = _deposits(rng, cfg["deposit"], n_borrowers)[borrower]

    purpose = _choose(rng, cfg["purpose"]["weights"], n)
    original = _original_balance(rng, cfg, purpose)
    term_months = _term_months(rng, cfg["term"], age_at_origination)
    seasoning = _seasoning_within_terms(
        drawn_seasoning, borrower, term_months - cfg["seasoning"]["minimum_remaining"]
    )
    rate_type = _choose(rng, cfg["rate"]["weights"], n)
    rate = _interest_rate(rng, cfg["rate"], rate_type)
    repayment = _choose(rng, cfg["repayment"]["weights"], n)
    level_principal = repayment == cfg["repayment"]["codes"].index("level_principal")

    current = _current_balance(
        rng, cfg["prepayment"], original, rate, term_months, seasoning, level_principal
    )
    annual_payment = _first_year_payment(original, rate, term_months, level_principal)
    income, dti = _income_and_dti(
        rng, cfg["borrower"], borrower, n_borrowers, original, annual_payment
    )
    property_value, ltv = _property(rng, cfg["property"], original, current)

    as_of_month = np.datetime64(as_of, "M")
    origination_month = as_of_month - seasoning
    days_in = (day - 1).astype("timedelta64[D]")
    origination = origination_month.astype("datetime64[D]") + days_in
    maturity = (origination_month + term_months).astype("datetime64[D]") + days_in

    apartment = purpose == cfg["purpose"]["codes"].index("apartment")
    dscr, rent_end = _apartment_terms(rng, cfg["apartment"], apartment, origination_month, days_in)
    age_now = age_at_origination + seasoning // MONTHS_PER_YEAR

    columns: dict[str, Any] = {
        "origination_date": _dates(origination),
        "maturity_date": _dates(maturity),
        "original_balance": original,
        "current_balance": current,
        "interest_rate": rate,
        "rate_type": _categorical(rate_type, cfg["rate"]["codes"]),
        "repayment_type": _categorical(repayment, cfg["repayment"]["codes"]),
        "remaining_term_months": term_months - seasoning,
        "property_value": property_value,
        # The demo's properties were appraised when the loans were made.
        "valuation_date": _dates(origination),
        "ltv": ltv,
        "dti": dti,
        "annual_income": income,
        "employment_type": _categorical(employment, cfg["employment"]["codes"]),
        "prefecture": _categorical(prefecture, prefecture_names),
        "loan_purpose": _categorical(purpose, cfg["purpose"]["codes"]),
        "months_in_arrears": _choose(rng, cfg["arrears"]["probabilities"], n),
        "deposit_balance": deposit,
        "borrower_age": age_now,
        "first_lien": rng.random(n) < cfg["lien"]["first_lien_share"],
        "guarantor": _categorical(
            _choose(rng, cfg["guarantor"]["weights"], n), cfg["guarantor"]["names"]
        ),
        "dscr": dscr,
        "rent_guarantee_end": _dates(rent_end),
    }
    # Shuffle so that second loans sit among the others, then number the loans in tape order.
    order = rng.permutation(n)
    frame = pd.DataFrame({name: values[order] for name, values in columns.items()})
    frame.insert(0, "loan_id", _ids(cfg["loan_id_prefix"], np.arange(1, n + 1), cfg["id_digits"]))
    frame.insert(
        1, "borrower_id", _ids(cfg["borrower_id_prefix"], borrower[order] + 1, cfg["id_digits"])
    )
    frame.attrs["as_of"] = as_of
    return frame[list(COLUMNS)]


def _choose(rng: np.random.Generator, weights: list[float], size: int) -> np.ndarray:
    """Index of the option drawn for each item, options weighted (weights need not sum to 1)."""
    p = np.asarray(weights, dtype=float)
    return rng.choice(len(p), size=size, p=p / p.sum())


def _bounded_normal(
    rng: np.random.Generator, section: Settings, name: str, size: int, *, integer: bool = False
) -> np.ndarray:
    values = rng.normal(section[f"{name}_mean"], section[f"{name}_sd"], size)
    values = np.clip(values, section[f"{name}_min"], section[f"{name}_max"])
    return np.floor(values).astype(np.int64) if integer else values


def _bounded_lognormal(
    rng: np.random.Generator, median: Any, sigma: Any, low: float, high: float, size: int
) -> np.ndarray:
    return np.clip(rng.lognormal(np.log(median), sigma, size), low, high)


def _round_to(values: np.ndarray, unit: int, *, up: bool = False) -> np.ndarray:
    rounder = np.ceil if up else np.round
    return (rounder(values / unit) * unit).astype(np.int64)


def _seasoning(rng: np.random.Generator, section: Settings, size: int) -> np.ndarray:
    months = rng.gamma(section["shape"], section["scale_months"], size)
    return np.clip(np.rint(months), section["minimum"], section["maximum"]).astype(np.int64)


def _seasoning_within_terms(
    seasoning: np.ndarray, borrower: np.ndarray, longest: np.ndarray
) -> np.ndarray:
    """Per-loan seasoning, cut so every loan of a borrower still runs; loans of one borrower
    were taken out together, so they keep one origination month (and one age)."""
    limit = np.full(seasoning.size, np.iinfo(np.int64).max)
    np.minimum.at(limit, borrower, longest)
    return np.minimum(seasoning, limit)[borrower]


def _original_balance(rng: np.random.Generator, cfg: Settings, purpose: np.ndarray) -> np.ndarray:
    medians = np.asarray(cfg["purpose"]["balance_median"], dtype=float)[purpose]
    sigmas = np.asarray(cfg["purpose"]["balance_sigma"], dtype=float)[purpose]
    limits = cfg["balance"]
    raw = _bounded_lognormal(
        rng, medians, sigmas, limits["minimum"], limits["maximum"], purpose.size
    )
    return _round_to(raw, limits["rounding"])


def _term_months(
    rng: np.random.Generator, section: Settings, age_at_origination: np.ndarray
) -> np.ndarray:
    """Chosen term, cut so the loan ends by the completion age, never below the minimum."""
    years = np.asarray(section["years"])[_choose(rng, section["weights"], age_at_origination.size)]
    years = np.minimum(years, section["completion_age"] - age_at_origination)
    return np.maximum(years, section["minimum_years"]).astype(np.int64) * MONTHS_PER_YEAR


def _interest_rate(
    rng: np.random.Generator, section: Settings, rate_type: np.ndarray
) -> np.ndarray:
    low = np.asarray(section["low"])[rate_type]
    high = np.asarray(section["high"])[rate_type]
    step = section["step"]
    return np.round(rng.uniform(low, high) / step) * step


def _growth(rate: np.ndarray, months: np.ndarray) -> np.ndarray:
    """(1 + r)^months for monthly rate r, accurate for small rates."""
    return np.exp(months * np.log1p(rate / MONTHS_PER_YEAR))


def _current_balance(
    rng: np.random.Generator,
    section: Settings,
    original: np.ndarray,
    rate: np.ndarray,
    term: np.ndarray,
    paid: np.ndarray,
    level_principal: np.ndarray,
) -> np.ndarray:
    """Scheduled balance after ``paid`` instalments, lowered for past partial prepayments."""
    g_term = _growth(rate, term)
    annuity = original * (g_term - _growth(rate, paid)) / (g_term - 1.0)
    straight = original * (1.0 - paid / term)
    scheduled = np.where(level_principal, straight, annuity)
    prepaid = rng.random(original.size) < section["share"]
    factor = np.where(
        prepaid, rng.uniform(section["remaining_low"], section["remaining_high"], original.size), 1
    )
    return np.floor(scheduled * factor).astype(np.int64)


def _first_year_payment(
    original: np.ndarray, rate: np.ndarray, term: np.ndarray, level_principal: np.ndarray
) -> np.ndarray:
    """Twelve instalments at origination: what the lender's repayment ratio is built on."""
    monthly_rate = rate / MONTHS_PER_YEAR
    annuity = original * monthly_rate / (1.0 - 1.0 / _growth(rate, term))
    straight = original / term + original * monthly_rate
    return MONTHS_PER_YEAR * np.where(level_principal, straight, annuity)


def _income_and_dti(
    rng: np.random.Generator,
    section: Settings,
    borrower: np.ndarray,
    n_borrowers: int,
    original: np.ndarray,
    annual_payment: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """Income from the borrower's total borrowing, raised where repayments would pass the cap."""
    borrowed = np.bincount(borrower, weights=original, minlength=n_borrowers)
    payments = np.bincount(borrower, weights=annual_payment, minlength=n_borrowers)
    multiple = _bounded_lognormal(
        rng,
        section["income_multiple_median"],
        section["income_multiple_sigma"],
        section["income_multiple_min"],
        section["income_multiple_max"],
        n_borrowers,
    )
    income = np.clip(borrowed / multiple, section["income_min"], section["income_max"])
    income = np.maximum(income, payments / section["dti_cap"])
    income = _round_to(income, section["income_rounding"], up=True)
    return income[borrower], (payments / income)[borrower]


def _property(
    rng: np.random.Generator, section: Settings, original: np.ndarray, current: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Appraised value at origination (rounded up, so LTV never passes the bound) and LTV now."""
    ltv_at_origination = _bounded_normal(rng, section, "ltv", original.size)
    value = _round_to(original / ltv_at_origination, section["rounding"], up=True)
    return value, current / value


def _deposits(rng: np.random.Generator, section: Settings, size: int) -> np.ndarray:
    amount = rng.lognormal(np.log(section["median"]), section["sigma"], size)
    has_none = rng.random(size) < section["none_share"]
    return np.where(has_none, 0, np.floor(amount)).astype(np.int64)


def _apartment_terms(
    rng: np.random.Generator,
    section: Settings,
    apartment: np.ndarray,
    origination_month: np.ndarray,
    days_in: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """DSCR and end of the guaranteed-rent period; NaN and NaT for other loans."""
    size = apartment.size
    dscr = _bounded_lognormal(
        rng,
        section["dscr_median"],
        section["dscr_sigma"],
        section["dscr_min"],
        section["dscr_max"],
        size,
    )
    guaranteed = apartment & (rng.random(size) < section["rent_guarantee_share"])
    years = np.asarray(section["rent_guarantee_years"])[
        _choose(rng, section["rent_guarantee_weights"], size)
    ]
    end = (origination_month + years * MONTHS_PER_YEAR).astype("datetime64[D]") + days_in
    return np.where(apartment, dscr, np.nan), np.where(guaranteed, end, np.datetime64("NaT"))


def _ids(prefix: str, numbers: np.ndarray, digits: int) -> pd.Series:
    """Zero-padded numbers with a prefix; wider than ``digits`` only for huge pools."""
    width = max(digits, len(str(int(numbers.max())))) if numbers.size else digits
    text = np.strings.zfill(numbers.astype(np.dtypes.StringDType()), width)
    return pd.Series(np.strings.add(prefix, text), dtype="str")


def _dates(values: np.ndarray) -> np.ndarray:
    return values.astype("datetime64[ns]")


def _categorical(codes: np.ndarray, categories: list[str]) -> pd.Categorical:
    return pd.Categorical.from_codes(codes, categories=categories)
