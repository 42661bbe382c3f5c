"""Locks, autosave and crash recovery as a user meets them in the window."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import load_case
from jcr_desk.case.document.lock import lock_path, read_lock
from jcr_desk.case.document.recovery import pending_recoveries, write_recovery
from jcr_desk.ui import case_files
from jcr_desk.ui.dialogs.lock_dialog import LockChoice, lock_question
from jcr_desk.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle
from tests.gui.test_main_window import open_via_menu, rename_case_via_dialog

Button = QMessageBox.StandardButton


def hold_lock_elsewhere(case_file: Path) -> None:
    """Write the lock another analyst's machine would leave beside the case."""
    lock_path(case_file).write_text(
        json.dumps({
            "user": "sato",
            "host": "desk-" + socket.gethostname() + "-other",
            "pid": 4242,
            "opened_at": datetime(2026, 11, 20, 9, 30, tzinfo=UTC).isoformat(),
            "token": "elsewhere",
        }),
        encoding="utf-8",
    )


def test_opening_locks_the_case_and_closing_releases_it(qtbot, window, monkeypatch, case_file):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    holder = read_lock(case_file)
    assert holder is not None and holder.host == socket.gethostname()
    window.close()
    assert read_lock(case_file) is None


def test_a_case_open_elsewhere_opens_read_only(qtbot, window, monkeypatch, case_file):
    hold_lock_elsewhere(case_file)
    asked: list[str] = []

    def read_only(_parent, path, holder, *, can_take_over):
        asked.append(lock_question(path, holder, can_take_over=can_take_over))
        return LockChoice.READ_ONLY

    monkeypatch.setattr(case_files, "ask_about_lock", read_only)
    open_via_menu(qtbot, window, monkeypatch, case_file)

    assert "sato" in asked[-1] and "read-only" in asked[-1]
    assert window.document.read_only
    assert "(read-only: open by sato on " in window.windowTitle()
    assert not window.save_action.isEnabled()
    assert not window.details_action.isEnabled()
    assert read_lock(case_file).user == "sato"  # their lock is left alone


def test_declining_read_only_keeps_the_current_case(qtbot, window, monkeypatch, case_file,
                                                    lock_questions):
    hold_lock_elsewhere(case_file)
    open_via_menu(qtbot, window, monkeypatch, case_file)  # the analyst cancels
    assert len(lock_questions) == 1
    assert window.document.path is None


def test_autosave_writes_a_recovery_file_and_save_discards_it(
    qtbot, window, monkeypatch, case_file
):
    open_via_menu(qtbot, window, monkeypatch, case_file)
    rename_case_via_dialog(qtbot, window, monkeypatch, "Autosaved work")

    window.files.autosave()
    qtbot.waitUntil(lambda: len(pending_recoveries()) == 1, timeout=10_000)
    recovery = pending_recoveries()[0]
    assert recovery.original_path == case_file
    assert load_case(recovery.path).committee.case_name == "Autosaved work"

    window.files.autosave()  # a second autosave overwrites the same file
    qtbot.waitUntil(lambda: not window.files.busy)
    assert len(pending_recoveries()) == 1

    window.save_action.trigger()
    wait_idle(qtbot, window)
    assert pending_recoveries() == []


def test_untitled_work_autosaves_to_one_file(qtbot, window, monkeypatch):
    rename_case_via_dialog(qtbot, window, monkeypatch, "Never saved")
    for _ in range(2):
        window.files.autosave()
        qtbot.waitUntil(lambda: not window.files.busy, timeout=10_000)
    recoveries = pending_recoveries()
    assert len(recoveries) == 1 and recoveries[0].original_path is None


def test_start_up_offers_to_recover_after_a_crash(qtbot, settings, monkeypatch, demo_case,
                                                  case_file, errors, questions):
    crashed = load_case(case_file)
    crashed.committee.case_name = "Work before the crash"
    write_recovery(crashed, case_file)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question",
        lambda _p, _t, text, *a, **k: questions.append(text) or Button.Yes,
    )

    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.files.offer_recovery()
    wait_idle(qtbot, window)

    assert "Recover it now?" in questions[-1]
    assert window.document.path == case_file
    assert window.document.case.committee.case_name == "Work before the crash"
    assert window.isWindowModified()
    assert errors == []

    window.save_action.trigger()
    wait_idle(qtbot, window)
    assert pending_recoveries() == []
    assert load_case(case_file).committee.case_name == "Work before the crash"
    window.document.release_lock()


def test_smoke_mode_writes_one_png_per_tab(tmp_path: Path):
    out = tmp_path / "shots"
    env = {"QT_QPA_PLATFORM": "offscreen", "JCR_DESK_HOME": str(tmp_path / "home")}
    import os

    result = subprocess.run(
        [sys.executable, "-m", "jcr_desk", "--smoke", str(out)],
        env={**os.environ, **env}, capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == ["01-group-structure.png", "02-pool.png",
                     "03-stress-and-enhancement.png", "04-committee.png"]
    assert all((out / name).stat().st_size > 10_000 for name in names)
