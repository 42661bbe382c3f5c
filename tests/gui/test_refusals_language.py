"""A refused edit in the analyst's language: a Japanese analyst who types an ownership out of
range, or moves an entity under its own subsidiary, reads why in Japanese, the allowed range
and the value typed kept; the entity form's leverage line is Japanese too."""

from __future__ import annotations

import pytest

from jcr_desk.case.edits.group_commands import MoveEntity
from tests.gui.language_walk import english_words
from tests.gui.test_group_inputs import CARD, HOLDING, form, type_into
from tests.gui.test_pool_problems_language import japanese

__all__ = ["form", "japanese"]  # the fixtures these tests share with the group and pool ones


@pytest.fixture(autouse=True)
def japanese_first(japanese):
    """The window in Japanese before it is built (the form's fixture builds it)."""
    return japanese


def test_an_ownership_out_of_range_is_refused_in_japanese(qtbot, window, form, errors):
    type_into(qtbot, form.ownership_box, "150")
    assert window.document.case.entity(CARD).ownership_pct == 60.0
    [(title, message)] = errors
    assert english_words(title) == [] and english_words(message) == [], (title, message)
    assert "150" in message and "0 %" in message and "100 %" in message


def test_an_entity_under_its_own_subsidiary_is_refused_in_japanese(window, form, errors):
    assert not window.push(MoveEntity(HOLDING, CARD))
    [(title, message)] = errors
    assert english_words(title) == [] and english_words(message) == [], (title, message)
    assert "子会社" in message
    assert window.document.case.entity(HOLDING).parent_id is None


def test_the_leverage_line_asks_for_both_figures_in_japanese(form):
    form.set_entity(HOLDING)
    line = form.leverage_label.text()
    assert line and english_words(line) == [], line
