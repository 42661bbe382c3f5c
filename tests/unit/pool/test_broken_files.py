"""Every hostile or broken file gets its one-line reason, and reading it changes nothing."""

from __future__ import annotations

import re

import pytest

from jcr_desk.pool import reader
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.tape import read_tape
from tests.unit.pool import broken_files

BOMB_LIMIT = 2_000_000

CASES = [
    (broken_files.renamed_text, "notes.xlsx: not a spreadsheet: the file is plain text"),
    (broken_files.renamed_png, "chart.xlsx: not a spreadsheet: the file is a PNG image"),
    (
        broken_files.password_protected,
        "protected.xlsx: the workbook is password-protected; remove the password in Excel and "
        "save again",
    ),
    (
        broken_files.truncated_zip,
        "truncated.xlsx: the file is damaged (truncated or corrupted); ask the originator to "
        "resend it",
    ),
    (broken_files.empty_workbook, "empty.xlsx: the workbook is empty (no sheet has a filled cell)"),
    (
        broken_files.no_header,
        "no_header.xlsx, sheet Data: no header row found in the first 30 rows",
    ),
    (
        lambda folder: broken_files.zip_bomb(folder, 3 * BOMB_LIMIT),
        "bomb.xlsx: refused: its part xl/media/padding.bin would unpack from 6 kB to 6.3 MB "
        "(1,0",
    ),
    (
        lambda folder: broken_files.big_part(folder, 3 * BOMB_LIMIT),
        "big.xlsx: refused: its parts would unpack to 6.0 MB, above the 2.0 MB a tape of "
        "1,000 loans needs (a zip bomb or not a loan tape)",
    ),
    (
        broken_files.entity_bomb,
        "laughs.xlsx: refused: its part xl/sharedStrings.xml declares a DTD or entities "
        "(an XML entity bomb)",
    ),
]


@pytest.fixture(autouse=True)
def _small_tapes_only(monkeypatch):
    """Tapes of at most 1,000 loans (2 MB unpacked) let a test build a file beyond the limit
    in a blink."""
    settings = reader.limits()
    for key, value in {"max_loans": 1_000, "unpacked_bytes_per_loan": 2_000,
                       "unpacked_fixed_bytes": 0}.items():
        monkeypatch.setitem(settings, key, value)


@pytest.mark.parametrize(("make", "message"), CASES)
def test_read_sheet_refuses_with_one_line(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(TapeError) as raised:
        reader.read_sheet(path)
    text = str(raised.value)
    assert text.startswith(message)
    assert "\n" not in text


@pytest.mark.parametrize(("make", "message"), CASES)
def test_read_tape_refuses_and_nothing_else_happens(tmp_path, monkeypatch, make, message):
    path = make(tmp_path)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    reported: list[float] = []
    with pytest.raises(TapeError) as raised:
        read_tape(path, progress=lambda fraction, _message: reported.append(fraction))
    assert str(raised.value).startswith(message)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == before
    assert not reported or max(reported) < 1.0


def test_the_zip_bomb_is_refused_before_any_part_is_unpacked(tmp_path, monkeypatch):
    path = broken_files.zip_bomb(tmp_path, 3 * BOMB_LIMIT)
    opened: list[str] = []
    original = reader.zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return original(self, name, *args, **kwargs)

    monkeypatch.setattr(reader.zipfile.ZipFile, "open", spy)
    with pytest.raises(TapeError, match="zip bomb"):
        reader.read_sheet(path)
    assert opened == []


def test_error_values_are_problems_of_their_cells(tmp_path):
    tape = read_tape(broken_files.error_cells(tmp_path))
    found = {(p.row, p.column, p.value) for p in tape.problems if p.severity == "error"}
    assert (3, "B", "#N/A") in found
    assert (4, "C", "#DIV/0!") in found
    assert tape.error_rows == {3, 4}
    assert tape.importable()["loan_id"].tolist() == ["L001"]


def test_a_missing_file_is_a_tape_error(tmp_path):
    with pytest.raises(TapeError, match=r"^absent\.xlsx: the file cannot be opened"):
        read_tape(tmp_path / "absent.xlsx")


#: Words a Japanese refusal keeps as they are: formats, encodings, units, Excel's own name.
KEPT = {"Desk", "Excel", "DTD", "XML", "ZIP", "CSV", "PNG", "UTF", "Shift_JIS", "MB", "kB"}


@pytest.mark.parametrize(("make", "message"), CASES)
def test_a_refusal_reads_in_japanese_naming_the_same_file(tmp_path, make, message):
    from jcr_desk import i18n

    path = make(tmp_path)
    with pytest.raises(TapeError) as raised:
        read_tape(path)
    error = raised.value
    assert str(error.sentence) == str(error)  # the English stays the log's and the JSON's
    i18n.set_language("ja")
    try:
        japanese = error.sentence.translated()
    finally:
        i18n.set_language("en")
    assert japanese.startswith(path.name)
    rest = " ".join(word for word in japanese.split() if "/" not in word and "." not in word)
    english = [w for w in re.findall(r"[A-Za-z_]{2,}", rest.replace(path.name, " "))
               if w not in KEPT and w != "Data"]  # "Data": the test sheet's name
    assert english == [], japanese
