"""Complete immature vintages of a cumulative static-data triangle by development factors.

A young vintage has only its first periods observed. The chain ladder assumes it develops
from its last observed period as the older vintages did: the volume-weighted factor from
period ``j`` to ``j + 1`` is ``Σ C[i, j+1] / Σ C[i, j]`` over the vintages observed at both,
and each missing cell is the last observed one times the factors in between. A factor with no
data behind it (no vintage observed at both periods, or nothing defaulted yet) is 1.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ChainLadder:
    """The completed triangle, the development factors and which cells were observed."""

    completed: np.ndarray
    factors: np.ndarray
    observed: np.ndarray


def development_factors(cumulative: np.ndarray) -> np.ndarray:
    """Volume-weighted factors ``f_j`` (length: periods − 1); NaN cells are unobserved."""
    values = np.asarray(cumulative, dtype=np.float64)
    both = ~np.isnan(values[:, :-1]) & ~np.isnan(values[:, 1:])
    before = np.where(both, values[:, :-1], 0.0).sum(axis=0)
    after = np.where(both, values[:, 1:], 0.0).sum(axis=0)
    factors = np.ones(before.shape)
    np.divide(after, before, out=factors, where=before > 0)
    return factors


def complete_triangle(cumulative: np.ndarray) -> ChainLadder:
    """Fill each vintage's unobserved later periods from its last observed value.

    Every vintage must have its first period observed and no blank before an observed cell
    (the static-data reader guarantees both); ``ValueError`` otherwise.
    """
    values = np.asarray(cumulative, dtype=np.float64)
    if values.ndim != 2 or values.shape[1] == 0:
        raise ValueError("the triangle needs vintages as rows and at least one period column")
    observed = ~np.isnan(values)
    counts = observed.sum(axis=1)
    if (counts == 0).any():
        raise ValueError("every vintage needs at least its first period observed")
    if (observed != (np.arange(values.shape[1]) < counts[:, None])).any():
        raise ValueError("a vintage has a blank period before an observed one")
    factors = development_factors(values)
    last = counts - 1
    # growth[i, k] = product of factors f_last .. f_(k-1): 1 up to the last observed period.
    steps = np.where(np.arange(factors.size) >= last[:, None], factors, 1.0)
    growth = np.concatenate([np.ones((values.shape[0], 1)), np.cumprod(steps, axis=1)], axis=1)
    anchor = values[np.arange(values.shape[0]), last]
    completed = np.where(observed, values, anchor[:, None] * growth)
    return ChainLadder(completed=completed, factors=factors, observed=observed)
