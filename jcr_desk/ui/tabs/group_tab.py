"""Group structure tab: the group tree, the selected entity's inputs and guideline, the chart.

The tab only assembles its parts; each part reads the case through the document and
edits it through the window's ``push`` (so every edit is undoable and refusals are shown).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.ui.errors import report_error
from jcr_desk.ui.group.countries_panel import CountriesPanel
from jcr_desk.ui.group.entity_form import EntityForm
from jcr_desk.ui.group.group_chart import GroupChartView
from jcr_desk.ui.group.guideline_panel import GuidelinePanel
from jcr_desk.ui.group.tree_panel import GroupTreePanel
from jcr_desk.ui.tabs.context import TabContext


class GroupTab(QWidget):
    """Left: the group (tree, chart, countries). Right: the selected entity's form and
    guideline with the committee's proposals."""

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document, push = context.document, context.push
        self._document = document
        self.tree_panel = GroupTreePanel(document, push, self)
        self.chart = GroupChartView(document, self)
        self.countries_panel = CountriesPanel(document, push, self)
        self.form = EntityForm(document, push, self)
        self.guideline_panel = GuidelinePanel(document, push, context.analyst_name, self)

        export = QPushButton(self.tr("Export chart as PNG…"), self)
        export.clicked.connect(self.export_chart)
        chart_page = QWidget(self)
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.chart, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        chart_layout.addLayout(buttons)

        self.left = QTabWidget(self)
        self.left.addTab(self.tree_panel, self.tr("Group"))
        self.left.addTab(chart_page, self.tr("Chart"))
        self.left.addTab(self.countries_panel, self.tr("Countries"))

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.left)
        top.addWidget(_scrolled(self.form, self))
        top.setSizes([560, 440])  # proportions: the splitter scales them to its width
        # The guideline is what the committee reads: it gets the full width below.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(_scrolled(self.guideline_panel, self))
        splitter.setSizes([450, 550])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.tree_panel.entity_selected.connect(self._show_entity)
        document.replaced.connect(self._select_first_entity)
        self._select_first_entity()

    def _show_entity(self, entity_id: str) -> None:
        self.form.set_entity(entity_id or None)
        self.guideline_panel.set_entity(entity_id or None)

    def _select_first_entity(self) -> None:
        entities = self._document.case.entities
        if entities:
            self.tree_panel.select_entity(entities[0].id)
        else:
            self._show_entity("")

    def export_chart(self) -> None:
        start = self._document.display_name() + self.tr(" group chart.png")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export group chart"), start, self.tr("PNG (*.png)")
        )
        if not chosen:
            return
        try:  # the chart follows every edit itself, so it is current here
            self.chart.export_png(Path(chosen))
        except OSError as error:
            report_error(self, self.tr("Could not export the chart"), error)


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area
