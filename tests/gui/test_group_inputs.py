"""Numbers typed into the entity form: out of range is refused once, with the allowed range,
never cut to fit; and the override dialog says in words what will be recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jcr_desk.case.document.model import Case, Country, Entity
from jcr_desk.ui.group.entity_form import EntityForm

HOLDING, CARD = "hold", "card"


def small_group() -> Case:
    holding = Entity(HOLDING, "Sakura FG", "holding", "bank", inputs={"gcw": "AA-"})
    card = Entity(CARD, "Sakura Card", "group_company", "card_nonbank", parent_id=HOLDING,
                  ownership_pct=60.0, inputs={"importance": "high"})
    japan = Country("JP", "Japan", "A+", "A+", "AA-", hard_currency=True)
    return Case(entities=[holding, card], countries=[japan])


@pytest.fixture
def form(qtbot, window) -> EntityForm:
    window.document.replace(small_group(), None)
    widget = EntityForm(window.document, window.push)
    qtbot.addWidget(widget)
    widget.set_entity(CARD)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, field, text: str) -> None:
    """Click into the field, replace its text, press Enter, then leave the field."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # an input method commits the composed text at once (QTest types ASCII only)
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clearFocus()


def ownership(window) -> float | None:
    return window.document.case.entity(CARD).ownership_pct


@pytest.mark.parametrize("typed", ["150", "-0.5", "100.01"])
def test_ownership_out_of_range_is_refused_once_with_the_range(qtbot, window, form, errors,
                                                              typed):
    audit = len(window.document.case.audit)
    type_into(qtbot, form.ownership_box, typed)
    assert ownership(window) == 60.0
    assert len(window.document.case.audit) == audit
    assert len(errors) == 1, errors
    title, message = errors[0]
    assert title == "Edit refused"
    assert "0 to 100 %" in message and typed in message
    assert "60" in form.ownership_box.text()


def test_ownership_in_range_is_recorded_as_typed(qtbot, window, form, errors):
    type_into(qtbot, form.ownership_box, "66.7")
    assert ownership(window) == 66.7
    type_into(qtbot, form.ownership_box, "１００％")  # full-width, as a Japanese IME types it
    assert ownership(window) == 100.0
    type_into(qtbot, form.ownership_box, "")
    assert ownership(window) is None
    assert errors == []
    assert window.document.case.audit[0].detail == (
        "Sakura Card: ownership by parent 60 % → 66.7 %"
    )


def test_text_that_is_no_number_is_refused_once(qtbot, window, form, errors):
    type_into(qtbot, form.ownership_box, "sixty")
    assert ownership(window) == 60.0
    assert len(errors) == 1 and "'sixty' is not a number" in errors[0][1]


def test_a_negative_amount_is_refused_not_cleared(qtbot, window, form, errors):
    form.set_entity(HOLDING)
    type_into(qtbot, form.inputs["equity"], "-5,000,000")
    assert window.document.case.entity(HOLDING).financials.get("equity") is None
    assert len(errors) == 1 and "¥0 or more" in errors[0][1]
    type_into(qtbot, form.inputs["equity"], "¥1,250,000,000")
    assert window.document.case.entity(HOLDING).financials["equity"] == 1_250_000_000
    assert form.inputs["equity"].text() == "¥1,250,000,000"


def test_the_override_dialog_says_what_will_be_recorded(qtbot, window):
    window.document.replace(small_group(), None)
    panel = window.group_tab.guideline_panel
    window.group_tab.tree_panel.select_entity(CARD)
    dialog = panel.open_override("long_term")
    assert dialog.change_label.text() == (
        "Records A+ for the long-term issuer rating, as the guideline proposes."
    )
    dialog.rating_combo.setCurrentText("A-")
    assert dialog.change_label.text() == (
        "Records A- for the long-term issuer rating instead of the guideline's A+ "
        "(2 notches below)."
    )
    dialog.reject()
