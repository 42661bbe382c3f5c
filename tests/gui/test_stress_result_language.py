"""The stress result's sentences in the analyst's language (issue 21): the lines under the
enhancement table — mechanisms, the commingling reason, open decisions, warnings — read in
Japanese in a Japanese window, and the case file keeps them in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.i18n import catalogue_path
from jcr_desk.ui.main_window import MainWindow
from jcr_desk.ui.translations import install_language
from tests.gui.conftest import wait_idle
from tests.gui.language_walk import case_data, english_words


@pytest.fixture
def japanese(qapp):
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    install_language("ja")
    yield
    install_language("en")


@pytest.fixture
def shown_result(qtbot, japanese, window: MainWindow, computed_case_file: Path):
    window.files.open_path(computed_case_file)
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.stress_tab)
    wait_idle(qtbot, window)
    return window.stress_tab


def test_the_result_lines_read_in_japanese(window, shown_result, errors):
    stored = shown_result.stored_result()
    assert stored is not None, "the demo keeps its result"
    text = shown_result.results.details.text()
    data = case_data(window)  # class names, the analyst's reasons, the rulebook's keys
    english = [line for line in text.splitlines() if english_words(line, data)]
    assert english == []
    assert "サブリース会社" in text  # the rent guarantee's mechanism
    assert "サービサー" in text  # the commingling reason
    # the case keeps its English: the workbook, the JSON and older readers read it
    assert any("Segment apartment" in str(line) for line in stored.result.mechanisms)
    assert errors == []
