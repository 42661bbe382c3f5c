"""The Pool tab: tape import end to end, the problem report, sorting a large loan table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QDialog, QTableView

from jcr_desk.ui.models.qt_loan_table_model import LoanTableModel
from tests.gui import pool_helpers
from tests.gui.pool_helpers import excel_row, press_ok, wait_for_pools, wait_for_profile

tab, tape = pool_helpers.tab, pool_helpers.tape  # the fixtures of the import tests

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def _column(model: LoanTableModel, name: str) -> list[str]:
    column = model.column_of(name)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_loan_model_sorts_each_dtype_with_missing_values_last():
    loans = pd.DataFrame(
        {
            "loan_id": pd.Series(["L3", None, "L1", "L2"], dtype="string"),
            "prefecture": pd.Categorical(["大阪府", "東京都", None, "愛知県"],
                                         categories=["東京都", "大阪府", "愛知県"]),
            "current_balance": [3.0e6, float("nan"), 1.0e6, 2.0e6],
            "months_in_arrears": pd.array([2, 0, None, 1], dtype="Int64"),
            "first_lien": [True, False, True, False],
            "origination_date": pd.to_datetime(["2019-01-01", "2015-04-01", None, "2020-02-29"]),
        }
    )
    model = LoanTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_loans(loans, np.array([5, 6, 7, 8]))

    model.sort(model.column_of("loan_id"), ASC)
    assert _column(model, "loan_id") == ["L1", "L2", "L3", ""]
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(4)] == [
        "7", "8", "5", "6"]
    model.sort(model.column_of("loan_id"), DESC)
    assert _column(model, "loan_id") == ["L3", "L2", "L1", ""]
    model.sort(model.column_of("prefecture"), ASC)  # by label, not by category code
    assert _column(model, "prefecture") == [*sorted(["大阪府", "東京都", "愛知県"]), ""]
    model.sort(model.column_of("current_balance"), DESC)
    assert _column(model, "current_balance") == ["3,000,000", "2,000,000", "1,000,000", ""]
    model.sort(model.column_of("months_in_arrears"), ASC)
    assert _column(model, "months_in_arrears") == ["0", "1", "2", ""]
    model.sort(model.column_of("origination_date"), ASC)
    assert _column(model, "origination_date")[:3] == ["2015-04-01", "2019-01-01", "2020-02-29"]
    model.sort(model.column_of("first_lien"), DESC)
    assert _column(model, "first_lien") == ["Yes", "Yes", "No", "No"]
    assert model.view_row(model.loan_position(2)) == 2


def test_sorting_keeps_selection_on_the_same_loan(qtbot):
    loans = pd.DataFrame({"loan_id": ["C", "A", "B"], "current_balance": [3.0, 1.0, 2.0]})
    model = LoanTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_loans(loans)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(
        model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    model.sort(0, ASC)
    current = view.selectionModel().currentIndex()
    assert current.row() == 2 and current.data() == "C"
    assert view.selectionModel().isSelected(model.index(2, 0))


def test_two_hundred_thousand_loans_sort_as_arrays():
    n = 200_000
    rng = np.random.default_rng(4)
    loans = pd.DataFrame(
        {
            "loan_id": pd.Series([f"L{i:07d}" for i in range(n)], dtype="string"),
            "current_balance": rng.integers(1, 50_000_000, n).astype("float64"),
            "prefecture": pd.Categorical(rng.choice(["東京都", "大阪府", "福岡県"], n)),
        }
    )
    model = LoanTableModel()
    model.set_loans(loans)
    model.sort(1, DESC)
    top = [float(model.index(r, 1).data().replace(",", "")) for r in range(5)]
    assert top == sorted(loans["current_balance"].nlargest(5), reverse=True)
    assert model.loan_position(0) == int(loans["current_balance"].to_numpy().argmax())
    model.sort(0, DESC)
    assert model.index(0, 0).data() == f"L{n - 1:07d}"
    assert model.rowCount() == n


# -- the strat panel -------------------------------------------------------------------------


def test_strat_panel_shows_summary_strat_table_and_chart(qtbot):
    from jcr_desk.pool.strats import pool_profile, stratify
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.strat_panel import StratPanel

    loans = generate_loans(200, seed=11)
    panel = StratPanel()
    qtbot.addWidget(panel)
    QAbstractItemModelTester(panel.strat_model, FATAL)
    panel.set_profile(pool_profile(loans))
    assert panel.summary_value("Loans") == "200"
    assert panel.summary_value("Current balance") == f"¥{loans['current_balance'].sum():,.0f}"
    panel.field_choice.setCurrentText("Prefecture")
    expected = stratify(loans, "prefecture")
    assert panel.strat_model.rowCount() == len(expected.labels)
    assert panel.strat_model.index(0, 0).data() == expected.labels[0]
    assert panel.bar_values() == pytest.approx([s * 100 for s in expected.shares])
    assert sum(panel.bar_values()) == pytest.approx(100.0)
    panel.set_profile(None)
    assert panel.strat_model.rowCount() == 0 and panel.bar_values() == []


def test_yen_ranges_are_charted_in_millions_and_none_is_elided(qtbot):
    """Found on the smoke screenshots: "10,000,000 – 20,000,000 円" was elided under its bar
    and the first range ("< 10,000,000") was not drawn at all (the axis reads rich text)."""
    from PySide6.QtCharts import QBarCategoryAxis

    from jcr_desk.pool.strats import pool_profile, stratify
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.strat_panel import StratPanel

    loans = generate_loans(300, seed=11)
    panel = StratPanel()
    qtbot.addWidget(panel)
    panel.set_profile(pool_profile(loans))
    panel.field_choice.setCurrentText("Current balance")
    [axis] = [a for a in panel.chart.axes() if isinstance(a, QBarCategoryAxis)]
    expected = stratify(loans, "current_balance").labels
    assert list(expected[:2]) == ["< 10,000,000 yen", "10,000,000 – 20,000,000 yen"]
    assert axis.categories()[:2] == ["&lt; 10", "10 – 20"]
    assert len(axis.categories()) == len(expected)
    assert panel.chart.title() == "% of balance by Current balance, ¥ million"


def test_a_column_the_tape_lacks_reads_not_in_the_tape(qtbot):
    from jcr_desk.pool.strats import pool_profile
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.strat_panel import StratPanel

    loans = generate_loans(50, seed=2).drop(columns=["prefecture", "original_balance"])
    panel = StratPanel()
    qtbot.addWidget(panel)
    panel.set_profile(pool_profile(loans))
    assert panel.summary_value("Original balance") == "not in the tape"
    assert panel.summary_value("largest prefecture share") == "not in the tape"
    assert panel.summary_value("Prefecture") == "not in the tape"
    panel.field_choice.setCurrentText("Prefecture")
    assert panel.strat_model.rowCount() == 0
    assert panel.chart.title() == "Prefecture: not in the tape"


# -- the import flow -------------------------------------------------------------------------


def test_import_click_problem_read_strat_and_undo(qtbot, tab, tape):
    path, loans = tape
    tab.import_file(path)
    wait_for_pools(qtbot, tab)
    wait_for_profile(qtbot, tab)
    document = tab._document
    pool = document.case.pools[0]
    assert tab.loan_model.rowCount() == len(loans) - 1 == len(pool.loans)
    assert pool.source["file"].endswith("tape.xlsx")
    errors = [p for p in pool.report if p["severity"] == "error"]
    assert {p["row"] for p in errors} == {excel_row(3)}
    assert "errors 1," in tab.details.tabText(0)

    model = tab.report_model
    warning = next(
        model.index(r, 0) for r in range(model.rowCount())
        if model.problem(model.index(r, 0)).row == excel_row(7)
        and model.problem(model.index(r, 0)).field == "current_balance"
    )
    tab.loans.sortByColumn(tab.loan_model.column_of("current_balance"), DESC)
    tab.report.clicked.emit(warning)
    current = tab.loans.currentIndex()
    assert current.column() == tab.loan_model.column_of("current_balance")
    loan_id = tab.loan_model.index(current.row(), tab.loan_model.column_of("loan_id")).data()
    assert loan_id == loans.loc[7, "loan_id"]
    assert tab.loan_model.headerData(current.row(), Qt.Orientation.Vertical) == str(
        excel_row(7))

    error = model.index(0, 0)  # errors come first
    assert model.problem(error).severity == "error"
    tab.report.clicked.emit(error)
    assert "excluded" in tab.status.text()

    assert tab.strats.summary_value("Loans") == f"{len(loans) - 1:,}"
    assert sum(tab.strats.bar_values()) == pytest.approx(100.0)

    document.undo_stack.undo()
    assert document.case.pools == []
    assert tab.loan_model.rowCount() == 0 and tab.report_model.rowCount() == 0
    document.undo_stack.redo()
    assert tab.loan_model.rowCount() == len(loans) - 1


def test_dropped_tape_shows_its_report_and_a_declined_review_changes_nothing(
    qtbot, tab, tape, monkeypatch
):
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog

    path, _loans = tape
    shown: list[tuple[str, str | None, bool]] = []

    def decline(dialog) -> QDialog.DialogCode:
        shown.append((dialog.message.text(), dialog.strats.summary_value("Loans"),
                      dialog.import_button.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportReviewDialog, "exec", decline)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0] == (
        "40 rows read: 39 loans can be imported, 1 rows are excluded.", "39", True
    )
    assert tab._document.case.pools == []
    assert tab._document.undo_stack.count() == 0
    assert "unchanged" in tab.status.text()


def _choose_in_editor(qtbot, dialog, row: int, code: str) -> None:
    """Open the "Means" cell's combo through its delegate and pick ``code``."""
    index = dialog.model.index(row, dialog.model.CODE_COLUMN)
    dialog.table.edit(index)
    combo = dialog.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.table.indexWidget(index) is None)


def test_value_step_maps_an_originators_codes_and_the_profile_remembers_them(
    qtbot, tab, tmp_path, monkeypatch
):
    from jcr_desk.pool.mapping import load_profiles
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
    from tests.unit.pool.coded_tapes import RATE_CODES, write_coded_tape

    loans = generate_loans(40, seed=7)
    path = write_coded_tape(loans, tmp_path / "coded.xlsx")
    expected = loans["rate_type"].astype(str).value_counts().to_dict()
    meaning = {text: code for code, text in RATE_CODES.items()}
    asked: list[dict[str, int]] = []

    def confirm_mapping(dialog) -> QDialog.DialogCode:
        # The first time the analyst names the originator; the next time picks its profile.
        if dialog.profile_choice.findText("Originator R") >= 0:
            dialog.profile_choice.setCurrentText("Originator R")
        else:
            dialog.originator.setText("Originator R")
        return press_ok(dialog)

    def map_values(dialog) -> QDialog.DialogCode:
        dialog.show()
        qtbot.waitExposed(dialog)
        model = dialog.model
        asked.append({model.index(r, 1).data(): int(model.index(r, 2).data())
                      for r in range(model.rowCount())})
        for row in range(model.rowCount()):
            _choose_in_editor(qtbot, dialog, row, meaning[model.index(row, 1).data()])
        assert dialog.save_choices.isChecked()
        return press_ok(dialog)

    monkeypatch.setattr(MappingDialog, "exec", confirm_mapping)
    monkeypatch.setattr(ValueMapDialog, "exec", map_values)
    tab.import_file(path)
    wait_for_pools(qtbot, tab)
    assert asked == [{RATE_CODES[code]: n for code, n in expected.items()}]
    pool = tab._document.case.pools[0]
    assert len(pool.loans) == 40
    assert pool.loans["rate_type"].astype(str).value_counts().to_dict() == expected
    assert not [p for p in pool.report if p["severity"] == "error"]
    [profile] = load_profiles()
    assert profile.name == "Originator R" and profile.values == {"rate_type": meaning}

    # Next month: the same tape, the saved profile picked; no value step, the same codes.
    qtbot.waitUntil(lambda: not tab.flow._runner.busy, timeout=15_000)
    tab.import_file(path)
    qtbot.waitUntil(lambda: tab._document.undo_stack.count() == 2, timeout=30_000)
    assert len(asked) == 1
    again = tab._document.case.pools[0]
    assert again.source["profile"] == "Originator R"
    assert again.loans["rate_type"].astype(str).value_counts().to_dict() == expected


def test_cancelling_the_value_step_leaves_the_case_unchanged(qtbot, tab, tmp_path, monkeypatch):
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
    from tests.unit.pool.coded_tapes import write_coded_tape

    path = write_coded_tape(generate_loans(20, seed=3), tmp_path / "coded.xlsx")
    shown: list[int] = []

    def cancel(dialog) -> QDialog.DialogCode:
        shown.append(dialog.model.rowCount())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ValueMapDialog, "exec", cancel)
    tab.import_file(path)
    qtbot.waitUntil(lambda: "cancelled" in tab.status.text(), timeout=30_000)
    assert shown and shown[0] > 0
    assert tab._document.case.pools == []
    assert tab._document.undo_stack.count() == 0


def test_unreadable_file_shows_its_one_line_reason(qtbot, tab, tmp_path, errors):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("this is not a workbook", encoding="utf-8")
    tab.import_file(fake)
    qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    _title, message = errors[0]
    assert "notes.xlsx" in message and "\n" not in message
    assert tab._document.case.pools == []


def test_file_import_action_has_ctrl_i_and_asks_the_pool_tab(window, monkeypatch):
    asked: list[str] = []

    def choose_nothing(_parent, title, *args, **kwargs):
        asked.append(title)
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", choose_nothing)
    action = window.import_tape_action
    assert action.shortcut().toString() == "Ctrl+I"
    action.trigger()
    assert asked == ["Import loan tape"]


def test_source_line_reads_as_a_sentence():
    from jcr_desk.ui.tabs.pool_tab import source_text

    text = source_text({
        "file": "tape.xlsx", "sheet": "Loans", "imported_at": "2026-11-22T20:55:24+00:00",
        "imported": 2998, "excluded": 2, "sha256": "c1ad3f13f3066922f56904a2ab1129a7",
    })
    assert text == ("tape.xlsx, sheet Loans · imported 2026-11-22 20:55 UTC · 2,998 loans "
                    "imported, 2 rows excluded · SHA-256 c1ad3f13f306…")
    assert source_text({"generator": "synthetic"}) == "generator: synthetic"


# -- a large pool opens without reading every loan ------------------------------------------


def test_showing_a_large_pool_sizes_columns_from_a_sample_not_every_loan(
    qtbot, tab, monkeypatch
):
    """Sizing the loan columns read ~400,000 cells of a 3,000-loan pool on every layout
    pass (seconds at start-up and on first showing the tab); a sample of rows sizes them."""
    from jcr_desk.case.document.model import Case, StoredPool
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.loan_model import PoolLoanModel

    loans = generate_loans(3000, seed=5)
    reads = 0
    read = PoolLoanModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        nonlocal reads
        reads += 1
        return read(self, index, role)

    monkeypatch.setattr(PoolLoanModel, "data", counting)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab._document.replace(Case(pools=[StoredPool("p1", "Demo pool", loans)]), None)
    tab.repaint()
    tab.loans.horizontalHeader().setSortIndicator(1, ASC)  # sorting sizes nothing again
    tab.repaint()
    assert 0 < reads < len(loans) * len(loans.columns)
    header = tab.loans.horizontalHeader()
    for column in range(header.count() - 1):  # every header reads in full
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
