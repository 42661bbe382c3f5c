"""Saving and opening a case with a large pool, against a bare pandas to_sql / read_sql.

The bare pandas round trip is what a quick implementation would do; ours adds atomic
replace, fsync, the .bak copy, dtype restoration and integrity checks on load. The ratio
shows what that safety costs.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pandas as pd

from bench.timing import median_seconds
from jcr_desk.case import Case, StoredPool, load_case, save_case
from jcr_desk.pool.synthetic import generate_loans

LOANS = 100_000


def main() -> None:
    loans = generate_loans(LOANS)
    case = Case(pools=[StoredPool("p1", "bench pool", loans)])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        target = folder / "bench.jcrcase"
        plain = folder / "plain.sqlite"

        def pandas_save() -> None:
            plain.unlink(missing_ok=True)
            with sqlite3.connect(plain) as conn:
                loans.to_sql("loans", conn, index=False)

        def pandas_load() -> None:
            with sqlite3.connect(plain) as conn:
                pd.read_sql("SELECT * FROM loans", conn)

        ours_save = median_seconds(lambda: save_case(case, target))
        ours_load = median_seconds(lambda: load_case(target))
        bare_save = median_seconds(pandas_save)
        bare_load = median_seconds(pandas_load)
        size_mb = target.stat().st_size / 1e6

    print(f"case with {LOANS:,} loans x {loans.shape[1]} columns, file {size_mb:.1f} MB")
    print(
        f"save_case  {ours_save:6.2f} s   pandas to_sql  {bare_save:6.2f} s   "
        f"ratio {ours_save / bare_save:.2f}"
    )
    print(
        f"load_case  {ours_load:6.2f} s   pandas read_sql {bare_load:6.2f} s   "
        f"ratio {ours_load / bare_load:.2f}"
    )


if __name__ == "__main__":
    main()
