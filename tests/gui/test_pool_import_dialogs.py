"""Issue 15 in the window: the mapping dialog's units, samples and cut-off; the whole report
before the import; replacing or adding a pool; the tab's profile off the window's thread."""

from __future__ import annotations

import threading
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from jcr_desk.case.document.model import Case, Scenario
from jcr_desk.pool.cut_off import find_cut_off
from jcr_desk.pool.mapping import auto_map, load_profiles
from jcr_desk.pool.reader import read_sheet
from jcr_desk.pool.tape import unit_readings
from tests.gui import pool_helpers
from tests.gui.pool_helpers import press_ok, wait_for_pools, wait_for_profile
from tests.unit.pool import finding_tapes
from tests.unit.pool.finding_tapes import truth

tab, tape = pool_helpers.tab, pool_helpers.tape  # the fixtures of the import tests
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


def mapping_dialog(qtbot, name: str):
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog

    raw = read_sheet(finding_tapes.path(name))
    mapping = auto_map(raw.headers)
    readings = unit_readings(raw, mapping)
    dialog = MappingDialog(f"{name}.xlsx", raw, mapping, readings,
                           find_cut_off(raw.title_rows, raw.date1904))
    qtbot.addWidget(dialog)
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


# -- the mapping dialog ------------------------------------------------------------------------


def test_three_samples_per_column_as_read_and_as_stored(qtbot):
    dialog = mapping_dialog(qtbot, "f01_percent_format")
    loans = truth("f01_percent_format")
    rate = loans["interest_rate"].iloc[0]
    shown = dialog.samples["interest_rate"].text().split("   ")
    assert len(shown) == 3
    assert shown[0] == f"{rate:g} → {rate * 100:.3f} %"  # a fraction in a percent format
    balance = loans["current_balance"].iloc[0]
    assert dialog.samples["current_balance"].text().startswith(f"{balance} → ¥{balance:,}")
    start = loans["origination_date"].iloc[0].date().isoformat()
    assert dialog.samples["origination_date"].text().startswith(f"{start} → {start}")
    assert dialog.evidence["interest_rate"].text() == "From 40 cells in a percent format (0.00 %)"
    assert dialog.read_button.isEnabled()


def test_an_undecided_unit_must_be_chosen_before_the_tape_is_read(qtbot):
    dialog = mapping_dialog(qtbot, "f02_yen_header_thousand_figures")
    assert not dialog.read_button.isEnabled()
    assert "Original balance, Current balance" in dialog.problem.text()
    assert dialog.units["current_balance"].currentText() == "choose…"
    assert dialog.evidence["current_balance"].text().startswith("Not decided: header")
    first = truth("f02_yen_header_thousand_figures")["current_balance"].iloc[0]
    choose(dialog.units["original_balance"], "thousand_yen")
    assert not dialog.read_button.isEnabled()
    choose(dialog.units["current_balance"], "thousand_yen")
    assert dialog.read_button.isEnabled() and dialog.problem.text() == ""
    assert f"→ ¥{first:,}" in dialog.samples["current_balance"].text()
    assert dialog.choices().units == {
        "original_balance": "thousand_yen", "current_balance": "thousand_yen"
    }
    assert press_ok(dialog) == QDialog.DialogCode.Accepted


def test_no_cut_off_in_the_tape_is_said_and_the_entered_date_is_taken(qtbot):
    dialog = mapping_dialog(qtbot, "f03_no_cut_off")
    assert dialog.cut_off.text() == ""
    assert "states no cut-off date" in dialog.cut_off_note.text()
    assert dialog.choices().cut_off is None
    qtbot.keyClicks(dialog.cut_off, "30/09/2026")
    assert press_ok(dialog) == QDialog.DialogCode.Rejected
    assert "YYYY-MM-DD" in dialog.problem.text()
    dialog.cut_off.setText("2026-09-30")
    assert dialog.choices().cut_off == date(2026, 9, 30)
    assert press_ok(dialog) == QDialog.DialogCode.Accepted


def test_a_cut_off_found_in_the_title_is_shown_with_its_row(qtbot):
    dialog = mapping_dialog(qtbot, "f03_cut_off_in_title")
    assert dialog.cut_off.text() == "2026-09-30"
    assert "住宅ローン債権明細（2026年9月30日現在）" in dialog.cut_off_note.text()
    assert dialog.choices().cut_off is None  # the tape's own date, not an entered one


def test_mapping_another_column_weighs_its_evidence_again(qtbot):
    dialog = mapping_dialog(qtbot, "f01_percent_format")
    combo = dialog.columns["interest_rate"]
    combo.setCurrentIndex(combo.findText("返済比率（%）"))
    assert dialog.evidence["interest_rate"].text().startswith('From header "返済比率（%）"')
    assert dialog.units["interest_rate"].currentData() == "percent"


def test_the_profile_keeps_the_units_and_the_cut_off_rule(qtbot):
    dialog = mapping_dialog(qtbot, "f03_no_cut_off")
    dialog.originator.setText("Sample Bank")
    choose(dialog.cut_off_rule, "newest_origination")
    assert press_ok(dialog) == QDialog.DialogCode.Accepted
    [profile] = load_profiles()
    assert profile.cut_off_rule == "newest_origination"
    assert profile.units["current_balance"] == "yen"


# -- the report before the import ---------------------------------------------------------------


def test_a_tape_nothing_of_which_can_be_imported_is_shown_whole(qtbot, tab, monkeypatch):
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog

    seen: list[dict] = []

    def look(dialog) -> QDialog.DialogCode:
        QAbstractItemModelTester(dialog.problem_model, FATAL)
        seen.append({
            "message": dialog.message.text(),
            "blocked": dialog.blocked.text(),
            "enabled": dialog.import_button.isEnabled(),
            "loans": dialog.strats.summary_value("Loans"),
            "first": dialog.problem_model.index(0, 4).data(),
        })
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportReviewDialog, "exec", look)
    tab.import_file(finding_tapes.path("f05_no_valid_rows"))
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    [shown] = seen
    assert shown["message"] == "201 rows read: 0 loans can be imported, 201 rows are excluded."
    assert "Maturity date" in shown["blocked"] and not shown["enabled"]
    assert shown["loans"] == "201"  # the summary is there to inspect
    assert "Maturity date" in shown["first"]  # the file-level error first
    assert tab._document.case.pools == []


def test_choosing_the_units_in_the_mapping_dialog_imports_the_true_figures(
    qtbot, tab, monkeypatch
):
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog

    def decide(dialog) -> QDialog.DialogCode:
        for name in ("original_balance", "current_balance"):
            choose(dialog.units[name], "thousand_yen")
        return press_ok(dialog)

    monkeypatch.setattr(MappingDialog, "exec", decide)
    tab.import_file(finding_tapes.path("f02_yen_header_thousand_figures"))
    wait_for_pools(qtbot, tab)
    pool = tab._document.case.pools[0]
    expected = truth("f02_yen_header_thousand_figures")["current_balance"].to_numpy(float)
    np.testing.assert_array_equal(pool.loans["current_balance"], expected)
    assert pool.source["units"]["current_balance"] == "thousand_yen"
    assert "set by the analyst" in pool.source["unit_evidence"]["current_balance"]


# -- replacing or adding a pool ----------------------------------------------------------------


@pytest.fixture
def case_with_a_scenario(tab):
    from tests.unit.case.test_pool_commands import tape_pool

    march = tape_pool("march", 20)
    case = Case(pools=[march], scenarios=[Scenario("s1", "Base", pool_id="march")])
    tab._document.replace(case, None)
    return case


@pytest.mark.parametrize("mode", ["replace", "add"])
def test_a_second_tape_replaces_the_pool_or_is_added_and_undo_takes_it_back(
    qtbot, tab, tape, monkeypatch, case_with_a_scenario, mode
):
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog

    offered: list[list[str]] = []

    def answer(dialog) -> QDialog.DialogCode:
        offered.append([dialog.replaced_pool.itemText(i)
                        for i in range(dialog.replaced_pool.count())])
        (dialog.replace if mode == "replace" else dialog.add).setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportReviewDialog, "exec", answer)
    path, _loans = tape
    case = case_with_a_scenario
    tab.import_file(path)
    qtbot.waitUntil(lambda: tab._document.undo_stack.count() == 1, timeout=30_000)
    assert offered == [["pool march"]]
    new = next(p for p in case.pools if p.id != "march")
    if mode == "replace":
        assert [p.id for p in case.pools] == [new.id]
        assert case.scenarios[0].pool_id == new.id
    else:
        assert [p.id for p in case.pools] == ["march", new.id]
        assert case.scenarios[0].pool_id == "march"
    assert tab.selected_pool() is new
    tab._document.undo_stack.undo()
    assert [p.id for p in case.pools] == ["march"]
    assert case.scenarios[0].pool_id == "march"


# -- the tab ---------------------------------------------------------------------------------


def test_loan_headers_read_as_words_and_the_profile_is_made_off_the_windows_thread(
    qtbot, tab, tape, monkeypatch
):
    from jcr_desk.ui.tabs import pool_tab

    threads: list[bool] = []
    profile = pool_tab.pool_profile

    def watched(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return profile(*args, **kwargs)

    monkeypatch.setattr(pool_tab, "pool_profile", watched)
    path, _loans = tape
    tab.import_file(path)
    wait_for_pools(qtbot, tab)
    wait_for_profile(qtbot, tab)
    assert threads and not any(threads)
    model = tab.loan_model
    header = model.headerData(model.column_of("remaining_term_months"), Qt.Orientation.Horizontal)
    assert header == "Remaining term"
    assert model.headerData(model.column_of("excel_row"), Qt.Orientation.Horizontal) == "Excel row"
    assert model.headerData(model.column_of("ltv"), Qt.Orientation.Horizontal) == "LTV"


def test_the_problem_tree_groups_warnings_with_their_rows_as_children():
    from jcr_desk.pool.tape import read_tape
    from jcr_desk.ui.pool.problem_tree_model import ProblemTreeModel

    problems = read_tape(finding_tapes.path("f07_many_warnings")).problems
    model = ProblemTreeModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_problems(problems)
    assert model.counts() == (3, 60)
    assert [model.index(r, 0).data() for r in range(4)] == [
        "error", "error", "error", "warning ×60"
    ]
    group = model.index(3, 0)
    assert model.rowCount(group) == 60
    assert model.index(3, 4).data().startswith("債務者番号: 30 borrowers hold more than one loan")
    child = model.index(0, 1, group)
    assert child.data() == "8" and model.problem(child).rule == "borrower_several_loans"
    assert model.parent(child) == group
