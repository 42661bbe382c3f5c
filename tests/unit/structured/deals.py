"""Small deals for the engine's tests: a loan table and a structure in a few lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.structured.rmbs.assumptions import MultiplierAdjustment, StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure, NoteClass
from jcr_desk.structured.rmbs.engine import run_stress
from jcr_desk.structured.rmbs.inputs import Parties, StressInputs

CUT_OFF = date(2026, 9, 30)
_ASSUMPTION_FIELDS = set(StressAssumptions.__dataclass_fields__)
_PARTY_FIELDS = set(Parties.__dataclass_fields__)


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
    """``classes``: (name, share of the pool, coupon type, coupon), most senior first.

    ``options`` are fields of the assumptions (``timing_curve``…), of the parties
    (``servicer_rating``…) or of the structure (``clean_up_call``, ``trust_fee``…).
    """
    pool = float(loans["current_balance"].sum())
    notes = tuple(
        NoteClass(name, rank, pool * share, kind, coupon)
        for rank, (name, share, kind, coupon) in enumerate(classes, start=1)
    )
    assumption_options = {k: v for k, v in options.items() if k in _ASSUMPTION_FIELDS}
    party_options = {k: v for k, v in options.items() if k in _PARTY_FIELDS}
    deal_options = {k: v for k, v in options.items() if k not in _ASSUMPTION_FIELDS | _PARTY_FIELDS}
    return StressInputs(
        loans=loans,
        cut_off=CUT_OFF,
        assumptions=StressAssumptions(
            target_ratings=tuple(ratings),
            base_default_rate=default,
            cpr=cpr,
            recovery_rate=recovery,
            recovery_lag_months=lag,
            **assumption_options,
        ),
        deal=DealStructure(classes=notes, **deal_options),
        parties=Parties(**party_options),
    )


def with_deal(inputs: StressInputs, **changes: Any) -> StressInputs:
    """``inputs`` with structure fields changed."""
    return replace(inputs, deal=replace(inputs.deal, **changes))


def with_assumptions(inputs: StressInputs, **changes: Any) -> StressInputs:
    """``inputs`` with assumption fields changed."""
    return replace(inputs, assumptions=replace(inputs.assumptions, **changes))


def adjustment(rating: str, component: str, value: float, **more: Any) -> MultiplierAdjustment:
    return MultiplierAdjustment(
        rating, component, value, more.pop("factor", "ltv"), more.pop("reason", "test"), **more
    )


def run_json(inputs: StressInputs) -> dict[str, Any]:
    """A run's result as the JSON ``stress --json`` prints and the case stores."""
    return run_stress(inputs).to_dict()


def short_loan_pool(count: int = 120, seed: int = 3) -> pd.DataFrame:
    """Loans of 3 to 12 years: a pool that runs off long before the rulebook's 35-year curve."""
    rng = np.random.default_rng(seed)
    return loan_table(rng.uniform(5e6, 3e7, count).round(), rng.integers(36, 145, count))
