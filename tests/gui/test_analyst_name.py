"""Who decided: the analyst's name from Edit → Preferences…, asked on first use and kept in
the user's settings (a temporary file here), goes into decisions and the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from jcr_desk.case.edits.group_commands import SetEntityFields
from jcr_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from jcr_desk.ui.main_window import MainWindow
from jcr_desk.ui.settings import AppSettings
from tests.gui.conftest import wait_idle


@pytest.fixture
def fresh_settings(tmp_path: Path) -> AppSettings:
    """Settings of an analyst who never opened JCR Desk: no name yet."""
    return AppSettings(QSettings(str(tmp_path / "fresh.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """Answers the preferences dialog with "Sato Ken"; records the name it proposed."""
    proposed: list[str] = []

    def answer(dialog: PreferencesDialog) -> int:
        proposed.append(dialog.analyst_edit.text())
        dialog.analyst_edit.setText("  Sato Ken ")
        dialog.accept()
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", answer)
    return proposed


@pytest.fixture
def new_window(qtbot, fresh_settings, errors, case_file):
    window = MainWindow(fresh_settings)
    qtbot.addWidget(window)
    window.files.autosave_timer.stop()
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    yield window
    window.lanes.wait()
    window.document.release_lock()


def some_company(window):
    return next(e for e in window.document.case.entities if e.parent_id is not None)


def test_the_first_edit_asks_the_name_once_and_the_audit_keeps_it(new_window, asked,
                                                                   fresh_settings):
    company = some_company(new_window)
    assert new_window.push(SetEntityFields(company.id, ownership_pct=51.0))
    assert new_window.push(SetEntityFields(company.id, ownership_pct=52.0))
    assert len(asked) == 1 and asked[0]  # proposed the login name, once
    assert fresh_settings.analyst_name() == "Sato Ken"
    new_window.undo_action.trigger()
    assert [entry.user for entry in new_window.document.case.audit[-3:]] == ["Sato Ken"] * 3


def test_decisions_carry_the_name(new_window, asked):
    tab = new_window.group_tab
    holding = next(e for e in new_window.document.case.entities if e.role == "holding")
    tab.tree_panel.select_entity(holding.id)
    assert tab.guideline_panel.accept_guideline("long_term")
    decision = next(d for d in new_window.document.case.decisions
                    if d.entity_id == holding.id and d.item == "long_term")
    assert decision.analyst == "Sato Ken"
    assert new_window.document.case.audit[-1].user == "Sato Ken"


def test_preferences_change_the_name_for_later_edits(new_window, asked, fresh_settings):
    assert new_window.preferences_action.text() == "&Preferences…"
    new_window.preferences_action.trigger()
    assert fresh_settings.analyst_name() == "Sato Ken"
    company = some_company(new_window)
    assert new_window.push(SetEntityFields(company.id, ownership_pct=51.0))
    assert len(asked) == 1  # the name is known: not asked again
    assert new_window.document.case.audit[-1].user == "Sato Ken"


def test_default_settings_live_in_the_test_folder_not_the_users(monkeypatch, tmp_path):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))
    settings = AppSettings()
    settings.set_analyst_name("Ito")
    settings.sync()
    assert Path(settings.file_name()).is_relative_to(tmp_path / "home")
    assert AppSettings().analyst_name() == "Ito"
