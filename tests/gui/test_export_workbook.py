"""The committee workbook from the window: export with progress and Cancel, then Open or Show
in folder; a scenario imported back from an edited workbook as one undoable edit."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from jcr_desk.case import load_case, save_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.progress import Cancelled
from jcr_desk.reports import export_workbook
from jcr_desk.ui.export import files

from .conftest import wait_idle


def _open(qtbot, window, case_file: Path) -> None:
    window.files.open_path(case_file)
    wait_idle(qtbot, window)


def test_export_from_the_file_menu_then_open(qtbot, window, case_file, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(files, "ask_after_export", lambda _parent, _report: files.OPEN)
    monkeypatch.setattr(files, "open_path", opened.append)
    _open(qtbot, window, case_file)
    assert window.export_action.isEnabled()
    window.export_action.trigger()
    dialog = window.workbook.dialog
    target = tmp_path / "pack"
    dialog.path_edit.setText(str(target))
    dialog.loans_box.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [tmp_path / "pack.xlsx"]
    assert load_workbook(opened[0], read_only=True).sheetnames[-1] == "Loans"
    assert not dialog.isVisible()


def test_the_committee_tab_button_exports_and_shows_the_folder(
    qtbot, window, case_file, tmp_path, monkeypatch
):
    opened: list[Path] = []
    monkeypatch.setattr(files, "ask_after_export", lambda _parent, _report: files.SHOW)
    monkeypatch.setattr(files, "open_path", opened.append)
    _open(qtbot, window, case_file)
    window.tabs.setCurrentWidget(window.committee_tab)
    button = window.committee_tab.findChild(QPushButton, "exportWorkbookButton")
    button.click()
    dialog = window.workbook.dialog
    dialog.path_edit.setText(str(tmp_path / "committee.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [tmp_path]


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot, window, case_file, tmp_path, monkeypatch
):
    started = threading.Event()

    def slow_export(case, path, include_loans=False, progress=None, cancel=None, *, scenario=None):
        started.set()
        while not cancel.cancelled:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.01)
        raise Cancelled()

    monkeypatch.setattr("jcr_desk.ui.export.export_dialog.export_workbook", slow_export)
    _open(qtbot, window, case_file)
    window.export_action.trigger()
    dialog = window.workbook.dialog
    dialog.path_edit.setText(str(tmp_path / "committee.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10_000)
    assert dialog.status.text() == "Cancelled: nothing was written."
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not (tmp_path / "committee.xlsx").exists()


def test_a_scenario_comes_back_from_an_edited_workbook(
    qtbot, window, case_file, tmp_path, monkeypatch
):
    case = load_case(case_file)
    case.results = [run_scenario(case, case.scenarios[0].id)]
    save_case(case, case_file)
    workbook = export_workbook(case, tmp_path / "committee.xlsx").path
    book = load_workbook(workbook)
    sheet, ref = next(iter(book.defined_names["cpr"].destinations))
    book[sheet][ref.replace("$", "")].value = 0.09
    book.save(workbook)
    shown: list[list[str]] = []
    monkeypatch.setattr(files, "choose_workbook_to_import", lambda _parent: str(workbook))
    monkeypatch.setattr(
        "jcr_desk.ui.export.workbook_actions.ask_reason",
        lambda _parent, _title: "committee asked for a higher CPR",
    )
    monkeypatch.setattr(files, "show_changes", lambda _p, _name, changed: shown.append(changed))
    _open(qtbot, window, case_file)
    window.workbook.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown == [["assumptions.cpr: 0.06 → 0.09"]]
    assert window.document.case.scenarios[0].assumptions.cpr == 0.09
    assert "committee asked for a higher CPR" in window.document.case.audit[-1].detail
    window.undo_action.trigger()
    assert window.document.case.scenarios[0].assumptions.cpr == 0.06


def test_an_invalid_workbook_cell_is_reported_not_imported(
    qtbot, window, case_file, tmp_path, monkeypatch, errors
):
    workbook = export_workbook(load_case(case_file), tmp_path / "committee.xlsx").path
    book = load_workbook(workbook)
    sheet, ref = next(iter(book.defined_names["cpr"].destinations))
    book[sheet][ref.replace("$", "")].value = 2
    book.save(workbook)
    monkeypatch.setattr(files, "choose_workbook_to_import", lambda _parent: str(workbook))
    _open(qtbot, window, case_file)
    window.workbook.import_action.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    title, message = errors[0]
    assert title == "Scenario not imported"
    assert message.startswith(f"committee.xlsx: sheet Assumptions, cell {ref.replace('$', '')} ")
    assert window.document.case.scenarios[0].assumptions.cpr == 0.06
