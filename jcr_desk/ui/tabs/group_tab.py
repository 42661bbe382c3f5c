"""Group structure tab: the issuer's group as a tree, and the countries of the case."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTreeView, QVBoxLayout, QWidget

from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.models.qt_entity_tree_model import EntityTreeModel
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, note, table_view

COUNTRY_COLUMNS = (
    Column("Country", lambda c: f"{c.name} ({c.code})"),
    Column("Sovereign LC", lambda c: c.local_currency_rating),
    Column("Sovereign FC", lambda c: c.foreign_currency_rating),
    Column("Country ceiling", lambda c: c.country_ceiling),
    Column("Hard currency", lambda c: "Yes" if c.hard_currency else "No"),
)


class GroupTab(QWidget):
    """Shows the group tree and the countries table of the open case."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.tree_model = EntityTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("groupTree")
        self.tree.setModel(self.tree_model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.country_model = RecordTableModel(COUNTRY_COLUMNS, self)
        self.countries = table_view(self.country_model, self)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading("Group", top))
        top_layout.addWidget(self.tree)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(heading("Countries", bottom))
        bottom_layout.addWidget(self.countries)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(
            note(
                "Notching guidelines, proposals and the group chart are added to this tab "
                "with the group-structure rules.",
                self,
            )
        )
        document.replaced.connect(self.refresh)
        document.edited.connect(lambda _command: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        case = self._document.case
        self.tree_model.set_case(case)
        self.tree.expandAll()
        self.country_model.set_records(sorted(case.countries, key=lambda c: c.name))
