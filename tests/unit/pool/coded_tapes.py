"""Tapes whose category columns hold an originator's own codes, as value maps must handle."""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pandas as pd
from openpyxl import load_workbook

from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx

RATE_CODES: Final = {"fixed": "1", "variable": "2", "fixed_period_selective": "3"}
"""How the imaginary originator writes the rate type."""


def write_coded_tape(
    loans: pd.DataFrame,
    path: Path,
    field: str = "rate_type",
    codes: dict[str, str] = RATE_CODES,
) -> Path:
    """A demo tape whose ``field`` column is rewritten by openpyxl with ``codes`` (code -> text)."""
    plain = write_tape_xlsx(loans, path.with_name(f"{path.stem}_plain.xlsx"))
    book = load_workbook(plain)
    sheet = book.active
    column = list(tape_headers()).index(field) + 1
    for offset, code in enumerate(loans[field]):
        sheet.cell(HEADER_ROW + 1 + offset, column).value = codes[str(code)]
    book.save(path)
    return path
