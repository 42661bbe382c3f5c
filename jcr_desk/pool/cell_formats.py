"""Which cell styles of a workbook change what a number means: percent and scaled formats.

Calamine gives cell values only, and two number formats change what a value means:
``0.000%`` shows 0.0125 as 1.250 %, so a rate cell holding 0.0125 under a "金利（%）" header
is a fraction, not 0.0125 %; and ``#,##0,`` shows 45,000,000 as 45,000, so a column headed
"残高（千円）" in that format holds yen. The styles part (``xl/styles.xml``) says which cell
style (the ``s`` index of a cell) has which number format; the sheet scan then finds the cells
in those styles.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import Final
from xml.etree.ElementTree import ParseError

from defusedxml import ElementTree as SafeTree

PERCENT: Final = "percent"
"""The cell shows its value x 100 with a percent sign: the value is a fraction."""
THOUSANDS: Final = "thousands"
"""The cell shows its value / 1,000 (``#,##0,``): the value is in units, shown in thousands."""
FORMAT_KINDS: Final = (PERCENT, THOUSANDS)

_STYLES_PART: Final = "xl/styles.xml"
_MAIN: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_BUILTIN_PERCENT: Final = frozenset({9, 10})
"""Excel's built-in number formats 9 ("0%") and 10 ("0.00%")."""
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
"""Quoted text, escaped characters, [colour/condition] and padding in a format code."""
_PLACEHOLDERS: Final = "0#?"


def style_kinds(archive: zipfile.ZipFile) -> dict[int, str]:
    """Cell-style index → format kind, for the styles whose number format is percent or
    scaled to thousands; empty when the workbook has no styles part or none of these."""
    if _STYLES_PART not in archive.namelist():
        return {}
    try:
        root = SafeTree.fromstring(archive.read(_STYLES_PART))
    except (ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError):
        return {}  # calamine reads values without the styles; the plausibility ranges decide
    codes = {
        int(item.get("numFmtId", "-1")): item.get("formatCode", "")
        for item in root.iter(f"{_MAIN}numFmt")
    }
    cell_xfs = root.find(f"{_MAIN}cellXfs")
    kinds: dict[int, str] = {}
    for index, xf in enumerate([] if cell_xfs is None else cell_xfs.iter(f"{_MAIN}xf")):
        number_format = int(xf.get("numFmtId", "0"))
        kind = PERCENT if number_format in _BUILTIN_PERCENT else format_kind(
            codes.get(number_format, "")
        )
        if kind is not None:
            kinds[index] = kind
    return kinds


def format_kind(code: str) -> str | None:
    """The kind of a number-format code (its first section, for positive numbers)."""
    section = _LITERALS.sub("", code).split(";", 1)[0]
    if "%" in section:
        return PERCENT
    for position, character in enumerate(section):
        if character != "," or position == 0 or section[position - 1] not in _PLACEHOLDERS:
            continue
        following = section[position + 1 : position + 2]
        if not following or following not in _PLACEHOLDERS:
            return THOUSANDS
    return None
