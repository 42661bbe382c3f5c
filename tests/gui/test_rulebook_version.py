"""Opening a case saved under another rulebook says so, naming both versions."""

from __future__ import annotations

import sqlite3

from jcr_desk.methodology.rulebook import load_rulebook
from tests.gui.conftest import wait_idle


def saved_under(case_file, version: str):
    with sqlite3.connect(case_file) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'rulebook_version'", (version,))
    conn.close()
    return case_file


def test_a_case_of_another_rulebook_says_so(qtbot, window, case_file, informed, errors):
    window.files.open_path(saved_under(case_file, "2019.1"))
    wait_idle(qtbot, window)
    assert errors == [] and window.document.path == case_file
    assert len(informed) == 1
    title, text = informed[0]
    assert title == "Another rulebook"
    assert "2019.1" in text and load_rulebook().version in text and "group.jcrcase" in text


def test_a_case_of_this_rulebook_opens_without_a_word(qtbot, window, case_file, informed):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    assert informed == []
