"""Every refusal of an export, a draft, a scenario file, a workbook's Assumptions sheet and a
rating-history file reads in Japanese when the analyst chose Japanese (issue 21), and in the
same English as before otherwise.

Each case below triggers one refusal with the bad inputs of the modules' own tests and names
the data its message may quote as written (file, sheet and folder names, cell references, the
values found in the file, a parser's own detail).
"""

from __future__ import annotations

import errno
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jcr_desk import i18n
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.file_reasons import os_reason
from jcr_desk.case.document.history_file import HistoryFileError, read_history, write_history
from jcr_desk.case.document.model import Case
from jcr_desk.case.document.scenario_file import (
    ImportScenario,
    ScenarioFileError,
    read_scenario_file,
    write_scenario_file,
)
from jcr_desk.reports import ExportError, export_workbook, read_workbook_scenario
from jcr_desk.reports.drafts import DraftExportError, write_drafts
from jcr_desk.reports.safe_text import CELL_LIMIT, clean_text_saying
from jcr_desk.reports.workbook import cannot_write
from tests.gui.language_walk import english_words
from tests.unit.case.seed_000_history import ROWS

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass
class Where:
    """The inputs every refusal starts from: the demo case, its scenario file and workbook."""

    case: Case
    folder: Path
    toml: Path
    workbook: Path


@pytest.fixture(scope="module")
def where(tmp_path_factory) -> Where:
    folder = tmp_path_factory.mktemp("refusals")
    case = build_demo_case(loans=40, seed=5)
    toml = write_scenario_file(case, case.scenarios[0], folder / "deal.toml")
    workbook = export_workbook(case, folder / "committee.xlsx").path
    return Where(case, folder, toml, workbook)


Refusal = Callable[[Where, Path], tuple[BaseException, set[str]]]


def _caught(kind: type[BaseException], action: Callable[[], object]) -> BaseException:
    with pytest.raises(kind) as caught:
        action()
    return caught.value


def _bad_toml(where: Where, tmp: Path, edit: Callable[[str], str]) -> BaseException:
    path = tmp / "deal.toml"
    path.write_text(edit(where.toml.read_text("utf-8")), "utf-8")
    return _caught(ScenarioFileError, lambda: read_scenario_file(where.case, path))


def _bad_sheet(where: Where, tmp: Path, edit: Callable[[Workbook], None]) -> BaseException:
    book = load_workbook(where.workbook)
    edit(book)
    path = tmp / "edited.xlsx"
    book.save(path)
    return _caught(ScenarioFileError, lambda: read_workbook_scenario(where.case, path))


def _named_cell(book: Workbook, name: str):
    sheet, ref = next(iter(book.defined_names[name].destinations))
    return book[sheet][ref.replace("$", "")]


def _set_cell(name: str, value: object) -> Callable[[Workbook], None]:
    def edit(book: Workbook) -> None:
        _named_cell(book, name).value = value

    return edit


_SHEET_HEADERS = ("Key", "Field", "Value", "Unit", "Meaning")


def _no_header(book: Workbook) -> None:
    sheet = book["Assumptions"]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value in _SHEET_HEADERS:
                cell.value = None


def _history(tmp: Path, *lines: list[object], title: str = "History") -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for line in lines:
        sheet.append(line)
    book.save(tmp / "bad.xlsx")
    return tmp / "bad.xlsx"


_HEADER = ["Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction"]


def _export_missing_scenario(where: Where, tmp: Path):
    error = _caught(
        ExportError, lambda: export_workbook(where.case, tmp / "c.xlsx", scenario="Nope")
    )
    return error, {"'Nope'", *(repr(s.name) for s in where.case.scenarios)}


def _export_missing_folder(where: Where, tmp: Path):
    target = tmp / "gone" / "c.xlsx"
    return _caught(ExportError, lambda: export_workbook(where.case, target)), {
        "c.xlsx",
        str(target.parent),
    }


def _export_onto_a_folder(where: Where, tmp: Path):
    target = tmp / "c.xlsx"
    target.mkdir()
    return _caught(ExportError, lambda: export_workbook(where.case, target)), {str(target)}


def _cannot_write(number: int, reason: str) -> Refusal:
    def refusal(where: Where, tmp: Path):
        target = tmp / "c.xlsx"
        return ExportError(cannot_write(target, OSError(number, reason))), {str(target), reason}

    return refusal


def _drafts_folder_not_made(where: Where, tmp: Path):
    (tmp / "file").write_text("not a folder")
    target = tmp / "file" / "drafts"
    error = _caught(DraftExportError, lambda: write_drafts(where.case, target, ["en"], ["txt"]))
    return error, {str(target)}


def _draft_not_written(where: Where, tmp: Path):
    (tmp / "release_en.txt").mkdir()
    error = _caught(DraftExportError, lambda: write_drafts(where.case, tmp, ["en"], ["txt"]))
    return error, {"release_en.txt"}


def _toml_missing(where: Where, tmp: Path):
    path = tmp / "none.toml"
    return _caught(ScenarioFileError, lambda: read_scenario_file(where.case, path)), {str(path)}


def _toml_broken(where: Where, tmp: Path):
    text = where.toml.read_text("utf-8") + "\n[[["
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        detail = str(error)
    return _bad_toml(where, tmp, lambda _t: text), {str(tmp / "deal.toml"), detail}


def _toml_edit(edit: Callable[[str], str], *data: str) -> Refusal:
    def refusal(where: Where, tmp: Path):
        return _bad_toml(where, tmp, edit), {str(tmp / "deal.toml"), *data}

    return refusal


def _workbook_missing(where: Where, tmp: Path):
    path = tmp / "none.xlsx"
    error = _caught(ScenarioFileError, lambda: read_workbook_scenario(where.case, path))
    return error, {str(path)}


def _workbook_not_excel(where: Where, tmp: Path):
    path = tmp / "not.xlsx"
    path.write_text("plain text")
    error = _caught(ScenarioFileError, lambda: read_workbook_scenario(where.case, path))
    return error, {"not.xlsx", "File is not a zip file"}


def _sheet_edit(edit: Callable[[Workbook], None], *data: str) -> Refusal:
    def refusal(where: Where, tmp: Path):
        return _bad_sheet(where, tmp, edit), {"edited.xlsx", *data}

    return refusal


def _history_edit(*lines: list[object], data: tuple[str, ...] = ()) -> Refusal:
    def refusal(where: Where, tmp: Path):
        path = _history(tmp, *lines)
        return _caught(HistoryFileError, lambda: read_history(path)), {"bad.xlsx", *data}

    return refusal


def _history_not_a_workbook(where: Where, tmp: Path):
    path = tmp / "bad.xlsx"
    path.write_bytes(b"%PDF-1.4 not a workbook")
    return _caught(HistoryFileError, lambda: read_history(path)), {"bad.xlsx", "PDF"}


def _history_folder_missing(where: Where, tmp: Path):
    target = tmp / "gone" / "h.xlsx"
    error = _caught(HistoryFileError, lambda: write_history(ROWS[:2], target, "en"))
    return error, {"h.xlsx", str(target.parent)}


def _history_not_written(where: Where, tmp: Path):
    target = tmp / "h.xlsx"
    target.mkdir()
    error = _caught(HistoryFileError, lambda: write_history(ROWS[:2], target, "en"))
    return error, {"h.xlsx"}


def _import_without_reason(where: Where, tmp: Path):
    imported = read_scenario_file(where.case, where.toml)
    command = ImportScenario(imported, "  ")
    return _caught(EditRefused, lambda: command.check(where.case)), {imported.name}


def _bad_lines(where: Where, tmp: Path):
    path = _history(
        tmp,
        _HEADER,
        ["Issuer", "Bonds", "soon", "AA-", "Stable"],
        ["Issuer", "Bonds", date(2004, 4, 1), "AA-minus", "Stable"],
        ["Issuer", None, date(2005, 8, 29), "AA-", "Sideways"],
    )
    error = _caught(HistoryFileError, lambda: read_history(path))
    return error, {"bad.xlsx", "History", "'soon'", "'AA-minus'", "'Sideways'"}


REFUSALS: dict[str, Refusal] = {
    "export: no such scenario": _export_missing_scenario,
    "export: folder missing": _export_missing_folder,
    "export: a folder, not a file": _export_onto_a_folder,
    "export: file open elsewhere": _cannot_write(errno.EACCES, "Permission denied"),
    "export: disk full": _cannot_write(errno.ENOSPC, "No space left on device"),
    "export: read-only": _cannot_write(errno.EROFS, "Read-only file system"),
    "export: other": _cannot_write(errno.EIO, "Input/output error"),
    "drafts: folder not made": _drafts_folder_not_made,
    "drafts: file not written": _draft_not_written,
    "scenario file: missing": _toml_missing,
    "scenario file: not TOML": _toml_broken,
    "scenario file: format": _toml_edit(lambda t: t.replace("format = 1", "format = 7"), "format"),
    "scenario file: unknown field": _toml_edit(lambda t: "turbo = 1\n" + t, "turbo"),
    "scenario file: no name": _toml_edit(
        lambda t: re.sub(r'(?m)^name = ".*"$', 'name = " "', t), "name"
    ),
    "scenario file: no such entity": _toml_edit(
        lambda t: t.replace('servicer = "Mitsukaze Bank, Ltd."', 'servicer = "Nobody"'),
        "structure.servicer",
        "'Nobody'",
    ),
    "scenario import: no reason": _import_without_reason,
    "workbook: missing": _workbook_missing,
    "workbook: not Excel": _workbook_not_excel,
    "workbook: no Assumptions sheet": _sheet_edit(
        lambda book: book.remove(book["Assumptions"]), "Assumptions"
    ),
    "workbook: no header row": _sheet_edit(_no_header, "Assumptions", *_SHEET_HEADERS),
    "workbook: formula": _sheet_edit(_set_cell("cpr", "=0.03*2"), "Assumptions", "assumptions.cpr"),
    "workbook: no such entity": _sheet_edit(
        _set_cell("servicer", "Nobody Bank"), "Assumptions", "structure.servicer", "'Nobody Bank'"
    ),
    "history: no header": _history_edit(["Name", "Value"], data=("Name", "Value")),
    "history: not a workbook": _history_not_a_workbook,
    "history: bad lines": _bad_lines,
    "history: no lines": _history_edit(_HEADER, data=("History",)),
    "history: more bad lines than shown": _history_edit(
        _HEADER, *([["Issuer", "Bonds", "soon", "AA-", "Stable"]] * 14), data=("History", "'soon'")
    ),
    "history: folder missing": _history_folder_missing,
    "history: not written": _history_not_written,
}

#: The English each refusal read before the Japanese interface ({tmp}: the test's folder).
ENGLISH = {
    "export: no such scenario": "The case has no scenario 'Nope' (it has {scenarios}).",
    "export: folder missing": "Cannot write c.xlsx: the folder {tmp}/gone does not exist.",
    "export: a folder, not a file": "Cannot write {tmp}/c.xlsx: it is a folder, not a file.",
    "export: file open elsewhere": "Cannot write {tmp}/c.xlsx: the file is open in another "
    "program (close it in Excel) or you may not write to that folder.",
    "export: disk full": "Cannot write {tmp}/c.xlsx: the disk is full.",
    "export: read-only": "Cannot write {tmp}/c.xlsx: the folder is read-only.",
    "export: other": "Cannot write {tmp}/c.xlsx: Input/output error.",
    "drafts: folder not made": "{tmp}/file/drafts: the folder could not be made (Not a directory)",
    "drafts: file not written": "release_en.txt: could not be written (Is a directory)",
    "scenario file: missing": "{tmp}/none.toml: no such file",
    "scenario file: format": "{tmp}/deal.toml: format: is 7; this JCR Desk reads format 1",
    "scenario file: unknown field": "{tmp}/deal.toml: turbo: is not a field of a scenario file",
    "scenario file: no name": "{tmp}/deal.toml: name: every scenario file names its scenario",
    "scenario file: no such entity": "{tmp}/deal.toml: structure.servicer: the case has no "
    "entity called 'Nobody'",
    "scenario import: no reason": "Import scenario {scenario}: an import is a recorded "
    "decision; give a reason.",
    "workbook: missing": "{tmp}/none.xlsx: no such file",
    "workbook: no Assumptions sheet": "edited.xlsx: has no Assumptions sheet; export a "
    "committee workbook from JCR Desk, edit its Assumptions sheet, then import it",
    "workbook: no header row": "edited.xlsx: sheet Assumptions: no header row (Key, Field, "
    "Value, Unit, Meaning); was the sheet exported by JCR Desk?",
    "history: no header": "bad.xlsx: no sheet has the rating history's header row (Issuer "
    "Name, Issue Name, Publication Date, Rating, Outlook/Direction, or the same in Japanese) "
    "in its first 20 rows",
    "history: not a workbook": "bad.xlsx: not a spreadsheet: the file is a PDF document",
    "history: bad lines": "bad.xlsx: 4 problem(s); nothing was imported.\n"
    "bad.xlsx, sheet History, row 2, column C (Publication Date): 'soon' is not a date\n"
    "bad.xlsx, sheet History, row 3, column D (Rating): 'AA-minus' is not a rating symbol\n"
    "bad.xlsx, sheet History, row 4, column B (Issue Name): empty\n"
    "bad.xlsx, sheet History, row 4, column E (Outlook/Direction): 'Sideways' is not an "
    "outlook or credit monitor direction",
    "history: no lines": "bad.xlsx, sheet History: the table has no rating lines.",
    "history: folder missing": "h.xlsx: the folder {tmp}/gone does not exist",
    "history: not written": "h.xlsx: could not be written (Is a directory)",
}


def _refused(name: str, where: Where, tmp: Path) -> tuple[BaseException, set[str]]:
    return REFUSALS[name](where, tmp)


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refusal_reads_in_japanese(name: str, where: Where, tmp_path: Path) -> None:
    error, data = _refused(name, where, tmp_path)
    i18n.set_language("ja")
    try:
        message = i18n.explained(error)
    finally:
        i18n.set_language("en")
    assert _JAPANESE.search(message), message
    assert english_words(message, frozenset(data)) == [], message


@pytest.mark.parametrize("name", sorted(ENGLISH))
def test_a_refusal_reads_as_before_in_english(name: str, where: Where, tmp_path: Path) -> None:
    error, _data = _refused(name, where, tmp_path)
    scenarios = ", ".join(repr(s.name) for s in where.case.scenarios)
    expected = ENGLISH[name].format(
        tmp=tmp_path, scenarios=scenarios, scenario=where.case.scenarios[0].name
    )
    assert str(error) == expected
    assert i18n.explained(error) == expected


def test_a_cell_the_scenario_checks_refuse_is_named_around_the_checks_own_sentence(
    where: Where, tmp_path: Path
) -> None:
    """A value out of range is refused by the stress inputs' own check; the workbook's frame
    (file, sheet, cell, key) is Japanese and the check's sentence is carried inside it, so it
    reads in Japanese wherever the check says it in Japanese."""
    error = _bad_sheet(where, tmp_path, _set_cell("cpr", 1.5))
    assert str(error).startswith("edited.xlsx: sheet Assumptions, cell ")
    assert "(assumptions.cpr): is 1.5; allowed: 0 to 1" in str(error)
    i18n.set_language("ja")
    try:
        message = i18n.explained(error)
    finally:
        i18n.set_language("en")
    assert message.startswith("edited.xlsx、シート Assumptions、セル ")
    assert "（assumptions.cpr）：" in message
    assert error.key == "assumptions.cpr" and error.problem.context == "StressInput"


def test_the_cleaned_cells_an_export_reports_read_in_japanese() -> None:
    _text, changes = clean_text_saying("a\x00b" + "x" * CELL_LIMIT)
    assert [str(change) for change in changes] == [
        "1 control character(s) replaced by \ufffd (a cell cannot hold them)",
        "text cut to 32,767 characters (Excel's limit for one cell); the full text stays in "
        "the case",
    ]
    i18n.set_language("ja")
    try:
        shown = [change.translated() for change in changes]
    finally:
        i18n.set_language("en")
    for line in shown:
        assert _JAPANESE.search(line) and english_words(line) == [], line


def test_a_known_system_reason_is_a_sentence_and_another_is_quoted_as_written() -> None:
    denied = os_reason(PermissionError(errno.EACCES, "Permission denied"))
    assert isinstance(denied, i18n.Text) and str(denied) == "Permission denied"
    assert denied.in_language("ja") == "アクセス権がありません"
    assert os_reason(OSError(errno.ENOTSUP, "Operation not supported")) == "Operation not supported"
    assert os_reason(OSError("no number")) == "no number"
