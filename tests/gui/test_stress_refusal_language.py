"""Why the Stress tab cannot run yet reads in the analyst's language (issue 21): the status
line of a scenario without its base case is Japanese in a Japanese window, the ``--set``
names it quotes as written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jcr_desk.case.edits.pool_commands import ImportPool
from jcr_desk.i18n import catalogue_path
from jcr_desk.ui.stress import reason
from jcr_desk.ui.translations import install_language
from tests.gui.language_walk import english_words


def test_cannot_run_yet_reads_in_japanese(qtbot, window, demo_case, monkeypatch):
    monkeypatch.setattr(reason, "ask_name", lambda _parent, _title, default: default)
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    install_language("ja")
    try:
        status = _status_of_a_new_scenario(qtbot, window, demo_case)
    finally:
        install_language("en")
    assert "base_default_rate" in status  # the analyst's --set name, as typed
    data = frozenset({"base_default_rate", "cpr", window.stress_tab.selected_scenario().name})
    assert english_words(status, data) == [], status


def _status_of_a_new_scenario(qtbot, window, demo_case) -> str:
    """File → New, the demo's tape imported, a new scenario without its base case."""
    window.files.new_case()
    assert window.push(ImportPool(demo_case.snapshot().pools[0]))
    window.tabs.setCurrentWidget(window.stress_tab)
    tab = window.stress_tab
    qtbot.mouseClick(tab.scenario_buttons.new_button, Qt.MouseButton.LeftButton)
    return tab.status.text()
