"""The hostile-archive corpus: small files built to exhaust a tape reader, made in a test folder.

Nothing is committed: each file is built the way an attacker would build it, in a second or
two, even the 1.5 MB workbook whose sheet unpacks to 1.6 GB of whitespace (its deflate stream
is written once per 16 MB block and repeated, not compressed 1.6 GB at a time). Every file
starts from the same small valid tape, so what the reader refuses is the attack, not the tape.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np

from tests.unit.pool.broken_files import good_workbook

SHEET = "xl/worksheets/sheet1.xml"
BLOCK = 16 << 20
"""Bytes of padding packed at a time; deflate reaches about 1,000x on a run of one byte."""


def whitespace_bomb(folder: Path, unpacked: int = 1_600_000_000) -> Path:
    """The issue's file: a valid tape whose sheet XML holds ``unpacked`` bytes of spaces."""
    head, tail = _sheet_halves(folder)
    return _write_zip(
        folder / "whitespace_bomb.xlsx",
        _base_parts(folder, SHEET),
        (SHEET, *_repeated(head, b" " * BLOCK, -(-unpacked // BLOCK), tail)),
    )


def shared_strings_bomb(folder: Path, unpacked: int = 800_000_000) -> Path:
    """One shared string of ``unpacked`` letters "A" (Excel's limit is 32,767 characters)."""
    head = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
    tail = b"</t></si></sst>"
    return _write_zip(
        folder / "strings_bomb.xlsx",
        _base_parts(folder, "xl/sharedStrings.xml"),
        ("xl/sharedStrings.xml", *_repeated(head, b"A" * BLOCK, -(-unpacked // BLOCK), tail)),
    )


def dense_padding(folder: Path, unpacked: int = 24_000_000) -> Path:
    """Padding that packs only ~6x (random letters in an XML comment): no ratio gives it away,
    only that the sheet unpacks to tens of megabytes with three rows in it."""
    head, tail = _sheet_halves(folder)
    letters = np.random.default_rng(15).choice(np.frombuffer(b"ab", np.uint8), unpacked)
    body = head + b"<!--" + letters.tobytes() + b"-->" + tail
    path = folder / "dense_padding.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in _base_parts(folder, SHEET).items():
            archive.writestr(name, data)
        archive.writestr(SHEET, body)
    return path


def far_cell(folder: Path, reference: str = "XFD1048576") -> Path:
    """A valid tape plus one cell at ``reference``: calamine would allocate the whole range
    (at XFD1048576, 549 GB) before reading a value."""
    head, tail = _sheet_halves(folder)
    row = "".join(ch for ch in reference if ch.isdigit())
    cell = f'<row r="{row}"><c r="{reference}" t="inlineStr"><is><t>x</t></is></c></row>'
    return _rewritten(folder, f"far_{reference}.xlsx", {SHEET: head + cell.encode() + tail})


def lying_dimension(folder: Path) -> Path:
    """A sheet that declares the whole grid as its dimension but holds three loans: harmless,
    and must be read as the small tape it is."""
    sheet = _sheet(folder)
    start = sheet.index(b"<dimension")
    end = sheet.index(b"/>", start) + 2
    lied = sheet[:start] + b'<dimension ref="A1:XFD1048576"/>' + sheet[end:]
    return _rewritten(folder, "lying_dimension.xlsx", {SHEET: lied})


def many_parts(folder: Path, count: int = 5_000) -> Path:
    """A workbook followed by thousands of empty XML parts, each of which would be opened."""
    path = _rewritten(folder, "many_parts.xlsx", {})
    with zipfile.ZipFile(path, "a") as archive:
        for number in range(count):
            archive.writestr(f"xl/customXml/item{number}.xml", b"<a/>")
    return path


CORPUS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "whitespace bomb": (whitespace_bomb, "refused: its part xl/worksheets/sheet1.xml would"),
    "shared-strings bomb": (shared_strings_bomb, "refused: its part xl/sharedStrings.xml would"),
    "dense padding": (
        dense_padding, "refused: sheet Loans unpacks to 17 MB of XML with only 4 rows"
    ),
    "cell at XFD1048576": (
        far_cell, "refused: sheet Loans has cells as far as row 1,048,576 and column XFD"
    ),
    "cell at IV999999": (
        lambda folder: far_cell(folder, "IV999999"),
        "refused: sheet Loans has cells as far as row 999,999 and column IV",
    ),
    "many parts": (many_parts, "refused: the archive holds 5,0"),
}
"""Name → (builder, the start of the one-line refusal after the file name)."""


def _sheet(folder: Path) -> bytes:
    with zipfile.ZipFile(good_workbook(folder, "base.xlsx")) as archive:
        return archive.read(SHEET)


def _sheet_halves(folder: Path) -> tuple[bytes, bytes]:
    """The base sheet's XML cut where rows end, so padding or rows can go between."""
    sheet = _sheet(folder)
    cut = sheet.index(b"</sheetData>")
    return sheet[:cut], sheet[cut:]


def _base_parts(folder: Path, without: str) -> dict[str, bytes]:
    """The base tape's parts but ``without`` (which the caller writes itself)."""
    with zipfile.ZipFile(good_workbook(folder, "base.xlsx")) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != without}


def _rewritten(folder: Path, name: str, parts: dict[str, bytes]) -> Path:
    """A copy of the base tape with ``parts`` replaced."""
    base = good_workbook(folder, "base.xlsx")
    target = folder / name
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, parts.get(info.filename, old.read(info.filename)))
    return target


def _repeated(head: bytes, block: bytes, times: int, tail: bytes) -> tuple[bytes, int, int]:
    """Raw deflate data, CRC-32 and size of ``head + block * times + tail``.

    After a full flush deflate starts afresh, so every copy of ``block`` packs to the same
    bytes: the block is packed twice (to check that) and the bytes repeated.
    """
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    second = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert first == second
    end = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    return start + first * times + end, crc, len(head) + len(block) * times + len(tail)


def _write_zip(
    path: Path, parts: dict[str, bytes], packed: tuple[str, bytes, int, int]
) -> Path:
    """A zip of ``parts`` (deflated here) and one part already packed: (name, data, crc, size)."""
    entries = [(name, _deflate(data), zlib.crc32(data), len(data)) for name, data in parts.items()]
    entries.append(packed)
    directory = b""
    with path.open("wb") as out:
        for name, data, crc, size in entries:
            offset = out.tell()
            encoded = name.encode()
            fields = struct.pack("<HHHHHIII", 20, 0, 8, 0, 0x21, crc, len(data), size)
            out.write(b"PK\x03\x04" + fields + struct.pack("<HH", len(encoded), 0) + encoded)
            out.write(data)
            directory += (
                b"PK\x01\x02"
                + struct.pack("<HHHHHHIII", 20, 20, 0, 8, 0, 0x21, crc, len(data), size)
                + struct.pack("<HHHHHII", len(encoded), 0, 0, 0, 0, 0, offset)
                + encoded
            )
        start = out.tell()
        out.write(directory)
        count = len(entries)
        out.write(b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, count, count,
                                              len(directory), start, 0))
    return path


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()
