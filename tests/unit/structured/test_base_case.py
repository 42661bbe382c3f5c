"""Base case from static data: statistics, timing curves and CPR worked by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from jcr_desk.structured.rmbs.base_case import (
    annual_cpr,
    base_case_source,
    projection_timing,
    rulebook_timing,
    static_base_case,
)
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.structured.rmbs.static_data import StaticData, StaticTable, read_static_data
from jcr_desk.structured.rmbs.synthetic_static import write_synthetic_static

NAN = np.nan
SOURCE = {
    "file": "static.xlsx",
    "sheet": "Defaults",
    "prepayment_sheet": None,
    "sha256": "ab" * 32,
    "imported_at": "2026-01-05T09:00:00+00:00",
}


def table(rates: list[list[float]], periods: list[int], step: int = 1) -> StaticTable:
    values = np.array(rates, dtype=np.float64)
    return StaticTable(
        sheet="Defaults",
        header_row=1,
        vintages=tuple(str(2015 + i) for i in range(len(values))),
        excel_rows=np.arange(2, 2 + len(values)),
        period_months=step,
        periods=np.array(periods),
        rates=values,
        original_balance=None,
        unit="fraction",
    )


def static(defaults: StaticTable, prepayments: StaticTable | None = None) -> StaticData:
    return StaticData(defaults, prepayments, dict(SOURCE), ())


# The chain-ladder example of test_chain_ladder, in thousandths: completed lifetime rates are
# 0.003, 0.0045 and 0.010.
TRIANGLE = [[0.001, 0.002, 0.003], [0.002, 0.003, NAN], [0.004, NAN, NAN]]


def test_statistics_worked_by_hand():
    case = static_base_case(static(table(TRIANGLE, [1, 2, 3])))
    np.testing.assert_allclose(case.lifetime_rates, [0.003, 0.0045, 0.010])
    mean = (0.003 + 0.0045 + 0.010) / 3
    assert case.mean == pytest.approx(mean)
    squares = (0.003 - mean) ** 2 + (0.0045 - mean) ** 2 + (0.010 - mean) ** 2
    assert case.std == pytest.approx(math.sqrt(squares / 2))
    # OLS slope over positions 0, 1, 2 (centred −1, 0, 1): (0.010 − 0.003) / 2.
    assert case.trend == pytest.approx(0.0035)
    assert case.cpr is None
    assert case.vintages == ("2015", "2016", "2017")


def test_timing_curve_worked_by_hand():
    # Mean completed curve (thousandths): 7/3, 35/9, 35/6 → marginals 7/3, 14/9, 35/18,
    # shares of 35/6: 0.4, 4/15, 1/3.
    case = static_base_case(static(table(TRIANGLE, [1, 2, 3])))
    np.testing.assert_allclose(case.timing_curve, [0.4, 4 / 15, 1 / 3])


def test_quarterly_columns_spread_over_their_months():
    case = static_base_case(static(table(TRIANGLE, [3, 6, 9], step=3)))
    expected = np.repeat([0.4 / 3, 4 / 45, 1 / 9], 3)
    np.testing.assert_allclose(case.timing_curve, expected)
    assert case.timing_curve.sum() == pytest.approx(1.0)


def test_one_vintage_has_no_spread_or_trend():
    case = static_base_case(static(table([[0.001, 0.004]], [1, 2])))
    assert (case.mean, case.std, case.trend) == (pytest.approx(0.004), 0.0, 0.0)


def test_no_defaults_at_all_takes_the_rulebook_curve():
    case = static_base_case(static(table([[0.0, 0.0, 0.0]], [1, 2, 3])))
    np.testing.assert_allclose(case.timing_curve, rulebook_timing(3))


def test_cpr_from_the_mean_cumulative_prepayment_share():
    yearly = table([[0.05], [0.07]], [12])
    assert annual_cpr(yearly) == pytest.approx(0.06)
    two_years = table([[0.05, 0.10], [0.07, 0.14]], [12, 24])
    assert annual_cpr(two_years) == pytest.approx(1 - (1 - 0.12) ** 0.5)
    # The immature vintage is completed first: factor 0.12/0.06 = 2 → 0.07 × 2 = 0.14.
    immature = table([[0.06, 0.12], [0.07, NAN]], [12, 24])
    assert annual_cpr(immature) == pytest.approx(1 - (1 - 0.13) ** 0.5)
    case = static_base_case(static(table(TRIANGLE, [1, 2, 3]), yearly))
    assert case.cpr == pytest.approx(0.06)


def test_rulebook_timing_spreads_each_year_evenly():
    yearly = np.array(stress_settings().default_timing_curve)
    curve = rulebook_timing(18)
    first_year, second_year = yearly[0] / 12, yearly[1] / 12
    total = 12 * first_year + 6 * second_year
    np.testing.assert_allclose(curve[:12], first_year / total)
    np.testing.assert_allclose(curve[12:], second_year / total)
    assert curve.sum() == pytest.approx(1.0)
    beyond = rulebook_timing(12 * yearly.size + 24)
    assert beyond.sum() == pytest.approx(1.0)
    assert (beyond[-24:] == 0).all()
    with pytest.raises(ValueError, match="at least 1"):
        rulebook_timing(0)


def test_projection_timing_drops_the_seasoned_months():
    curve = np.array([0.1, 0.2, 0.3, 0.4])
    np.testing.assert_allclose(projection_timing(curve, 1, 2), [0.4, 0.6])
    np.testing.assert_allclose(projection_timing(curve, 1, 5), [2 / 9, 3 / 9, 4 / 9, 0, 0])
    np.testing.assert_allclose(projection_timing(curve, 0, 4), curve)
    np.testing.assert_allclose(projection_timing(curve, -3, 4), curve)
    np.testing.assert_allclose(projection_timing(curve, 1.4, 3), [2 / 9, 3 / 9, 4 / 9])


def test_projection_timing_falls_back_to_the_rulebook_when_nothing_is_left():
    curve = np.array([0.5, 0.5, 0.0])
    np.testing.assert_allclose(projection_timing(curve, 2, 30), rulebook_timing(30))
    np.testing.assert_allclose(projection_timing(curve, 10, 30), rulebook_timing(30))


def test_base_case_source_records_file_and_statistics():
    data = static(table(TRIANGLE, [1, 2, 3]))
    case = static_base_case(data)
    record = base_case_source(data, case)
    assert record["kind"] == "static_data"
    assert {key: record[key] for key in ("file", "sheet", "sha256", "imported_at")} == {
        key: SOURCE[key] for key in ("file", "sheet", "sha256", "imported_at")
    }
    stats = record["statistics"]
    assert stats["vintages"] == ["2015", "2016", "2017"]
    assert stats["lifetime_rates"] == pytest.approx([0.003, 0.0045, 0.010])
    assert stats["mean"] == pytest.approx(case.mean)
    assert stats["cpr"] is None
    assert {"std", "trend"} <= set(stats)


def test_synthetic_workbook_gives_about_the_targets(tmp_path):
    path = write_synthetic_static(tmp_path / "s.xlsx", lifetime_default=0.015, cpr=0.06, seed=1)
    case = static_base_case(read_static_data(path))
    assert case.mean == pytest.approx(0.015, rel=0.25)
    assert case.cpr == pytest.approx(0.06, rel=0.25)
    assert case.timing_curve.size == 120
    assert case.timing_curve.sum() == pytest.approx(1.0)
    assert (case.timing_curve >= 0).all()


@given(
    st.lists(
        st.lists(st.floats(0.0, 0.01, allow_subnormal=False), min_size=4, max_size=4),
        min_size=1,
        max_size=6,
    ),
    st.floats(0, 10),
    st.integers(1, 30),
)
def test_timing_curves_sum_to_one(steps, seasoning, months):
    rates = np.cumsum(np.array(steps), axis=1)
    case = static_base_case(static(table(rates.tolist(), [3, 6, 9, 12], step=3)))
    assert case.timing_curve.sum() == pytest.approx(1.0)
    shifted = projection_timing(case.timing_curve, seasoning, months)
    assert shifted.shape == (months,)
    assert shifted.sum() == pytest.approx(1.0)
    assert (shifted >= 0).all()


def test_by_year_of_age_spreads_each_year_evenly():
    from jcr_desk.structured.rmbs.base_case import by_year_of_age

    curve = np.zeros(30)
    curve[:12] = np.linspace(0.0, 0.04, 12)  # year 1 sums to 0.24
    curve[12:24] = 0.05  # year 2: 0.6
    curve[24:] = [0.02, 0.06, 0.0, 0.04, 0.0, 0.04]  # a partial year of 6 months: 0.16
    smoothed = by_year_of_age(curve)
    np.testing.assert_allclose(smoothed[:12], 0.02)
    np.testing.assert_allclose(smoothed[12:24], 0.05)
    np.testing.assert_allclose(smoothed[24:], 0.16 / 6)
    assert smoothed.sum() == pytest.approx(curve.sum())


@pytest.mark.parametrize(
    ("method", "k", "expected", "words"),
    [
        # Vintages 1 %, 2 %, 3 %: mean 2 %, sample standard deviation 1 %, trend +1 % a vintage.
        ("mean", 1.0, 0.02, "mean of 3 vintages"),
        ("mean_plus_sd", 1.5, 0.035, "mean + 1.5 standard deviations of 3 vintages"),
        # The least-squares line 1 % + 1 % × position, carried to position 3: 4 %.
        ("trend", 1.0, 0.04, "trend of 3 vintages carried to the next vintage"),
    ],
)
def test_each_reading_of_the_vintages_is_labelled(method, k, expected, words) -> None:
    from jcr_desk.structured.rmbs.base_case import StaticBaseCase, chosen_rate, method_label

    rates = np.array([0.01, 0.02, 0.03])
    base = StaticBaseCase(
        ("2021", "2022", "2023"), rates, 0.02, 0.01, 0.01, np.ones(12) / 12, None,
        np.zeros((3, 1)), np.ones(0),
    )
    assert chosen_rate(base, method, k) == pytest.approx(expected)
    assert method_label(method, k, 3) == words
