"""After a crash, opening the case itself (`jcr-desk CASE`, a double-click, File → Open)
offers the unsaved work whenever a recovery file for that case exists."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import load_case
from jcr_desk.case.document.recovery import pending_recoveries, write_recovery
from tests.gui.conftest import wait_idle

Button = QMessageBox.StandardButton


@pytest.fixture
def crashed(case_file):
    """JCR Desk stopped while "Work before the crash" was only autosaved."""
    work = load_case(case_file)
    work.committee.case_name = "Work before the crash"
    write_recovery(work, case_file)
    return case_file


def answer(monkeypatch, questions, button):
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda _p, _t, text, *a, **k: questions.append(text) or button,
    )


def test_opening_the_case_offers_its_recovery(qtbot, window, crashed, monkeypatch, questions,
                                              errors):
    answer(monkeypatch, questions, Button.Yes)
    window.files.open_path(crashed)  # what `jcr-desk CASE` does at start-up
    wait_idle(qtbot, window)
    assert len(questions) == 1 and "Recover it now?" in questions[0]
    assert window.document.path == crashed
    assert window.document.case.committee.case_name == "Work before the crash"
    assert window.isWindowModified() and errors == []
    window.save_action.trigger()
    wait_idle(qtbot, window)
    assert pending_recoveries() == []


def test_no_opens_the_saved_version_and_keeps_the_work(qtbot, window, crashed, monkeypatch,
                                                       questions):
    answer(monkeypatch, questions, Button.No)
    window.files.open_path(crashed)
    wait_idle(qtbot, window)
    assert window.document.case.committee.case_name != "Work before the crash"
    assert not window.isWindowModified()
    assert len(pending_recoveries()) == 1


def test_discard_deletes_the_unsaved_work(qtbot, window, crashed, monkeypatch, questions):
    answer(monkeypatch, questions, Button.Discard)
    window.files.open_path(crashed)
    wait_idle(qtbot, window)
    assert pending_recoveries() == []
    assert window.document.path == crashed


def test_another_cases_recovery_is_not_offered(qtbot, window, case_file, tmp_path,
                                               questions):
    other = tmp_path / "other.jcrcase"
    write_recovery(load_case(case_file), other)
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    assert questions == [] and window.document.path == case_file
    assert len(pending_recoveries()) == 1
