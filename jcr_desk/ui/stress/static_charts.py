"""Charts of a static-data import: the vintages' cumulative default curves and the timing.

Each vintage is one colour, from the oldest (blue) to the newest (red): the observed part is
a solid line, the months the chain ladder completed continue it dashed. The timing chart is
the share of lifetime defaults the projection puts in each month from the cut-off, i.e. what
the scenario will use, after the months the pool has already lived through.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCharts import QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen

#: Hue of the oldest and the newest vintage (HSV degrees): blue to red.
_OLDEST_HUE, _NEWEST_HUE = 220, 0


def draw_vintage_curves(
    chart: QChart,
    vintages: Sequence[str],
    periods: np.ndarray,
    observed: np.ndarray,
    completed: np.ndarray,
) -> None:
    """Cumulative default rate (%) by months since origination, one colour per vintage."""
    months, rates = _axes(
        chart, QCoreApplication.translate("StaticCharts", "Months since origination"), "%.2f%%"
    )
    for i, vintage in enumerate(vintages):
        colour = _vintage_colour(i, len(vintages))
        seen = np.flatnonzero(~np.isnan(observed[i]))
        last = int(seen[-1]) if seen.size else 0
        solid = _line(chart, vintage, periods[: last + 1], observed[i, : last + 1] * 100)
        solid.setPen(QPen(colour, 1.5))
        _attach(solid, months, rates)
        if last < periods.size - 1:
            dashed = _line(chart, f"{vintage} completed", periods[last:], completed[i, last:] * 100)
            dashed.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            _attach(dashed, months, rates)
            chart.legend().markers(dashed)[0].setVisible(False)
    months.setRange(0, float(periods[-1]) if periods.size else 1.0)
    rates.setRange(0.0, max(float(np.nanmax(completed)) * 100, 1e-6) if completed.size else 1.0)
    rates.applyNiceNumbers()


def draw_timing(chart: QChart, shares: Sequence[float]) -> None:
    """Share of lifetime defaults (%) falling in each month from the cut-off."""
    months, values = _axes(
        chart, QCoreApplication.translate("StaticCharts", "Months from the cut-off"), "%.2f%%"
    )
    y = np.asarray(shares, dtype=float) * 100
    series = _line(
        chart,
        QCoreApplication.translate("StaticCharts", "Share of lifetime defaults per month"),
        np.arange(1, y.size + 1),
        y,
    )
    _attach(series, months, values)
    months.setRange(0, max(y.size, 2))
    values.setRange(0.0, float(y.max()) if y.size and y.max() > 0 else 1.0)
    months.applyNiceNumbers()
    values.applyNiceNumbers()


def _axes(chart: QChart, x_title: str, y_format: str) -> tuple[QValueAxis, QValueAxis]:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    x = QValueAxis()
    x.setTitleText(x_title)
    x.setLabelFormat("%d")
    y = QValueAxis()
    y.setLabelFormat(y_format)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    return x, y


def _line(chart: QChart, name: str, x: np.ndarray, y: np.ndarray) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    series.appendNp(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    chart.addSeries(series)
    return series


def _attach(series: QLineSeries, x: QValueAxis, y: QValueAxis) -> None:
    series.attachAxis(x)
    series.attachAxis(y)


def _vintage_colour(position: int, count: int) -> QColor:
    step = position / (count - 1) if count > 1 else 0.0
    return QColor.fromHsv(round(_OLDEST_HUE + (_NEWEST_HUE - _OLDEST_HUE) * step), 200, 200)
