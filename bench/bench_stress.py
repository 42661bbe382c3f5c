"""Full stress of a 100,000-loan pool against one vectorised amortisation, 1M loans, memory.

The figures: the median time of a full stress (four target ratings, three classes, every
layer, both rate paths, the solver, breakeven multiples and both sensitivity grids) over the
pool's remaining life month by month, its ratio to one plain vectorised amortisation of the
same loans measured in the same run (the floor any loan-level engine pays); the same as
whole processes — ``jcr-desk-cli stress`` of the saved 100,000-loan demo case against
``python -m bench.plain_amortisation`` (issue 14's target: within 5x); the time per loan at
1,000,000 loans against 100,000 (linear scaling), the peak memory of a run, and the GUI
thread's longest stall while a run works on the window's worker.
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from bench.gui_stall import TICK_MS, gui_stall_ms
from bench.timing import median_seconds
from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import stress_inputs
from jcr_desk.structured.engine import run_stress
from jcr_desk.structured.inputs import StressInputs

SMALL = 100_000
LARGE = 1_000_000
TARGET_STALL_MS = 100.0


def deal(loans: int) -> StressInputs:
    """The demo case's scenario over a synthetic pool of ``loans``, as the Desk runs it."""
    case = build_demo_case(loans)
    return stress_inputs(case, case.scenarios[0])


def plain_amortisation(inputs: StressInputs) -> float:
    """One level-payment amortisation of every loan to its maturity; returns total interest."""
    loans = inputs.loans
    balance = loans["current_balance"].to_numpy(float)
    rate = loans["interest_rate"].to_numpy(float) / 12
    term = loans["remaining_term_months"].to_numpy(np.int64)
    growth = (1 + rate) ** term
    payment = np.where(rate > 0, balance * rate * growth / (growth - 1), balance / term)
    interest = 0.0
    for month in range(1, int(term.max()) + 1):
        paid = balance * rate
        interest += float(paid.sum())
        balance = np.where(term <= month, 0.0, np.maximum(balance + paid - payment, 0.0))
    return interest


def peak_mb(inputs: StressInputs) -> float:
    tracemalloc.start()
    run_stress(inputs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def whole_process_times(commands: list[list[str]], repeat: int = 3) -> list[tuple[float, float]]:
    """Median wall and CPU seconds (user + system) of each command run as its own process.

    The commands are run in turns, so load from elsewhere on the machine falls on all alike;
    CPU time is the steadier figure on a shared machine.
    """
    runs: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(repeat):
        for index, command in enumerate(commands):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            runs[index].append((wall, cpu))
    return [
        (statistics.median(w for w, _ in each), statistics.median(c for _, c in each))
        for each in runs
    ]


def whole_process_ratio() -> None:
    """``jcr-desk-cli stress`` of a saved 100,000-loan demo case against a plain amortisation."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo-100k.jcrcase"
        save_case(build_demo_case(SMALL), path)
        cli = [sys.executable, "-m", "jcr_desk.cli", "stress", str(path)]
        floor = [sys.executable, "-m", "bench.plain_amortisation", str(SMALL)]
        (stress, stress_cpu), (amortisation, amortisation_cpu) = whole_process_times([cli, floor])
    print(f"whole process: jcr-desk-cli stress {stress:.2f} s wall, {stress_cpu:.2f} s CPU "
          "(medians of 3, run in turns)")
    print(f"whole process: plain amortisation of {SMALL:,} loans {amortisation:.2f} s wall, "
          f"{amortisation_cpu:.2f} s CPU")
    print(f"ratio (whole processes): {stress / amortisation:.1f}x wall, "
          f"{stress_cpu / amortisation_cpu:.1f}x CPU (target <= 5x)")


def main() -> None:
    whole_process_ratio()
    small = deal(SMALL)
    months = int(small.loans["remaining_term_months"].max())
    floor = median_seconds(lambda: plain_amortisation(small))
    full = median_seconds(lambda: run_stress(small))
    print(f"pool: {SMALL:,} loans, {months} months (up to {months / 12:.1f} years), 3 classes")
    print(f"one vectorised amortisation: {floor:.2f} s (median of 3)")
    print(f"full stress (4 ratings, both rate paths, solver, breakeven, grids): {full:.2f} s")
    print(f"ratio full stress / amortisation: {full / floor:.1f}x")
    print(f"peak memory of a 100k run (tracemalloc): {peak_mb(small):.0f} MB")

    large = deal(LARGE)
    start = time.perf_counter()
    run_stress(large)
    large_seconds = time.perf_counter() - start
    per_loan = (large_seconds / LARGE) / (full / SMALL)
    print(f"{LARGE:,} loans: {large_seconds:.2f} s -> x{per_loan:.2f} time per loan vs 100k")
    print(f"peak memory of a 1M run (tracemalloc): {peak_mb(large):.0f} MB")

    stall = gui_stall_ms(
        lambda progress, cancel: run_stress(small, progress=progress, cancel=cancel),
        "bench stress",
    )
    print(
        f"GUI thread's longest stall during a 100k run ({TICK_MS} ms timer): "
        f"{stall:.0f} ms (target <= {TARGET_STALL_MS:.0f} ms)"
    )


if __name__ == "__main__":
    main()
