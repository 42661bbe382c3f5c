"""The window's questions and notices in Japanese: the About box, removing an entity with
companies under it, and the offer to recover unsaved work — each shown only in its moment,
so the tab walk does not meet them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QMessageBox

from jcr_desk.ui import case_files
from jcr_desk.ui.translations import install_language
from tests.gui.conftest import wait_idle
from tests.gui.language_walk import english_words

#: What the About box names as it is: the product and the software it runs on.
TECHNICAL = frozenset({"JCR Desk", "Qt", "PySide6", "Python", "linux", "on"})


@pytest.fixture
def japanese(qapp):
    yield install_language("ja")
    install_language("en")


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The texts of the message boxes the window shows (each answered No)."""
    texts: list[str] = []

    def capture(_parent, title, text, *_rest):
        texts.extend([title, text])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", capture)
    monkeypatch.setattr(QMessageBox, "about", capture)
    return texts


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_the_about_box_reads_in_japanese(japanese, window, said):
    window.show_about()
    assert said, "no About box"
    assert english_words(_plain(" ".join(said)), TECHNICAL) == []


def test_removing_an_entity_with_companies_under_it_asks_in_japanese(
    japanese, qtbot, window, case_file: Path, said
):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    case = window.document.case
    parent = next(e for e in case.entities if len(case.children_of(e.id)) > 1)
    panel = window.group_tab.tree_panel
    panel.select_entity(parent.id)
    panel.remove_selected()
    question = said[-1]
    assert parent.name in question and str(len(case.children_of(parent.id))) in question
    assert english_words(question, frozenset({parent.name})) == []
    assert window.document.case.entity(parent.id) is not None  # answered No: nothing removed


def test_the_offer_to_recover_unsaved_work_reads_in_japanese(
    japanese, window, said, monkeypatch
):
    recovery = SimpleNamespace(
        case_name="Sakura Holdings",
        original_path=None,
        saved_at=datetime(2026, 9, 30, 14, 5, tzinfo=UTC),
    )
    monkeypatch.setattr(case_files, "pending_recoveries", lambda: [recovery])
    assert window.files.offer_recovery() is False
    question = said[-1]
    assert "2026年9月30日 14:05" in question
    assert english_words(question, frozenset({"Sakura Holdings", "JCR Desk"})) == []


def test_the_undo_menu_names_each_edit_in_japanese(japanese, qtbot, window, case_file: Path):
    """Edit → Undo names what an edit changed ("Rename Card to Card Services"): a sentence in
    the analyst's language, its English kept for the audit log."""
    from jcr_desk.case.edits.group_commands import RenameEntity, SetEntityFields
    from jcr_desk.case.edits.scenario_commands import SetAssumption

    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    case = window.document.case
    entity = case.entities[-1]
    scenario = case.scenarios[0]
    edits = [
        (RenameEntity(entity.id, "Sakura Card"), {entity.name, "Sakura Card"}),
        (SetEntityFields(entity.id, ownership_pct=60.0), {"Sakura Card"}),
        (SetAssumption(scenario.id, "cpr", 0.05, "a test"), set()),
    ]
    for command, names in edits:
        window.document.push(command)
        undo = window.document.undo_stack.undoText()
        assert english_words(undo, frozenset(names) | {"CPR"}) == [], undo
    assert "CPR 6.000 % → 5.000 %" in case.audit[-1].detail  # the log stays English


def test_file_dialogs_and_the_reason_prompt_read_in_japanese(japanese, qapp, monkeypatch):
    """The file types a dialog offers and the prompt for a reason, met on every import."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from jcr_desk.ui.abcp import history_panel
    from jcr_desk.ui.stress import reason, scenario_files, static_import

    asked: list[str] = []

    def open_file(_parent, title, _start, filters):
        asked.extend([title, filters])
        return "", ""

    def multi_line(_parent, title, prompt):
        asked.extend([prompt])
        return "", False

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", open_file)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", multi_line)
    static_import.choose_static_file(None)
    scenario_files.choose_import_path(None)
    scenario_files.choose_export_path(None, "base.toml")
    history_panel.choose_file(None, "")
    reason.ask_reason(None, "")
    patterns = re.compile(r"\*\.\w+|\(\*\)")
    for text in asked:
        assert english_words(patterns.sub(" ", text), frozenset({"JCR Desk", "Excel"})) == [], text


def test_moments_read_as_the_analyst_writes_them(japanese, computed_demo_case):
    """A time stamp is a date and a time: 2026年12月1日 02:18 in a Japanese window — when a
    result was computed, a decision recorded, a line of the audit log written."""
    from jcr_desk.ui.group.guideline_panel import decision_text
    from jcr_desk.ui.locale_text import date_time_text
    from jcr_desk.ui.stress.result_panel import computed_text
    from jcr_desk.ui.tabs.committee_tab import AUDIT_COLUMNS

    assert date_time_text(datetime(2026, 9, 30, 14, 5)) == "2026年9月30日 14:05"
    assert date_time_text("2026-09-30T14:05:09", seconds=True) == "2026年9月30日 14:05:09"
    result = computed_demo_case.results[0]
    stamp = result.computed_at
    assert f"{stamp.year}年{stamp.month}月{stamp.day}日" in computed_text(result, stale=False)
    decision = computed_demo_case.decisions[0]
    local = decision.timestamp.astimezone()
    assert f"{local.year}年{local.month}月{local.day}日" in decision_text(decision, None)
    entry = computed_demo_case.audit[0]
    assert AUDIT_COLUMNS[0].value(entry).startswith(f"{entry.timestamp.year}年")
