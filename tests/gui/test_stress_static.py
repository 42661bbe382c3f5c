"""Stress tab: static data into the base case, and adding / removing classes of notes."""

from __future__ import annotations

import copy
import string
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QComboBox

from jcr_desk.case.edits.pool_commands import ImportPool
from jcr_desk.structured.base_case import static_base_case
from jcr_desk.structured.deal import NoteClass
from jcr_desk.structured.static_data import read_static_data
from jcr_desk.structured.synthetic_static import write_synthetic_static
from jcr_desk.ui.stress import reason, static_import
from jcr_desk.ui.stress.qt_tranche_model import FIELDS
from jcr_desk.ui.stress.qt_vintage_model import COMPLETED, OBSERVED, VALUE_ROLE
from jcr_desk.ui.stress.tranche_rows import free_name, with_new_class, without_class

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
RUN_TIMEOUT_MS = 60_000
READ_TIMEOUT_MS = 15_000


@pytest.fixture
def tab(stress_tab):
    return stress_tab


@pytest.fixture
def static_file(tmp_path: Path) -> Path:
    """The demo originator's workbook: 12 annual vintages 2013–2024, 120 months."""
    return write_synthetic_static(
        tmp_path / "originator static.xlsx", lifetime_default=0.02, cpr=0.05
    )


def choose(monkeypatch, path: Path | None) -> None:
    """The file dialog answers ``path`` (None: the analyst cancelled it)."""
    monkeypatch.setattr(static_import, "choose_static_file", lambda _parent: path and str(path))


def open_review(qtbot, tab):
    qtbot.waitUntil(
        lambda: tab.static_import.dialog is not None and tab.static_import.dialog.isVisible(),
        timeout=READ_TIMEOUT_MS,
    )
    return tab.static_import.dialog


def drop_file(widget, path: Path) -> bool:
    """Drag ``path`` from a file manager onto ``widget``; True when the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(widget.rect().center())
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(  # a QPoint: PySide6 before 6.12 takes no QPointF here
        point.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        point, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_static_data_import_reviews_applies_reruns_and_undoes(
    qtbot, window, tab, static_file, monkeypatch, errors
):
    scenario_id = tab.selected_scenario().id
    before = copy.deepcopy(tab.selected_scenario().assumptions)
    expected = static_base_case(read_static_data(static_file))
    choose(monkeypatch, static_file)

    tab.base_case.import_button.click()
    dialog = open_review(qtbot, tab)

    model = dialog.vintage_model
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 12
    assert [model.index(r, 0).data() for r in (0, 11)] == ["2013", "2024"]
    # 2013 and 2014 are seen for 126 and 114 months → the full 120 columns; 2024 for 6.
    assert model.index(0, 4).data() == OBSERVED and model.index(1, 4).data() == OBSERVED
    assert model.index(11, 1).data(VALUE_ROLE) == 6 and model.index(11, 4).data() == COMPLETED
    assert model.index(11, 3).data(VALUE_ROLE) == pytest.approx(expected.lifetime_rates[11])
    texts = {key: label.text() for key, label in dialog.statistics.items()}
    assert texts["mean"].startswith(f"{expected.mean * 100:.3f}% (scenario now 2.500%)")
    assert texts["std"].startswith(f"{expected.std * 100:.3f}%")
    assert texts["trend"].startswith(f"{expected.trend * 100:+.3f} percentage points")
    assert texts["cpr"].startswith(f"{expected.cpr * 100:.3f}%")
    assert "months" in texts["seasoning"] and "from the cut-off" in texts["timing"]
    curves = [s.name() for s in dialog.curves.chart().series()]
    assert curves[:2] == ["2013", "2014"] and "2024 completed" in curves
    [timing] = dialog.timing.chart().series()
    assert timing.count() == len(dialog.timing_shares) > 0
    assert tab.selected_scenario().assumptions == before  # nothing changes before the choice

    first = tab.stored_result()
    dialog.use_button.click()

    assumptions = tab.selected_scenario().assumptions
    source = assumptions.base_case_source
    assert (source["kind"], source["file"]) == ("static_data", "originator static.xlsx")
    assert source["statistics"]["vintages"][0] == "2013"
    assert assumptions.base_default_rate == pytest.approx(expected.mean)
    assert assumptions.cpr == pytest.approx(expected.cpr)
    assert sum(assumptions.timing_curve) == pytest.approx(1.0)
    assert assumptions.timing_curve == pytest.approx(dialog.timing_shares)
    line = tab.base_case.source.text()
    assert line.startswith("static data originator static.xlsx, sheet Default rates")
    assert "12 vintages (2013–2024)" in line
    assert tab.base_case.fields["base_default_rate"].value() == pytest.approx(
        expected.mean * 100, abs=1e-3
    )
    assert tab.runs.timer.isActive()  # the debounced re-run is on its way
    qtbot.waitUntil(lambda: tab.stored_result() is not first, timeout=RUN_TIMEOUT_MS)
    assert tab.stored_result().result.base_case["base_default_rate"] == pytest.approx(expected.mean)

    window.undo_action.trigger()
    assert window.document.case.scenarios[0].id == scenario_id
    assert tab.selected_scenario().assumptions == before
    assert tab.base_case.source.text() == before.note
    assert errors == []


def test_cancelling_the_review_leaves_the_case_and_the_shortcut_opens_the_chooser(
    qtbot, window, tab, static_file, monkeypatch, errors
):
    assert tab.static_import.action.shortcut().toString() == "Ctrl+Shift+I"
    choose(monkeypatch, None)
    tab.static_import.action.trigger()  # the analyst closes the file dialog
    assert not window.lanes.busy and tab.static_import.dialog is None

    choose(monkeypatch, static_file)
    before = copy.deepcopy(tab.selected_scenario().assumptions)
    tab.static_import.action.trigger()
    open_review(qtbot, tab).reject()
    assert tab.static_import.dialog is None
    assert tab.selected_scenario().assumptions == before
    assert window.document.undo_stack.count() == 0
    assert "unchanged" in tab.status.text() and errors == []


def test_the_analyst_chooses_the_reading_of_the_vintages(
    qtbot, window, tab, static_file, monkeypatch, errors
):
    # 002 §2(1)(a): mean, mean + k standard deviations or the trend; the choice is recorded.
    expected = static_base_case(read_static_data(static_file))
    choose(monkeypatch, static_file)
    tab.base_case.import_button.click()
    dialog = open_review(qtbot, tab)
    assert dialog.method.currentData() == "mean" and not dialog.sd_multiple.isEnabled()
    dialog.method.setCurrentIndex(dialog.method.findData("mean_plus_sd"))
    dialog.sd_multiple.setValue(1.5)
    rate = expected.mean + 1.5 * expected.std
    assert f"{rate * 100:.3f}%" in dialog.chosen.text()
    dialog.use_button.click()
    assumptions = tab.selected_scenario().assumptions
    assert assumptions.base_default_rate == pytest.approx(rate)
    source = assumptions.base_case_source
    assert (source["method"], source["sd_multiple"]) == ("mean_plus_sd", 1.5)
    assert source["reading"] == "mean + 1.5 standard deviations of 12 vintages"
    qtbot.waitUntil(
        lambda: not tab.runs.timer.isActive() and not window.lanes.busy, timeout=RUN_TIMEOUT_MS
    )
    assert errors == []


def test_dropping_a_workbook_on_the_base_case_panel_imports_it(
    qtbot, window, tab, static_file, errors
):
    assert not drop_file(tab.base_case, static_file.with_suffix(".pdf"))
    assert drop_file(tab.base_case, static_file)
    open_review(qtbot, tab).use_button.click()
    assert tab.selected_scenario().assumptions.base_case_source["kind"] == "static_data"
    assert errors == []


def test_a_text_file_named_xlsx_is_refused_naming_the_file(
    qtbot, window, tab, tmp_path, monkeypatch, errors
):
    broken = tmp_path / "vintages.xlsx"
    broken.write_text("vintage,1M,2M\n2020,0.1%,0.2%\n", encoding="utf-8")
    before = copy.deepcopy(tab.selected_scenario().assumptions)
    choose(monkeypatch, broken)
    tab.base_case.import_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=READ_TIMEOUT_MS)
    [(title, message)] = errors
    assert title == "Cannot import the static data"
    assert message.startswith("vintages.xlsx: not a spreadsheet") and "\n" not in message
    assert tab.selected_scenario().assumptions == before
    assert window.document.undo_stack.count() == 0 and tab.static_import.dialog is None


def test_text_in_a_rate_cell_names_file_sheet_row_and_column(
    qtbot, window, tab, static_file, monkeypatch, errors
):
    book = openpyxl.load_workbook(static_file)
    book["Default rates"]["D5"] = "approx. 0.1"  # 2013 vintage, month 2
    book.save(static_file)
    before = copy.deepcopy(tab.selected_scenario().assumptions)
    choose(monkeypatch, static_file)
    tab.base_case.import_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=READ_TIMEOUT_MS)
    assert errors == [
        (
            "Cannot import the static data",
            "originator static.xlsx, sheet Default rates, row 5, column D (2M): "
            "'approx. 0.1' is not a number",
        )
    ]
    assert tab.selected_scenario().assumptions == before
    assert "not imported" in tab.status.text()


def test_cancelling_the_read_leaves_the_case(qtbot, window, tab, static_file, monkeypatch):
    started: list[str] = []

    def slow(*_args, progress, cancel, **_kwargs):
        progress(0.1, "Reading")
        started.append("reading")
        cancel._event.wait()  # blocks until Cancel: a read that only ends when cancelled
        cancel.raise_if_cancelled()

    monkeypatch.setattr(static_import, "propose_static_base_case", slow)
    choose(monkeypatch, static_file)
    before = copy.deepcopy(tab.selected_scenario().assumptions)
    tab.base_case.import_button.click()
    qtbot.waitUntil(
        lambda: started == ["reading"] and not window.task_status.isHidden(), timeout=5_000
    )
    qtbot.mouseClick(window.task_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lanes.busy, timeout=5_000)
    window.lanes.wait()
    assert tab.selected_scenario().assumptions == before
    assert tab.static_import.dialog is None
    assert "cancelled; the case is unchanged" in tab.status.text()


def test_add_and_remove_a_class_with_a_reason(qtbot, window, tab, monkeypatch, errors):
    model = tab.tranche_model
    QAbstractItemModelTester(model, FATAL)
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "mezzanine class for the seller")
    names = [t.name for t in model.tranches()]
    residual = model.tranches()[-1]
    assert residual.coupon_type == "residual"

    tab.structure.add_class.click()

    tranches = model.tranches()
    added = tranches[-2]
    assert [t.name for t in tranches] == [*names[:-1], added.name, residual.name]
    assert (added.rank, added.balance, added.coupon_type) == (3, 0, "fixed")
    assert tranches[-1].rank == 4
    assert window.document.case.audit[-1].detail.endswith("reason: mezzanine class for the seller")
    selected = tab.structure.tranches.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [2] and tab.structure.remove_class.isEnabled()
    assert tab.runs.timer.isActive()

    tab.structure.tranches.selectRow(3)  # a residual class may go: the pool above is OC
    assert tab.structure.remove_class.isEnabled()
    tab.structure.tranches.selectRow(2)
    tab.structure.remove_class.click()
    assert [t.name for t in model.tranches()] == names
    assert [t.rank for t in model.tranches()] == [1, 2, 3]
    assert window.document.undo_stack.count() == 2

    window.undo_action.trigger()
    assert model.rowCount() == 4
    assert errors == []


def test_coupon_type_is_chosen_from_a_list(qtbot, window, tab, monkeypatch, errors):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "senior notes float")
    view = tab.structure.tranches
    index = tab.tranche_model.index(0, FIELDS.index("coupon_type"))
    view.edit(index)
    [combo] = view.viewport().findChildren(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["fixed", "floating", "residual"]
    assert combo.currentText() == "fixed"
    combo.setCurrentText("floating")
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: tab.selected_scenario().structure.ordered()[0].coupon_type == "floating",
        timeout=5_000,
    )
    assert tab.tranche_model.index(0, FIELDS.index("coupon_type")).data() == "floating"
    assert errors == []


def test_a_pool_import_schedules_the_rerun(qtbot, window, tab):
    pool = window.document.case.pools[0]
    assert not tab.runs.timer.isActive()
    assert window.push(ImportPool(replace(pool, name="Re-cut tape")))
    assert tab.runs.timer.isActive()


def test_new_class_helpers_keep_the_residual_last():
    tranches = [
        NoteClass("Sub", 5, 10.0, "residual"),
        NoteClass("Class A", 1, 90.0, "fixed", 0.01),
    ]
    grown = with_new_class(tranches, free_name(tranches))
    assert [(t.name, t.rank) for t in grown] == [("Class A", 1), ("Class B", 2), ("Sub", 5)]
    assert [(t.name, t.rank) for t in without_class(grown, "Class A")] == [
        ("Class B", 1),
        ("Sub", 2),
    ]
    named = [NoteClass(f"Class {c}", i + 1, 0.0) for i, c in enumerate(string.ascii_uppercase)]
    assert free_name(named) == "Class 27"


def test_the_only_rated_class_cannot_be_removed(qtbot, window, tab, monkeypatch, errors):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "one senior class")
    tab.structure.tranches.selectRow(1)
    tab.structure.remove_class.click()  # Class B goes
    tab.structure.tranches.selectRow(0)
    assert not tab.structure.remove_class.isEnabled()
    assert "at least one rated class" in tab.structure.remove_class.toolTip()
    assert errors == []
