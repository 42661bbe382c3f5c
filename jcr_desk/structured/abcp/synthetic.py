"""Deterministic synthetic data for the demo program and the benchmark: a card company's
population history and its purchased receivables, written the way originators write them.

Illustrative only: seasonal balances (a December peak), credit-loss and cancellation rates
around the given levels with month-to-month noise, collections a little under the month's
balance; receivables of lognormal size across merchant categories and sellers, all due on
one day (monthly-clear receivables concentrate their payment dates, 003 No. 2 §3(2)(i)(b)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook

HISTORY_HEADERS = {
    "month": "年月",
    "history_seller": "譲渡人",
    "history_merchant_category": "加盟店業種",
    "population_balance": "債権残高（円）",
    "collections": "回収額（円）",
    "credit_losses": "貸倒額（円）",
    "cancellations": "取消額（円）",
}
RECEIVABLE_HEADERS = {
    "receivable_id": "債権番号",
    "obligor_id": "会員番号",
    "receivable_balance": "請求額（円）",
    "due_date": "支払日",
    "merchant_category": "加盟店業種",
    "seller": "譲渡人",
}


@dataclass(frozen=True)
class Segment:
    """One seller's merchant category in the population: its share and its rate levels."""

    seller: str
    category: str
    balance: float  # yen billed a month, before seasonality
    loss_rate: float
    cancellation_rate: float


def generate_history(
    segments: Sequence[Segment], months: int, last_month: date, seed: int
) -> pd.DataFrame:
    """One row per month and segment, oldest first, amounts in whole yen."""
    rng = np.random.default_rng(seed)
    calendar = pd.date_range(end=pd.Timestamp(last_month), periods=months, freq="MS")
    season = 1.0 + 0.08 * np.cos(2 * np.pi * (calendar.month.to_numpy() - 12) / 12)
    frames = []
    for segment in segments:
        balance = np.round(segment.balance * season * rng.normal(1.0, 0.02, months))
        loss = segment.loss_rate * np.clip(rng.normal(1.0, 0.15, months), 0.4, None)
        cancel = segment.cancellation_rate * np.clip(rng.normal(1.0, 0.1, months), 0.4, None)
        collect = np.clip(rng.normal(0.965, 0.006, months), 0.9, 0.995)
        frames.append(
            pd.DataFrame(
                {
                    "month": calendar,
                    "history_seller": segment.seller,
                    "history_merchant_category": segment.category,
                    "population_balance": balance,
                    "collections": np.round(balance * collect),
                    "credit_losses": np.round(balance * loss),
                    "cancellations": np.round(balance * cancel),
                }
            )
        )
    frame = pd.concat(frames, ignore_index=True)
    return frame.sort_values(["month"], kind="stable").reset_index(drop=True)


def generate_receivables(
    count: int, mix: Sequence[tuple[str, str, float]], due: date, seed: int
) -> pd.DataFrame:
    """``count`` receivables; ``mix`` gives (seller, merchant category, share of count)."""
    rng = np.random.default_rng(seed)
    shares = np.asarray([share for _, _, share in mix], dtype=np.float64)
    chosen = rng.choice(len(mix), size=count, p=shares / shares.sum())
    sellers = np.asarray([seller for seller, _, _ in mix], dtype=object)[chosen]
    categories = np.asarray([category for _, category, _ in mix], dtype=object)[chosen]
    numbers = np.arange(1, count + 1)
    return pd.DataFrame(
        {
            "receivable_id": np.char.add("R", np.char.zfill(numbers.astype(str), 8)),
            "obligor_id": np.char.add("M", np.char.zfill(
                rng.integers(1, max(count // 3, 2), count).astype(str), 8)),
            "receivable_balance": np.round(rng.lognormal(np.log(25_000), 0.9, count)),
            "due_date": pd.Timestamp(due),
            "merchant_category": categories,
            "seller": sellers,
        }
    )


def write_sheet(
    frame: pd.DataFrame, headers: dict[str, str], path: str | Path, title: str, sheet: str
) -> Path:
    """``frame`` as one sheet: a title row, a blank row, the headers, one row per record."""
    book = Workbook(write_only=True)
    target = book.create_sheet(sheet)
    target.append([title])
    target.append([])
    columns = [name for name in headers if name in frame.columns]
    target.append([headers[name] for name in columns])
    values = [_cells(frame[name]) for name in columns]
    for row in zip(*values, strict=True):
        target.append(list(row))
    book.save(path)
    return Path(path)


def _cells(series: pd.Series) -> list[object]:
    if series.dtype.kind == "M":
        return [value.to_pydatetime() for value in series]
    if series.dtype.kind == "f":
        return [int(value) for value in series]
    return series.astype(str).tolist()
