"""The interest-rate layer of each target rating, on that rating's own projection."""

from __future__ import annotations

import numpy as np

from jcr_desk.structured.rmbs.class_layout import ClassLayout
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.interest_rate import InterestRateLayer, interest_rate_enhancement
from jcr_desk.structured.rmbs.projection import PoolCashflows
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.schedule import RATE_TYPES, PoolSchedule
from jcr_desk.structured.rmbs.settings import StressSettings
from jcr_desk.structured.rmbs.waterfall import WaterfallTerms


def rating_rate_layer(
    inputs: StressInputs,
    schedule: PoolSchedule,
    flows: PoolCashflows,
    row: int,
    class_balance: np.ndarray,
    layout: ClassLayout,
    stress: RatingStress,
    terms: WaterfallTerms,
    rules: StressSettings,
) -> InterestRateLayer:
    """Negative spread under the worse of the rating's two rate paths (seed 002 §3(1))."""
    months = class_balance.shape[1] - 1
    by_type = flows.balance_by_rate_type[row]
    balances: dict[str, np.ndarray] = {}
    rates: dict[str, float] = {}
    for code, kind in enumerate(RATE_TYPES):
        members = schedule.group_rate_type == code
        weights = schedule.balance[members, 0]
        if weights.sum() > 0:
            balances[kind] = by_type[code, :months]
            rates[kind] = float(np.average(schedule.group_rate[members], weights=weights))
    fees = terms.fee_rate / 12 * flows.balance[row, :months]
    return interest_rate_enhancement(
        balances,
        rates,
        [class_balance[j, :months] for j in range(len(layout.shares))],
        layout.coupon_types(),
        terms.coupons.tolist(),
        stress.rating,
        schedule.pool_balance,
        monthly_fees=fees,
        hedged=inputs.deal.hedged,
        bases_match=inputs.deal.loan_base_matches_notes,
        reference_rate=rules.reference_rate
        if inputs.deal.reference_rate is None
        else inputs.deal.reference_rate,
        settings=rules,
    )
