"""The Stress tab never shows a stale result as current (issue 16, findings 4, 5, 8, 11)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import save_case
from jcr_desk.case.edits.group_commands import SetCountryFields
from jcr_desk.case.edits.scenario_commands import store_result
from jcr_desk.case.services import stress_run
from jcr_desk.ui.stress import reason
from tests.gui.conftest import wait_idle

RUN_TIMEOUT_MS = 60_000


def settle(qtbot, window, tab) -> None:
    qtbot.waitUntil(
        lambda: not tab.runs.timer.isActive() and not window.lanes.busy, timeout=RUN_TIMEOUT_MS
    )


@pytest.fixture
def current_tab(qtbot, window, demo_case, tmp_path):
    """The demo case opened with a stored result that matches its inputs."""
    case = demo_case.snapshot()
    store_result(case, stress_run.run_scenario(case.snapshot(), case.scenarios[0].id))
    path = tmp_path / "current.jcrcase"
    save_case(case, path)
    window.files.open_path(path)
    wait_idle(qtbot, window)
    tab = window.stress_tab
    assert "from the current inputs" in tab.results.computed.text()
    return tab


def test_a_country_edit_that_moves_the_inputs_marks_the_result_stale_and_reruns(
    qtbot, window, current_tab
):
    # The servicer's country: its ceiling feeds the structured-finance cap of every class.
    tab = current_tab
    servicer = window.document.case.entity(tab.selected_scenario().structure.servicer_id)
    assert window.push(SetCountryFields(servicer.country, country_ceiling="A-"))
    assert "inputs changed since" in tab.results.computed.text()
    assert tab.runs.timer.isActive()
    settle(qtbot, window, tab)
    assert "from the current inputs" in tab.results.computed.text()


def test_typing_150_percent_is_refused_once_with_the_range(
    qtbot, window, current_tab, monkeypatch, errors
):
    asked: list[str] = []
    monkeypatch.setattr(reason, "ask_reason", lambda _p, title: asked.append(title) or "x")
    spin = current_tab.base_case.fields["cpr"]
    before = current_tab.selected_scenario().assumptions.cpr
    spin.setValue(150.0)
    spin.editingFinished.emit()
    assert asked == []  # refused before any question
    assert errors == [
        ("Edit refused", "CPR must be between 0 % and 100 %; 150 % is outside that range.")
    ]
    assert current_tab.selected_scenario().assumptions.cpr == before
    assert spin.value() == pytest.approx(before * 100)  # the case's value shown again


def test_the_reason_prompt_shows_the_change_in_words(qtbot, window, current_tab, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(reason, "ask_reason", lambda _p, title: asked.append(title) or "why")
    spin = current_tab.base_case.fields["cpr"]
    spin.setValue(15.0)
    spin.editingFinished.emit()
    assert asked == ["Set CPR 6.000 % → 15.000 %"]
    settle(qtbot, window, current_tab)


def test_a_what_if_takes_edits_without_a_reason_until_promoted(
    qtbot, window, current_tab, monkeypatch, errors
):
    tab = current_tab
    asked: list[str] = []
    monkeypatch.setattr(reason, "ask_reason", lambda _p, title: asked.append(title) or "pack")
    tab.scenario_buttons.duplicate_button.click()
    copy = tab.selected_scenario()
    assert copy.what_if and "what-if" in tab.scenario_choice.currentText()
    spin = tab.base_case.fields["cpr"]
    spin.setValue(3.0)
    spin.editingFinished.emit()
    assert asked == [] and copy.assumptions.cpr == pytest.approx(0.03)
    assert window.document.case.audit[-1].detail.endswith("reason: none asked (what-if)")
    assert tab.scenario_buttons.promote_button.isEnabled()
    tab.scenario_buttons.promote_button.click()
    assert len(asked) == 1 and not copy.what_if
    original = window.document.case.scenarios[0]
    assert original.what_if  # one committee scenario: the former one is now a what-if
    entry = window.document.case.audit[-1]
    assert entry.action == "committee scenario" and "CPR 6.000 % → 3.000 %" in entry.detail
    window.undo_action.trigger()
    assert copy.what_if and not original.what_if
    settle(qtbot, window, tab)
    assert errors == []


def test_a_result_of_another_rulebook_is_rerun_and_the_moves_are_listed(
    qtbot, window, demo_case, tmp_path, monkeypatch
):
    case = demo_case.snapshot()
    stored = stress_run.run_scenario(case.snapshot(), case.scenarios[0].id)
    old = replace(stored.result, rulebook_version="2025.9")
    aaa = old.line("AAA")
    old = replace(
        old,
        ratings=(
            replace(aaa, layers=replace(aaa.layers, setoff=aaa.layers.setoff + 0.01)),
            *old.ratings[1:],
        ),
    )
    store_result(case, replace(stored, result=old))
    case.rulebook_version = "2025.9"
    path = tmp_path / "older.jcrcase"
    save_case(case, path)
    with closing(sqlite3.connect(path)) as conn, conn:  # saved by a JCR Desk of rulebook 2025.9
        conn.execute("UPDATE meta SET value = '2025.9' WHERE key = 'rulebook_version'")
    shown: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", answer)
    window.files.open_path(path)
    wait_idle(qtbot, window)
    assert shown and "rulebook 2025.9" in shown[0] and "to run again" in shown[0]
    tab = window.stress_tab
    qtbot.waitUntil(
        lambda: (
            tab.stored_result() is not None
            and tab.stored_result().result.rulebook_version != "2025.9"
        ),
        timeout=RUN_TIMEOUT_MS,
    )
    entry = window.document.case.audit[-1]
    assert entry.action == "stress rerun under another rulebook"
    assert "AAA total" in entry.detail
