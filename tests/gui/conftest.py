"""Fixtures for driving the window with pytest-qt: settings in a temp file, dialogs patched."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import Case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.ui.main_window import MainWindow
from jcr_desk.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Preferences in a temporary file, of an analyst who has given their name (so no test
    meets the first-use question unless it asks for it)."""
    prefs = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    prefs.set_analyst_name("Test Analyst")
    return prefs


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    """Error dialogs the window showed (title, message), instead of blocking on them."""
    shown: list[tuple[str, str]] = []

    def record(_parent, title, message, *args, **kwargs):
        shown.append((title, message))

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", record)
    return shown


@pytest.fixture(autouse=True)
def questions(monkeypatch) -> list[str]:
    """No test may block on a question box: by default the user answers "Discard"
    (tests that care patch ``QMessageBox.question`` themselves)."""
    asked: list[str] = []

    def discard(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", discard)
    return asked


@pytest.fixture(autouse=True)
def informed(monkeypatch) -> list[tuple[str, str]]:
    """Information boxes the window showed (title, text), instead of blocking on them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.information",
        lambda _parent, title, text, *a, **k: shown.append((title, text)),
    )
    return shown


@pytest.fixture(autouse=True)
def lock_questions(monkeypatch) -> list[str]:
    """No test may block on the "Case in use" question: by default the user cancels (tests
    that care answer it themselves); the question's text is recorded."""
    from jcr_desk.ui import case_files
    from jcr_desk.ui.dialogs.lock_dialog import LockChoice, lock_question

    asked: list[str] = []

    def cancel(_parent, path, holder, *, can_take_over):
        asked.append(lock_question(path, holder, can_take_over=can_take_over))
        return LockChoice.CANCEL

    monkeypatch.setattr(case_files, "ask_about_lock", cancel)
    return asked


@pytest.fixture
def window(qtbot, settings, errors) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.files.autosave_timer.stop()
    yield win
    win.lanes.cancel_compute()
    win.files.wait_for_idle()
    win.lanes.wait()
    win.document.release_lock()


@pytest.fixture(scope="session")
def demo_case() -> Case:
    return build_demo_case(loans=300)


@pytest.fixture
def case_file(tmp_path: Path, demo_case: Case) -> Path:
    path = tmp_path / "group.jcrcase"
    save_case(demo_case, path)
    return path


@pytest.fixture(scope="session")
def computed_demo_case() -> Case:
    """The demo case with its stress results stored, as the window first opens it (the
    demo it writes keeps them): the result's sentences are on screen without a run."""
    case = build_demo_case(loans=300)
    case.results = [run_scenario(case, scenario.id) for scenario in case.scenarios]
    return case


@pytest.fixture
def computed_case_file(tmp_path: Path, computed_demo_case: Case) -> Path:
    path = tmp_path / "computed.jcrcase"
    save_case(computed_demo_case, path)
    return path


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait for the window's file work (open, save) and computations to finish."""
    qtbot.waitUntil(lambda: not window.lanes.busy, timeout=15_000)


@pytest.fixture
def stress_tab(qtbot, window: MainWindow, case_file: Path):
    """The window with the demo case open and the Stress & enhancement tab shown."""
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    # Every tab built now, not by the idle timer in the middle of a test, and the work
    # building them started finished: a test starts from a window at rest.
    assert window.pool_tab and window.committee_tab
    window.tabs.setCurrentWidget(window.stress_tab)
    wait_idle(qtbot, window)
    return window.stress_tab
