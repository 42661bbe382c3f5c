"""Charts of a stress result (QtCharts): what the committee looks at besides the table.

Pool balance and cumulative defaults per target rating over the months of the projection,
the tranches' balances under one chosen rating, and the required CE by layer per rating
(stacked). Everything is drawn from the run's :class:`EnhancementResult`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QFormLayout, QTabWidget, QVBoxLayout, QWidget

from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.result import EnhancementResult


class ResultCharts(QTabWidget):
    """Four charts in tabs; :meth:`set_result` redraws them all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: EnhancementResult | None = None
        self.balance = chart_view(self, self.tr("Pool balance, % of the cut-off balance"))
        self.defaults = chart_view(self, self.tr("Cumulative defaults, % of the cut-off balance"))
        self.layers = chart_view(self, self.tr("Required CE by layer, % of the pool"))
        self.tranche_rating = QComboBox(self)
        self.tranche_rating.currentTextChanged.connect(self._draw_tranches)
        self.tranches = chart_view(self, self.tr("Class balances, ¥ million"))
        tranche_page = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Rating"), self.tranche_rating)
        tranche_layout = QVBoxLayout(tranche_page)
        tranche_layout.setContentsMargins(0, 0, 0, 0)
        tranche_layout.addLayout(form)
        tranche_layout.addWidget(self.tranches, 1)
        self.addTab(self.layers, self.tr("CE by layer"))
        self.addTab(self.balance, self.tr("Pool balance"))
        self.addTab(self.defaults, self.tr("Cumulative defaults"))
        self.addTab(tranche_page, self.tr("Class balances"))

    def set_result(self, result: EnhancementResult | None) -> None:
        self._result = result
        pool = result.pool_balance if result is not None else 0.0
        flows = result.pool_cashflows if result is not None else {}
        scale = 100.0 / pool if pool else 0.0
        _draw_lines(
            self.balance.chart(),
            {rating: np.asarray(f.balance, dtype=float) * scale for rating, f in flows.items()},
            "%",
        )
        _draw_lines(
            self.defaults.chart(),
            {
                rating: np.cumsum(np.asarray(f.defaults, dtype=float)) * scale
                for rating, f in flows.items()
            },
            "%",
        )
        self._draw_layers()
        ratings = list(result.class_balances) if result is not None else []
        chosen = self.tranche_rating.currentText()
        self.tranche_rating.blockSignals(True)
        self.tranche_rating.clear()
        self.tranche_rating.addItems(ratings)
        if chosen in ratings:
            self.tranche_rating.setCurrentText(chosen)
        self.tranche_rating.blockSignals(False)
        self._draw_tranches(self.tranche_rating.currentText())

    def series_names(self, view: QChartView) -> list[str]:
        """The legend of one chart (tests and the committee pack read it)."""
        return [series.name() for series in view.chart().series()]

    def _draw_layers(self) -> None:
        chart = self.layers.chart()
        _clear(chart)
        lines = self._result.ratings if self._result is not None else ()
        if not lines:
            return
        series = QStackedBarSeries()
        for key, title in LAYERS:
            bars = QBarSet(QCoreApplication.translate("EnhancementLayers", title))
            bars.append([float(line.layers.value(key) or 0.0) * 100 for line in lines])
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([line.rating for line in lines])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%.1f%%")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    def _draw_tranches(self, rating: str) -> None:
        result = self._result
        balances = result.class_balances.get(rating, {}) if result is not None else {}
        _draw_lines(
            self.tranches.chart(),
            {name: np.asarray(values, dtype=float) / 1e6 for name, values in balances.items()},
            self.tr("¥ million"),
        )


def chart_view(parent: QWidget, title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _draw_lines(chart: QChart, lines: Mapping[str, Sequence[float]], unit: str) -> None:
    """One line per entry against the month of the projection."""
    _clear(chart)
    if not lines:
        return
    months = QValueAxis()
    months.setTitleText(QCoreApplication.translate("ResultCharts", "Month"))
    months.setLabelFormat("%d")
    values = QValueAxis()
    values.setLabelFormat("%.1f%%" if unit == "%" else "%.0f")
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    longest = 0
    for name, points in lines.items():
        y = np.asarray(points, dtype=float)
        series = QLineSeries()
        series.setName(name)
        series.appendNp(np.arange(1, len(y) + 1, dtype=float), y)
        chart.addSeries(series)
        series.attachAxis(months)
        series.attachAxis(values)
        if len(y):
            top = max(top, float(np.nanmax(y)))
        longest = max(longest, len(y))
    months.setRange(0, max(longest, 2))
    values.setRange(0.0, top if top > 0 else 1.0)
    months.applyNiceNumbers()
    values.applyNiceNumbers()
