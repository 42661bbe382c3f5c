"""A stress result as the committee reads it: the enhancement table, charts, sensitivity.

Shows what the case stores (``ScenarioResult``), so reopening a case shows the same numbers
without a run; a note says when the result was computed and whether the inputs have changed
since.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from jcr_desk.case.document.model import ScenarioResult
from jcr_desk.ui.locale_text import date_time_text
from jcr_desk.ui.stress.qt_enhancement_model import EnhancementTableModel
from jcr_desk.ui.stress.qt_sensitivity_model import SensitivityModel
from jcr_desk.ui.stress.result_charts import ResultCharts
from jcr_desk.ui.stress.result_details import detail_text
from jcr_desk.ui.tabs.common import heading, note, table_view


class ResultPanel(QWidget):
    """Enhancement table with the tranches' ratings and the other layers' lines; charts and
    the sensitivity grid in tabs beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.computed = note("", self)
        self.enhancement_model = EnhancementTableModel(self)
        self.enhancement = table_view(self.enhancement_model, self)
        self.enhancement.setObjectName("enhancementTable")
        self.enhancement.setSelectionBehavior(self.enhancement.SelectionBehavior.SelectItems)
        self.enhancement.horizontalHeader().setStretchLastSection(False)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.charts = ResultCharts(self)
        self.by_recovery = SensitivityModel(self.tr("Recovery"), self)
        self.by_cpr = SensitivityModel("CPR", self)
        self.sensitivity_title = QLabel(self)
        sensitivity = QWidget(self)
        sensitivity_layout = QVBoxLayout(sensitivity)
        sensitivity_layout.addWidget(self.sensitivity_title)
        sensitivity_layout.addWidget(
            heading(self.tr("Default multiple × recovery rate"), sensitivity)
        )
        sensitivity_layout.addWidget(_grid_view(self.by_recovery, sensitivity), 1)
        sensitivity_layout.addWidget(heading(self.tr("Default multiple × CPR"), sensitivity))
        sensitivity_layout.addWidget(_grid_view(self.by_cpr, sensitivity), 1)

        table_page = QSplitter(Qt.Orientation.Vertical, self)
        table_page.addWidget(self.enhancement)
        table_page.addWidget(self.details)
        table_page.setSizes([220, 400])
        self.pages = QTabWidget(self)
        self.pages.addTab(table_page, self.tr("Enhancement"))
        self.pages.addTab(self.charts, self.tr("Charts"))
        self.pages.addTab(sensitivity, self.tr("Sensitivity"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.computed)
        layout.addWidget(self.pages, 1)
        self.set_result(None, stale=False)

    def set_result(self, stored: ScenarioResult | None, *, stale: bool) -> None:
        result = stored.result if stored is not None else None
        self.enhancement_model.set_result(result)
        self.charts.set_result(result)
        self.details.setText(detail_text(result))
        grid = result.sensitivity if result is not None else None
        multiples = list(grid.default_multiples) if grid else []
        self.by_recovery.set_grid(
            multiples,
            list(grid.recovery_rates) if grid else [],
            [list(row) for row in grid.by_recovery] if grid else [],
        )
        self.by_cpr.set_grid(
            multiples,
            list(grid.cprs) if grid else [],
            [list(row) for row in grid.by_cpr] if grid else [],
        )
        self.sensitivity_title.setText(
            self.tr("Required CE of %s at %s") % (grid.tranche, grid.rating)
            if grid
            else self.tr("No sensitivity grid in this result.")
        )
        self.computed.setText(computed_text(stored, stale))


def _grid_view(model: SensitivityModel, parent: QWidget) -> QTableView:
    view = table_view(model, parent)
    view.horizontalHeader().setStretchLastSection(False)
    return view


def computed_text(result: ScenarioResult | None, stale: bool) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ResultPanel", text)

    if result is None:
        return QCoreApplication.translate(
            "ResultPanel", "No result yet: press Run (F5) to compute the enhancement."
        )
    when = f"{date_time_text(result.computed_at)} UTC"
    if stale:
        return (
            QCoreApplication.translate(
                "ResultPanel", "Results computed %s; inputs changed since — run again (F5)."
            )
            % when
        )
    return (
        QCoreApplication.translate("ResultPanel", "Results computed %s from the current inputs.")
        % when
    )
