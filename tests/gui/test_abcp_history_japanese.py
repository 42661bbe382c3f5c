"""The ABCP tab names a refused monthly history in Japanese when Japanese is chosen
(issue 21): the refusal dialog and the tab's status line, with the file, sheet, row and
column as the file has them."""

from __future__ import annotations

import pytest

from jcr_desk.ui.abcp import history_panel
from jcr_desk.ui.translations import install_language
from tests.gui.language_walk import english_words
from tests.gui.test_abcp_tab import TIMEOUT_MS, tab  # noqa: F401 - the tab fixture
from tests.unit.structured.abcp.histories import month_rows, write_history


@pytest.fixture
def japanese(qapp):
    yield install_language("ja")
    install_language("en")


def test_a_refused_history_is_named_in_japanese(
    qtbot, japanese, tab, monkeypatch, errors, tmp_path  # noqa: F811 - the tab fixture
):
    rows = month_rows([5_000.0] * 18)
    del rows[4]  # 2024-05 missing
    bad = write_history(tmp_path, rows)
    said: list[str] = []
    tab.history_panel.said.connect(lambda text, _problem: said.append(text))
    monkeypatch.setattr(history_panel, "choose_file", lambda *_a: bad)
    tab.history_panel.import_history.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT_MS)
    message = errors[-1][1]
    assert "history.xlsx、シート History、7 行目、A 列（年月）" in message
    assert english_words(message, frozenset({"history.xlsx", "History"})) == [], message
    assert said[-1] == message
    assert tab.editor.program().history.month_count == 36  # unchanged
