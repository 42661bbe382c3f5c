"""Chain ladder: a triangle completed by hand, factors without data, invariants by hypothesis."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from jcr_desk.structured.rmbs.chain_ladder import complete_triangle, development_factors

NAN = np.nan


def test_three_by_three_worked_by_hand():
    triangle = np.array([[1.0, 2.0, 3.0], [2.0, 3.0, NAN], [4.0, NAN, NAN]])
    # f0 = (2 + 3) / (1 + 2) = 5/3 (vintages 1 and 2 seen at periods 1 and 2)
    # f1 = 3 / 2 = 1.5           (only vintage 1 seen at periods 2 and 3)
    # vintage 2, period 3: 3 × 1.5 = 4.5
    # vintage 3, period 2: 4 × 5/3 = 20/3; period 3: 20/3 × 1.5 = 10
    ladder = complete_triangle(triangle)
    np.testing.assert_allclose(ladder.factors, [5 / 3, 1.5])
    np.testing.assert_allclose(
        ladder.completed, [[1.0, 2.0, 3.0], [2.0, 3.0, 4.5], [4.0, 20 / 3, 10.0]]
    )
    np.testing.assert_array_equal(
        ladder.observed, [[True, True, True], [True, True, False], [True, False, False]]
    )


def test_factor_is_one_without_data_or_with_nothing_defaulted():
    triangle = np.array([[0.0, 0.0, 0.5, NAN], [0.0, NAN, NAN, NAN]])
    # f0: 0/0 (nothing defaulted yet) → 1; f1 = 0.5/0 → 1; f2: no vintage seen at both → 1.
    np.testing.assert_array_equal(development_factors(triangle), [1.0, 1.0, 1.0])
    completed = complete_triangle(triangle).completed
    np.testing.assert_array_equal(completed, [[0.0, 0.0, 0.5, 0.5], [0.0, 0.0, 0.0, 0.0]])


def test_single_period_and_fully_observed_triangles_are_unchanged():
    single = np.array([[0.01], [0.02]])
    np.testing.assert_array_equal(complete_triangle(single).completed, single)
    full = np.array([[0.01, 0.02], [0.02, 0.05]])
    np.testing.assert_array_equal(complete_triangle(full).completed, full)


@pytest.mark.parametrize(
    ("triangle", "problem"),
    [
        (np.array([[NAN, NAN]]), "at least its first period"),
        (np.array([[0.01, NAN, 0.02]]), "blank period before an observed one"),
        (np.array([0.01, 0.02]), "vintages as rows"),
    ],
)
def test_refuses_triangles_it_cannot_complete(triangle, problem):
    with pytest.raises(ValueError, match=problem):
        complete_triangle(triangle)


@st.composite
def immature_triangles(draw: st.DrawFn) -> np.ndarray:
    """Non-decreasing cumulative rows, each observed for a prefix of at least one period."""
    vintages = draw(st.integers(1, 8))
    periods = draw(st.integers(1, 12))
    steps = draw(
        arrays(
            np.float64,
            (vintages, periods),
            elements=st.floats(0.0, 0.01, allow_nan=False, allow_subnormal=False),
        )
    )
    rows = np.cumsum(steps, axis=1)
    seen = np.array(draw(st.lists(st.integers(1, periods), min_size=vintages, max_size=vintages)))
    return np.where(np.arange(periods) < seen[:, None], rows, np.nan)


@given(immature_triangles())
def test_completion_invariants(triangle):
    ladder = complete_triangle(triangle)
    completed = ladder.completed
    observed = ~np.isnan(triangle)
    assert not np.isnan(completed).any()
    np.testing.assert_array_equal(completed[observed], triangle[observed])
    assert (ladder.factors >= 1.0).all()
    last_seen = np.nanmax(triangle, axis=1)
    assert (completed >= last_seen[:, None] - 1e-15)[~observed].all()
    assert (np.diff(completed, axis=1) >= -1e-15).all()
