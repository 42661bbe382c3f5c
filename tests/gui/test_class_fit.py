"""Issue 16 finding 1 in the window: a tape of another size under a scenario's classes asks
the analyst to keep their amounts or their shares, with a reason, as one undoable edit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from jcr_desk.case.document.model import Case, Scenario
from jcr_desk.structured.deal import DealStructure, NoteClass
from tests.gui import pool_helpers
from tests.unit.case.test_pool_commands import tape_pool

tab, tape = pool_helpers.tab, pool_helpers.tape  # the fixtures of the import tests


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


@pytest.fixture
def case(tab) -> Case:
    """Pool "march" (20 loans) under classes sized for it: A 90 %, a 10 % residual."""
    march = tape_pool("march", 20)
    balance = float(march.loans["current_balance"].sum())
    structure = DealStructure(
        classes=(NoteClass("Class A", 1, round(balance * 0.9), "fixed", 0.01),
                 NoteClass("Seller", 2, balance - round(balance * 0.9), "residual")),
        sized_for_pool=balance,
    )
    case = Case(pools=[march], scenarios=[Scenario("s1", "Base", "march", structure=structure)])
    tab._document.replace(case, None)
    return case


def _answer(choice: str | None, reason: str, seen: list):
    """Click the dialog as the analyst would: a choice, a reason, OK (or Cancel)."""

    def answer(dialog) -> QDialog.DialogCode:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen.append((dialog.situation.text(), ok.isEnabled()))
        if choice is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return QDialog.DialogCode(dialog.result())
        button = dialog.keep_amounts if choice == "keep-amounts" else dialog.keep_shares
        button.click()
        assert not ok.isEnabled()  # a choice without a reason is not enough
        dialog.reason.setPlainText(reason)
        assert ok.isEnabled()
        ok.click()
        return QDialog.DialogCode(dialog.result())

    return answer


def test_a_larger_tape_asks_and_keeping_the_shares_resizes_the_classes(
    qtbot, tab, tape, case, monkeypatch
):
    from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog

    seen: list = []
    monkeypatch.setattr(ClassFitDialog, "exec", _answer("keep-shares", "notes follow", seen))
    before = case.scenarios[0].structure
    tab.import_file(tape[0])
    qtbot.waitUntil(lambda: tab._document.undo_stack.count() == 1, timeout=30_000)

    situation, ok_at_first = seen[0]
    assert "Scenario Base: its classes" in situation and "were sized for a pool of" in situation
    assert not ok_at_first
    pool = float(case.pools[0].loans["current_balance"].sum())
    structure = case.scenarios[0].structure
    assert structure.notes_total == pytest.approx(pool)
    assert structure.sized_for_pool == pytest.approx(pool)
    assert "reason: notes follow" in case.audit[-1].detail
    tab._document.undo_stack.undo()
    assert case.scenarios[0].structure == before and case.pools[0].id == "march"


def test_keeping_the_amounts_leaves_the_classes_and_cancelling_imports_nothing(
    qtbot, tab, tape, case, monkeypatch
):
    from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog

    seen: list = []
    monkeypatch.setattr(ClassFitDialog, "exec", _answer(None, "", seen))
    tab.import_file(tape[0])
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: "cancelled" in tab.status.text(), timeout=5_000)
    assert [p.id for p in case.pools] == ["march"] and tab._document.undo_stack.count() == 0

    before = case.scenarios[0].structure
    monkeypatch.setattr(ClassFitDialog, "exec", _answer("keep-amounts", "notes as issued", seen))
    tab.import_file(tape[0])
    qtbot.waitUntil(lambda: tab._document.undo_stack.count() == 1, timeout=30_000)
    structure = case.scenarios[0].structure
    assert structure.classes == before.classes
    assert structure.sized_for_pool == pytest.approx(
        float(case.pools[0].loans["current_balance"].sum())
    )


def test_the_structure_page_warns_and_re_fits_classes_sized_for_another_pool(
    qtbot, window, tmp_path, demo_case, monkeypatch
):
    from dataclasses import replace

    from jcr_desk.case import save_case
    from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog
    from tests.gui.conftest import wait_idle

    case = demo_case.snapshot()
    scenario = case.scenarios[0]
    pool = float(case.pools[0].loans["current_balance"].sum())
    scenario.structure = replace(scenario.structure, sized_for_pool=pool / 2)
    path = tmp_path / "sized.jcrcase"
    save_case(case, path)
    window.files.open_path(path)
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.stress_tab)
    panel = window.stress_tab.structure

    assert f"sized for a pool of ¥{pool / 2:,.0f}" in panel.fit_note.text()
    assert panel.refit.isVisibleTo(panel)
    seen: list = []
    monkeypatch.setattr(ClassFitDialog, "exec", _answer("keep-amounts", "notes as issued", seen))
    panel.refit.click()
    structure = window.document.case.scenarios[0].structure
    assert structure.sized_for_pool == pytest.approx(pool)
    assert "sized for" not in panel.fit_note.text()
    assert not panel.refit.isVisibleTo(panel)
    window.document.undo_stack.undo()
    assert window.document.case.scenarios[0].structure.sized_for_pool == pytest.approx(pool / 2)
