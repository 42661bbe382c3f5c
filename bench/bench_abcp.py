"""The ABCP large-numbers analysis on a long history and a large receivables tape.

The figures, each measured in this run: the full analysis of a program (base case of a
120-month history split by seller and merchant category, stress and required subordination at
four target ratings, caps, the pool-against-population composition, the US-agency reference)
with 1,000,000 receivables, against the plain pandas/numpy work it cannot do without (the
month sums and rates, their mean and spread, and one balance-weighted group-by of the
receivables per composition dimension); the same at 100,000 receivables (per-receivable
scaling); the history alone; and the import of a 100,000-receivable tape and of the history
workbook through the tape importer against ``pandas.read_excel(engine="calamine")``.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from bench.timing import median_seconds
from jcr_desk.pool.schema import RECEIVABLES
from jcr_desk.pool.tape import read_tape
from jcr_desk.structured.abcp.analysis import ProgramInputs, analyse_program
from jcr_desk.structured.abcp.caps import CapParties
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.history_file import read_history
from jcr_desk.structured.abcp.program import AbcpProgram, BackupLine, Party
from jcr_desk.structured.abcp.stress import StressChoices
from jcr_desk.structured.abcp.synthetic import (
    HISTORY_HEADERS,
    RECEIVABLE_HEADERS,
    Segment,
    generate_history,
    generate_receivables,
    write_sheet,
)

MONTHS = 120
LARGE = 1_000_000
SMALL = 100_000
TAPE = 100_000
SEGMENTS = [
    Segment(seller, category, balance, loss, cancel)
    for seller in ("Seller A", "Seller B")
    for category, balance, loss, cancel in (
        ("Supermarkets", 9e9, 0.0035, 0.0015), ("Travel", 4e9, 0.006, 0.006),
        ("Department stores", 6e9, 0.0045, 0.004), ("Online shopping", 3e9, 0.007, 0.005),
    )
]


def history() -> MonthlyHistory:
    frame = generate_history(SEGMENTS, MONTHS, date(2026, 9, 1), seed=19)
    frame["excel_row"] = np.arange(4, len(frame) + 4)
    return MonthlyHistory.checked(frame, {"file": "bench"})


def receivables(count: int) -> pd.DataFrame:
    mix = [(s.seller, s.category, s.balance) for s in SEGMENTS]
    return generate_receivables(count, mix, date(2026, 10, 27), seed=20)


def inputs(months: MonthlyHistory, pool: pd.DataFrame | None) -> ProgramInputs:
    program = AbcpProgram(
        "Bench Funding",
        backup=BackupLine("liquidity_only", 1.0),
        sellers=(Party("Seller A", short_term_rating="J-1"),
                 Party("Seller B", short_term_rating="J-2")),
        subordination=0.06,
    )
    choices = StressChoices("multiple", "bench", "highest", "bench")
    parties = CapParties(None, (("Seller A", None), ("Seller B", None)), None, None)
    return ProgramInputs(program, months, pool, choices, parties)


def plain(months: MonthlyHistory, pool: pd.DataFrame) -> float:
    """The floor: month sums, rates, their mean and SD, and the group-bys of the pool."""
    frame = months.frame
    sums = frame.groupby("month")[["population_balance", "credit_losses", "cancellations",
                                   "collections"]].sum()
    rates = sums[["credit_losses", "cancellations", "collections"]].div(
        sums["population_balance"], axis=0)
    total = float(rates.mean().sum() + rates.std().sum())
    for field in ("seller", "merchant_category"):
        total += float(pool.groupby(field)["receivable_balance"].sum().sum())
    return total


def main() -> None:
    months = history()
    large, small = receivables(LARGE), receivables(SMALL)
    analysis_large = median_seconds(lambda: analyse_program(inputs(months, large)))
    floor_large = median_seconds(lambda: plain(months, large))
    analysis_small = median_seconds(lambda: analyse_program(inputs(months, small)))
    history_only = median_seconds(lambda: analyse_program(inputs(months, None)), repeat=5)
    print(f"history: {MONTHS} months × {len(SEGMENTS)} segments ({len(months.frame):,} rows)")
    print(f"analysis, {LARGE:,} receivables: {analysis_large:.3f} s; plain pandas/numpy floor "
          f"{floor_large:.3f} s; ratio {analysis_large / floor_large:.2f}x")
    print(f"analysis, {SMALL:,} receivables: {analysis_small:.3f} s; per receivable at "
          f"{LARGE:,} vs {SMALL:,}: "
          f"{(analysis_large / LARGE) / (analysis_small / SMALL):.2f}x")
    print(f"analysis, history only (fully typed program, no receivables): "
          f"{history_only * 1000:.1f} ms")
    _imports(months)


def _imports(months: MonthlyHistory) -> None:
    with tempfile.TemporaryDirectory() as folder:
        tape = write_sheet(receivables(TAPE), RECEIVABLE_HEADERS, Path(folder) / "r.xlsx",
                           "カードショッピング債権明細（2026年9月30日現在）", "債権明細")
        book = write_sheet(months.frame, HISTORY_HEADERS, Path(folder) / "h.xlsx",
                           "月次推移", "月次推移")
        for label, ours, path in (
            (f"{TAPE:,}-receivable tape", lambda: read_tape(tape, kind=RECEIVABLES), tape),
            (f"history workbook ({len(months.frame):,} rows)", lambda: read_history(book),
             book),
        ):
            ours_s, theirs_s = _in_turns(ours, lambda p=path: pd.read_excel(
                p, engine="calamine", header=2))
            print(f"import {label}: {ours_s:.3f} s; pandas.read_excel(calamine) "
                  f"{theirs_s:.3f} s; ratio {ours_s / theirs_s:.2f}x")


def _in_turns(ours, theirs, rounds: int = 3) -> tuple[float, float]:
    """Median times of two readers timed in turns (a busy machine slows both alike)."""
    mine, other = [], []
    for _ in range(rounds):
        for work, times in ((ours, mine), (theirs, other)):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
    return float(np.median(mine)), float(np.median(other))


if __name__ == "__main__":
    main()
