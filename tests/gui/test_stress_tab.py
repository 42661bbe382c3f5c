"""The Stress & enhancement tab: run, edit with a reason, re-run by itself, cancel, reopen."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from jcr_desk.case import save_case
from jcr_desk.case.edits.scenario_commands import store_result
from jcr_desk.case.services import stress_run
from jcr_desk.structured.result import ClassRating, Layers
from jcr_desk.ui.stress import reason
from jcr_desk.ui.stress.qt_enhancement_model import VALUE_ROLE, EnhancementTableModel
from jcr_desk.ui.stress.qt_multiplier_model import ADJUSTED, HEADERS, INTERPOLATED, RULEBOOK
from tests.gui.conftest import wait_idle
from tests.unit.case.factories import sample_result

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def tab(stress_tab):
    return stress_tab


@pytest.fixture
def runs(monkeypatch) -> list[str]:
    """Scenario ids the engine was asked to run (the real engine still runs)."""
    started: list[str] = []
    real = stress_run.run_scenario

    def spy(case, scenario_id, **kwargs):
        started.append(scenario_id)
        return real(case, scenario_id, **kwargs)

    monkeypatch.setattr(stress_run, "run_scenario", spy)
    return started


@pytest.fixture
def testers(tab) -> list[QAbstractItemModelTester]:
    """Model testers on every table of the tab, attached before anything changes."""
    models = [
        tab.results.enhancement_model,
        tab.results.by_recovery,
        tab.results.by_cpr,
        tab.multipliers.model,
        tab.tranche_model,
    ]
    return [QAbstractItemModelTester(model, FATAL) for model in models]


def run_and_wait(qtbot, tab):
    before = tab.stored_result()
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.stored_result() is not before, timeout=RUN_TIMEOUT_MS)
    return tab.stored_result()


def table_figures(model: EnhancementTableModel) -> dict[tuple[str, str], object]:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return {
        (rating, header): model.index(row, column).data(VALUE_ROLE)
        for row, rating in enumerate(model.ratings())
        for column, header in enumerate(headers)
    }


def expected_figures(stored) -> dict[tuple[str, str], object]:
    """The table's figures as the result's JSON record holds them."""
    data = stored if isinstance(stored, dict) else stored.result.to_dict()
    expected = {}
    for rating, row in data["ratings"].items():
        for key, header in (
            ("bad_loan", "Bad loan"),
            ("interest_rate", "Interest rate"),
            ("commingling", "Commingling"),
            ("setoff", "Setoff"),
        ):
            expected[rating, header] = row["layers"][key]
        expected[rating, "Total"] = row["total"]
        for name, tranche in row["tranches"].items():
            expected[rating, f"{name}\nrequired"] = tranche["required_ce"]
            expected[rating, f"{name}\navailable"] = tranche["available_ce"]
            expected[rating, name] = tranche["pass"]
    return expected


def test_run_fills_the_enhancement_table_with_the_results_numbers(
    qtbot, window, tab, testers, errors
):
    assert tab.results.enhancement_model.rowCount() == 0
    assert "No result yet" in tab.results.computed.text()
    assert not window.isWindowModified()

    result = run_and_wait(qtbot, tab)

    data = result.result.to_dict()
    model = tab.results.enhancement_model
    assert model.ratings() == list(data["ratings"]) == ["AAA", "AA", "A", "BBB"]
    assert table_figures(model) == expected_figures(data)
    aaa_total = model.index(0, model.column_of("Total")).data()
    assert aaa_total == f"{data['ratings']['AAA']['total'] * 100:.2f}%"
    assert window.isWindowModified()  # the result is in the case: the analyst saves it
    assert "from the current inputs" in tab.results.computed.text()
    assert tab.results.charts.series_names(tab.results.charts.balance) == list(data["ratings"])
    assert tab.results.by_recovery.rowCount() == len(data["sensitivity"]["default_multiples"])
    assert "Class A" in tab.results.details.text()
    assert errors == []


def test_multiplier_adjustment_with_reason_reruns_and_undo_restores(
    qtbot, window, tab, testers, monkeypatch, errors
):
    first = run_and_wait(qtbot, tab)
    monkeypatch.setattr(reason, "ask_adjustment", lambda *_a: ("ltv", "LTVs above 90 %"))
    model = tab.multipliers.model
    row = model.row_of("AAA", "first_five_years")
    rulebook = model.index(row, RULEBOOK).data(VALUE_ROLE)
    assert model.index(model.row_of("AA", "prepayment"), HEADERS.index("Basis")).data() == (
        INTERPOLATED
    )

    model.setData(model.index(row, ADJUSTED), f"{rulebook * 2:g}")
    qtbot.waitUntil(lambda: tab.stored_result() is not first, timeout=RUN_TIMEOUT_MS)

    scenario = tab.selected_scenario()
    [adjustment] = scenario.assumptions.multiplier_adjustments
    assert (adjustment.factor, adjustment.reason) == ("ltv", "LTVs above 90 %")
    assert "LTVs above 90 %" in window.document.case.audit[-1].detail
    assert model.index(row, ADJUSTED).data(VALUE_ROLE) == rulebook * 2
    adjusted = tab.stored_result().result.to_dict()
    assert adjusted["ratings"]["AAA"]["multipliers"]["first_five_years"] == rulebook * 2
    assert table_figures(tab.results.enhancement_model) == expected_figures(adjusted)
    assert (
        adjusted["ratings"]["AAA"]["realised_default_rate"]
        > first.result.line("AAA").realised_default_rate
    )

    second = tab.stored_result()
    window.undo_action.trigger()
    assert tab.selected_scenario().assumptions.multiplier_adjustments == ()
    assert model.index(row, ADJUSTED).data(VALUE_ROLE) is None
    qtbot.waitUntil(lambda: tab.stored_result() is not second, timeout=RUN_TIMEOUT_MS)
    assert table_figures(tab.results.enhancement_model) == expected_figures(first)
    assert errors == []


def test_an_edit_without_a_reason_changes_nothing(qtbot, window, tab, monkeypatch, runs):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: None)
    spin = tab.base_case.fields["cpr"]
    before = tab.selected_scenario().assumptions.cpr
    spin.setValue(12.5)
    spin.editingFinished.emit()
    assert tab.selected_scenario().assumptions.cpr == before
    assert spin.value() == pytest.approx(before * 100)
    assert window.document.undo_stack.count() == 0
    assert not tab.runs.timer.isActive() and runs == []


def test_typed_base_case_records_its_source(qtbot, window, tab, monkeypatch):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "originator's 2024 update")
    window.settings.set_analyst_name("Sato")
    spin = tab.base_case.fields["base_default_rate"]
    spin.setValue(2.0)
    spin.editingFinished.emit()
    assumptions = tab.selected_scenario().assumptions
    assert assumptions.base_default_rate == pytest.approx(0.02)
    assert tab.base_case.source.text().startswith("typed by Sato on ")
    assert tab.base_case.source.text().endswith(": originator's 2024 update")
    assert tab.runs.timer.isActive()  # the debounced re-run is on its way


def test_structure_edit_goes_through_a_command_and_a_refusal_is_shown(
    qtbot, window, tab, monkeypatch, errors
):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "seller keeps more")
    model = tab.tranche_model
    assert model.rowCount() == 3
    model.setData(model.index(1, 1), "1")  # Class B to rank 1: two classes with rank 1
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors[0] == (
        "Edit refused",
        "classes: two classes have the same rank; ranks must be unique.",
    )
    tab.structure.flags["hedged"].click()
    assert tab.selected_scenario().structure.hedged is True
    assert window.document.case.audit[-1].detail.endswith("reason: seller keeps more")


def test_cancelling_a_long_run_keeps_the_previous_result(qtbot, window, tab, monkeypatch):
    previous = run_and_wait(qtbot, tab)
    seen: list[str] = []

    def long_run(case, scenario_id, *, progress, cancel):
        progress(0.1, "Projecting the pool")
        seen.append("started")
        while True:  # a run that only ends when cancelled
            cancel.raise_if_cancelled()
            time.sleep(0.005)

    monkeypatch.setattr(stress_run, "run_scenario", long_run)
    tab.run_button.click()
    qtbot.waitUntil(
        lambda: seen == ["started"] and not window.task_status.isHidden(), timeout=5_000
    )
    assert tab.runs.running
    qtbot.mouseClick(window.task_status.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lanes.busy, timeout=5_000)
    window.lanes.wait()
    assert not tab.runs.running
    assert tab.stored_result() is previous
    assert window.document.case.results == [previous]
    assert "cancelled" in tab.status.text()
    assert table_figures(tab.results.enhancement_model) == expected_figures(previous)


def test_reopening_shows_the_stored_result_without_running(
    qtbot, window, demo_case, tmp_path, runs
):
    case = demo_case.snapshot()
    scenario = case.scenarios[0]
    result = stress_run.run_scenario(case.snapshot(), scenario.id)
    store_result(case, result)
    runs.clear()
    path = tmp_path / "with result.jcrcase"
    save_case(case, path)

    window.files.open_path(path)
    wait_idle(qtbot, window)
    tab = window.stress_tab
    assert table_figures(tab.results.enhancement_model) == expected_figures(result)
    assert "from the current inputs" in tab.results.computed.text()
    assert runs == [] and not tab.runs.timer.isActive() and not window.lanes.busy
    assert not window.isWindowModified()

    scenario.assumptions = replace(scenario.assumptions, cpr=0.08)  # saved after the run: stale
    changed = tmp_path / "changed since.jcrcase"
    save_case(case, changed)
    window.files.open_path(changed)
    wait_idle(qtbot, window)
    assert "inputs changed since — run again" in tab.results.computed.text()
    assert table_figures(tab.results.enhancement_model) == expected_figures(result)
    assert runs == [] and not tab.runs.timer.isActive()


def test_run_shortcut_is_f5(tab):
    assert tab.run_button.shortcut().toString() == "F5"


def test_an_unachievable_tranche_reads_na_and_is_coloured_as_a_shortfall(qtbot):
    from jcr_desk.ui.stress.qt_enhancement_model import SHORTFALL
    from jcr_desk.ui.stress.qt_sensitivity_model import SensitivityModel

    sample = sample_result()
    verdict = replace(
        sample.ratings[0].classes[0],
        name="Senior",
        required_ce=None,
        bad_loan_ce=None,
        passed=False,
        achievable=False,
    )
    line = replace(sample.ratings[0], layers=Layers(None, 0.01, 0.0, 0.0), classes=(verdict,))
    result = replace(sample, ratings=(line,), classes=(ClassRating("Senior", True),))
    model = EnhancementTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_result(result)
    required = model.index(0, model.column_of("Senior\nrequired"))
    verdict = model.index(0, model.column_of("Senior"))
    assert (required.data(), verdict.data()) == ("n/a", "fail (n/a)")
    assert required.data(Qt.ItemDataRole.BackgroundRole) == SHORTFALL
    assert verdict.data(VALUE_ROLE) is False
    assert "Not achievable" in required.data(Qt.ItemDataRole.ToolTipRole)
    model.set_result(None)
    assert model.rowCount() == 0 and model.columnCount() == 5  # the layers stay as headers

    grid = SensitivityModel("CPR")
    QAbstractItemModelTester(grid, FATAL)
    grid.set_grid([1.0, 2.0], [0.02, 0.06], [[0.01, 0.02], [None, 0.05]])
    assert grid.index(1, 0).data() == "n/a" and grid.index(1, 1).data() == "5.00%"
    assert grid.headerData(1, Qt.Orientation.Horizontal) == "CPR 6%"
    assert grid.headerData(1, Qt.Orientation.Vertical) == "Defaults ×2"


def test_details_say_when_a_rating_was_held_at_a_lower_ratings_figure() -> None:
    from jcr_desk.ui.stress.result_details import detail_text

    sample = sample_result()
    held = replace(sample.ratings[0], held_at_lower_rating=True)
    kept = replace(sample.ratings[0], rating="A", held_at_lower_rating=False)
    text = detail_text(replace(sample, ratings=(held, kept)))
    aaa, a = (row for row in text.splitlines() if row.startswith(("AAA:", "A:")))
    assert "Held at a lower rating's figure" in aaa
    assert "Held" not in a


def test_a_deal_without_a_clean_up_call_shows_none_and_a_stated_one_is_kept(
    qtbot, window, tab, monkeypatch
):
    # Issue 14, finding 3: the call is a term of the deal, never a Desk default.
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "the trust deed allows a 10 % call")
    spin = tab.structure.fractions["clean_up_call"]
    assert tab.selected_scenario().structure.clean_up_call is None
    assert spin.value() == 0.0
    assert spin.text() == "none"
    assert "Desk default" not in spin.toolTip()
    spin.setValue(10.0)
    spin.editingFinished.emit()
    qtbot.waitUntil(lambda: tab.selected_scenario().structure.clean_up_call is not None)
    assert tab.selected_scenario().structure.clean_up_call == pytest.approx(0.10)
    # The edit's re-run tests the call both ways; let it end before the window closes.
    qtbot.waitUntil(
        lambda: not tab.runs.timer.isActive() and not window.lanes.busy, timeout=60_000
    )
