"""The tape import's problems in the analyst's language: a Japanese analyst reads every
problem line and group headline of the Pool tab's report (and its tooltips) in Japanese,
only the tape's own data (its headers and cells) as the originator wrote it."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import QModelIndex, Qt

from jcr_desk.i18n import catalogue_path
from jcr_desk.ui.translations import install_language
from tests.gui import pool_helpers
from tests.gui.language_walk import english_words
from tests.gui.pool_helpers import wait_for_pools

tab = pool_helpers.tab  # the Pool tab over an empty case, its dialogs answering OK

MESSAGE = 4
#: What the analyst would type at the command line ("--cut-off YYYY-MM-DD") stays as typed.
OPTION = re.compile(r"--[a-z-]+(?:[= ][A-Za-z_-]+)?")
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def japanese(qapp):
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    yield install_language("ja")
    install_language("en")


@pytest.fixture
def troubled_tape(tmp_path) -> Path:
    """A Japanese tape with one of most kinds of problem (several of some, so they group),
    and no cut-off in its title (the Desk infers one and says so)."""
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.pool.tape_writer import write_tape_xlsx

    loans = generate_loans(60, seed=11)
    del loans.attrs["as_of"]
    loans.loc[3, "current_balance"] = -1_000.0  # an error
    for row in (7, 8, 9):  # a group of warnings
        loans.loc[row, "current_balance"] = loans.loc[row, "original_balance"] * 1.5
    loans.loc[11, "loan_id"] = loans.loc[10, "loan_id"]  # duplicates (errors)
    loans.loc[12, "maturity_date"] = loans.loc[12, "origination_date"] - pd.Timedelta(days=400)
    loans.loc[14, "borrower_age"] = 95  # an outlier
    loans.loc[15, "borrower_age"] = 96
    loans.loc[16, "dti"] = 0.9
    return write_tape_xlsx(loans, tmp_path / "問題のあるテープ.xlsx", language="ja")


def _shown_texts(model) -> list[tuple[str, str, frozenset[str]]]:
    """Every problem line and tooltip the tree shows (groups and their rows), each with the
    tape's own words of its problems (header and cell value, which stay as written)."""
    found = []
    for row in range(model.rowCount()):
        top = model.index(row, MESSAGE)
        group = model.group(row)
        data = frozenset(
            text for p in group.problems for text in (p.header, p.value, p.field) if text
        )
        found += [("group", top.data(), data), ("group tooltip", top.data(TOOLTIP), data)]
        first = model.index(row, 0)
        for child in range(min(model.rowCount(first), 3)):
            index = model.index(child, MESSAGE, first)
            found += [("row", index.data(), data), ("row tooltip", index.data(TOOLTIP), data)]
    return found


def test_every_problem_of_an_imported_tape_reads_in_japanese(qtbot, japanese, tab, troubled_tape):
    tab.import_file(troubled_tape)
    wait_for_pools(qtbot, tab)
    model = tab.report_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
    rules = {p.rule for g in model._groups for p in g.problems}
    assert {"balance_not_positive", "current_above_original", "duplicate_loan_id",
            "maturity_before_origination", "outlier", "cut_off_inferred"} <= rules
    assert model.rowCount(QModelIndex()) >= 6
    english = [
        f"{where}: {text!r} {english_words(OPTION.sub(' ', text), data)}"
        for where, text, data in _shown_texts(model)
        if english_words(OPTION.sub(" ", text), data)
    ]
    assert english == []


def test_the_same_tape_reads_in_english_in_the_english_interface(qtbot, tab, troubled_tape):
    install_language("en")
    tab.import_file(troubled_tape)
    wait_for_pools(qtbot, tab)
    model = tab.report_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
    messages = [model.index(row, MESSAGE).data() for row in range(model.rowCount())]
    assert any("balance -1000 is zero or negative" in text for text in messages)
    assert any("3 current balances above the original balance" in text for text in messages)


def test_the_import_review_shows_the_problems_and_what_blocks_in_japanese(
    qtbot, japanese, tab, monkeypatch
):
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog
    from tests.unit.pool import finding_tapes

    seen: list[list[tuple[str, str, frozenset[str]]]] = []

    def look(dialog) -> int:
        blocked = ("blocked", dialog.blocked.text(), frozenset())
        seen.append([blocked, *_shown_texts(dialog.problem_model)])
        return 0  # declined

    monkeypatch.setattr(ImportReviewDialog, "exec", look)
    tab.import_file(finding_tapes.path("f05_no_valid_rows"))
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    [texts] = seen
    assert "最終期日" in texts[0][1]  # the field no column is mapped to, in Japanese
    english = [
        f"{where}: {text!r}" for where, text, data in texts
        if english_words(OPTION.sub(" ", text), data)
    ]
    assert english == []


def test_a_file_the_desk_cannot_read_is_refused_in_japanese(qtbot, japanese, tab, errors, tmp_path):
    empty = tmp_path / "空のデータ.xlsx"
    empty.write_bytes(b"")
    tab.import_file(empty)
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    [(title, message)] = errors
    assert message == "空のデータ.xlsx：ファイルが空です（0 バイト）"
    assert english_words(title) == []
    assert tab._document.case.pools == []


def _tape_words(raw) -> frozenset[str]:
    """The tape's own texts (headers, title and totals cells), which stay as written."""
    cells = [*raw.headers, *(c for row in raw.title_rows for c in row)]
    return frozenset(str(cell).strip() for cell in cells if isinstance(cell, str) and cell.strip())


@pytest.mark.parametrize(
    "name",
    ["f01_percent_format", "f02_thousand_yen_title", "f02_thousand_yen_bare",
     "f02_yen_header_thousand_figures", "f03_cut_off_in_title", "f03_no_cut_off"],
)
def test_the_mapping_dialog_gives_its_evidence_in_japanese(qtbot, japanese, name):
    from jcr_desk.pool.cut_off import find_cut_off
    from jcr_desk.pool.mapping import auto_map
    from jcr_desk.pool.reader import read_sheet
    from jcr_desk.pool.tape import unit_readings
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog
    from tests.unit.pool import finding_tapes

    raw = read_sheet(finding_tapes.path(name))
    mapping = auto_map(raw.headers)
    dialog = MappingDialog(f"{name}.xlsx", raw, mapping, unit_readings(raw, mapping),
                           find_cut_off(raw.title_rows, raw.date1904))
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.evidence.values()]
    texts += [dialog.cut_off_note.text(), dialog.problem.text()]
    texts += [  # what the Desk stores of each sample cell (the left of "→" is the tape's)
        sample.split(" → ")[1]
        for label in dialog.samples.values()
        for sample in label.text().split("   ")
        if " → " in sample
    ]
    assert any(texts)
    data = _tape_words(raw)
    english = [text for text in texts if english_words(OPTION.sub(" ", text), data)]
    assert english == []


def test_how_the_tape_was_read_is_in_japanese(qtbot, japanese, tab, monkeypatch, troubled_tape):
    from jcr_desk.pool.reader import read_sheet
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog

    rows: list[list[str]] = []

    def look(dialog) -> int:
        model = dialog.reading_model
        rows.extend(
            [model.index(r, c).data() or "" for c in range(model.columnCount())]
            for r in range(model.rowCount())
        )
        return 0

    monkeypatch.setattr(ImportReviewDialog, "exec", look)
    tab.import_file(troubled_tape)
    qtbot.waitUntil(lambda: bool(rows), timeout=30_000)
    data = _tape_words(read_sheet(troubled_tape))
    assert len(rows) > 5  # header, totals, cut-off and the units
    english = [row for row in rows if any(english_words(text, data) for text in row)]
    assert english == []


def test_the_value_map_dialog_names_its_fields_in_japanese(qtbot, japanese):
    from jcr_desk.pool.mapping import MappingProfile
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
    from tests.gui.test_value_map_dialog import UNKNOWN

    dialog = ValueMapDialog("coded.xlsx", UNKNOWN, MappingProfile("", {"loan_id": "No"}))
    qtbot.addWidget(dialog)
    model = dialog.model
    fields = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert "金利タイプ" in fields
    assert [f for f in fields if english_words(f)] == []


def test_the_pool_summary_names_its_mixes_and_flags_in_japanese(japanese):
    from jcr_desk.pool.strats import summarise
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.strat_panel import summary_lines

    loans = generate_loans(200, seed=5)
    lines = summary_lines(summarise(loans, loans.attrs["as_of"]))
    english = [line for line in lines if english_words(" ".join(line))]
    assert english == []
    assert ("投資用マンションの割合：投資用マンション", lines[-1][1]) == lines[-1]
