"""A believable synthetic static-data workbook, for the demo case and the tests.

Annual vintages with cumulative default rates by month since origination: an S-shaped curve
(defaults are rare in the first months, peak in years two to five and fade), a lifetime rate
varying around the target from vintage to vintage, and recent vintages not yet observed to the
end. A second sheet holds cumulative prepayments of a constant CPR with noise, so the base
case reads back about the CPR asked for. The same seed writes the same numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import numpy as np
import openpyxl

_MONTHS_PER_YEAR: Final = 12
_CURVE_SCALE_MONTHS: Final = 48.0
_CURVE_SHAPE: Final = 1.8
_VINTAGE_SPREAD: Final = 0.2
_MONTHLY_NOISE: Final = 0.3
_FIRST_OBSERVED_MONTHS: Final = 6
_BALANCE_YEN: Final = (20e9, 60e9)

_TEXT: Final = {
    "en": {
        "defaults": "Default rates",
        "prepayments": "Prepayment rates",
        "default_title": "Cumulative default rate by vintage (share of original balance)",
        "prepayment_title": "Cumulative prepayment rate by vintage (share of original balance)",
        "vintage": "Vintage",
        "balance": "Original balance (JPY)",
        "vintage_label": "{year}",
        "month_label": "{month}M",
    },
    "ja": {
        "defaults": "代位弁済率",
        "prepayments": "期限前返済率",
        "default_title": "実行年度別 累積代位弁済率（当初実行金額に対する割合）",
        "prepayment_title": "実行年度別 累積期限前返済率（当初実行金額に対する割合）",
        "vintage": "実行年度",
        "balance": "実行金額（円）",
        "vintage_label": "{year}年度",
        "month_label": "{month}ヶ月",
    },
}


def write_synthetic_static(
    path: str | Path,
    *,
    lifetime_default: float,
    cpr: float,
    vintages: int = 12,
    months: int = 120,
    last_vintage: int = 2024,
    language: str = "en",
    seed: int = 0,
) -> Path:
    """Write the workbook to ``path``; ``lifetime_default`` and ``cpr`` are the targets."""
    if language not in _TEXT:
        raise ValueError(f"language must be one of {sorted(_TEXT)} (got {language!r})")
    text = _TEXT[language]
    rng = np.random.default_rng(seed)
    years = np.arange(last_vintage - vintages + 1, last_vintage + 1)
    seen = np.minimum(months, (last_vintage - years) * _MONTHS_PER_YEAR + _FIRST_OBSERVED_MONTHS)
    balances = np.round(rng.uniform(*_BALANCE_YEN, vintages), -6)
    defaults = _default_curves(rng, lifetime_default, vintages, months)
    prepayments = _prepayment_curves(rng, cpr, vintages, months)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for key, title, curves in (
        ("defaults", "default_title", defaults),
        ("prepayments", "prepayment_title", prepayments),
    ):
        sheet = workbook.create_sheet(text[key])
        sheet.append([text[title]])
        sheet.append([])
        months_header = [text["month_label"].format(month=m) for m in range(1, months + 1)]
        sheet.append([text["vintage"], text["balance"], *months_header])
        for year, balance, curve, observed in zip(years, balances, curves, seen, strict=True):
            cells = [round(float(rate), 6) for rate in curve[:observed]]
            sheet.append([text["vintage_label"].format(year=year), int(balance), *cells])
        for row in sheet.iter_rows(min_row=4, min_col=3):
            for cell in row:
                cell.number_format = "0.000%"
    path = Path(path)
    workbook.save(path)
    return path


def _default_curves(
    rng: np.random.Generator, lifetime: float, vintages: int, months: int
) -> np.ndarray:
    """Cumulative default rates: a Weibull-shaped curve to each vintage's lifetime rate."""
    t = np.arange(1, months + 1)
    shape = 1.0 - np.exp(-((t / _CURVE_SCALE_MONTHS) ** _CURVE_SHAPE))
    marginal = np.diff(shape / shape[-1], prepend=0.0)
    noise = rng.lognormal(0.0, _MONTHLY_NOISE, (vintages, months))
    paths = np.cumsum(marginal * noise, axis=1)
    paths /= paths[:, -1:]
    levels = lifetime * rng.lognormal(-(_VINTAGE_SPREAD**2) / 2, _VINTAGE_SPREAD, vintages)
    return paths * levels[:, None]


def _prepayment_curves(
    rng: np.random.Generator, cpr: float, vintages: int, months: int
) -> np.ndarray:
    """Cumulative prepaid share of a constant CPR, each vintage a little faster or slower."""
    speeds = cpr * rng.lognormal(-(_VINTAGE_SPREAD**2) / 2, _VINTAGE_SPREAD, vintages)
    monthly = 1.0 - (1.0 - np.clip(speeds, 0.0, 1.0)) ** (1 / _MONTHS_PER_YEAR)
    t = np.arange(1, months + 1)
    return 1.0 - (1.0 - monthly[:, None]) ** t
