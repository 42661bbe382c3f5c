"""Rebuild the committed tapes of this folder: small synthetic tapes saved by LibreOffice.

The import must read workbooks that Excel-like programs other than openpyxl and xlsxwriter
wrote (their own shared strings, styles, date cells, .ods and BIFF8 .xls), so these files are
written with ``write_tape_xlsx`` and then re-saved by LibreOffice Calc. They are committed, so
the tests need no LibreOffice; run this only to change them (needs ``soffice`` on the PATH):

    .venv/bin/python tests/data/tapes/make_tapes.py

``lo_ja_errors.xlsx`` carries known problems (see ``PLANTED``) and cells written the way
originators write them by hand (era dates, full-width digits as text).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import load_workbook

from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx

HERE = Path(__file__).parent

#: name -> (loans, seed, header language, format LibreOffice saves)
TAPES = {
    "lo_en_120": (120, 41, "en", "xlsx"),
    "lo_ja_150": (150, 42, "ja", "ods"),
    "lo_ja_80": (80, 43, "ja", "xls"),
    "lo_ja_errors": (60, 44, "ja", "xlsx"),
}

FIRST = HEADER_ROW + 1
#: Excel row -> (field, value written over the generated one) in lo_ja_errors.
PLANTED = {
    FIRST: ("current_balance", -1000),  # error: balance not above zero
    FIRST + 1: ("loan_id", "DUPLICATE-1"),  # error: duplicate loan_id (with the next row)
    FIRST + 2: ("loan_id", "DUPLICATE-1"),
    FIRST + 3: ("rate_type", "謎の金利"),  # error: unknown category value
    FIRST + 4: ("interest_rate", 35.0),  # error: rate above 20 %
    FIRST + 5: ("origination_date", "令和2年4月1日"),  # fine: an era date as text
    FIRST + 6: ("original_balance", "５０，０００，０００"),  # fine: full-width digits as text
}


def plant(path: Path) -> None:
    """Overwrite the cells of ``PLANTED`` in a tape written with Japanese headers."""
    workbook = load_workbook(path)
    sheet = workbook.active
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    japanese = tape_headers("ja")
    for row, (field, value) in PLANTED.items():
        sheet.cell(row=row, column=headers.index(japanese[field]) + 1, value=value)
    workbook.save(path)


def convert(source: Path, fmt: str, target: Path, profile: Path) -> None:
    """Have LibreOffice open ``source`` and save it as ``fmt`` under ``target``."""
    outdir = source.parent / "out"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(outdir),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    shutil.move(outdir / f"{source.stem}.{fmt}", target)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, (count, seed, language, fmt) in TAPES.items():
            source = write_tape_xlsx(generate_loans(count, seed), folder / f"{name}.xlsx", language)
            if name == "lo_ja_errors":
                plant(source)
            target = HERE / f"{name}.{fmt}"
            convert(source, fmt, target, folder / "profile")
            print(f"{target.name}: {target.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
