"""A stress result as the committee reads it: the enhancement table, charts, sensitivity.

Shows what the case stores (``ScenarioResult``), so reopening a case shows the same numbers
without a run; a note says when the result was computed and whether the inputs have changed
since.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget

from jcr_desk.case.model import ScenarioResult
from jcr_desk.ui.stress.formatting import percent, rating_label, yen
from jcr_desk.ui.stress.qt_enhancement_model import EnhancementTableModel
from jcr_desk.ui.stress.qt_sensitivity_model import SensitivityModel
from jcr_desk.ui.stress.result_charts import ResultCharts
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
        self.by_recovery = SensitivityModel("Recovery", self)
        self.by_cpr = SensitivityModel("CPR", self)
        self.sensitivity_title = QLabel(self)
        sensitivity = QWidget(self)
        sensitivity_layout = QVBoxLayout(sensitivity)
        sensitivity_layout.addWidget(self.sensitivity_title)
        sensitivity_layout.addWidget(heading("Default multiple × recovery rate", sensitivity))
        sensitivity_layout.addWidget(_grid_view(self.by_recovery, sensitivity), 1)
        sensitivity_layout.addWidget(heading("Default multiple × CPR", sensitivity))
        sensitivity_layout.addWidget(_grid_view(self.by_cpr, sensitivity), 1)

        table_page = QSplitter(Qt.Orientation.Vertical, self)
        table_page.addWidget(self.enhancement)
        table_page.addWidget(self.details)
        table_page.setSizes([220, 400])
        self.pages = QTabWidget(self)
        self.pages.addTab(table_page, "Enhancement")
        self.pages.addTab(self.charts, "Charts")
        self.pages.addTab(sensitivity, "Sensitivity")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.computed)
        layout.addWidget(self.pages, 1)
        self.set_result(None, stale=False)

    def set_result(self, result: ScenarioResult | None, *, stale: bool) -> None:
        data: dict[str, Any] = result.data if result is not None else {}
        self.enhancement_model.set_result(data)
        self.charts.set_result(data)
        self.details.setText(detail_text(data))
        grid = data.get("sensitivity") or {}
        multiples = grid.get("default_multiples", [])
        self.by_recovery.set_grid(
            multiples, grid.get("recovery_rates", []), grid.get("by_recovery", [])
        )
        self.by_cpr.set_grid(multiples, grid.get("cprs", []), grid.get("by_cpr", []))
        self.sensitivity_title.setText(
            f"Required CE of {grid['tranche']} at {grid['rating']}"
            if grid
            else "No sensitivity grid in this result."
        )
        self.computed.setText(computed_text(result, stale))


def _grid_view(model: SensitivityModel, parent: QWidget) -> QTableView:
    view = table_view(model, parent)
    view.horizontalHeader().setStretchLastSection(False)
    return view


def computed_text(result: ScenarioResult | None, stale: bool) -> str:
    if result is None:
        return "No result yet: press Run (F5) to compute the enhancement."
    when = f"{result.computed_at:%Y-%m-%d %H:%M} UTC"
    if stale:
        return f"Results computed {when}; inputs changed since — run again (F5)."
    return f"Results computed {when} from the current inputs."


def detail_text(data: dict[str, Any]) -> str:
    """Tranche ratings, liquidity reserve, commingling and warnings, one line each."""
    if not data:
        return ""
    lines = []
    for name, tranche in data.get("tranches", {}).items():
        if not tranche.get("rated"):
            lines.append(f"{name}: not rated (residual).")
            continue
        line = (
            f"{name}: highest rating passed {rating_label(tranche.get('highest_rating'))}, "
            f"after caps {rating_label(tranche.get('capped_rating'))}"
        )
        steps = tranche.get("cap_steps") or []
        lines.append(line + (f" ({'; '.join(steps)})." if steps else "."))
    reserve = data.get("liquidity_reserve")
    if reserve:
        kind = "floating" if reserve.get("floating") else "fixed"
        lines.append(
            f"Liquidity reserve: {yen(reserve.get('amount'))} "
            f"({reserve.get('months')} month(s), {kind}-rate senior notes)."
        )
    commingling = data.get("commingling")
    if commingling:
        state = "breached" if commingling.get("trigger_breached") else "not breached"
        lines.append(
            f"Commingling: servicer rating {commingling.get('servicer_rating') or 'not entered'}, "
            f"trigger {commingling.get('trigger')} {state}; {commingling.get('note', '')}"
        )
    for rating, row in data.get("ratings", {}).items():
        lines.append(
            f"{rating}: cumulative defaults {percent(row.get('realised_default_rate'))},"
            f" losses {percent(row.get('cumulative_loss'))}."
            + (
                " Held at a lower rating's figure: a higher rating never needs less."
                if row.get("held_at_lower_rating")
                else ""
            )
        )
    lines += [f"⚠ {warning}" for warning in data.get("warnings", [])]
    return "\n".join(lines)
