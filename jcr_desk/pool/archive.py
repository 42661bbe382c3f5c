"""The zip container of an .xlsx/.xlsm/.xlsb/.ods tape, checked before anything inflates it.

A zip bomb needs no exploit: a 1.5 MB part of whitespace unpacks to 1.6 GB and keeps any
reader busy for minutes. So the archive's directory is judged first, as Apache POI's
ZipSecureFile does: how many parts, how much each unpacks compared with its packed size (real
tapes about 10x) and how much all of them unpack to (scaled to the largest tape the Desk
reads). The declared sizes can be trusted for this: Python's ``zipfile`` and calamine's zip
reader both stop a part that inflates beyond its declared size. Then the prolog of every XML
part is read (a DTD means an entity bomb), and the workbook's own facts: the 1904 date flag
and which XML part holds which sheet. The limits are Desk defaults in
``resources/pool/limits.toml``, each with its reason.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any, Final
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeTree

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import problem_text
from jcr_desk.pool.settings import pool_defaults

WORKBOOK_PARTS: Final = ("xl/workbook.xml", "xl/workbook.bin", "content.xml")
_XML_PARTS: Final = (".xml", ".rels", ".vml")
_MAIN: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REL_ID: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MB: Final = 1e6

Refuse = Callable[[Text], Exception]
"""Builds the exception that refuses the file, from the reason (the reader adds the name)."""

DAMAGED: Final = problem_text(
    QT_TRANSLATE_NOOP(
        "TapeProblems",
        "the file is damaged (truncated or corrupted); ask the originator to resend it",
    )
)


def limits() -> dict[str, Any]:
    """The reader's Desk-default limits (``resources/pool/limits.toml``), dotted key → value."""
    return pool_defaults("limits.toml")


def unpacked_limit() -> int:
    """Bytes all parts of a workbook may unpack to: the largest tape the rulebook allows."""
    settings = limits()
    return settings["max_loans"] * settings["unpacked_bytes_per_loan"] + settings[
        "unpacked_fixed_bytes"
    ]


def check_directory(archive: zipfile.ZipFile, refuse: Refuse) -> None:
    """Refuse an archive with too many parts, a part that inflates like a bomb, or too much
    in all, from the zip directory alone (nothing is unpacked)."""
    settings = limits()
    infos = archive.infolist()
    if len(infos) > settings["max_parts"]:
        raise refuse(problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "refused: the archive holds {parts:,} parts; a workbook has a few dozen (the "
                "Desk reads at most {most:,}): not a loan tape",
            ),
            parts=len(infos),
            most=settings["max_parts"],
        ))
    ratio, grace = settings["max_inflate_ratio"], settings["inflate_ratio_grace_bytes"]
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > grace and info.file_size > ratio * packed:
            raise refuse(problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems",
                    "refused: its part {part} would unpack from {packed} to {unpacked} "
                    "({ratio}x; real tapes unpack about 10x and the Desk refuses above "
                    "{limit}x): a zip bomb, not a loan tape",
                ),
                part=info.filename,
                packed=_megabytes(info.compress_size),
                unpacked=_megabytes(info.file_size),
                ratio=f"{info.file_size / packed:,.0f}",
                limit=f"{ratio:,}",
            ))
    total = sum(info.file_size for info in infos)
    limit = unpacked_limit()
    if total > limit:
        raise refuse(problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "refused: its parts would unpack to {unpacked}, above the {limit} a tape of "
                "{loans:,} loans needs (a zip bomb or not a loan tape)",
            ),
            unpacked=_megabytes(total),
            limit=_megabytes(limit),
            loans=settings["max_loans"],
        ))
    names = {info.filename for info in infos}
    if not names.intersection(WORKBOOK_PARTS):
        raise refuse(problem_text(QT_TRANSLATE_NOOP(
            "TapeProblems", "not a spreadsheet: the file is a zip archive without a workbook"
        )))


def check_prologs(archive: zipfile.ZipFile, refuse: Refuse) -> None:
    """Refuse a DTD before the root element of any XML part: entity bombs live there."""
    for info in archive.infolist():
        if not info.filename.endswith(_XML_PARTS):
            continue
        try:
            with archive.open(info.filename) as part:
                for _event in SafeTree.iterparse(part, events=("start",), forbid_dtd=True):
                    break
        except DefusedXmlException:
            raise refuse(problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems",
                    "refused: its part {part} declares a DTD or entities (an XML entity bomb)",
                ),
                part=info.filename,
            )) from None
        except (ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError):
            raise refuse(DAMAGED) from None


def workbook_facts(archive: zipfile.ZipFile, refuse: Refuse) -> tuple[bool, dict[str, str]]:
    """The 1904 date flag and each sheet's XML part, by sheet name."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names or "xl/_rels/workbook.xml.rels" not in names:
        return False, {}
    try:
        workbook = SafeTree.fromstring(archive.read("xl/workbook.xml"))
        rels = SafeTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (ParseError, zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise refuse(DAMAGED) from None
    properties = workbook.find(f"{_MAIN}workbookPr")
    flag = "" if properties is None else properties.get("date1904", "")
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels.iter(f"{_RELS}Relationship")}
    parts = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(_REL_ID), "")
        part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl", target))
        if part in names:
            parts[sheet.get("name", "")] = part
    return flag.lower() in ("1", "true"), parts


def _megabytes(size: int) -> str:
    """A size as the analyst reads it: "6 kB", "1.5 MB", "1,600 MB"."""
    if size < _MB:
        return f"{size / 1e3:,.0f} kB"
    return f"{size / _MB:,.1f} MB" if size < 10 * _MB else f"{size / _MB:,.0f} MB"
