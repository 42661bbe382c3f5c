"""Issue 3 end to end in the window: build a group, read its guideline, record decisions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from jcr_desk.case import load_case
from jcr_desk.ui.main_window import MainWindow
from tests.gui.conftest import wait_idle


def choose(combo: QComboBox, text: str) -> None:
    """Pick an entry as a user would from the drop-down (which emits ``activated``)."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not offered by {combo.objectName() or combo}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def rename_selected(qtbot, window: MainWindow, name: str) -> None:
    """F2 on the selected entity, type the name, press Enter."""
    panel = window.group_tab.tree_panel
    panel.rename_action.trigger()
    # Closed editors linger until deleted later; the open one is the visible one.
    editors = [e for e in panel.tree.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "F2 opens one inline editor"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the text through a queued call once Enter is handled.
    qtbot.waitUntil(lambda: selected_entity(window).name == name)


def selected_entity(window: MainWindow):
    entity_id = window.group_tab.tree_panel.selected_id()
    return window.document.case.entity(entity_id)


def test_build_a_group_and_record_its_decisions(qtbot, window, monkeypatch, tmp_path: Path):
    window.show()
    tab = window.group_tab
    form, panel = tab.form, tab.guideline_panel

    # A holding company, named and given its group creditworthiness.
    tab.tree_panel.add_holding_action.trigger()
    rename_selected(qtbot, window, "Kasumi Financial Group")
    holding = selected_entity(window)
    assert holding.name == "Kasumi Financial Group" and holding.role == "holding"
    choose(form.inputs["gcw"], "A")
    assert window.document.case.entity(holding.id).inputs["gcw"] == "A"

    # A group company under it: importance "high", sole creditworthiness BBB+.
    tab.tree_panel.add_company_action.trigger()
    rename_selected(qtbot, window, "Kasumi Trust Bank")
    company = selected_entity(window)
    assert company.parent_id == holding.id
    choose(form.inputs["importance"], "high")
    choose(form.inputs["sole"], "BBB+")

    # The guideline: top-down from GCW A, one notch for high importance → A-.
    steps = panel.long_term_view.steps_model
    assert [steps.step(row).rule_id for row in range(steps.rowCount())] == ["G-TOPDOWN"]
    assert panel.guideline_for("long_term").proposed is not None
    assert str(panel.guideline_for("long_term").proposed) == "A-"

    # An override without a reason cannot be recorded.
    dialog = panel.open_override("long_term")
    dialog.rating_combo.setCurrentText("BBB+")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert window.document.case.decisions == []

    # With a reason it is recorded, with the analyst from the settings, and audited.
    dialog = panel.open_override("long_term")
    dialog.rating_combo.setCurrentText("BBB+")
    qtbot.keyClicks(dialog.reason_edit, "Integration of systems not yet confirmed.")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    decisions = window.document.case.decisions
    assert len(decisions) == 1
    decision = decisions[0]
    assert (decision.entity_id, decision.item, decision.rating) == (company.id, "long_term", "BBB+")
    assert decision.guideline_rating == "A-" and decision.is_override
    assert decision.analyst == window.settings.analyst_name()
    assert window.document.case.audit[-1].action == "override recorded"
    assert "BBB+" in panel.rows["long_term"].decision_label.text()

    # Undo takes it back, redo restores it.
    window.undo_action.trigger()
    assert window.document.case.decisions == []
    assert "nothing recorded" in panel.rows["long_term"].decision_label.text()
    window.redo_action.trigger()
    assert len(window.document.case.decisions) == 1

    # Accept the holding company's guideline as well, then save and reopen.
    tab.tree_panel.select_entity(holding.id)
    assert panel.accept_guideline("long_term")
    target = tmp_path / "kasumi.jcrcase"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(target), "JCR Desk case (*.jcrcase)"),
    )
    window.save_action.trigger()
    wait_idle(qtbot, window)

    reopened = load_case(target)
    by_entity = {(d.entity_id, d.item): d for d in reopened.decisions}
    assert by_entity[(company.id, "long_term")].reason == (
        "Integration of systems not yet confirmed."
    )
    assert by_entity[(company.id, "long_term")].guideline["proposed"] == "A-"
    assert by_entity[(holding.id, "long_term")].rating == "A"
    assert not by_entity[(holding.id, "long_term")].is_override


def test_refused_group_edits_leave_the_case_unchanged(qtbot, window, errors):
    tab = window.group_tab
    tab.tree_panel.add_holding_action.trigger()
    holding = selected_entity(window)
    tab.tree_panel.add_company_action.trigger()
    before = [(e.id, e.parent_id) for e in window.document.case.entities]

    # Moving the holding under its own subsidiary is a cycle.
    company = selected_entity(window)
    from jcr_desk.case.edits.group_commands import MoveEntity

    assert not window.push(MoveEntity(holding.id, company.id))
    assert errors and errors[-1][0] == "Edit refused"
    assert [(e.id, e.parent_id) for e in window.document.case.entities] == before
