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
