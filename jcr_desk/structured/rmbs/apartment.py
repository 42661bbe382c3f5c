"""Base default rates of apartment loans from their DSCR (``002 §2(2)``).

An apartment loan is repaid from rents, so its default rate follows its debt service coverage
ratio rather than the originator's pool history: each loan takes the rate of the first
rulebook band whose ``dscr_below`` its DSCR is below; a loan without a DSCR takes the riskiest
(first) band. Other loans keep the scenario's base default rate, and the pool's base case is
the current-balance-weighted average (``002 §2(2)(b)``).
"""

from __future__ import annotations

from typing import Final

import numpy as np
import pandas as pd

from jcr_desk.structured.rmbs.settings import StressSettings, stress_settings

APARTMENT: Final = "apartment"


def has_apartments(loans: pd.DataFrame) -> bool:
    """Whether the pool holds apartment loans (their rates come from the DSCR bands)."""
    return "loan_purpose" in loans and bool(loans["loan_purpose"].eq(APARTMENT).fillna(False).any())


def loan_base_rates(
    loans: pd.DataFrame, base_default_rate: float, settings: StressSettings | None = None
) -> np.ndarray:
    """Each loan's lifetime base default rate: its DSCR band's if an apartment loan."""
    rates = np.full(len(loans), float(base_default_rate))
    if "loan_purpose" not in loans:
        return rates
    apartment = loans["loan_purpose"].eq(APARTMENT).fillna(False).to_numpy(dtype=bool)
    if not apartment.any():
        return rates
    bands = (settings or stress_settings()).apartment_dscr_bands
    limits = np.array([band.dscr_below for band in bands])
    band_rates = np.array([band.base_default_rate for band in bands])
    if "dscr" in loans:
        dscr = pd.to_numeric(loans["dscr"], errors="coerce").to_numpy(dtype=np.float64)
    else:
        dscr = np.full(len(loans), np.nan)
    band = np.minimum(np.searchsorted(limits, dscr, side="right"), limits.size - 1)
    band[np.isnan(dscr)] = 0
    rates[apartment] = band_rates[band[apartment]]
    return rates


def pool_base_rate(loans: pd.DataFrame, rates: np.ndarray) -> float:
    """The pool's base default rate: ``rates`` weighted by the loans' current balances."""
    if "current_balance" not in loans:
        raise ValueError("the pool has no current_balance column to weight the rates by")
    balances = pd.to_numeric(loans["current_balance"], errors="coerce").to_numpy(np.float64)
    balances = np.nan_to_num(balances, nan=0.0)
    total = balances.sum()
    if not total > 0:
        raise ValueError("the pool has no current balance to weight the rates by")
    return float(balances @ np.asarray(rates, dtype=np.float64) / total)
