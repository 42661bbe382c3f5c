"""The main window driven as a user would: menus, dialogs (patched), drag and drop, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from jcr_desk.case import load_case
from jcr_desk.ui.dialogs.case_details_dialog import CaseDetailsDialog
from tests.gui.conftest import wait_idle

Button = QMessageBox.StandardButton


def open_via_menu(qtbot, window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(path), "JCR Desk case (*.jcrcase)"),
    )
    window.open_action.trigger()
    wait_idle(qtbot, window)


def rename_case_via_dialog(qtbot, window, monkeypatch, new_name: str) -> None:
    """Edit → Case details…, type a new case name, press OK."""

    def fill_and_accept(dialog: CaseDetailsDialog) -> int:
        dialog.case_name.clear()
        qtbot.keyClicks(dialog.case_name, new_name)
        return CaseDetailsDialog.DialogCode.Accepted

    monkeypatch.setattr(CaseDetailsDialog, "exec", fill_and_accept)
    window.details_action.trigger()


def test_window_has_the_five_tabs(window):
    titles = [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]
    assert titles == ["Group structure", "Pool", "Stress & enhancement", "ABCP program",
                      "Committee"]


def test_open_shows_the_case_in_every_tab(qtbot, window, monkeypatch, case_file, demo_case,
                                          errors):
    open_via_menu(qtbot, window, monkeypatch, case_file)

    assert errors == []
    assert window.document.path == case_file
    assert window.windowTitle().startswith("group[*]")
    roots = [e for e in demo_case.entities if e.parent_id is None]
    tree = window.group_tab.tree_panel.model
    assert tree.rowCount() == len(roots)
    holding = next(e for e in roots if e.role == "holding")
    children = [e for e in demo_case.entities if e.parent_id == holding.id]
    assert tree.rowCount(tree.index_of(holding.id)) == len(children) >= 3
    assert window.pool_tab.loan_model.rowCount() == len(demo_case.pools[0].loans)
    assert window.stress_tab.tranche_model.rowCount() == 3
    assert window.committee_tab.fields["issuer"].text() == demo_case.committee.issuer
    assert window.settings.recent_files()[0] == case_file.resolve()


def test_modified_mark_follows_edits_and_save_as(qtbot, window, monkeypatch, case_file,
                                                 tmp_path, errors):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    assert not window.isWindowModified()

    rename_case_via_dialog(qtbot, window, monkeypatch, "Renamed committee")
    assert window.isWindowModified()
    assert window.committee_tab.fields["case_name"].text() == "Renamed committee"

    target = tmp_path / "copy"  # the suffix is added for the user
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "JCR Desk case (*.jcrcase)"),
    )
    window.save_as_action.trigger()
    wait_idle(qtbot, window)

    saved = target.with_name("copy.jcrcase")
    assert errors == []
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert load_case(saved).committee.case_name == "Renamed committee"
    assert load_case(case_file).committee.case_name != "Renamed committee"


def test_undo_and_redo_an_edit(qtbot, window, monkeypatch, case_file):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    before = window.document.case.committee.case_name

    rename_case_via_dialog(qtbot, window, monkeypatch, "After edit")
    assert window.undo_action.isEnabled()
    assert "Edit case details" in window.undo_action.text()

    window.undo_action.trigger()
    assert window.document.case.committee.case_name == before
    assert window.committee_tab.fields["case_name"].text() == before
    assert not window.isWindowModified()

    window.redo_action.trigger()
    assert window.document.case.committee.case_name == "After edit"
    assert window.isWindowModified()
    assert window.document.case.audit[-1].action == "case details edited"


def test_close_with_unsaved_changes_asks(qtbot, window, monkeypatch, case_file):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    window.show()
    rename_case_via_dialog(qtbot, window, monkeypatch, "Unsaved")
    asked: list[str] = []

    def answer(choice):
        def ask(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return choice

        return ask

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", answer(Button.Cancel))
    window.close()
    assert asked and "Save the changes" in asked[0]
    assert window.isVisible()

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", answer(Button.Save))
    window.close()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert load_case(case_file).committee.case_name == "Unsaved"


def test_close_and_discard_leaves_the_file_alone(qtbot, window, monkeypatch, case_file):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    window.show()
    rename_case_via_dialog(qtbot, window, monkeypatch, "Thrown away")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: Button.Discard
    )
    window.close()
    assert not window.isVisible()
    assert load_case(case_file).committee.case_name != "Thrown away"


def test_dropping_a_case_file_opens_it(qtbot, window, case_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(case_file))])
    position = QPoint(20, 20).toPointF()
    enter = QDragEnterEvent(
        position.toPoint(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()

    drop = QDropEvent(
        position, Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    wait_idle(qtbot, window)
    assert window.document.path == case_file


def test_dropping_another_kind_of_file_is_refused(window, tmp_path):
    other = tmp_path / "tape.xlsx"
    other.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_a_damaged_file_gives_a_plain_message_and_keeps_the_case(
    qtbot, window, monkeypatch, tmp_path, errors
):
    broken = tmp_path / "broken.jcrcase"
    broken.write_text("this is not a case", encoding="utf-8")
    before = window.document.case

    open_via_menu(qtbot, window, monkeypatch, broken)

    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Could not open the case"
    assert "broken.jcrcase" in message and "Traceback" not in message
    assert window.document.case is before
    assert window.document.path is None


def test_new_case_after_edit_asks_first(qtbot, window, monkeypatch, case_file):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    rename_case_via_dialog(qtbot, window, monkeypatch, "Edited")
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: Button.Cancel)
    window.new_action.trigger()
    assert window.document.path == case_file

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: Button.Discard)
    window.new_action.trigger()
    assert window.document.path is None
    assert window.document.case.entities == []
    assert not window.isWindowModified()


def test_case_details_dialog_round_trips_every_field(qtbot, demo_case):
    dialog = CaseDetailsDialog(demo_case.committee)
    qtbot.addWidget(dialog)
    assert dialog.info() == demo_case.committee

    dialog.has_date.setChecked(False)
    dialog.analysts.setText(" Sato ,  , Tanaka ")
    info = dialog.info()
    assert info.committee_date is None
    assert info.analysts == ["Sato", "Tanaka"]
    assert isinstance(demo_case.committee.committee_date, date)
