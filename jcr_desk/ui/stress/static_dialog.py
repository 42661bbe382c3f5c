"""Review of a static-data import before it becomes the scenario's base case.

The analyst sees what the Desk derived from the originator's workbook (each vintage's
lifetime default rate and whether the chain ladder completed it, the mean, spread and trend
across vintages, the CPR, the pool's seasoning), the curves behind them and the timing the
projection will use, and then takes it as the base case or leaves the scenario as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.scenario_commands import ApplyStaticBaseCase
from jcr_desk.case.services.static_base_case import StaticProposal
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.base_case import BASE_CASE_METHODS
from jcr_desk.ui.stress.formatting import percent
from jcr_desk.ui.stress.qt_vintage_model import VintageTableModel, vintage_rows
from jcr_desk.ui.stress.result_charts import chart_view
from jcr_desk.ui.stress.static_charts import draw_timing, draw_vintage_curves
from jcr_desk.ui.tabs.common import note, table_view
from jcr_desk.ui.translations import shown

_MONTHS_PER_YEAR = 12
_CONTEXT = "StaticDialog"
_METHOD_TITLES = {
    "mean": QT_TRANSLATE_NOOP("StaticDialog", "mean of the vintages"),
    "mean_plus_sd": QT_TRANSLATE_NOOP("StaticDialog", "mean + k standard deviations"),
    "trend": QT_TRANSLATE_NOOP("StaticDialog", "trend carried to the next vintage"),
}
#: The reading in words with its figures (the audit log keeps base_case.method_label's English).
_METHOD_LABELS = {
    "mean": QT_TRANSLATE_NOOP("StaticDialog", "mean of {vintages} vintages"),
    "mean_plus_sd": QT_TRANSLATE_NOOP(
        "StaticDialog", "mean + {k} standard deviations of {vintages} vintages"
    ),
    "trend": QT_TRANSLATE_NOOP(
        "StaticDialog", "trend of {vintages} vintages carried to the next vintage"
    ),
}
STATISTICS = {
    "mean": QT_TRANSLATE_NOOP("StaticDialog", "Lifetime default rate (mean)"),
    "std": QT_TRANSLATE_NOOP("StaticDialog", "Standard deviation"),
    "trend": QT_TRANSLATE_NOOP("StaticDialog", "Trend across vintages"),
    "cpr": QT_TRANSLATE_NOOP("StaticDialog", "Prepayment rate (CPR, annual)"),
    "seasoning": QT_TRANSLATE_NOOP("StaticDialog", "Pool seasoning"),
    "timing": QT_TRANSLATE_NOOP("StaticDialog", "Default timing"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class StaticBaseCaseDialog(QDialog):
    """Statistics, vintages and curves of one import; "Use as base case" accepts."""

    def __init__(
        self,
        proposal: StaticProposal,
        assumptions: StressAssumptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        static, base = proposal.static, proposal.base_case
        table = static.defaults
        self.setWindowTitle(
            self.tr("Base case from static data — {file}").format(file=static.source["file"])
        )
        self.timing_shares = applied_timing(proposal)
        self.statistics = {key: QLabel(self) for key in STATISTICS}
        for key, text in statistic_texts(proposal, assumptions, self.timing_shares).items():
            self.statistics[key].setText(text)
            self.statistics[key].setWordWrap(True)
        self.vintage_model = VintageTableModel(vintage_rows(table, base), self)
        self.vintages = table_view(self.vintage_model, self)
        self.vintages.setObjectName("vintageTable")
        self.curves = chart_view(
            self,
            self.tr("Cumulative default rate by vintage (solid: observed; dashed: chain ladder)"),
        )
        draw_vintage_curves(
            self.curves.chart(), base.vintages, table.periods, table.rates, base.completed_defaults
        )
        self.curves.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timing = chart_view(self, self.tr("Default timing applied from the cut-off"))
        draw_timing(self.timing.chart(), self.timing_shares)
        self.timing.chart().legend().hide()
        self.method = QComboBox(self)
        for method in BASE_CASE_METHODS:
            self.method.addItem(_tr(_METHOD_TITLES[method]), method)
        self.method.setCurrentIndex(BASE_CASE_METHODS.index(proposal.method))
        self.sd_multiple = QDoubleSpinBox(self)
        self.sd_multiple.setRange(0.0, 5.0)
        self.sd_multiple.setSingleStep(0.5)
        self.sd_multiple.setPrefix("k = ")
        self.sd_multiple.setValue(proposal.sd_multiple)
        self.chosen = QLabel(self)
        self._proposal = proposal
        self.method.currentIndexChanged.connect(lambda _i: self._show_choice())
        self.sd_multiple.valueChanged.connect(lambda _v: self._show_choice())
        self._show_choice()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use_button = buttons.addButton(
            self.tr("Use as base case"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        for key, label in STATISTICS.items():
            form.addRow(_tr(label), self.statistics[key])
        choice = QHBoxLayout()
        choice.addWidget(self.method, 1)
        choice.addWidget(self.sd_multiple)
        form.addRow(self.tr("Base case taken as (002 §2(1)(a))"), choice)
        form.addRow("", self.chosen)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.vintages, 1)
        charts = QSplitter(Qt.Orientation.Vertical, self)
        charts.addWidget(self.curves)
        charts.addWidget(self.timing)
        charts.setSizes([380, 240])
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(charts)
        body.setSizes([600, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(source_line(static.source, len(base.vintages)), self))
        for warning in static.warnings:
            layout.addWidget(note(f"⚠ {shown(warning)}", self))
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(1180, 720)

    def choice(self) -> tuple[str, float]:
        """The reading of the vintages the analyst chose, and its k."""
        return self.method.currentData(), self.sd_multiple.value()

    def _show_choice(self) -> None:
        method, k = self.choice()
        self.sd_multiple.setEnabled(method == "mean_plus_sd")
        rate = self._proposal.rate(method, k)
        vintages = len(self._proposal.base_case.vintages)
        label = reading_label(method, k, vintages) or method
        self.chosen.setText(self.tr("Lifetime default rate %s (%s)") % (percent(rate, 3), label))


def reading_label(method: str, k: float, vintages: int) -> str | None:
    """The reading in words with its figures, in the window's language (None: no such
    reading)."""
    template = _METHOD_LABELS.get(method)
    return None if template is None else _tr(template).format(k=f"{k:g}", vintages=vintages)


def applied_timing(proposal: StaticProposal) -> list[float]:
    """The monthly timing shares "Use as base case" will store: shown exactly as applied,
    read from the command itself instead of recomputed."""
    return ApplyStaticBaseCase.from_proposal(proposal).timing_curve


def source_line(source: Mapping[str, Any], vintages: int) -> str:
    """File, sheets and layout of the import, in one line."""
    quarterly = source.get("period_months") == 3
    line = (
        QCoreApplication.translate(
            "StaticDialog", "{file}, sheet {sheet}: {vintages} vintages, quarterly columns; "
        )
        if quarterly
        else QCoreApplication.translate(
            "StaticDialog", "{file}, sheet {sheet}: {vintages} vintages, monthly columns; "
        )
    ).format(file=source.get("file"), sheet=source.get("sheet"), vintages=vintages)
    prepayments = source.get("prepayment_sheet")
    if prepayments:
        return line + QCoreApplication.translate(
            "StaticDialog", "prepayments from sheet {sheet}."
        ).format(sheet=prepayments)
    return line + QCoreApplication.translate("StaticDialog", "no prepayment sheet.")


def statistic_texts(
    proposal: StaticProposal, assumptions: StressAssumptions, timing: Sequence[float]
) -> dict[str, str]:
    """The figures of :data:`STATISTICS` as the dialog shows them."""
    base, seasoning = proposal.base_case, proposal.seasoning_months
    now_rate = _maybe(assumptions.base_default_rate)
    now_cpr = _maybe(assumptions.cpr)
    return {
        "mean": QCoreApplication.translate("StaticDialog", "{rate} (scenario now {now})").format(
            rate=percent(base.mean, 3), now=now_rate
        ),
        "std": QCoreApplication.translate(
            "StaticDialog", "{rate} across {vintages} vintages"
        ).format(rate=percent(base.std, 3), vintages=len(base.vintages)),
        "trend": QCoreApplication.translate(
            "StaticDialog",
            "{points} percentage points per vintage (least squares, oldest to newest)",
        ).format(points=f"{base.trend * 100:+.3f}"),
        "cpr": (
            QCoreApplication.translate("StaticDialog", "{rate} (scenario now {now})").format(
                rate=percent(base.cpr, 3), now=now_cpr
            )
            if base.cpr is not None
            else QCoreApplication.translate(
                "StaticDialog", "no prepayment sheet: the scenario keeps {now}"
            ).format(now=now_cpr)
        ),
        "seasoning": QCoreApplication.translate(
            "StaticDialog", "{months} months ({years} years), balance-weighted age at the cut-off"
        ).format(months=f"{seasoning:.1f}", years=f"{seasoning / _MONTHS_PER_YEAR:.1f}"),
        "timing": QCoreApplication.translate(
            "StaticDialog",
            "{months} months from the cut-off, {origin}; defaults fall within the first "
            "{last} months",
        ).format(
            months=len(timing), origin=_timing_origin(proposal), last=_last_default_month(timing)
        ),
    }


def _timing_origin(proposal: StaticProposal) -> str:
    start = round(proposal.seasoning_months)
    if start >= len(proposal.base_case.timing_curve):
        return QCoreApplication.translate(
            "StaticDialog", "the rulebook's curve: the pool is older than the static data"
        )
    return QCoreApplication.translate(
        "StaticDialog", "the vintages' curve from month {month} on"
    ).format(month=start + 1)


def _last_default_month(timing: Sequence[float]) -> int:
    return max((month for month, share in enumerate(timing, start=1) if share > 0), default=0)


def _maybe(value: Any) -> str:
    return (
        percent(float(value), 3)
        if isinstance(value, int | float)
        else QCoreApplication.translate("StaticDialog", "not set")
    )
