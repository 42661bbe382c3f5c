"""A Japanese analyst reads the window's refusals of files in Japanese (issue 21): a bad
scenario file, an edited workbook without its Assumptions sheet, a rating history with bad
lines, a workbook or drafts that cannot be written. Only data stays as written: file, sheet
and folder names, the keys of a scenario file and the values found in the file."""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import load_case
from jcr_desk.case.document.scenario_file import write_scenario_file
from jcr_desk.i18n import catalogue_path
from jcr_desk.reports import export_workbook
from jcr_desk.ui.export import files
from jcr_desk.ui.stress import scenario_files
from jcr_desk.ui.translations import install_language
from tests.gui.conftest import wait_idle
from tests.gui.language_walk import english_words

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def japanese(qapp):
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    yield install_language("ja")
    install_language("en")


def _assert_japanese(text: str, *data: str) -> None:
    assert _JAPANESE.search(text), text
    assert english_words(text, frozenset(data)) == [], text


def test_a_bad_scenario_file_is_refused_in_japanese(
    qtbot, japanese, stress_tab, case_file, tmp_path, monkeypatch, errors
):
    case = load_case(case_file)
    path = write_scenario_file(case, case.scenarios[0], tmp_path / "deal.toml")
    path.write_text(path.read_text("utf-8").replace("format = 1", "format = 7"), "utf-8")
    monkeypatch.setattr(scenario_files, "choose_import_path", lambda *_a: str(path))
    stress_tab.scenario_buttons.import_button.click()
    title, message = errors[-1]
    _assert_japanese(title)
    _assert_japanese(message, str(path), "format")


def test_a_workbook_without_assumptions_is_refused_in_japanese(
    qtbot, japanese, window, case_file, tmp_path, monkeypatch, errors
):
    workbook = export_workbook(load_case(case_file), tmp_path / "committee.xlsx").path
    book = load_workbook(workbook)
    book.remove(book["Assumptions"])
    book.save(workbook)
    monkeypatch.setattr(files, "choose_workbook_to_import", lambda _parent: str(workbook))
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    window.workbook.import_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    title, message = errors[-1]
    _assert_japanese(title)
    _assert_japanese(message, "committee.xlsx", "Assumptions")


def test_a_rating_history_with_bad_lines_is_refused_in_japanese(
    qtbot, japanese, stress_tab, window, tmp_path, errors
):
    book = Workbook()
    sheet = book.active
    sheet.title = "History"
    sheet.append(["Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction"])
    sheet.append(["Issuer", "Bonds", "soon", "AA-", "Stable"])
    sheet.append(["Issuer", None, date(2005, 8, 29), "AA-minus", "Sideways"])
    book.save(tmp_path / "bad.xlsx")
    history = window.committee_tab.history
    before = list(window.document.case.history)
    history.import_file(tmp_path / "bad.xlsx")
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    title, message = errors[-1]
    data = ("bad.xlsx", "History", "'soon'", "'AA-minus'", "'Sideways'")
    _assert_japanese(title)
    _assert_japanese(message, *data)
    assert len(message.splitlines()) == 5  # the summary, then each problem on its own line
    _assert_japanese(history.status.text(), *data)
    assert window.document.case.history == before


def test_a_workbook_to_a_missing_folder_is_refused_in_japanese(
    qtbot, japanese, window, case_file, tmp_path, errors
):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    window.export_action.trigger()
    dialog = window.workbook.dialog
    target = tmp_path / "gone" / "committee.xlsx"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
    title, message = errors[-1]
    _assert_japanese(title)
    _assert_japanese(message, "committee.xlsx", str(target.parent))
    dialog.reject()


def test_drafts_into_a_file_are_refused_in_japanese(
    qtbot, japanese, stress_tab, window, tmp_path, errors
):
    (tmp_path / "taken").write_text("a file")
    folder = tmp_path / "taken" / "drafts"
    committee = window.committee_tab
    committee.preview.export_to(folder)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    title, message = errors[-1]
    _assert_japanese(title)
    _assert_japanese(message, str(folder))
    _assert_japanese(committee.preview.status.text(), str(folder))


def test_the_cells_an_export_cleaned_are_listed_in_japanese(
    qtbot, japanese, demo_case, tmp_path, monkeypatch
):
    case = demo_case.snapshot()
    case.committee.case_name = "Deal\x07 with a bell"
    report = export_workbook(case, tmp_path / "committee.xlsx")
    assert report.notices
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    files.ask_after_export(None, report)
    (box,) = boxes
    _assert_japanese(box.informativeText(), "Cover")  # the sheet as its tab is named
    for line in box.detailedText().splitlines():
        _assert_japanese(line, "Cover", "\ufffd")
