"""The Japanese interface: every tab, sub-tab, menu and dialog in Japanese, nothing cut off.

The walk opens the demo case, shows each tab and each page of the tabs inside it, opens the
menus and the dialogs the menus lead to, and collects the text on screen. In Japanese, no
text may read as English except the case's own data (entity, country, scenario and class
names) and the words of ``language_walk.ALLOWED_WORDS``; in both languages no label or
button may be narrower than its text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from jcr_desk.case import Case, save_case
from jcr_desk.i18n import catalogue_path
from jcr_desk.pool.strats import summarise
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape
from jcr_desk.ui.dialogs.case_details_dialog import CaseDetailsDialog
from jcr_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from jcr_desk.ui.main_window import MainWindow
from jcr_desk.ui.pool.strat_panel import summary_lines
from jcr_desk.ui.tabs.pool_tab import source_text
from jcr_desk.ui.translations import install_language
from tests.gui.abcp_notes import with_notes
from tests.gui.conftest import wait_idle
from tests.gui.language_walk import (
    Shown,
    case_data,
    cut_off,
    english_words,
    menu_texts,
    visible_texts,
)
from tests.unit.pool import finding_tapes


@pytest.fixture
def walked_case_file(tmp_path: Path, computed_demo_case: Case) -> Path:
    """The demo case with its stored stress result, a tape import's report on its pool
    (errors, grouped warnings) and an ABCP analysis with open items and notes, so the walk
    reads the result's lines, the problem list's and the analysis's (the demo's own pool has
    no problem, its program nothing open)."""
    report = [p.to_dict() for p in read_tape(finding_tapes.path("f07_many_warnings")).problems]
    case = with_notes(computed_demo_case)
    pool = replace(case.pools[0], report=report)
    path = tmp_path / "walked.jcrcase"
    save_case(replace(case, pools=[pool, *case.pools[1:]]), path)
    return path


@pytest.fixture(params=["ja", "en"])
def language(request, qapp):
    if request.param == "ja":
        assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    yield install_language(request.param)
    install_language("en")


@pytest.fixture
def open_window(qtbot, language, settings, errors, walked_case_file: Path):
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.files.autosave_timer.stop()
    window.resize(1600, 960)
    window.show()
    window.files.open_path(walked_case_file)
    wait_idle(qtbot, window)
    window.pool_tab.wait_for_profile()
    yield window
    window.lanes.cancel_compute()
    window.files.wait_for_idle()
    window.lanes.wait()
    window.document.release_lock()


def walk(window: MainWindow) -> tuple[list[Shown], list[Shown]]:
    """Every text and every cut-off text of every tab and nested tab page."""
    texts: list[Shown] = []
    cut: list[Shown] = []
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
        tab = f"[{number}] "
        nested = window.tabs.widget(number).findChildren(QTabWidget)
        for tabs in nested or [None]:
            for page in range(tabs.count() if tabs else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(page)
                QApplication.processEvents()
                texts.extend(Shown(tab + t.where, t.text) for t in visible_texts(window))
                cut.extend(Shown(tab + c.where, c.text) for c in cut_off(window))
    for action in window.menuBar().actions():
        texts.extend(menu_texts(action.menu()))
    for dialog in (
        PreferencesDialog("Sato", parent=window),
        CaseDetailsDialog(window.document.case.committee, window),
    ):
        dialog.show()
        QApplication.processEvents()
        texts.extend(visible_texts(dialog))
        cut.extend(cut_off(dialog))
        dialog.close()
    return texts, cut


def test_no_text_is_cut_off_by_its_widget(open_window, language):
    texts, cut = walk(open_window)
    assert len(texts) > 200  # the walk saw the window, not an empty one
    assert sorted({f"{shown.where}: {shown.text}" for shown in cut}) == []


def test_no_visible_text_is_still_english(open_window, language):
    if language != "ja":
        pytest.skip("only the Japanese interface is checked for English")
    assert still_english(open_window, abcp=False) == []


ABCP_TAB = "[3] "


def test_the_abcp_tab_has_no_visible_english(open_window, language):
    if language != "ja":
        pytest.skip("only the Japanese interface is checked for English")
    assert still_english(open_window, abcp=True) == []
    texts, _cut = walk(open_window)
    abcp = "\n".join(shown.text for shown in texts if shown.where.startswith(ABCP_TAB))
    assert "未回答" in abcp and "キャンセル率はトレンド上" in abcp  # the walk read the notes


def still_english(window: MainWindow, *, abcp: bool) -> list[str]:
    """The English texts the walk finds, on the ABCP program tab or on every other screen."""
    texts, _cut = walk(window)
    data = case_data(window)
    return sorted({
        f"{shown.where}: {shown.text!r}"
        for shown in texts
        if shown.where.startswith(ABCP_TAB) == abcp and english_words(shown.text, data)
    })


def test_the_audit_log_is_recorded_in_english_and_shown_in_the_analysts_language(
    open_window, language
):
    """One case file, one language in its log: the Japanese analyst's edit is stored in
    English (tests and other analysts read ``entry.action``), the log's page translates it."""
    history = open_window.committee_tab.history.model
    index = history.index(0, 1)
    assert history.setData(index, "Changed in a test")
    entry = open_window.document.case.audit[-1]
    assert entry.action == "edit history line"
    audit = open_window.committee_tab.audit_model
    shown = audit.index(0, 2).data()
    assert shown == ("格付推移の行を編集" if language == "ja" else "edit history line")
    undo_text = open_window.document.undo_stack.undoText()
    assert undo_text == ("格付推移の行を編集" if language == "ja" else "Edit history line")


def test_dates_read_as_the_analyst_writes_them(open_window, language):
    """2026年10月20日 in Japanese, 2026-10-20 in English: the committee's day and the
    cut-off date of an imported tape."""
    committee = open_window.document.case.committee.committee_date
    shown = open_window.committee_tab.fields["committee_date"].text()
    source = source_text({"file": "tape.xlsx", "sheet": "Loans", "as_of": "2026-09-30"})
    summary = dict(summary_lines(summarise(generate_loans(5, seed=1), date(2026, 9, 30))))
    as_of = summary["基準日" if language == "ja" else "As of"]
    if language == "ja":
        assert shown == f"{committee.year}年{committee.month}月{committee.day}日"
        assert "基準日 2026年9月30日" in source
        assert as_of == "2026年9月30日"
    else:
        assert shown == committee.isoformat()
        assert "as of 2026-09-30" in source
        assert as_of == "2026-09-30"
