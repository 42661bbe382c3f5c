"""Stress arithmetic both engines share: the statistics of a history and the two stress forms.

Seed 002 §2(1)(a) asks for the average, standard deviation and trend of an originator's
history; seed 003 No. 2 §3(2)(ii)(c)-(d) for the same of a receivables population's monthly
rates, stressed as "the base case multiplied by a constant" or "the standard deviation of
historical data multiplied by a constant being added to the base case". One implementation,
so an RMBS vintage trend and an ABCP monthly trend are the same figure for the same numbers.
"""

from __future__ import annotations

from typing import Final

import numpy as np

MULTIPLE: Final = "multiple"
SD: Final = "sd"
STRESS_FORMS: Final = (MULTIPLE, SD)


def ols_slope(values: np.ndarray) -> float:
    """Least-squares slope of ``values`` against their position (change per step); 0 for
    fewer than two values."""
    series = np.asarray(values, dtype=np.float64)
    if series.size < 2:
        return 0.0
    steps = np.arange(series.size, dtype=np.float64)
    centred = steps - steps.mean()
    return float(centred @ (series - series.mean()) / (centred @ centred))


def sample_sd(values: np.ndarray) -> float:
    """Sample standard deviation (ddof 1); 0 for fewer than two values."""
    series = np.asarray(values, dtype=np.float64)
    return float(series.std(ddof=1)) if series.size > 1 else 0.0


def stressed_value(base: float, form: str, factor: float, sd: float) -> float:
    """``base × factor`` (form "multiple") or ``base + factor × sd`` (form "sd")."""
    if form == MULTIPLE:
        return base * factor
    if form == SD:
        return base + factor * sd
    raise ValueError(f"unknown stress form {form!r}; use one of {', '.join(STRESS_FORMS)}")


def stress_words(form: str, factor: float) -> str:
    """The stress in the words the result shows: "base × 4.5", "base + 6 × SD"."""
    return f"base × {factor:g}" if form == MULTIPLE else f"base + {factor:g} × SD"
