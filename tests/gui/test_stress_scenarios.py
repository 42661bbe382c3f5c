"""The scenario buttons of the Stress tab, driven as an analyst: new, duplicate, rename, remove."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jcr_desk.case.edits.pool_commands import ImportPool
from jcr_desk.ui.stress import reason
from jcr_desk.ui.stress.base_case_panel import NOT_SET
from jcr_desk.ui.stress.qt_multiplier_model import ADJUSTED

RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def answers(monkeypatch) -> dict[str, list]:
    """What the analyst types into the name and reason prompts, in order; the prompts seen."""
    given: dict[str, list] = {"names": [], "reasons": [], "asked": []}

    def ask_name(_parent, title, default):
        given["asked"].append((title, default))
        return given["names"].pop(0) if given["names"] else default

    def ask_reason(_parent, title):
        given["asked"].append((title, None))
        return given["reasons"].pop(0)

    monkeypatch.setattr(reason, "ask_name", ask_name)
    monkeypatch.setattr(reason, "ask_reason", ask_reason)
    return given


@pytest.fixture
def empty_tab(qtbot, window, demo_case):
    """File → New, then the demo's tape imported as the case's only pool: no scenario."""
    window.files.new_case()
    assert window.push(ImportPool(demo_case.snapshot().pools[0]))
    window.tabs.setCurrentWidget(window.stress_tab)
    return window.stress_tab


@pytest.fixture
def demo_tab(stress_tab):
    return stress_tab


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_percent(qtbot, spin, text: str) -> None:
    """Select the field's text, type ``text`` and press Enter, as an analyst would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def result_of(window, scenario_id: str):
    return next((r for r in window.document.case.results if r.scenario_id == scenario_id), None)


def names(tab) -> list[str]:
    return [tab.scenario_choice.itemText(i) for i in range(tab.scenario_choice.count())]


def test_a_new_scenario_waits_for_its_base_case_then_runs(
    qtbot, window, empty_tab, answers, tmp_path
):
    tab = empty_tab
    buttons = tab.scenario_buttons
    assert tab.scenario_choice.count() == 0
    assert not buttons.remove_button.isEnabled()
    assert not buttons.duplicate_button.isEnabled() and not buttons.rename_button.isEnabled()

    click(qtbot, buttons.new_button)

    assert answers["asked"] == [("New scenario", "Scenario 1")]
    assert names(tab) == ["Scenario 1"]
    scenario = tab.selected_scenario()
    assert scenario.name == "Scenario 1"
    assert scenario.pool_id == window.document.case.pools[0].id
    assert buttons.remove_button.isEnabled()
    for name in ("base_default_rate", "cpr"):
        assert tab.base_case.fields[name].text() == NOT_SET
    assert tab.base_case.fields["recovery_rate"].text() == "55.000 %"
    assert tab.base_case.source.text().startswith(f"{NOT_SET}: type the default rate and CPR")
    assert tab.status.text() == (
        "Cannot run yet: The scenario has no lifetime default rate (base_default_rate), "
        "prepayment rate (cpr): type it or import the originator's static data."
    )
    assert "No result yet" in tab.results.computed.text()
    assert not tab.runs.timer.isActive()
    assert tab.grab().save(str(tmp_path / "new scenario.png"))

    answers["reasons"] += ["originator's figures, 2025 pack", "originator's figures, 2025 pack"]
    type_percent(qtbot, tab.base_case.fields["base_default_rate"], "2.5")
    assert scenario.assumptions.base_default_rate == pytest.approx(0.025)
    assert tab.status.text().startswith("Cannot run yet: The scenario has no prepayment rate (cpr)")
    assert tab.base_case.source.text().startswith("typed by ")
    type_percent(qtbot, tab.base_case.fields["cpr"], "6")
    assert scenario.assumptions.cpr == pytest.approx(0.06)
    assert tab.base_case.fields["cpr"].text() == "6.000 %"

    qtbot.waitUntil(lambda: tab.stored_result() is not None, timeout=RUN_TIMEOUT_MS)
    assert tab.results.enhancement_model.ratings() == ["AAA", "AA", "A", "BBB"]
    assert tab.status.text() == "Scenario 1 computed."
    assert window.document.case.audit[-1].detail.endswith("reason: originator's figures, 2025 pack")


def test_leaving_a_not_set_field_asks_nothing(qtbot, window, empty_tab, answers):
    click(qtbot, empty_tab.scenario_buttons.new_button)
    spin = empty_tab.base_case.fields["cpr"]
    spin.editingFinished.emit()
    assert answers["asked"] == [("New scenario", "Scenario 1")]
    assert spin.text() == NOT_SET
    assert window.document.undo_stack.count() == 2  # the import and the new scenario


def test_a_duplicate_is_a_what_if_that_leaves_the_original_result_alone(
    qtbot, window, demo_tab, answers, monkeypatch
):
    tab = demo_tab
    original = tab.selected_scenario()
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.stored_result() is not None, timeout=RUN_TIMEOUT_MS)
    kept = tab.stored_result()
    kept_data = kept.result

    click(qtbot, tab.scenario_buttons.duplicate_button)

    copied = tab.selected_scenario()
    assert names(tab) == [
        original.name,
        f"{original.name} (copy) (what-if: edits need no reason)",
    ]
    assert copied.id != original.id and copied.assumptions == original.assumptions
    assert tab.stored_result() is None  # the copy runs by itself, on the timer
    qtbot.waitUntil(lambda: tab.stored_result() is not None, timeout=RUN_TIMEOUT_MS)
    first_copy_result = tab.stored_result()

    monkeypatch.setattr(reason, "ask_adjustment", lambda *_a: ("originator", "new servicer"))
    model = tab.multipliers.model
    row = model.row_of("AAA", "first_five_years")
    model.setData(model.index(row, ADJUSTED), "9")
    qtbot.waitUntil(lambda: tab.stored_result() is not first_copy_result, timeout=RUN_TIMEOUT_MS)

    assert tab.stored_result().result.line("AAA").multipliers.first_five_years == 9
    assert original.assumptions.multiplier_adjustments == ()
    assert result_of(window, original.id) is kept
    assert kept.result is kept_data
    tab.scenario_choice.setCurrentIndex(0)
    assert tab.stored_result() is kept
    assert "from the current inputs" in tab.results.computed.text()


def test_rename_then_remove_with_a_reason_and_undo(qtbot, window, demo_tab, answers, errors):
    tab = demo_tab
    buttons = tab.scenario_buttons
    original = tab.selected_scenario()
    click(qtbot, buttons.new_button)
    assert answers["asked"][-1] == ("New scenario", "Scenario 2")
    added = tab.selected_scenario()
    assert added.name == "Scenario 2"
    assert tab.status.text().startswith("Cannot run yet: The scenario has no ")

    answers["names"].append("Downside")
    click(qtbot, buttons.rename_button)
    assert answers["asked"][-1] == ("Rename Scenario 2", "Scenario 2")
    assert names(tab) == [original.name, "Downside"]
    assert tab.selected_scenario() is added
    assert window.document.case.audit[-1].detail == "Scenario 2 → Downside"

    answers["names"].append(original.name.upper())  # names are unique whatever their case
    click(qtbot, buttons.rename_button)
    assert errors == [
        (
            "Edit refused",
            f"The case already has a scenario called {original.name.upper()}; choose another name.",
        )
    ]
    assert names(tab) == [original.name, "Downside"]

    answers["reasons"].append("the downside case moves to the next committee")
    click(qtbot, buttons.remove_button)
    assert names(tab) == [original.name]
    assert tab.selected_scenario() is original
    assert window.document.case.audit[-1].detail == (
        "Downside; reason: the downside case moves to the next committee"
    )

    window.undo_action.trigger()
    assert names(tab) == [original.name, "Downside"]
    assert tab.selected_scenario().id == added.id
    window.undo_action.trigger()
    assert names(tab) == [original.name, "Scenario 2"]
    window.undo_action.trigger()
    assert names(tab) == [original.name]
    assert tab.selected_scenario() is original


def test_removing_a_scenario_takes_its_result_and_undo_brings_it_back(
    qtbot, window, demo_tab, answers
):
    tab = demo_tab
    scenario = tab.selected_scenario()
    tab.run_button.click()
    qtbot.waitUntil(lambda: tab.stored_result() is not None, timeout=RUN_TIMEOUT_MS)
    result = tab.stored_result()

    answers["reasons"].append("replaced by the seller's revised structure")
    click(qtbot, tab.scenario_buttons.remove_button)
    assert tab.scenario_choice.count() == 0
    assert window.document.case.results == []
    assert not tab.scenario_buttons.remove_button.isEnabled()
    assert not tab.run_button.isEnabled()

    window.undo_action.trigger()
    assert tab.selected_scenario().id == scenario.id
    assert window.document.case.results == [result]
    assert tab.stored_result() is result
    assert "from the current inputs" in tab.results.computed.text()


def test_a_removal_without_a_reason_removes_nothing(qtbot, window, demo_tab, monkeypatch):
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: None)
    click(qtbot, demo_tab.scenario_buttons.remove_button)
    assert demo_tab.scenario_choice.count() == 1
    assert window.document.undo_stack.count() == 0


def test_a_scenario_goes_out_to_a_file_and_comes_back_as_one_edit(
    qtbot, window, demo_tab, answers, monkeypatch, tmp_path, errors
):
    from jcr_desk.ui.stress import scenario_files

    tab = demo_tab
    scenario = tab.selected_scenario()
    path = tmp_path / "what-if.toml"
    monkeypatch.setattr(scenario_files, "choose_export_path", lambda *_a: str(path))
    tab.scenario_buttons.export_button.click()
    text = path.read_text("utf-8").replace("cpr = 0.06", "cpr = 0.03")
    path.write_text(text, "utf-8")

    monkeypatch.setattr(scenario_files, "choose_import_path", lambda *_a: str(path))
    answers["reasons"].append("slower prepayments, reviewer's file")
    tab.scenario_buttons.import_button.click()
    assert tab.selected_scenario().assumptions.cpr == 0.03
    entry = window.document.case.audit[-1]
    assert entry.action == "scenario imported" and "assumptions.cpr: 0.06 → 0.03" in entry.detail
    assert tab.runs.timer.isActive()  # the figures follow by themselves
    window.undo_action.trigger()
    assert tab.selected_scenario().assumptions.cpr == scenario.assumptions.cpr == 0.06

    path.write_text(text.replace("rank = 2", "rank = 1"), "utf-8")
    tab.scenario_buttons.import_button.click()
    assert errors and "structure.classes" in errors[-1][1]
    qtbot.waitUntil(
        lambda: not tab.runs.timer.isActive() and not window.lanes.busy, timeout=60_000
    )
