"""Recalculate an exported workbook in LibreOffice and read its values back (the tests' judge).

LibreOffice computes every formula again when it loads a file whose formulas carry no
cached results, which is how openpyxl writes them; converting to xlsx saves those results.
Each run uses its own LibreOffice profile, so tests never share or lock the user's.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TIMEOUT_S = 600
ERROR_VALUES = ("#DIV/0!", "#NAME?", "#N/A", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "Err:")


def convert(source: Path, folder: Path, to: str) -> Path:
    """``source`` converted by LibreOffice headless into ``folder`` (``to``: xlsx or pdf)."""
    assert SOFFICE is not None
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"copy-{source.name}"
    shutil.copyfile(source, copy)
    out = folder / "converted"
    profile = (folder / "lo-profile").resolve().as_uri()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            to,
            "--outdir",
            str(out),
            str(copy),
        ],
        check=True,
        capture_output=True,
        timeout=TIMEOUT_S,
    )
    result = out / f"{copy.stem}.{to}"
    assert result.exists(), f"LibreOffice wrote no {to} for {source.name}"
    return result


def recalculated_values(source: Path, folder: Path) -> dict[tuple[str, str], Any]:
    """Every cell's value after LibreOffice recalculated the workbook, by (sheet, cell)."""
    book = load_workbook(convert(source, folder, "xlsx"), data_only=True)
    values = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    values[(sheet.title, cell.coordinate)] = cell.value
    return values


def mismatches(expected: dict[tuple[str, str], Any], got: dict[tuple[str, str], Any]) -> list[str]:
    """Formula cells whose recalculated value differs from the application's (rel. 1e-9)."""
    wrong = []
    for where, want in expected.items():
        value = got.get(where)
        if isinstance(want, str) or isinstance(value, str):
            same = value == want
        else:
            same = value is not None and math.isclose(value, want, rel_tol=1e-9, abs_tol=1e-12)
        if not same:
            wrong.append(f"{where[0]}!{where[1]}: LibreOffice {value!r}, JCR Desk {want!r}")
    return wrong
