"""The ABCP program tab shows its analysis's open items and notes in the analyst's language
(issue 21); in English they read as the analysis wrote them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jcr_desk.case import Case, save_case
from jcr_desk.ui.translations import install_language
from tests.gui.abcp_notes import with_notes
from tests.gui.conftest import wait_idle
from tests.gui.language_walk import case_data, english_words


@pytest.fixture
def noted_case_file(tmp_path: Path, computed_demo_case: Case) -> Path:
    path = tmp_path / "noted.jcrcase"
    save_case(with_notes(computed_demo_case), path)
    return path


@pytest.fixture
def analysis(qtbot, window, noted_case_file):
    def shown(language: str):
        install_language(language)
        window.files.open_path(noted_case_file)
        wait_idle(qtbot, window)
        window.tabs.setCurrentWidget(window.abcp_tab)
        return window.abcp_tab.analysis

    yield shown
    install_language("en")


def test_the_open_items_and_notes_read_in_japanese(analysis, window):
    panel = analysis("ja")
    guideline, details = panel.guideline.text(), panel.details.text()
    assert "未回答" in guideline and "キャンセル率" in details
    data = case_data(window)
    lines = [*guideline.split("<br>"), *details.splitlines()]
    assert {line: english_words(line, data) for line in lines if english_words(line, data)} == {}


def test_the_open_items_and_notes_in_english_are_unchanged(analysis):
    panel = analysis("en")
    assert "• Unanswered (bankruptcy remoteness of the SPC): The SPC is bankruptcy remote" in (
        panel.guideline.text()
    )
    assert "The cancellation rate rises by" in panel.details.text()


def test_what_each_part_rests_on_reads_in_japanese(analysis, window):
    model = analysis("ja").requirements_model
    tips = [
        model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
        for column in range(1, 6)
    ]
    assert any("ベースケース" in tip for tip in tips)
    data = case_data(window)
    assert {tip: english_words(tip, data) for tip in tips if english_words(tip, data)} == {}
