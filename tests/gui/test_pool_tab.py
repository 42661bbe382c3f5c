"""The Pool tab: tape import end to end, the problem report, sorting a large loan table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableView

from jcr_desk.pool.problems import Problem
from jcr_desk.ui.models.qt_loan_table_model import LoanTableModel
from jcr_desk.ui.pool.report_model import ProblemTableModel

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


def test_report_model_lists_problems_and_sorts_rows_numerically():
    model = ProblemTableModel()
    QAbstractItemModelTester(model, FATAL)
    problems = [
        Problem("Loans", 12, "F", "Current balance", "current_balance", "-5", "balance_positive",
                "error", "Current balance must be above zero"),
        {"sheet": "Loans", "row": None, "column": None, "header": None, "field": None,
         "value": "", "rule": "totals", "severity": "warning", "message": "Totals differ"},
    ]
    model.set_problems(problems)
    assert model.rowCount() == 2 and model.columnCount() == 8
    assert [model.index(0, c).data() for c in range(8)] == [
        "error", "Loans", "12", "F", "Current balance", "-5", "balance_positive",
        "Current balance must be above zero"]
    assert model.index(1, 2).data() == ""
    assert model.index(1, 2).data(Qt.ItemDataRole.UserRole) == -1
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) != model.index(
        1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert model.problem(0)["field"] == "current_balance"
    model.set_problems([])
    assert model.rowCount() == 0


# -- the strat panel -------------------------------------------------------------------------


def test_strat_panel_shows_summary_strat_table_and_chart(qtbot):
    from jcr_desk.pool.strats import stratify
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.ui.pool.strat_panel import StratPanel

    loans = generate_loans(200, seed=11)
    panel = StratPanel()
    qtbot.addWidget(panel)
    QAbstractItemModelTester(panel.strat_model, FATAL)
    panel.set_loans(loans)
    assert panel.summary_value("Loans") == "200"
    assert panel.summary_value("Current balance") == f"¥{loans['current_balance'].sum():,.0f}"
    panel.field_choice.setCurrentText("prefecture")
    expected = stratify(loans, "prefecture")
    assert panel.strat_model.rowCount() == len(expected.labels)
    assert panel.strat_model.index(0, 0).data() == expected.labels[0]
    assert panel.bar_values() == pytest.approx([s * 100 for s in expected.shares])
    assert sum(panel.bar_values()) == pytest.approx(100.0)
    panel.set_loans(None)
    assert panel.strat_model.rowCount() == 0 and panel.bar_values() == []


# -- the import flow -------------------------------------------------------------------------


@pytest.fixture
def tab(qtbot, monkeypatch, tmp_path):
    """A Pool tab over an empty case; every import dialog answers OK unless a test says."""
    from jcr_desk.ui.document import CaseDocument
    from jcr_desk.ui.pool import import_dialog
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
    from jcr_desk.ui.tabs.context import TabContext
    from jcr_desk.ui.tabs.pool_tab import PoolTab
    from jcr_desk.ui.workers import TaskLanes

    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))
    for dialog in (import_dialog.SheetDialog, import_dialog.MappingDialog,
                   import_dialog.ImportSummaryDialog, ValueMapDialog):
        monkeypatch.setattr(dialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    document = CaseDocument()
    lanes = TaskLanes()

    def push(command) -> bool:
        document.push(command)
        return True

    widget = PoolTab(TabContext(document, push, lambda: "Test Analyst", lanes))
    qtbot.addWidget(widget)
    yield widget
    lanes.wait()


@pytest.fixture
def tape(tmp_path) -> tuple[Path, pd.DataFrame]:
    """A 40-loan tape: loan 3 has a negative balance (error), loan 7 owes more than it
    borrowed (warning)."""
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.pool.tape_writer import write_tape_xlsx

    loans = generate_loans(40, seed=7)
    loans.loc[3, "current_balance"] = -1_000.0
    loans.loc[7, "current_balance"] = loans.loc[7, "original_balance"] * 1.5
    return write_tape_xlsx(loans, tmp_path / "tape.xlsx"), loans


def _excel_row(loan: int) -> int:
    from jcr_desk.pool.tape_writer import HEADER_ROW

    return HEADER_ROW + 1 + loan


def _wait_for_import(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: bool(tab._document.case.pools), timeout=30_000)


def test_import_click_problem_read_strat_and_undo(qtbot, tab, tape):
    path, loans = tape
    tab.import_file(path)
    _wait_for_import(qtbot, tab)
    document = tab._document
    pool = document.case.pools[0]
    assert tab.loan_model.rowCount() == len(loans) - 1 == len(pool.loans)
    assert pool.source["file"].endswith("tape.xlsx")
    errors = [p for p in pool.report if p["severity"] == "error"]
    assert {p["row"] for p in errors} == {_excel_row(3)}
    assert "errors 1," in tab.details.tabText(0)

    warning = next(
        r for r in range(tab.report_model.rowCount())
        if tab.report_model.problem(r)["row"] == _excel_row(7)
        and tab.report_model.problem(r)["field"] == "current_balance"
    )
    tab.loans.sortByColumn(tab.loan_model.column_of("current_balance"), DESC)
    proxy_index = tab.report_proxy.mapFromSource(tab.report_model.index(warning, 0))
    tab.report.clicked.emit(proxy_index)
    current = tab.loans.currentIndex()
    assert current.column() == tab.loan_model.column_of("current_balance")
    loan_id = tab.loan_model.index(current.row(), tab.loan_model.column_of("loan_id")).data()
    assert loan_id == loans.loc[7, "loan_id"]
    assert tab.loan_model.headerData(current.row(), Qt.Orientation.Vertical) == str(
        _excel_row(7))

    error = next(r for r in range(tab.report_model.rowCount())
                 if tab.report_model.problem(r)["severity"] == "error")
    tab.report.clicked.emit(tab.report_proxy.mapFromSource(tab.report_model.index(error, 0)))
    assert "excluded" in tab.status.text()

    assert tab.strats.summary_value("Loans") == f"{len(loans) - 1:,}"
    assert sum(tab.strats.bar_values()) == pytest.approx(100.0)

    document.undo_stack.undo()
    assert document.case.pools == []
    assert tab.loan_model.rowCount() == 0 and tab.report_model.rowCount() == 0
    document.undo_stack.redo()
    assert tab.loan_model.rowCount() == len(loans) - 1


def test_dropped_tape_imports_and_a_declined_summary_changes_nothing(
    qtbot, tab, tape, monkeypatch
):
    from jcr_desk.ui.pool.import_dialog import ImportSummaryDialog

    path, _loans = tape
    shown: list[str] = []

    def decline(dialog) -> QDialog.DialogCode:
        shown.append(dialog.message.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportSummaryDialog, "exec", decline)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    tab.dropEvent(event)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert shown[0].startswith("39 loans readable, 1 rows with errors will be excluded")
    assert tab._document.case.pools == []
    assert tab._document.undo_stack.count() == 0
    assert "unchanged" in tab.status.text()


def _press_ok(dialog: QDialog) -> QDialog.DialogCode:
    """Click the dialog's OK button as the analyst would; what ``exec`` would then return."""
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return QDialog.DialogCode(dialog.result())


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
    from jcr_desk.ui.pool.import_dialog import MappingDialog
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
        return _press_ok(dialog)

    def map_values(dialog) -> QDialog.DialogCode:
        dialog.show()
        qtbot.waitExposed(dialog)
        model = dialog.model
        asked.append({model.index(r, 1).data(): int(model.index(r, 2).data())
                      for r in range(model.rowCount())})
        for row in range(model.rowCount()):
            _choose_in_editor(qtbot, dialog, row, meaning[model.index(row, 1).data()])
        assert dialog.save_choices.isChecked()
        return _press_ok(dialog)

    monkeypatch.setattr(MappingDialog, "exec", confirm_mapping)
    monkeypatch.setattr(ValueMapDialog, "exec", map_values)
    tab.import_file(path)
    _wait_for_import(qtbot, tab)
    assert asked == [{RATE_CODES[code]: n for code, n in expected.items()}]
    pool = tab._document.case.pools[0]
    assert len(pool.loans) == 40
    assert pool.loans["rate_type"].astype(str).value_counts().to_dict() == expected
    assert not [p for p in pool.report if p["severity"] == "error"]
    [profile] = load_profiles()
    assert profile.name == "Originator R" and profile.values == {"rate_type": meaning}

    # Next month: the same tape, the saved profile picked; no value step, the same codes.
    qtbot.waitUntil(lambda: not tab._runner.busy, timeout=15_000)
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


def test_import_action_has_ctrl_i(tab):
    action = tab.import_action()
    assert action is tab.import_action()
    assert action.shortcut().toString() == "Ctrl+I"


def test_source_line_reads_as_a_sentence():
    from jcr_desk.ui.tabs.pool_tab import source_text

    text = source_text({
        "file": "tape.xlsx", "sheet": "Loans", "imported_at": "2026-11-22T20:55:24+00:00",
        "imported": 2998, "excluded": 2, "sha256": "c1ad3f13f3066922f56904a2ab1129a7",
    })
    assert text == ("tape.xlsx, sheet Loans · imported 2026-11-22 20:55 UTC · 2,998 loans "
                    "imported, 2 rows excluded · SHA-256 c1ad3f13f306…")
    assert source_text({"generator": "synthetic"}) == "generator: synthetic"
