"""Small monthly histories for the ABCP tests, written as workbooks the way originators do."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tests.sheets import write_rows

HEADER = ["年月", "債権残高（円）", "回収額（円）", "貸倒額（円）", "取消額（円）"]


def month_rows(
    losses: Sequence[float],
    cancellations: Sequence[float] | None = None,
    *,
    balance: float = 1_000_000,
    collection_share: float = 0.95,
    start: tuple[int, int] = (2024, 1),
) -> list[list[Any]]:
    """One row per month from ``start``: balance, collections, losses and cancellations in yen."""
    cancelled = cancellations if cancellations is not None else [0.0] * len(losses)
    rows: list[list[Any]] = []
    year, month = start
    for loss, cancel in zip(losses, cancelled, strict=True):
        rows.append([f"{year}-{month:02d}", balance, balance * collection_share, loss, cancel])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


def write_history(
    folder: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] = HEADER
) -> Path:
    return write_rows(folder / "history.xlsx", [["カードショッピング債権 月次推移"], header, *rows],
                      sheet="History")
