"""The base case of each monthly rate, from the population's history (003 No. 2 §3(2)(ii)(c)).

For the credit-loss, cancellation and collection rates: mean, sample standard deviation,
least-squares trend (per month, and its fitted value at the latest month), the mean of the
latest months, and the highest month. The base case is one reading of them — mean, recent,
trend or the highest of the three — which the analyst chooses with a reason.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.abcp.history import MonthlyRates
from jcr_desk.structured.abcp.sentences import noted
from jcr_desk.structured.stress_arithmetic import ols_slope, sample_sd

METHOD_WORDS: Final = {
    "mean": QT_TRANSLATE_NOOP("AbcpAnalysis", "mean of every month"),
    "recent": QT_TRANSLATE_NOOP("AbcpAnalysis", "mean of the latest {recent} months"),
    "trend": QT_TRANSLATE_NOOP("AbcpAnalysis", "least-squares trend at the latest month"),
    "highest": QT_TRANSLATE_NOOP(
        "AbcpAnalysis", "highest of the mean, the latest {recent} months' mean and the trend"
    ),
}


@dataclass(frozen=True)
class RateStatistics:
    """One monthly rate's history in figures (fractions of the month's balance)."""

    measure: str
    months: int
    mean: float
    sd: float
    trend_per_month: float
    trend_latest: float
    recent_months: int
    recent_mean: float
    peak: float
    peak_month: str

    def reading(self, method: str) -> float:
        """The base case under ``method``; a trend pointing below zero reads as zero."""
        if method == "mean":
            return self.mean
        if method == "recent":
            return self.recent_mean
        if method == "trend":
            return max(self.trend_latest, 0.0)
        if method == "highest":
            return max(self.mean, self.recent_mean, self.trend_latest)
        raise ValueError(f"unknown base-case reading {method!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RateStatistics:
        return cls(**data)


def rate_statistics(rates: MonthlyRates, measure: str, recent_months: int) -> RateStatistics:
    """The statistics of ``measure`` (credit_loss, cancellation, collection) over the history."""
    values = np.asarray(rates.measure(measure), dtype=np.float64)
    recent = values[-recent_months:]
    slope = ols_slope(values)
    peak = int(np.argmax(values))
    mean = float(values.mean())
    return RateStatistics(
        measure=measure,
        months=int(values.size),
        mean=mean,
        sd=sample_sd(values),
        trend_per_month=slope,
        trend_latest=mean + slope * (values.size - 1) / 2,
        recent_months=int(recent.size),
        recent_mean=float(recent.mean()),
        peak=float(values[peak]),
        peak_month=rates.month_text(peak),
    )


def method_words(method: str, recent_months: int) -> Text:
    """The base-case reading in words, translated where shown."""
    return noted(METHOD_WORDS[method], recent=recent_months)
