"""Every item model of the window passes Qt's own model checks (QAbstractItemModelTester)."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from jcr_desk.case.document.model import Case
from jcr_desk.ui.models.qt_entity_tree_model import EntityIdRole, EntityTreeModel
from jcr_desk.ui.models.qt_loan_table_model import LoanTableModel
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_entity_tree_mirrors_parent_links(demo_case):
    model = EntityTreeModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_case(demo_case)

    def walk(parent, depth, seen):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            entity = model.entity_at(index)
            seen.append((entity.id, depth))
            assert index.data(EntityIdRole) == entity.id
            assert model.parent(index) == parent
            assert model.index_of(entity.id) == index
            walk(index, depth + 1, seen)

    seen: list[tuple[str, int]] = []
    walk(model.index(-1, -1), 0, seen)
    assert sorted(entity_id for entity_id, _ in seen) == sorted(e.id for e in demo_case.entities)
    by_id = {e.id: e for e in demo_case.entities}
    for entity_id, depth in seen:
        assert (depth == 0) == (by_id[entity_id].parent_id is None)

    model.set_case(Case())
    assert model.rowCount() == 0


def test_record_table_model_reads_columns():
    model = RecordTableModel([Column("Name", lambda r: r["name"]),
                              Column("Size", lambda r: r["size"], numeric=True)])
    QAbstractItemModelTester(model, FATAL)
    model.set_records([{"name": "Class A", "size": 88}, {"name": "Class B", "size": None}])
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Class A"
    assert model.index(1, 1).data() == ""
    right = model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & int(Qt.AlignmentFlag.AlignRight)
    model.set_columns([Column("Only", lambda r: r["name"])])
    assert model.columnCount() == 1


def test_loan_table_formats_each_dtype_without_boxing_rows():
    loans = pd.DataFrame(
        {
            "loan_id": pd.Series(["L1", "L2", None], dtype="string"),
            "prefecture": pd.Categorical(["東京都", None, "大阪府"]),
            "current_balance": [25_000_000.0, 1_234_567.0, float("nan")],
            "interest_rate": [0.0085, 0.0123, 0.015],
            "months_in_arrears": pd.array([0, 2, None], dtype="Int64"),
            "first_lien": [True, False, True],
            "origination_date": pd.to_datetime(["2015-04-01", None, "2020-02-29"]),
        }
    )
    model = LoanTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_loans(loans)

    def row(r):
        return [model.index(r, c).data() for c in range(model.columnCount())]

    assert row(0) == ["L1", "東京都", "25,000,000", "0.0085", "0", "Yes", "2015-04-01"]
    assert row(1) == ["L2", "", "1,234,567", "0.0123", "2", "No", ""]
    assert row(2) == ["", "大阪府", "", "0.0150", "", "Yes", "2020-02-29"]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    model.set_loans(None)
    assert model.rowCount() == 0
