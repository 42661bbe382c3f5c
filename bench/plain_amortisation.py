"""One plain vectorised amortisation of N synthetic loans over 420 months, as a process.

The floor any loan-level engine pays, run as its own process so the stress benchmark can
compare whole processes (interpreter start, imports and all): ``python -m
bench.plain_amortisation 100000``.
"""

from __future__ import annotations

import sys

import numpy as np

MONTHS = 420


def amortise(loans: int, seed: int = 1) -> float:
    """Level-payment amortisation of ``loans`` loans to maturity; returns total interest."""
    rng = np.random.default_rng(seed)
    balance = rng.uniform(1e6, 5e7, loans)
    rate = rng.uniform(0.003, 0.03, loans) / 12
    term = rng.integers(60, MONTHS + 1, loans)
    growth = (1 + rate) ** term
    payment = balance * rate * growth / (growth - 1)
    interest = 0.0
    for month in range(1, MONTHS + 1):
        paid = balance * rate
        interest += float(paid.sum())
        balance = np.where(term <= month, 0.0, np.maximum(balance + paid - payment, 0.0))
    return interest


if __name__ == "__main__":
    print(amortise(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
