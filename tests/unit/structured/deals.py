"""Small deals for the engine's tests: a loan table and a structure in a few lines."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.structured.inputs import StressInputs, Tranche

CUT_OFF = date(2026, 9, 30)


def loan_table(
    balances: Sequence[float],
    terms: Sequence[int],
    rate: float | Sequence[float] = 0.015,
    **columns: Any,
) -> pd.DataFrame:
    """Fixed-rate level-payment first-lien loans, property worth 1.3× the balance."""
    count = len(balances)
    frame = pd.DataFrame(
        {
            "loan_id": [f"L{i + 1:04d}" for i in range(count)],
            "excel_row": np.arange(2, count + 2),
            "borrower_id": [f"B{i + 1:04d}" for i in range(count)],
            "current_balance": np.asarray(balances, dtype=float),
            "interest_rate": np.broadcast_to(np.asarray(rate, dtype=float), (count,)).copy(),
            "remaining_term_months": np.asarray(terms, dtype=np.int64),
            "repayment_type": "level_payment",
            "rate_type": "fixed",
            "first_lien": True,
            "property_value": np.asarray(balances, dtype=float) * 1.3,
            "deposit_balance": 0.0,
        }
    )
    for name, values in columns.items():
        frame[name] = values
    return frame


def deal(
    loans: pd.DataFrame,
    classes: Sequence[tuple[str, float, str, float]],
    *,
    default: float = 0.02,
    cpr: float = 0.05,
    recovery: float = 0.4,
    lag: int = 12,
    ratings: Sequence[str] = ("AAA", "A", "BBB"),
    **options: Any,
) -> StressInputs:
    """``classes``: (name, share of the pool, coupon type, coupon), most senior first."""
    pool = float(loans["current_balance"].sum())
    tranches = tuple(
        Tranche(name, rank, pool * share, kind, coupon)
        for rank, (name, share, kind, coupon) in enumerate(classes, start=1)
    )
    return StressInputs(
        loans=loans,
        cut_off=CUT_OFF,
        target_ratings=tuple(ratings),
        base_default_rate=default,
        cpr=cpr,
        recovery_rate=recovery,
        recovery_lag_months=lag,
        tranches=tranches,
        **options,
    )


def short_loan_pool(count: int = 120, seed: int = 3) -> pd.DataFrame:
    """Loans of 3 to 12 years: a pool that runs off long before the rulebook's 35-year curve."""
    rng = np.random.default_rng(seed)
    return loan_table(rng.uniform(5e6, 3e7, count).round(), rng.integers(36, 145, count))
