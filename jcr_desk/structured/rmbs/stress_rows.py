"""The stresses one run projects side by side, in a fixed row order.

Rows: each target rating (best first), the default × recovery grid, the default × CPR grid,
and last the unstressed base case (whose collections size the commingling layer).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.projection import Stresses
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.settings import StressSettings


@dataclass(frozen=True)
class StressRows:
    """The stresses and where each block of rows starts."""

    stresses: Stresses
    ratings: int  # rows 0 .. ratings - 1
    by_recovery: range
    by_cpr: range

    @property
    def base(self) -> int:
        return len(self.stresses.cpr) - 1


def stress_rows(
    inputs: StressInputs,
    ratings: list[RatingStress],
    pool_rate: float,
    grid_recovery_start: int,
    rules: StressSettings,
    *,
    segment_factors: list[np.ndarray] | None = None,
    rent_guarantee: list[bool] | None = None,
) -> StressRows:
    """Every row's lifetime rate, multipliers, CPR, recovery, segments and rent guarantee.

    ``segment_factors[r]`` and ``rent_guarantee[r]`` are target rating r's; the grids take
    the best rating's (as they take its prepayment multiplier) and the unstressed base case
    takes no segment uplift.
    """
    top = ratings[0]
    base_cpr = float(inputs.assumptions.cpr or 0.0)
    lifetime, early, late, cpr, recovery = [], [], [], [], []

    def add(first: float, after: float, annual: float, recovery_index: int) -> None:
        lifetime.append(pool_rate)
        early.append(first)
        late.append(after)
        cpr.append(min(annual, 1.0))
        recovery.append(recovery_index)

    for index, stress in enumerate(ratings):
        m = stress.multipliers
        add(m.first_five_years, m.after_five_years, base_cpr * m.prepayment, index)
    start = len(cpr)
    for multiple in rules.sensitivity_default_multiples:
        for column in range(len(rules.sensitivity_recovery_rates)):
            add(
                multiple,
                multiple,
                base_cpr * top.multipliers.prepayment,
                grid_recovery_start + column,
            )
    middle = len(cpr)
    for multiple in rules.sensitivity_default_multiples:
        for rate in rules.sensitivity_cprs:
            add(multiple, multiple, rate, 0)
    end = len(cpr)
    add(1.0, 1.0, base_cpr, 0)  # the unstressed base case, last
    grid = end - start
    factors = None
    if segment_factors is not None:
        top_factors = segment_factors[0]
        factors = np.stack([*segment_factors, *([top_factors] * grid), np.ones_like(top_factors)])
    guarded = None
    if rent_guarantee is not None:
        guarded = np.array([*rent_guarantee, *([rent_guarantee[0]] * grid), rent_guarantee[0]])
    stresses = Stresses(
        np.array(lifetime),
        np.array(early),
        np.array(late),
        np.array(cpr),
        np.array(recovery, dtype=np.int64),
        factors,
        guarded,
    )
    return StressRows(stresses, len(ratings), range(start, middle), range(middle, end))
