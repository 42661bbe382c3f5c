"""Write small workbooks from rows for tests: the first rows are titles and headers as given."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook


def write_rows(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Sheet1") -> Path:
    """One sheet holding ``rows`` as written (None leaves a cell blank)."""
    book = Workbook()
    worksheet = book.active
    assert worksheet is not None
    worksheet.title = sheet
    for row in rows:
        worksheet.append(list(row))
    book.save(path)
    return path
