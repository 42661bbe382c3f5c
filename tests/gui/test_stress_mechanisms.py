"""The Mechanisms page and segment multipliers, driven as an analyst would (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from jcr_desk.structured.rmbs.deal import Answer
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.ui.stress import mechanism_dialogs, reason, segment_dialog
from jcr_desk.ui.stress.qt_multiplier_model import ADJUSTED
from jcr_desk.ui.stress.segment_dialog import SegmentAdjustment

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def tab(stress_tab):
    QAbstractItemModelTester(stress_tab.mechanisms.checklist_model, FATAL)
    QAbstractItemModelTester(stress_tab.multipliers.model, FATAL)
    return stress_tab


def settle(qtbot, window, tab) -> None:
    """Let the edit's debounced re-run finish before the next step (and before closing)."""
    qtbot.waitUntil(
        lambda: not tab.runs.timer.isActive() and not window.lanes.busy, timeout=RUN_TIMEOUT_MS
    )


def test_a_guarantee_answered_in_full_carries_the_bad_loan_layer(
    qtbot, window, tab, monkeypatch, errors
):
    panel = tab.mechanisms
    monkeypatch.setattr(reason, "ask_reason", lambda *_a: "trust deed §12")
    panel.guarantor.entity.setCurrentIndex(0)  # a counterparty whose rating is typed
    panel.guarantor.rating.setText("AA")
    panel.guaranteed.click()
    scheme = tab.selected_scenario().structure.guarantee
    assert scheme is not None and scheme.guarantor_rating == "AA"
    assert panel.checklist.isEnabled()

    requirements = stress_settings().guarantee_requirements
    answers = iter(Answer(r.key, "yes", f"checked: {r.key}") for r in requirements)
    monkeypatch.setattr(mechanism_dialogs, "ask_answer", lambda *_a: next(answers))
    for row in range(len(requirements)):
        panel._answer(row)
    model = panel.checklist_model
    assert [model.answer(row).answer for row in range(model.rowCount())] == ["yes"] * 8
    assert "other_risks_enhanced: yes — checked: other_risks_enhanced" in (
        window.document.case.audit[-1].detail
    )
    settle(qtbot, window, tab)
    result = tab.stored_result().result
    for rating in ("AA", "A", "BBB"):
        assert result.line(rating).layers.bad_loan == 0.0
    assert result.line("AAA").layers.bad_loan > 0
    assert any("relied on" in str(text) for text in result.mechanisms)
    assert "relied on" in tab.results.details.text()
    window.undo_action.trigger()  # the last answer back to open: the decision is open again
    assert model.answer(len(requirements) - 1).answer == "open"
    settle(qtbot, window, tab)
    assert tab.stored_result().result.open_decisions
    assert errors == []


def test_a_segment_multiplier_is_added_and_shown_beside_the_pools(
    qtbot, window, tab, monkeypatch, errors
):
    chosen = SegmentAdjustment("region:Kanto", "AAA", "first_five_years", 5.0, "region", "quakes")
    monkeypatch.setattr(segment_dialog, "ask_segment_adjustment", lambda *_a: chosen)
    tab.multipliers.add_segment.click()
    [adjustment] = tab.selected_scenario().assumptions.multiplier_adjustments
    assert (adjustment.segment, adjustment.value) == ("region:Kanto", 5.0)
    model = tab.multipliers.model
    row = model.row_of("AAA", "first_five_years", "region:Kanto")
    assert row >= 0 and model.index(row, ADJUSTED).data() == "5.00×"
    assert model.index(row, 1).data() == "Kanto (region)"
    settle(qtbot, window, tab)
    line = tab.stored_result().result.line("AAA")
    assert line.multipliers.segments["region:Kanto"][0] == 5.0
    assert "apartment" in model.segments()  # the Desk uplift's segments, found by the run
    assert errors == []


def test_a_concentration_decision_is_recorded_from_the_page(
    qtbot, window, tab, monkeypatch, errors
):
    monkeypatch.setattr(
        mechanism_dialogs,
        "ask_concentration_decision",
        lambda _parent, prefectures: (f"prefecture:{prefectures[0][0]}", "not_adjusted", "spread"),
    )
    tab.mechanisms.record_decision.click()
    [decision] = tab.selected_scenario().assumptions.concentration_decisions
    assert decision.decision == "not_adjusted" and decision.reason == "spread"
    settle(qtbot, window, tab)
    assert errors == []
