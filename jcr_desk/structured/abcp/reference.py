"""A cross-check, not a replacement: the large US agencies' trade-receivables dynamic reserve.

Loss reserve = stress factor × peak loss ratio × loss-horizon ratio; dilution reserve =
(stress factor × expected dilution + (peak − expected dilution) × peak ÷ expected dilution) ×
dilution-horizon ratio. Peak ratios are the highest averages over a few consecutive months
of the lookback, expected dilution the lookback's mean, and a horizon ratio the receivables
billed over the horizon ÷ the latest month's. Every figure is a Desk default of
``abcp.reference.*`` and the result labels the whole as a reference.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.abcp.history import MonthlyRates
from jcr_desk.structured.abcp.rules import AbcpRules
from jcr_desk.structured.abcp.sentences import ABCP_WORDS, noted

#: The label the reference always carries (in the ABCP tab's words: one translation of it).
LABEL = QT_TRANSLATE_NOOP(
    "AbcpWords", "Reference only: US-agency dynamic reserve (not JCR methodology)"
)


@dataclass(frozen=True)
class DynamicReserve:
    rating: str
    stress_factor: float
    peak_loss_ratio: float
    loss_horizon_ratio: float
    expected_dilution: float
    peak_dilution: float
    dilution_horizon_ratio: float
    loss_reserve: float
    dilution_reserve: float

    @property
    def total(self) -> float:
        return self.loss_reserve + self.dilution_reserve

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DynamicReserve:
        return cls(**{key: value for key, value in data.items() if key != "total"})


def dynamic_reserves(
    rates: MonthlyRates, ratings: tuple[str, ...], rules: AbcpRules
) -> tuple[tuple[DynamicReserve, ...], Text | None]:
    """The reference per target rating, or none and the reason the history does not allow it."""
    lookback = rules.reference_lookback_months
    if rates.balance is None:
        return (), noted(
            QT_TRANSLATE_NOOP(
                "AbcpAnalysis",
                "the history gives rates without the monthly balances the horizons need",
            )
        )
    needed = max(lookback, rules.reference_loss_horizon, rules.reference_dilution_horizon)
    if rates.months.size < needed:
        return (), noted(
            QT_TRANSLATE_NOOP(
                "AbcpAnalysis", "the history has {months} months; the reference needs {needed}"
            ),
            months=int(rates.months.size),
            needed=needed,
        )
    losses = rates.credit_loss[-lookback:]
    dilution = rates.cancellation[-lookback:]
    peak_loss = _peak_average(losses, rules.reference_loss_peak_window)
    peak_dilution = _peak_average(dilution, rules.reference_dilution_peak_window)
    expected = float(dilution.mean())
    latest = float(rates.balance[-1])
    loss_horizon = float(rates.balance[-rules.reference_loss_horizon :].sum()) / latest
    dilution_horizon = float(rates.balance[-rules.reference_dilution_horizon :].sum()) / latest
    reserves = []
    for rating in ratings:
        factor = rules.reference_stress_factor[rating]
        spike = (peak_dilution - expected) * peak_dilution / expected if expected > 0 else 0.0
        reserves.append(
            DynamicReserve(
                rating=rating,
                stress_factor=factor,
                peak_loss_ratio=peak_loss,
                loss_horizon_ratio=loss_horizon,
                expected_dilution=expected,
                peak_dilution=peak_dilution,
                dilution_horizon_ratio=dilution_horizon,
                loss_reserve=factor * peak_loss * loss_horizon,
                dilution_reserve=(factor * expected + spike) * dilution_horizon,
            )
        )
    return tuple(reserves), None


def labelled(reason: Text | None) -> Text:
    """The reference's label, and why the history does not allow it when it does not."""
    label = Text.as_written(ABCP_WORDS, LABEL)
    if reason is None:
        return label
    return noted(
        QT_TRANSLATE_NOOP("AbcpAnalysis", "{label}: {reason}"), label=label, reason=reason
    )


def _peak_average(values: np.ndarray, window: int) -> float:
    """The highest mean of ``window`` consecutive values."""
    width = min(window, values.size)
    sums = np.convolve(values, np.ones(width), mode="valid")
    return float(sums.max() / width)
