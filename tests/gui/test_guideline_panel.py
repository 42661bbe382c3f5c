"""The entity form and the guideline panel, driven as an analyst would on a small group.

Hand-worked expectations (shipped rulebook): GCW AA-; a group company of "high" importance is
one notch below (A+), "moderate" two (A); A+ maps to J-1 for CP (Desk default table).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from jcr_desk.case.document.model import Case, Country, Entity
from jcr_desk.case.document.rule_inputs import input_specs
from jcr_desk.case.edits.decision_commands import RecordDecision
from jcr_desk.case.edits.group_commands import SetEntityInputs
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.ui.group.entity_form import EntityForm
from jcr_desk.ui.group.guideline_panel import GuidelinePanel
from jcr_desk.ui.models.qt_guideline_steps_model import GuidelineStepsModel, notch_text

HOLDING, COMPANY = "hold", "bank"


def small_group() -> Case:
    holding = Entity(HOLDING, "Sakura FG", "holding", "bank", inputs={"gcw": "AA-"})
    company = Entity(
        COMPANY, "Sakura Card", "group_company", "card_nonbank",
        parent_id=HOLDING, ownership_pct=100.0, inputs={"importance": "high"},
    )
    japan = Country("JP", "Japan", "A+", "A+", "AA-", hard_currency=True)
    return Case(entities=[holding, company], countries=[japan])


@pytest.fixture
def group_window(window):
    window.settings.set_analyst_name("Tanaka")
    window.document.replace(small_group(), None)
    return window


@pytest.fixture
def panel(qtbot, group_window) -> GuidelinePanel:
    widget = GuidelinePanel(
        group_window.document, group_window.push, group_window.settings.analyst_name
    )
    qtbot.addWidget(widget)
    widget.set_entity(COMPANY)
    return widget


@pytest.fixture
def form(qtbot, group_window) -> EntityForm:
    widget = EntityForm(group_window.document, group_window.push)
    qtbot.addWidget(widget)
    widget.set_entity(COMPANY)
    return widget


def decision(window, item: str = "long_term", entity_id: str = COMPANY):
    return window.document.case.decision(entity_id, item)


def choose(combo, value) -> None:
    """Pick an entry as the analyst would: the combo reports it as activated."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_steps_model_reads_the_guideline_and_passes_the_model_tester(qtbot, group_window):
    model = GuidelineStepsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    guideline = evaluate_entity(group_window.document.case, COMPANY).long_term
    model.set_guideline(guideline)
    assert model.rowCount() == len(guideline.steps) > 0
    for row, step in enumerate(guideline.steps):
        assert model.index(row, 0).data() == step.rule_id
        assert model.index(row, 1).data() == notch_text(step.delta)
        assert model.index(row, 2).data() == step.reason
        assert model.index(row, 3).data() == step.citation
    model.set_guideline(None)
    assert model.rowCount() == 0
    assert [notch_text(d) for d in (-2, 0, 1)] == ["\N{MINUS SIGN}2", "0", "+1"]


def test_panel_shows_the_guideline_and_accepting_records_it(group_window, panel):
    view = panel.long_term_view
    assert "Group company" in panel.title_label.text()
    assert view.start_label.text() == "AA-"
    assert view.proposed_label.text() == "A+"
    assert view.steps_model.rowCount() > 0
    assert view.range_label.text() == evaluate_entity(group_window.document.case, COMPANY) \
        .long_term.range_text()
    assert panel.short_term_label.text().startswith("J-1")
    assert not panel.issue_box.isVisibleTo(panel)  # only holding companies have issue items
    row = panel.rows["long_term"]
    assert row.decision_label.text() == "nothing recorded yet"

    row.accept_button.click()

    recorded = decision(group_window)
    assert (recorded.rating, recorded.is_override, recorded.analyst) == ("A+", False, "Tanaka")
    shown = evaluate_entity(group_window.document.case, COMPANY).long_term.to_dict()
    assert recorded.guideline.items() >= shown.items()
    assert "A+" in row.decision_label.text() and "as the guideline" in row.decision_label.text()
    assert group_window.document.case.audit[-1].action == "decision recorded"


def test_an_override_without_reason_is_refused(group_window, panel, errors):
    dialog = panel.open_override("long_term")
    assert dialog.analyst_edit.text() == "Tanaka"
    assert dialog.rating() == "A+"  # starts on the proposal
    dialog.rating_combo.setCurrentText("A")
    dialog.reason_edit.setPlainText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # Enter pressed anyway
    assert dialog.isVisible() and decision(group_window) is None

    guideline = panel.guideline_for("long_term")
    blank = RecordDecision(COMPANY, "long_term", guideline, "A", "", "Tanaka")
    assert group_window.push(blank) is False
    assert errors and "reason" in errors[-1][1]
    assert decision(group_window) is None
    dialog.reject()


def test_an_override_with_reason_is_recorded_and_undo_restores_the_panel(group_window, panel):
    row = panel.rows["long_term"]
    row.accept_button.click()
    dialog = panel.open_override("long_term")
    dialog.rating_combo.setCurrentText("A")
    dialog.reason_edit.setPlainText("Card losses are rising faster than peers'.")
    assert dialog.ok_button.isEnabled()
    dialog.accept()

    recorded = decision(group_window)
    assert (recorded.rating, recorded.guideline_rating, recorded.is_override) == ("A", "A+", True)
    assert "override" in row.decision_label.text()
    assert "Card losses" in row.decision_label.text()
    audit = group_window.document.case.audit[-1]
    assert audit.action == "override recorded" and "Card losses" in audit.detail

    group_window.undo_action.trigger()
    assert decision(group_window).rating == "A+"
    assert "as the guideline" in row.decision_label.text()
    group_window.undo_action.trigger()
    assert decision(group_window) is None
    assert row.decision_label.text() == "nothing recorded yet"
    assert not row.clear_button.isEnabled()


def test_short_term_item_accepts_the_mapped_rating_or_an_override(group_window, panel):
    row = panel.rows["short_term"]
    assert row.proposal_label.text() == "J-1"
    row.accept_button.click()
    assert decision(group_window, "short_term").rating == "J-1"
    dialog = panel.open_override("short_term")
    assert dialog.rating_combo.findText("A+") < 0  # the short-term scale only
    dialog.rating_combo.setCurrentText("J-2")
    dialog.reason_edit.setPlainText("Liquidity is thin for the CP programme.")
    dialog.accept()
    assert decision(group_window, "short_term").is_override
    row.clear_button.click()
    assert decision(group_window, "short_term") is None


def test_holding_company_has_an_issue_item(group_window, panel):
    panel.set_entity(HOLDING)
    assert panel.issue_box.isVisibleTo(panel)
    assert "holding" in panel.title_label.text().lower()
    issue_row = panel.rows["issue"]
    issue_guideline = panel.guideline_for("issue")
    assert panel.issue_view.steps_model.rowCount() == len(issue_guideline.steps)
    if issue_guideline.proposed is None:
        assert not issue_row.accept_button.isEnabled()
    else:
        issue_row.accept_button.click()
        assert decision(group_window, "issue", HOLDING).rating == str(issue_guideline.proposed)


def test_an_entity_without_a_rule_says_so(group_window, panel):
    spv = Entity("spv", "Sakura Trust", "spv", "trust")
    group_window.document.case.entities.append(spv)
    panel.set_entity("spv")
    assert "No notching rule" in panel.message_label.text()
    assert not panel.long_term_box.isVisibleTo(panel)


def test_form_shows_exactly_the_rule_inputs_with_their_sources(group_window, form):
    case = group_window.document.case
    specs = input_specs(case, COMPANY)
    assert list(form.inputs) == [spec.key for spec in specs]
    for spec in specs:
        assert spec.citation in form.inputs[spec.key].toolTip()
    assert form.inputs["importance"].currentData() == "high"
    form.set_entity(HOLDING)
    assert list(form.inputs) == [spec.key for spec in input_specs(case, HOLDING)]
    assert form.inputs["gcw"].currentText() == "AA-"


def test_changing_an_input_in_the_form_updates_the_guideline(group_window, form, panel):
    panel.rows["long_term"].accept_button.click()
    choose(form.inputs["importance"], "moderate")
    assert group_window.document.case.entity(COMPANY).inputs["importance"] == "moderate"
    assert panel.long_term_view.proposed_label.text() == "A"
    assert "changed since (A+ then)" in panel.rows["long_term"].decision_label.text()

    group_window.undo_action.trigger()
    assert form.inputs["importance"].currentData() == "high"
    assert panel.long_term_view.proposed_label.text() == "A+"


def test_a_yes_no_input_goes_through_an_undoable_command(group_window, form):
    form.set_entity(HOLDING)
    box = form.inputs["cash_flow_problem"]
    assert box.checkState() == Qt.CheckState.PartiallyChecked  # not set: the rule's default
    box.click()
    assert group_window.document.case.entity(HOLDING).inputs["cash_flow_problem"] is True
    box.click()
    assert group_window.document.case.entity(HOLDING).inputs["cash_flow_problem"] is False
    group_window.undo_action.trigger()
    group_window.undo_action.trigger()
    assert "cash_flow_problem" not in group_window.document.case.entity(HOLDING).inputs
    assert box.checkState() == Qt.CheckState.PartiallyChecked


def test_a_rating_typed_into_the_form_is_stored_canonical(group_window, form):
    form.set_entity(HOLDING)
    combo = form.inputs["gcw"]
    combo.setEditText(" a+ ")
    combo.lineEdit().editingFinished.emit()
    assert group_window.document.case.entity(HOLDING).inputs["gcw"] == "A+"


def test_double_leverage_shows_the_rulebook_mark(group_window, form):
    form.set_entity(HOLDING)
    assert form.leverage_row.isVisibleTo(form)
    investments, equity = form.inputs["investments_in_subsidiaries"], form.inputs["equity"]
    for box, value in ((investments, "118,000,000,000"), (equity, "100000000000")):
        box.setText(value)
        box.editingFinished.emit()
    figures = group_window.document.case.entity(HOLDING).financials
    assert figures == {"investments_in_subsidiaries": 118e9, "equity": 100e9}
    assert form.leverage_label.text() == "118.0 % — below the 120 % mark (Desk default)"
    assert form.leverage_label.styleSheet() == ""
    investments.setText("¥130,000,000,000")
    investments.editingFinished.emit()
    assert form.leverage_label.text().startswith("130.0 % — at or above the 120 % mark")
    assert "bold" in form.leverage_label.styleSheet()
    assert "¥" in investments.text() and "," in investments.text()


def test_editing_role_and_ownership_goes_through_commands(group_window, form, errors):
    choose(form.role_combo, "core")
    assert group_window.document.case.entity(COMPANY).role == "core"
    form.ownership_box.setText("60")
    form.ownership_box.editingFinished.emit()
    assert group_window.document.case.entity(COMPANY).ownership_pct == 60
    form.ownership_box.clear()  # "not set"
    form.ownership_box.editingFinished.emit()
    assert group_window.document.case.entity(COMPANY).ownership_pct is None
    assert errors == []


def test_a_refresh_leaves_the_field_being_typed_in_alone(qtbot, group_window, form):
    form.set_entity(HOLDING)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    box = form.inputs["equity"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    box.selectAll()
    qtbot.keyClicks(box, "12345")  # typed, not yet committed
    typed = box.text()
    group_window.push(SetEntityInputs(HOLDING, {"cash_flow_problem": True}))
    assert form.inputs["cash_flow_problem"].checkState() == Qt.CheckState.Checked
    assert box.text() == typed and "12345" in typed
    assert box.hasFocus()


def test_switching_entity_redraws_even_the_focused_field(qtbot, group_window, form):
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    form.ownership_box.setFocus()
    qtbot.waitUntil(form.ownership_box.hasFocus)
    assert form.ownership_box.value() == 100
    form.set_entity(HOLDING)
    assert form.role_combo.currentData() == "holding"
    assert form.ownership_box.text() == ""
    assert form.ownership_box.placeholderText() == "not set"


def test_a_read_only_case_offers_no_recording(group_window, panel, form):
    group_window.document.read_only = True
    panel.refresh()
    form.refresh()
    row = panel.rows["long_term"]
    assert not row.accept_button.isEnabled() and not row.override_button.isEnabled()
    assert not form.inputs_widget.isEnabled()
