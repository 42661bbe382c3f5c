"""A case JCR Desk may not write to opens read-only with the reason in the title, every edit
control disabled and Save As the way out; another machine's lock can be taken over."""

from __future__ import annotations

import json
import pathlib
import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView

from jcr_desk.case import load_case
from jcr_desk.case.document.lock import LockInfo, lock_path, read_lock
from jcr_desk.ui import case_files
from jcr_desk.ui.dialogs.lock_dialog import LockChoice, lock_question
from tests.gui.conftest import wait_idle

SINCE = datetime(2026, 10, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def read_only_folder(monkeypatch, case_file: Path) -> Path:
    """The case's folder refuses new files, as a read-only share does (root ignores a
    folder's mode, so the refusal is made where JCR Desk creates files)."""
    folder = case_file.parent
    real_open = pathlib.Path.open

    def guarded(self, mode="r", *args, **kwargs):
        if self.parent == folder and any(flag in mode for flag in "wxa"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded)
    return folder


def edit_controls(window) -> dict[str, bool]:
    """Whether each kind of edit control can be used (enabled, counting its parents)."""
    group, stress, pool = window.group_tab, window.stress_tab, window.pool_tab
    tree = group.tree_panel.tree
    row = group.guideline_panel.rows["long_term"]
    return {
        "save": window.save_action.isEnabled(),
        "case details": window.details_action.isEnabled(),
        "import tape": window.import_tape_action.isEnabled(),
        "import button": pool.import_button.isEnabled(),
        "tape drops": pool.acceptDrops(),
        "add holding": group.tree_panel.add_holding_action.isEnabled(),
        "rename inline": tree.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers,
        "drag entities": tree.dragDropMode() != QAbstractItemView.DragDropMode.NoDragDrop,
        "entity form": group.form.ownership_box.isEnabled(),
        "accept guideline": row.accept_button.isEnabled() or row.override_button.isEnabled(),
        "countries": group.countries_panel.add_button.isEnabled(),
        "stress inputs": stress.base_case.fields["cpr"].isEnabled(),
        "multipliers": stress.multipliers.isEnabled(),
        "structure": stress.structure.isEnabled(),
        "scenario buttons": stress.scenario_buttons.new_button.isEnabled(),
        "run": stress.run_button.isEnabled(),
        "static import": stress.static_import.action.isEnabled(),
        "committee details": window.committee_tab.edit_button.isEnabled(),
    }


def test_a_case_in_a_read_only_folder_opens_read_only(qtbot, window, case_file, errors,
                                                      read_only_folder):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    assert errors == []
    assert window.document.path == case_file and window.document.read_only
    assert "(read-only: the folder cannot be written to)" in window.windowTitle()
    holding = next(e for e in window.document.case.entities if e.parent_id is None)
    window.group_tab.tree_panel.select_entity(holding.id)
    controls = edit_controls(window)
    assert [name for name, usable in controls.items() if usable] == []
    assert window.save_as_action.isEnabled()


def test_save_as_is_the_way_out(qtbot, window, case_file, tmp_path, monkeypatch,
                                read_only_folder):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    elsewhere = tmp_path.parent / f"{tmp_path.name}-mine"
    elsewhere.mkdir()
    target = elsewhere / "mine.jcrcase"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "JCR Desk case (*.jcrcase)"),
    )
    window.save_as_action.trigger()
    wait_idle(qtbot, window)
    assert not window.document.read_only and window.document.path == target
    assert "read-only" not in window.windowTitle()
    assert edit_controls(window)["stress inputs"] and edit_controls(window)["import tape"]
    assert load_case(target).committee == load_case(case_file).committee


def test_save_as_into_a_folder_that_cannot_be_written_to_says_so(
    qtbot, window, case_file, monkeypatch, errors, read_only_folder
):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    target = read_only_folder / "copy.jcrcase"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "JCR Desk case (*.jcrcase)"),
    )
    window.save_as_action.trigger()
    wait_idle(qtbot, window)
    assert errors == [
        ("Could not save the case", "copy.jcrcase: cannot be locked for editing: Permission denied")
    ]
    assert not target.exists()


def hold_lock_on_another_machine(case_file: Path) -> LockInfo:
    holder = LockInfo("sato", "desk-" + socket.gethostname() + "-far", 4242, SINCE, "theirs")
    lock_path(case_file).write_text(
        json.dumps({**holder.__dict__, "opened_at": SINCE.isoformat()}), encoding="utf-8"
    )
    return holder


def answer_lock_question(monkeypatch, choice: LockChoice) -> list[dict]:
    asked: list[dict] = []

    def ask(parent, path, holder, *, can_take_over):
        asked.append({"path": path, "holder": holder, "can_take_over": can_take_over})
        return choice

    monkeypatch.setattr(case_files, "ask_about_lock", ask)
    return asked


def test_the_lock_question_says_who_where_and_since_when(case_file):
    holder = hold_lock_on_another_machine(case_file)
    text = lock_question(case_file, holder, can_take_over=True,
                         now=datetime(2026, 11, 30, 9, 30, tzinfo=UTC))
    for words in ("sato", holder.host, "2026-10-02 09:30 UTC", "59 days ago",
                  "audit log"):
        assert words in text


def test_a_stale_lock_from_another_machine_can_be_taken_over(qtbot, window, case_file,
                                                             monkeypatch, errors):
    holder = hold_lock_on_another_machine(case_file)
    asked = answer_lock_question(monkeypatch, LockChoice.TAKE_OVER)
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    assert errors == []
    assert asked[0]["holder"] == holder and asked[0]["can_take_over"]
    assert not window.document.read_only
    assert read_lock(case_file).host == socket.gethostname()
    entry = window.document.case.audit[-1]
    assert entry.action == "lock taken over" and entry.user == "Test Analyst"
    assert "sato" in entry.detail and holder.host in entry.detail
    assert "2026-10-02" in entry.detail
    assert window.isWindowModified()  # the audit line is saved with the case
    window.save_action.trigger()
    wait_idle(qtbot, window)
    assert load_case(case_file).audit[-1].action == "lock taken over"


def test_a_lock_from_another_machine_still_opens_read_only_when_asked(
    qtbot, window, case_file, monkeypatch
):
    hold_lock_on_another_machine(case_file)
    answer_lock_question(monkeypatch, LockChoice.READ_ONLY)
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    assert window.document.read_only
    assert "(read-only: open by sato on desk-" in window.windowTitle()
    assert read_lock(case_file).user == "sato"
