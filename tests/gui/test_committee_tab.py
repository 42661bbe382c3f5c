"""The Committee tab driven as an analyst would: rationale, outlook and action, record the
committee's result, undo it, import the history, preview and export the drafts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case import save_case
from tests.gui.conftest import wait_idle
from tests.unit.case.committee_cases import seed_000_case
from tests.unit.case.seed_000_history import ROWS, write_seed_history


@pytest.fixture
def tab(qtbot, window, tmp_path: Path):
    path = tmp_path / "jsf.jcrcase"
    save_case(seed_000_case(), path)
    window.files.open_path(path)
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.committee_tab)
    window.show()
    qtbot.waitExposed(window)
    committee = window.committee_tab
    yield committee
    committee.runner.wait()


def test_models_pass_qt_checks(tab) -> None:
    for model in (tab.items_model, tab.history.model, tab.rationale.model, tab.audit_model):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.items_model.rowCount() == 2
    first = [tab.items_model.index(0, c).data() for c in range(7)]
    assert first == [
        "JAPAN SECURITIES FINANCE CO., LTD.",
        "Long-term issuer rating",
        "AA- / Stable",
        "2020-05-19",
        "AA- / Stable",
        "decision",
        "Affirmation",
    ]
    assert tab.history.model.rowCount() == len(ROWS)


def test_write_the_rationale_record_the_result_and_undo(qtbot, window, tab) -> None:
    case = window.document.case
    tab.pages.setCurrentWidget(tab.rationale)
    qtbot.mouseClick(tab.rationale.add_button, Qt.MouseButton.LeftButton)
    editor = tab.rationale.editor
    assert editor.hasFocus() and editor.textCursor().selectedText() == "New paragraph."
    qtbot.keyClicks(editor, "JSF is the only securities finance company in Japan.")
    tab.rationale.list.setFocus()  # leaving the editor commits the paragraph
    assert case.committee.rationale == ["JSF is the only securities finance company in Japan."]
    assert "(1) JSF is the only securities finance company" in tab.preview.browser.toPlainText()

    tab.pages.setCurrentWidget(tab.history)
    qtbot.mouseClick(tab.history.record_button, Qt.MouseButton.LeftButton)
    assert len(case.history) == len(ROWS) + 2
    assert {(h.publication_date, h.rating) for h in case.history[-2:]} == {
        (date(2021, 4, 20), "AA-"),
        (date(2021, 4, 20), "J-1+"),
    }
    assert tab.history.model.rowCount() == len(ROWS) + 2
    assert tab.items_model.index(0, 3).data() == "2021-04-20"

    window.undo_action.trigger()
    assert case.history == list(ROWS)
    assert tab.items_model.index(0, 3).data() == "2020-05-19"
    assert case.committee.rationale  # one undo took back only the recorded result
    window.undo_action.trigger()  # the paragraph's text, then the added paragraph
    assert case.committee.rationale == ["New paragraph."]
    window.undo_action.trigger()
    assert case.committee.rationale == []


def test_an_action_other_than_the_derived_needs_a_reason(qtbot, window, tab, errors) -> None:
    tab.select_item(tab.items_model.item(0).key)
    editor = tab.item_editor
    editor.action.setCurrentIndex(editor.action.findData("outlook_change"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert errors and "needs a written reason" in errors[-1][1]
    editor.reason.setText("Placed under review for a possible change")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert tab.items_model.index(0, 6).data() == "Outlook change (chosen)"
    assert "<Outlook Change>" in tab.preview.browser.toPlainText()


def test_the_cp_maximum_and_the_outlook_are_set_from_the_form(qtbot, window, tab) -> None:
    tab.select_item(tab.items_model.item(1).key)
    tab.item_editor.maximum.setText("2,000,000,000,000")
    qtbot.mouseClick(tab.item_editor.apply_button, Qt.MouseButton.LeftButton)
    assert "Maximum: JPY2 trillion" in tab.preview.browser.toPlainText()
    tab.select_item(tab.items_model.item(0).key)
    tab.item_editor.outlook.setCurrentIndex(tab.item_editor.outlook.findData("Positive"))
    qtbot.mouseClick(tab.item_editor.apply_button, Qt.MouseButton.LeftButton)
    assert tab.items_model.index(0, 6).data() == "Outlook change"


def test_import_asks_before_replacing_the_history(qtbot, window, tab, tmp_path, monkeypatch):
    source = write_seed_history(tmp_path / "history.xlsx", ROWS[:5])
    tab.history.import_file(source)  # the conftest answers Discard: nothing changes
    qtbot.waitUntil(lambda: not tab.runner.busy)
    assert len(window.document.case.history) == len(ROWS)
    assert "Import cancelled" in tab.history.status.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    tab.history.import_file(source)
    qtbot.waitUntil(lambda: not tab.runner.busy)
    assert window.document.case.history == list(ROWS[:5])
    window.undo_action.trigger()
    assert window.document.case.history == list(ROWS)


def test_a_bad_history_file_is_reported_and_changes_nothing(
    qtbot, window, tab, errors, tmp_path
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    tab.history.import_file(bad)
    qtbot.waitUntil(lambda: not tab.runner.busy)
    assert errors[-1] == (
        "Rating history not imported",
        "bad.xlsx: not a spreadsheet: the file is a PDF document",
    )
    assert window.document.case.history == list(ROWS)


def test_preview_lists_missing_inputs_in_both_languages_and_exports(qtbot, tab, tmp_path):
    preview = tab.preview
    preview.kind.setCurrentIndex(preview.kind.findData("disclosure"))
    assert "responsible person for the attestation not entered" in (
        preview.missing_model.stringList()
    )
    assert "⟦responsible person for the attestation not entered⟧" in (preview.browser.toPlainText())
    preview.language.setCurrentIndex(preview.language.findData("ja"))
    assert "日本証券金融株式会社" in preview.browser.toPlainText()
    assert "証明書の責任者未入力" in preview.missing_model.stringList()

    preview.export_to(tmp_path / "drafts")
    qtbot.waitUntil(lambda: not tab.runner.busy, timeout=15_000)
    written = sorted(p.name for p in (tmp_path / "drafts").iterdir())
    assert len(written) == 12 and "disclosure_ja.docx" in written
    document = Document(str(tmp_path / "drafts" / "release_en.docx"))
    assert "Long-term Issuer Rating: AA-   Outlook: Stable" in [p.text for p in document.paragraphs]
    assert "12 drafts written" in preview.status.text()
