"""Summary and stratification of a pool, read the way a committee reads a pool profile.

Left: the pool summary (counts, averages, weighted averages, mixes, concentration flags).
Right: one strat table at a time (field chooser) with its % of balance per bucket as a bar
chart. The figures come ready from :func:`jcr_desk.pool.strats.pool_profile`, computed on a
worker; this panel only lays them out, so a million-loan pool never stalls the window. A
column the tape lacks reads "not in the tape", never 0.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QFormLayout, QSplitter, QVBoxLayout, QWidget

from jcr_desk.pool.schema import schema
from jcr_desk.pool.strats import OTHERS, UNKNOWN, PoolProfile, PoolSummary, StratTable, strat_fields
from jcr_desk.ui.locale_text import date_text
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.pool.loan_model import field_label
from jcr_desk.ui.pool.pool_words import bucket_word, code_word
from jcr_desk.ui.tabs.common import table_view


class StratPanel(QWidget):
    """Summary table beside a strat table and its bar chart; :meth:`set_profile` shows one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile: PoolProfile | None = None
        summary_columns = (
            Column(self.tr("Measure"), lambda r: r[0]),
            Column(self.tr("Value"), lambda r: r[1], True),
        )
        strat_columns = (
            Column(self.tr("Bucket"), lambda r: bucket_word(r["bucket"])),
            Column(self.tr("Loans"), lambda r: f"{r['count']:,}", numeric=True),
            Column(self.tr("Current balance"), lambda r: f"¥{r['balance']:,.0f}", numeric=True),
            Column(self.tr("% of balance"), lambda r: f"{r['share'] * 100:.2f}%", numeric=True),
        )
        self.summary_model = RecordTableModel(summary_columns, self)
        self.summary = table_view(self.summary_model, self)
        self.summary.setObjectName("poolSummary")
        self.field_choice = QComboBox(self)
        for field in strat_fields():
            self.field_choice.addItem(field_label(field), field)
        self.field_choice.currentIndexChanged.connect(lambda _i: self._show_strat())
        self.strat_model = RecordTableModel(strat_columns, self)
        self.strat = table_view(self.strat_model, self)
        self.strat.setObjectName("stratTable")
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(180)

        right = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Stratify by"), self.field_choice)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.strat, 1)
        right_layout.addWidget(self.chart_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.summary)
        splitter.addWidget(right)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_profile(self, profile: PoolProfile | None) -> None:
        """Show a pool's profile (``None``: no pool, or one being computed)."""
        self._profile = profile
        empty = profile is None or not profile.summary.loan_count
        self.summary_model.set_records([] if empty else summary_lines(profile.summary))
        self._show_strat()

    def summary_value(self, measure: str) -> str | None:
        """The shown value of one summary line (tests and the committee pack read it)."""
        for row in range(self.summary_model.rowCount()):
            name, value = self.summary_model.record(row)
            if name == measure:
                return value
        return None

    def _show_strat(self) -> None:
        profile, field = self._profile, self.field_choice.currentData()
        table = None
        if profile is not None and profile.summary.loan_count and field:
            table = profile.strats.get(field)
        rows = [] if table is None else strat_rows(table)
        self.strat_model.set_records(rows)
        self._draw(self.field_choice.currentText(), rows, table is not None and table.missing)

    def _draw(self, field: str, rows: list[dict[str, Any]], missing: bool) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if missing:
            self.chart.setTitle(self.tr("{field}: not in the tape").format(field=field))
            return
        self.chart.setTitle(self.tr("% of balance by {field}").format(field=field) if rows else "")
        if not rows:
            return
        bars = QBarSet(self.tr("% of balance"))
        bars.append([row["share"] * 100 for row in rows])
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        labels = [str(row["bucket"]) for row in rows]
        if all(label.endswith(_YEN) or label in _WORDS for label in labels):
            # Yen ranges in millions, so "10 – 20" fits under its bar where
            # "10,000,000 – 20,000,000 円" was elided; the axis names the unit.
            labels = [_in_millions(label) for label in labels]
            self.chart.setTitle(
                self.tr("% of balance by {field}, ¥ million").format(field=field)
            )
        # The axis reads its labels as rich text: "< 10" must be escaped to be shown.
        categories.append([html.escape(bucket_word(label)) for label in labels])
        values = QValueAxis()
        values.setLabelFormat("%.0f%%")
        values.setMin(0.0)
        values.setMax(max(max(row["share"] for row in rows) * 100 * 1.1, 1.0))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def bar_values(self) -> list[float]:
        """Heights of the chart's bars (% of balance), in bucket order."""
        series = self.chart.series()
        if not series:
            return []
        bars = series[0].barSets()[0]
        return [bars.at(i) for i in range(bars.count())]


_YEN = " yen"
_WORDS = frozenset((OTHERS, UNKNOWN))
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _in_millions(label: str) -> str:
    """"10,000,000 – 20,000,000 yen" → "10 – 20" (a strat's words, such as Unknown, as they are)."""
    if not label.endswith(_YEN):
        return label
    return _AMOUNT.sub(
        lambda m: f"{int(m.group().replace(',', '')) / 1e6:,.6g}", label.removesuffix(_YEN)
    )


def strat_rows(table: StratTable) -> list[dict[str, Any]]:
    """One dict per bucket: bucket label, loan count, balance and share of balance (0–1)."""
    rows = zip(table.labels, table.counts, table.balances, table.shares, strict=True)
    return [
        {"bucket": label, "count": count, "balance": balance, "share": share}
        for label, count, balance, share in rows
    ]


#: The concentration measures of ``resources/pool/strats.toml`` as the summary names them.
_FLAG_NAMES = {
    "largest_prefecture_share": QT_TRANSLATE_NOOP("StratPanel", "largest prefecture share"),
    "largest_borrower_share": QT_TRANSLATE_NOOP("StratPanel", "largest borrower share"),
    "investment_condominium_share": QT_TRANSLATE_NOOP(
        "StratPanel", "investment condominium share"
    ),
}


def summary_lines(summary: PoolSummary) -> list[tuple[str, str]]:
    """(measure, shown value) lines: totals, averages, mixes, concentration flags; a column
    the tape lacks shows "not in the tape", never a zero."""
    missing = QCoreApplication.translate("StratPanel", "not in the tape")
    as_of = date_text(summary.as_of) if summary.as_of else "—"
    if summary.as_of and summary.as_of_inferred:
        as_of = QCoreApplication.translate(
            "StratPanel", "{date} (inferred: the newest origination date)"
        ).format(date=as_of)
    borrowers = summary.borrower_count
    original = summary.total_original_balance
    lines = [
        (QCoreApplication.translate("StratPanel", "As of"), as_of),
        (QCoreApplication.translate("StratPanel", "Loans"), f"{summary.loan_count:,}"),
        (
            QCoreApplication.translate("StratPanel", "Borrowers"),
            missing if borrowers is None else f"{borrowers:,}",
        ),
        (
            QCoreApplication.translate("StratPanel", "Current balance"),
            f"¥{summary.total_current_balance:,.0f}",
        ),
        (
            QCoreApplication.translate("StratPanel", "Original balance"),
            missing if original is None else f"¥{original:,.0f}",
        ),
    ]
    units = {spec.name: spec.unit for spec in schema()}
    for average in summary.averages:
        percent = units.get(average.field) == "fraction"  # held as fractions, read as %
        absent = average.field in summary.missing
        simple = missing if absent else _number(average.simple, percent)
        weighted = missing if absent else _number(average.weighted, percent)
        lines.append(
            (
                QCoreApplication.translate("StratPanel", "{label}: average").format(
                    label=field_label(average.field)
                ),
                simple,
            )
        )
        lines.append(
            (
                QCoreApplication.translate("StratPanel", "{label}: weighted average").format(
                    label=field_label(average.field)
                ),
                weighted,
            )
        )
    bucket = QCoreApplication.translate("StratPanel", "{measure}: {subject}")
    for mix in summary.mixes:
        title = field_label(mix.field)
        if mix.missing:
            lines.append((title, missing))
        for label, share in zip(mix.labels, mix.shares, strict=True):
            lines.append((bucket.format(measure=title, subject=bucket_word(label)), f"{share:.2%}"))
    for flag in summary.concentrations:
        name = QCoreApplication.translate("StratPanel", _FLAG_NAMES.get(flag.name, flag.name))
        if flag.share is None:
            lines.append((name, missing))
            continue
        mark = ""
        if flag.flagged:
            mark = QCoreApplication.translate("StratPanel", " — above the {threshold} flag").format(
                threshold=f"{flag.threshold:.0%}"
            )
        subject = bucket.format(measure=name, subject=code_word(flag.subject))
        lines.append((subject, f"{flag.share:.2%}{mark}"))
    return lines


def _number(value: float | None, percent: bool) -> str:
    if value is None:
        return "—"
    return f"{value:.2%}" if percent else f"{value:,.1f}"
