"""The base case a pool's stresses start from, estimated from the originator's static data.

``002 §2(1)(a)`` asks for the average, standard deviation and trend of the vintages' default
rates, a loss curve and a prepayment curve. From the chain-ladder-completed triangles:

* lifetime default rate of a vintage = its completed cumulative rate at the last period;
* mean, sample standard deviation (ddof 1) and trend (OLS slope per vintage, in sheet order);
* default timing: the marginal shares of the vintages' mean cumulative curve, spread evenly
  over the months each column covers (a quarterly column gives a third to each month);
* CPR: ``1 − (1 − P)^(12/T)`` with ``P`` the vintages' mean completed cumulative prepayment
  share at the last period ``T`` (months), i.e. the constant annual rate that prepays ``P`` of
  the original balance in ``T`` months. It ignores amortisation, so it is a conservative
  (low) reading of the prepayment speed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from jcr_desk.structured.chain_ladder import complete_triangle
from jcr_desk.structured.settings import StressSettings, stress_settings

if TYPE_CHECKING:  # the reader of static data loads the workbook readers; a run needs none
    from jcr_desk.structured.static_data import StaticData, StaticTable

_MONTHS_PER_YEAR: Final = 12


@dataclass(frozen=True)
class StaticBaseCase:
    """Base-case statistics of one static-data import (fractions; curve per month)."""

    vintages: tuple[str, ...]
    lifetime_rates: np.ndarray
    mean: float
    std: float
    trend: float
    timing_curve: np.ndarray
    cpr: float | None
    completed_defaults: np.ndarray
    default_factors: np.ndarray

    def statistics(self) -> dict[str, Any]:
        """The figures recorded with a scenario's base case (plain JSON types)."""
        return {
            "mean": self.mean,
            "std": self.std,
            "trend": self.trend,
            "vintages": list(self.vintages),
            "lifetime_rates": [float(rate) for rate in self.lifetime_rates],
            "cpr": self.cpr,
        }


def static_base_case(static: StaticData, settings: StressSettings | None = None) -> StaticBaseCase:
    """Complete the triangles and derive the base-case statistics, timing curve and CPR."""
    table = static.defaults
    ladder = complete_triangle(table.rates)
    lifetime = ladder.completed[:, -1]
    return StaticBaseCase(
        vintages=table.vintages,
        lifetime_rates=lifetime,
        mean=float(lifetime.mean()),
        std=float(lifetime.std(ddof=1)) if lifetime.size > 1 else 0.0,
        trend=_trend(lifetime),
        timing_curve=_timing_curve(ladder.completed, table.periods, settings),
        cpr=None if static.prepayments is None else annual_cpr(static.prepayments),
        completed_defaults=ladder.completed,
        default_factors=ladder.factors,
    )


#: Readings of the vintages' lifetime default rates the analyst may take as the base case.
BASE_CASE_METHODS: Final = ("mean", "mean_plus_sd", "trend")


def chosen_rate(base: StaticBaseCase, method: str, k: float) -> float:
    """The base-case lifetime default rate under one reading of the vintages (002 §2(1)(a)).

    ``mean``: their mean; ``mean_plus_sd``: mean + ``k`` sample standard deviations;
    ``trend``: the least-squares line through them carried one vintage past the newest,
    i.e. mean + trend × (n + 1) / 2 for n vintages. Kept within 0 to 100 %.
    """
    if method == "mean":
        rate = base.mean
    elif method == "mean_plus_sd":
        rate = base.mean + k * base.std
    elif method == "trend":
        rate = base.mean + base.trend * (len(base.vintages) + 1) / 2
    else:
        raise ValueError(f"unknown base-case reading {method!r}; use one of {BASE_CASE_METHODS}")
    return float(min(max(rate, 0.0), 1.0))


def method_label(method: str, k: float, vintages: int) -> str:
    """The reading in words, as the tab and the committee pack show it."""
    if method == "mean":
        return f"mean of {vintages} vintages"
    if method == "mean_plus_sd":
        return f"mean + {k:g} standard deviations of {vintages} vintages"
    return f"trend of {vintages} vintages carried to the next vintage"


def annual_cpr(prepayments: StaticTable) -> float:
    """Annual CPR from the mean completed cumulative prepayment share at the last period."""
    completed = complete_triangle(prepayments.rates).completed
    share = float(np.clip(completed[:, -1].mean(), 0.0, 1.0))
    months = int(prepayments.periods[-1])
    return float(1.0 - (1.0 - share) ** (_MONTHS_PER_YEAR / months))


def _trend(rates: np.ndarray) -> float:
    """OLS slope of the rates against the vintage's position (change per vintage step)."""
    if rates.size < 2:
        return 0.0
    steps = np.arange(rates.size, dtype=np.float64)
    centred = steps - steps.mean()
    return float(centred @ (rates - rates.mean()) / (centred @ centred))


def _timing_curve(
    completed: np.ndarray, periods: np.ndarray, settings: StressSettings | None
) -> np.ndarray:
    """Monthly shares of lifetime defaults by months since origination (sum 1)."""
    curve = completed.mean(axis=0)
    marginal = np.clip(np.diff(curve, prepend=0.0), 0.0, None)
    spans = np.diff(periods, prepend=0)
    monthly = np.repeat(marginal / spans, spans)
    total = monthly.sum()
    if total <= 0:
        return rulebook_timing(int(periods[-1]), settings)
    return monthly / total


def by_year_of_age(curve: np.ndarray) -> np.ndarray:
    """The curve with each year of age spread evenly over its months (sum unchanged).

    Vintage data are noisy month to month, and a stress should not follow that noise; timing
    by year of age is also how the rulebook's own curve is written. A last, partial year is
    spread over the months it has.
    """
    monthly = np.asarray(curve, dtype=np.float64)
    years = np.arange(monthly.size) // _MONTHS_PER_YEAR
    totals = np.bincount(years, weights=monthly)
    months_in_year = np.bincount(years)
    return (totals / months_in_year)[years]


def rulebook_timing(months: int, settings: StressSettings | None = None) -> np.ndarray:
    """The rulebook's yearly default-timing curve spread evenly per month, cut at ``months``."""
    if months < 1:
        raise ValueError(f"months must be at least 1 (got {months})")
    yearly = np.asarray((settings or stress_settings()).default_timing_curve, dtype=np.float64)
    monthly = np.repeat(yearly / _MONTHS_PER_YEAR, _MONTHS_PER_YEAR)[:months]
    monthly = np.pad(monthly, (0, months - monthly.size))
    total = monthly.sum()
    if total <= 0:
        raise ValueError(f"the rulebook's default timing curve has nothing in {months} months")
    return monthly / total


def projection_timing(
    curve_since_origination: np.ndarray,
    seasoning_months: float,
    months: int,
    settings: StressSettings | None = None,
) -> np.ndarray:
    """Shares of lifetime defaults per month from the cut-off, for a pool this seasoned.

    The months the pool has already lived through are gone; the rest of the curve, re-normalised
    to 1 over ``months``, falls from the cut-off on. Nothing left (a pool older than the
    static data) falls back to the rulebook's curve.
    """
    if months < 1:
        raise ValueError(f"months must be at least 1 (got {months})")
    curve = np.asarray(curve_since_origination, dtype=np.float64)
    start = min(max(round(seasoning_months), 0), curve.size)
    remaining = curve[start : start + months]
    remaining = np.pad(remaining, (0, months - remaining.size))
    total = remaining.sum()
    if not total > 0:
        return rulebook_timing(months, settings)
    return remaining / total


def base_case_source(static: StaticData, statistics: StaticBaseCase) -> dict[str, Any]:
    """The record stored as ``assumptions["base_case_source"]`` for an imported base case."""
    source = static.source
    return {
        "kind": "static_data",
        "file": source["file"],
        "sheet": source["sheet"],
        "prepayment_sheet": source.get("prepayment_sheet"),
        "sha256": source["sha256"],
        "imported_at": source["imported_at"],
        "statistics": statistics.statistics(),
    }
