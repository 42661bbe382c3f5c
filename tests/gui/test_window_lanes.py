"""File work and computations in the window never cut each other short."""

from __future__ import annotations

from pathlib import Path

from jcr_desk.case import load_case, save_case
from jcr_desk.case.document.lock import read_lock
from tests.gui.conftest import wait_idle
from tests.gui.test_main_window import rename_case_via_dialog

RUN_TIMEOUT_MS = 30_000


def test_a_save_does_not_cancel_a_running_stress_run(qtbot, window, stress_tab, case_file):
    stored: list[str] = []
    stress_tab.runs.result_stored.connect(stored.append)
    saved: list[Path] = []
    window.files.saved.connect(saved.append)

    stress_tab.run()
    window.save_action.trigger()

    qtbot.waitUntil(lambda: bool(stored) and bool(saved), timeout=RUN_TIMEOUT_MS)
    assert stored == [stress_tab.editor.scenario_id]
    assert saved == [case_file]
    assert stress_tab.stored_result() is not None


def test_two_saves_at_once_both_land(qtbot, window, monkeypatch, case_file, tmp_path):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    rename_case_via_dialog(qtbot, window, monkeypatch, "Saved twice")
    copy = tmp_path / "copy.jcrcase"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(copy), "JCR Desk case (*.jcrcase)"),
    )
    saved: list[Path] = []
    window.files.saved.connect(saved.append)

    window.save_action.trigger()
    window.save_as_action.trigger()

    qtbot.waitUntil(lambda: len(saved) == 2, timeout=RUN_TIMEOUT_MS)
    assert saved == [case_file, copy]
    assert load_case(case_file).committee.case_name == "Saved twice"
    assert load_case(copy).committee.case_name == "Saved twice"
    assert window.document.path == copy and not window.isWindowModified()
    assert read_lock(case_file) is None and read_lock(copy) is not None


def test_opening_a_second_case_before_the_first_loaded_leaks_no_lock(
    qtbot, window, case_file, tmp_path, demo_case, errors
):
    second = tmp_path / "second.jcrcase"
    save_case(demo_case, second)

    window.files.open_path(case_file)
    window.files.open_path(second)
    wait_idle(qtbot, window)

    assert errors == []
    assert window.document.path == second
    assert read_lock(case_file) is None
    assert read_lock(second) is not None
