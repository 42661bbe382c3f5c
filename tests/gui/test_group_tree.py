"""Editing the group in the tree and the countries table, through the window's undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QMessageBox

from jcr_desk.case.document.model import Case, Country, Decision, Entity, now_utc
from jcr_desk.case.edits.group_commands import RemoveEntity, SetEntityFields
from jcr_desk.ui.group.countries_panel import CountriesPanel
from jcr_desk.ui.group.tree_panel import GroupTreePanel
from jcr_desk.ui.models.qt_entity_tree_model import EntityIdRole

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
MOVE = Qt.DropAction.MoveAction


def small_group() -> Case:
    return Case(
        entities=[
            Entity("h", "Holding", "holding", "bank"),
            Entity("b", "Bank", "core", "bank", parent_id="h", ownership_pct=100.0),
            Entity("c", "Card", "group_company", "card_nonbank", parent_id="b",
                   ownership_pct=85.0),
            Entity("t", "Trust", "group_company", "trust_bank", parent_id="h"),
            Entity("s", "SPV", "spv", "trust"),
        ],
        countries=[Country("JP", "Japan", "A+", "A+", "AAA", True), Country("US", "USA")],
        decisions=[Decision("d1", "c", "long_term", "BBB", "BBB", "", "Sato", now_utc())],
    )


def shape(model, parent=QModelIndex()) -> list:  # noqa: B008 - an invalid index is the root
    """The tree as the view sees it: [(name, [children…]), …]."""
    return [
        (model.index(row, 0, parent).data(), shape(model, model.index(row, 0, parent)))
        for row in range(model.rowCount(parent))
    ]


START = [("Holding", [("Bank", [("Card", [])]), ("Trust", [])]), ("SPV", [])]


@pytest.fixture
def panel(qtbot, window):
    window.document.replace(small_group(), None)
    widget = GroupTreePanel(window.document, window.push)
    qtbot.addWidget(widget)
    QAbstractItemModelTester(widget.model, FATAL)
    return widget


def drop(panel, entity_id: str, parent_id: str | None) -> bool:
    model = panel.model
    data = model.mimeData([model.index_of(entity_id)])
    target = model.index_of(parent_id) if parent_id else QModelIndex()
    return model.dropMimeData(data, MOVE, -1, 0, target)


def test_add_rename_move_remove_then_undo_and_redo_everything(panel, window, questions,
                                                              monkeypatch):
    model, stack = panel.model, window.document.undo_stack
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert shape(model) == START
    assert not panel.add_holding_action.isEnabled()  # the group has its top parent

    panel.select_entity("t")
    panel.add_company_action.trigger()
    new_id = panel.selected_id()
    assert window.document.case.entity(new_id).parent_id == "t"
    assert shape(model)[0][1][1] == ("Trust", [("New group company", [])])

    assert model.setData(model.index_of(new_id), "Trust Services")
    assert window.document.case.entity(new_id).name == "Trust Services"
    assert not model.flags(model.index_of("b", 1)) & Qt.ItemFlag.ItemIsEditable

    assert drop(panel, "c", "t")
    assert window.document.case.entity("c").parent_id == "t"
    assert shape(model)[0][1] == [
        ("Bank", []), ("Trust", [("Card", []), ("Trust Services", [])])
    ]

    panel.select_entity("t")
    panel.remove_action.trigger()  # has children and a decision below: asks, user says no
    assert questions and "Trust" in questions[-1]
    assert shape(model)[0][1][1][0] == "Trust"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    panel.remove_action.trigger()
    assert shape(model) == [("Holding", [("Bank", [])]), ("SPV", [])]
    assert window.document.case.decisions == []

    after = shape(model)
    for _ in range(4):
        stack.undo()
    assert shape(model) == START
    assert [d.id for d in window.document.case.decisions] == ["d1"]
    for _ in range(4):
        stack.redo()
    assert shape(model) == after
    assert resets == []  # every edit arrived as rows inserted, moved, removed or changed


def test_expansion_and_selection_survive_edits_and_rebuilds(panel, window):
    tree, model = panel.tree, panel.model
    tree.collapse(model.index_of("b"))
    panel.select_entity("t")

    assert drop(panel, "s", "h")  # a party may hang under the group too
    assert model.setData(model.index_of("c"), "Card Co.")
    assert not tree.isExpanded(model.index_of("b"))
    assert tree.isExpanded(model.index_of("h"))
    assert panel.selected_id() == "t"

    model.set_case(window.document.case)  # a full rebuild puts the view back by id
    assert not tree.isExpanded(model.index_of("b"))
    assert tree.isExpanded(model.index_of("h"))
    assert panel.selected_id() == "t"

    seen: list[str] = []
    panel.entity_selected.connect(seen.append)
    panel.select_entity("c")
    panel.select_entity("")
    assert seen == ["c", ""]
    assert not panel.rename_action.isEnabled()


def test_refused_edits_explain_themselves_and_change_nothing(panel, window, errors):
    model, stack = panel.model, window.document.undo_stack

    assert not window.push(SetEntityFields("c", ownership_pct=150))
    assert "150 %" in errors[-1][1]
    assert model.index_of("c", 5).data() == "85.0"

    assert not drop(panel, "h", "c")  # the holding under its own grandchild
    assert "own subsidiaries" in errors[-1][1]
    assert not drop(panel, "t", None)  # a second top parent of the group
    assert "already has a top parent" in errors[-1][1]
    assert not drop(panel, "c", "s")  # a group company under the SPV
    assert "not a group member" in errors[-1][1]
    assert not model.setData(model.index_of("b"), "  ")
    assert "needs a name" in errors[-1][1]

    assert shape(model) == START
    assert stack.count() == 0
    assert not drop(panel, "c", "b")  # same parent: not an edit, nothing said
    assert len(errors) == 5


def test_the_first_holding_company_of_an_empty_case(qtbot, window):
    widget = GroupTreePanel(window.document, window.push)
    qtbot.addWidget(widget)
    QAbstractItemModelTester(widget.model, FATAL)
    assert not widget.add_company_action.isEnabled()
    widget.add_holding_action.trigger()
    assert shape(widget.model) == [("New holding company", [])]
    assert not widget.add_holding_action.isEnabled()
    widget.add_company_action.trigger()  # under the new holding, selected after adding
    assert shape(widget.model) == [("New holding company", [("New group company", [])])]
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert widget.model.rowCount() == 0
    assert widget.add_holding_action.isEnabled()


def test_a_new_case_rebuilds_the_tree(panel, window):
    window.document.replace(Case(), None)
    assert panel.model.rowCount() == 0
    assert panel.selected_id() == ""
    assert panel.model.index(0, 0).data(EntityIdRole) is None


# -- countries ------------------------------------------------------------------------------


@pytest.fixture
def countries(qtbot, window):
    window.document.replace(small_group(), None)
    widget = CountriesPanel(window.document, window.push)
    qtbot.addWidget(widget)
    QAbstractItemModelTester(widget.model, FATAL)
    return widget


def rows(model) -> list[list]:
    return [
        [model.index(r, c).data() for c in range(5)]
        + [model.index(r, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked]
        for r in range(model.rowCount())
    ]


def test_country_table_edits_go_through_the_undo_stack(countries, window, qtbot):
    model, stack = countries.model, window.document.undo_stack
    before = rows(model)
    assert before[0] == ["JP", "Japan", "A+", "A+", "AAA", True]
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable

    assert model.setData(model.index(1, 1), "United States")
    assert model.setData(model.index(1, 4), " aa+ ")
    assert model.setData(model.index(1, 5), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.setData(model.index(0, 2), "")  # blank clears the rating
    assert rows(model)[1] == ["US", "United States", "", "", "AA+", True]
    assert window.document.case.countries[0].local_currency_rating is None

    qtbot.keyClicks(countries.code_edit, "vn")
    countries.add_button.click()
    assert rows(model)[2] == ["VN", "VN", "", "", "", False]
    assert countries.code_edit.text() == ""

    countries.table.selectRow(0)
    countries.remove_button.click()
    assert [r[0] for r in rows(model)] == ["US", "VN"]

    for _ in range(6):
        stack.undo()
    assert rows(model) == before
    for _ in range(6):
        stack.redo()
    assert [r[0] for r in rows(model)] == ["US", "VN"]


def test_country_refusals_show_the_message(countries, window, errors, qtbot):
    model = countries.model
    before = rows(model)
    assert not model.setData(model.index(0, 4), "AAA+")
    assert "'AAA+' is not a long-term rating" in errors[-1][1]
    assert not model.setData(model.index(0, 1), "   ")
    assert "needs a name" in errors[-1][1]
    qtbot.keyClicks(countries.code_edit, "jp")
    countries.add_button.click()
    assert "already has a country with the code JP" in errors[-1][1]
    assert countries.code_edit.text() == "jp"  # kept, so the analyst can correct it
    assert rows(model) == before
    assert window.document.undo_stack.count() == 0


def expected_shape(case: Case, parent_id: str | None = None) -> list:
    return [(e.name, expected_shape(case, e.id)) for e in case.children_of(parent_id)]


def test_the_tree_follows_every_edit_of_the_demo_group(qtbot, window, demo_case):
    window.document.replace(demo_case.snapshot(), None)
    widget = GroupTreePanel(window.document, window.push)
    qtbot.addWidget(widget)
    QAbstractItemModelTester(widget.model, FATAL)
    case, stack = window.document.case, window.document.undo_stack
    by_role = {e.role: e.id for e in case.entities}
    card = next(e.id for e in case.entities if e.sector == "card_nonbank")
    trust = next(e.id for e in case.entities if e.sector == "trust_bank")
    original = expected_shape(case)

    assert drop(widget, card, trust)
    assert drop(widget, by_role["core"], trust)  # a branch moves under its new parent
    assert widget.model.setData(widget.model.index_of(trust), "Trust HD")
    assert window.push(RemoveEntity(by_role["holding"]))  # the whole group at once
    assert shape(widget.model) == [(case.entities[0].name, [])]  # the SPV stays
    for step in range(stack.count(), 0, -1):
        assert shape(widget.model) == expected_shape(case), step
        stack.undo()
    assert shape(widget.model) == expected_shape(case) == original
