"""A scenario's base case from the originator's static data: read, complete, apply.

The analyst picks the originator's vintage workbook; the Desk completes the immature
vintages, derives the lifetime default rate, its spread and trend, the timing curve and the
CPR, and proposes them as the scenario's base case through one undoable command that keeps
the source. The pool is usually seasoned, so the timing curve is read from the pool's
balance-weighted age on, by year of age: the defaults the pool has already lived through are
gone, and the full lifetime rate is spread over what is left (a prudent reading: nothing is
taken off the rate for the seasoning).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.case.document.model import Case
from jcr_desk.case.services.stress_run import pool_cut_off, scenario, scenario_pool
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.structured.base_case import (
    StaticBaseCase,
    base_case_source,
    by_year_of_age,
    chosen_rate,
    projection_timing,
    static_base_case,
)
from jcr_desk.structured.settings import stress_settings
from jcr_desk.structured.static_data import StaticData, read_static_data

DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class StaticProposal:
    """What the import found; ``ApplyStaticBaseCase.from_proposal`` applies it under a reading."""

    static: StaticData
    base_case: StaticBaseCase
    seasoning_months: float
    scenario_id: str
    cpr: float
    timing: tuple[float, ...]
    source: dict[str, Any]
    method: str  # the reading first proposed (the rulebook's Desk default)
    sd_multiple: float

    def rate(self, method: str, k: float) -> float:
        return chosen_rate(self.base_case, method, k)


def propose_static_base_case(
    case: Case,
    scenario_id: str,
    path: str | Path,
    *,
    sheet: str | None = None,
    prepayment_sheet: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> StaticProposal:
    """Read ``path`` and propose the base case it gives the scenario."""
    item = scenario(case, scenario_id)
    static = read_static_data(
        path, sheet, prepayment_sheet=prepayment_sheet, progress=progress, cancel=cancel
    )
    base = static_base_case(static)
    pool = scenario_pool(case, item)
    seasoning = pool_seasoning_months(pool.loans, pool_cut_off(pool))
    months = int(pd.to_numeric(pool.loans["remaining_term_months"]).max())
    timing = projection_timing(by_year_of_age(base.timing_curve), seasoning, months)
    cpr = base.cpr if base.cpr is not None else float(item.assumptions.cpr or 0.0)
    source = {**base_case_source(static, base), "pool_seasoning_months": seasoning}
    rules = stress_settings()
    return StaticProposal(
        static,
        base,
        seasoning,
        item.id,
        cpr,
        tuple(timing.tolist()),
        source,
        rules.base_case_method,
        rules.base_case_sd_multiple,
    )


def pool_seasoning_months(loans: pd.DataFrame, cut_off: object) -> float:
    """Balance-weighted months since origination at the cut-off (0 without dates)."""
    if "origination_date" not in loans.columns:
        return 0.0
    origination = pd.to_datetime(loans["origination_date"], errors="coerce")
    age = (pd.Timestamp(cut_off) - origination).dt.days / DAYS_PER_MONTH
    weights = pd.to_numeric(loans["current_balance"], errors="coerce")
    usable = age.notna() & weights.notna() & (weights > 0)
    if not usable.any():
        return 0.0
    return float(np.average(age[usable].clip(lower=0), weights=weights[usable]))
