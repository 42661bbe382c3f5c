"""The corpus of hostile and broken tapes, each made from code in a test's folder.

Nothing binary is committed: every file is built the way the bad case arises (a renamed text
file, a workbook cut short in transit, a part declaring entities…), so a reader of the tests
sees exactly what each file holds.
"""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import openpyxl

HEADERS = [
    "Loan No.",
    "Current Balance (JPY)",
    "Interest Rate (%)",
    "Origination Date",
    "Maturity Date",
]
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
    'uniqueCount="1"><si><t>&lol9;</t></si></sst>'
)


def good_workbook(folder: Path, name: str = "good.xlsx", rows: int = 3) -> Path:
    """A small valid tape (shared strings, as openpyxl writes them), the base of several cases."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Loans"
    sheet.append(HEADERS)
    for number in range(1, rows + 1):
        sheet.append([f"L{number:03d}", 10_000_000 * number, 1.25, "2020/04/01", "2055/04/01"])
    path = folder / name
    workbook.save(path)
    return path


def renamed_text(folder: Path) -> Path:
    path = folder / "notes.xlsx"
    path.write_text("Dear analyst,\nplease find the tape attached.\n", encoding="utf-8")
    return path


def renamed_png(folder: Path) -> Path:
    path = folder / "chart.xlsx"
    path.write_bytes(PNG_SIGNATURE + b"\x00\x00\x00\rIHDR" + bytes(64))
    return path


def password_protected(folder: Path) -> Path:
    """What Excel saves for an encrypted .xlsx: an OLE container with an EncryptionInfo stream.

    Only the parts a reader looks at are real: the OLE signature, a 512-byte header and one
    directory sector whose entries name the EncryptionInfo and EncryptedPackage streams.
    """
    header = OLE_SIGNATURE + bytes(16) + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + bytes(6)
    header = header.ljust(512, b"\x00")
    entries = b"".join(
        _directory_entry(name) for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage", "")
    )
    path = folder / "protected.xlsx"
    path.write_bytes(header + entries)
    return path


def _directory_entry(name: str) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le") if name else b""
    return encoded.ljust(64, b"\x00") + struct.pack("<H", len(encoded)) + bytes(62)


def truncated_zip(folder: Path) -> Path:
    """A workbook cut off half-way, as a broken download or mail attachment leaves it."""
    data = good_workbook(folder, "whole.xlsx").read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def empty_workbook(folder: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.create_sheet("Sheet2")
    path = folder / "empty.xlsx"
    workbook.save(path)
    return path


def no_header(folder: Path) -> Path:
    """Figures without column names: nothing says which column is which."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["Monthly report"])
    for number in range(5):
        sheet.append([number, number * 1000, 1.5, 0.8])
    path = folder / "no_header.xlsx"
    workbook.save(path)
    return path


def zip_bomb(folder: Path, unpacked_bytes: int) -> Path:
    """A valid workbook plus a part of zeros that unpacks far beyond its compressed size."""
    path = _rewritten(good_workbook(folder, "base.xlsx"), folder / "bomb.xlsx", {})
    block = bytes(1 << 20)
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/padding.bin", "w", force_zip64=True) as part,
    ):
        for _ in range(unpacked_bytes // len(block) + 1):
            part.write(block)
    return path


def big_part(folder: Path, unpacked_bytes: int) -> Path:
    """A valid workbook plus a part of random digits (packs about 2x, no bomb by its ratio)
    that makes the whole archive unpack to more than ``unpacked_bytes``."""
    path = _rewritten(good_workbook(folder, "base.xlsx"), folder / "big.xlsx", {})
    digits = "".join(random.Random(5).choices("0123456789", k=unpacked_bytes))
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/figures.txt", digits)
    return path


def entity_bomb(folder: Path) -> Path:
    """A workbook whose shared-strings part declares the "billion laughs" entities."""
    base = good_workbook(folder, "base.xlsx")
    return _rewritten(base, folder / "laughs.xlsx", {"xl/sharedStrings.xml": BILLION_LAUGHS})


def error_cells(folder: Path) -> Path:
    """A tape whose formulas failed in the originator's Excel: #N/A and #DIV/0! cells."""
    path = good_workbook(folder, "errors.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Loans"]
    sheet["B3"] = "#N/A"  # openpyxl stores these as error cells (t="e")
    sheet["C4"] = "#DIV/0!"
    workbook.save(path)
    return path


def _rewritten(source: Path, target: Path, parts: dict[str, str]) -> Path:
    """A copy of ``source`` with ``parts`` replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info.filename, old.read(info.filename))
        for name, text in parts.items():
            new.writestr(name, text)
    return target
