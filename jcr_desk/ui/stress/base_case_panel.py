"""Base case and recovery: default rate, CPR, recovery rate and lag, target ratings, source.

Each field shows the case's value, or "not set" when the scenario lacks it (a new scenario
has no base case until the analyst types or imports one); finishing an edit asks for a
reason and pushes :class:`SetAssumption`. Without a reason, or when the edit is refused, the
field shows the case's value again. "Import static data…" (or a workbook dropped on the
panel) asks for the originator's vintage workbook;
:class:`~jcr_desk.ui.stress.static_import.StaticImport` reads it and proposes the base case.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.scenario_commands import BASE_CASE_ASSUMPTIONS, SetAssumption
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.ui.locale_text import date_text
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.static_dialog import reading_label
from jcr_desk.ui.stress.static_import import IMPORT_SHORTCUT, dropped_workbook

#: What a numeric field shows while the scenario has no value for it.
NOT_SET = QT_TRANSLATE_NOOP("BaseCasePanel", "not set")
#: Numbers the fields let through for the edit's own check (it states the allowed range).
_TYPED_LIMIT = 9_999
_PERCENT_FIELDS = {
    "base_default_rate": QT_TRANSLATE_NOOP("BaseCasePanel", "Lifetime default rate"),
    "cpr": QT_TRANSLATE_NOOP("BaseCasePanel", "Prepayment rate (CPR, annual)"),
    "recovery_rate": QT_TRANSLATE_NOOP("BaseCasePanel", "Recovery rate on property value"),
}
#: The reason dialog's title for an edit of each field.
_SET_TITLES = {
    "base_default_rate": QT_TRANSLATE_NOOP("BaseCasePanel", "Set base default rate"),
    "cpr": QT_TRANSLATE_NOOP("BaseCasePanel", "Set cpr"),
    "recovery_rate": QT_TRANSLATE_NOOP("BaseCasePanel", "Set recovery rate"),
    "recovery_lag_months": QT_TRANSLATE_NOOP("BaseCasePanel", "Set recovery lag months"),
    "target_ratings": QT_TRANSLATE_NOOP("BaseCasePanel", "Set target ratings"),
}


class BaseCasePanel(QWidget):
    """The base-case and recovery assumptions of the selected scenario.

    Signals
    -------
    import_requested(object)
        The analyst asked to import static data: a dropped workbook's ``Path``, or None
        (the button: the importer asks for the file).
    """

    import_requested = Signal(object)

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.fields: dict[str, QAbstractSpinBox | QLineEdit] = {}
        for name in _PERCENT_FIELDS:
            spin = QDoubleSpinBox(self)
            # Wide on purpose: a value out of 0–100 % reaches the edit, which refuses it with
            # the allowed range instead of the field cutting "150" to "15" as it is typed.
            spin.setRange(-_TYPED_LIMIT, _TYPED_LIMIT)
            spin.setDecimals(3)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            self.fields[name] = spin
        lag = QSpinBox(self)
        lag.setRange(-_TYPED_LIMIT, 100 * _TYPED_LIMIT)
        lag.setSuffix(self.tr(" months"))
        self.fields["recovery_lag_months"] = lag
        ratings = QLineEdit(self)
        ratings.setPlaceholderText(self.tr("AAA, AA, A, BBB"))
        self.fields["target_ratings"] = ratings
        for name, widget in self.fields.items():
            widget.editingFinished.connect(lambda n=name: self._finished(n))
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import static data…"), self)
        self.import_button.setToolTip(
            self.tr(
                "Read the originator's vintage workbook and propose the base case from it "
                "(%s, or drop the workbook here)"
            )
            % IMPORT_SHORTCUT
        )
        self.import_button.clicked.connect(lambda: self.import_requested.emit(None))
        self.setAcceptDrops(True)

        base = QGroupBox(self.tr("Base case"), self)
        base_form = QFormLayout(base)
        base_form.addRow(
            self.tr(_PERCENT_FIELDS["base_default_rate"]), self.fields["base_default_rate"]
        )
        base_form.addRow(self.tr(_PERCENT_FIELDS["cpr"]), self.fields["cpr"])
        base_form.addRow(self.tr("Source"), self.source)
        base_form.addRow("", self.import_button)
        recovery = QGroupBox(self.tr("Recovery (first-lien loans)"), self)
        recovery_form = QFormLayout(recovery)
        recovery_form.addRow(
            self.tr(_PERCENT_FIELDS["recovery_rate"]), self.fields["recovery_rate"]
        )
        recovery_form.addRow(self.tr("Foreclosure lag"), lag)
        targets = QGroupBox(self.tr("Target ratings"), self)
        targets_form = QFormLayout(targets)
        targets_form.addRow(self.tr("Ratings tested"), ratings)
        layout = QVBoxLayout(self)
        layout.addWidget(base)
        layout.addWidget(recovery)
        layout.addWidget(targets)
        layout.addStretch(1)

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        assumptions = scenario.assumptions if scenario is not None else StressAssumptions()
        for name, widget in self.fields.items():
            widget.setEnabled(scenario is not None)
            _show(widget, name, getattr(assumptions, name))
        self.import_button.setEnabled(scenario is not None)
        self.source.setText(source_text(assumptions))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._editor.scenario() is not None and dropped_workbook(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path: Path | None = dropped_workbook(event.mimeData())
        if path is None or self._editor.scenario() is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_requested.emit(path)

    def _finished(self, name: str) -> None:
        if self._editor.asking:  # the reason dialog took the focus: the same edit, not a new one
            return
        scenario = self._editor.scenario()
        if scenario is None:
            return
        value = _read(self.fields[name], name)
        current = getattr(scenario.assumptions, name)
        if value is None or value == current:
            return
        self._editor.edit_field(
            self,
            _tr(_SET_TITLES[name]),
            lambda sid, why, who: SetAssumption(sid, name, value, why, who),
            self.refresh,
        )


def source_text(assumptions: StressAssumptions) -> str:
    """Where the base case comes from, in one line."""
    source = assumptions.base_case_source
    kind = source.get("kind")
    if kind == "analyst":
        when = date_text(str(source.get("timestamp", ""))[:10])
        return QCoreApplication.translate("BaseCasePanel", "typed by %s on %s: %s") % (
            source.get("analyst", "?"),
            when,
            source.get("reason", ""),
        )
    if kind == "static_data":
        parts = [
            QCoreApplication.translate("BaseCasePanel", "static data %s, sheet %s")
            % (source.get("file", "?"), source.get("sheet", "?"))
        ]
        if source.get("reading"):
            reading = QCoreApplication.translate("BaseCasePanel", "rate: %s")
            parts.append(reading % _reading(source))
        vintages = source.get("statistics", {}).get("vintages")
        if vintages:
            parts.append(_vintage_span(vintages))
        if source.get("pool_seasoning_months") is not None:
            seasoning = f"{float(source['pool_seasoning_months']):.0f}"
            parts.append(
                QCoreApplication.translate("BaseCasePanel", "pool seasoning %s months") % seasoning
            )
        if source.get("imported_at"):
            parts.append(
                QCoreApplication.translate("BaseCasePanel", "imported %s")
                % date_text(str(source["imported_at"])[:10])
            )
        return " · ".join(parts)
    if assumptions.illustrative or kind == "demo":
        return assumptions.note or QCoreApplication.translate(
            "BaseCasePanel", "illustrative demo inputs"
        )
    if any(getattr(assumptions, name) is None for name in BASE_CASE_ASSUMPTIONS):
        return QCoreApplication.translate(
            "BaseCasePanel", "%s: type the default rate and CPR, or import static data"
        ) % _tr(NOT_SET)
    return QCoreApplication.translate("BaseCasePanel", "not recorded")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BaseCasePanel", text)


def _reading(source: Mapping[str, Any]) -> str:
    """How the default rate was read, in the window's language (the case keeps English)."""
    vintages = source.get("statistics", {}).get("vintages")
    k = float(source.get("sd_multiple") or 0.0)
    label = reading_label(str(source.get("method")), k, len(vintages)) if vintages else None
    return label or str(source["reading"])


def _vintage_span(vintages: list[str]) -> str:
    """ "12 vintages (2013–2024)": how much history the base case stands on."""
    span = f"{vintages[0]}–{vintages[-1]}" if len(vintages) > 1 else str(vintages[0])
    if len(vintages) > 1:
        return QCoreApplication.translate("BaseCasePanel", "%s vintages (%s)") % (
            len(vintages),
            span,
        )
    return QCoreApplication.translate("BaseCasePanel", "1 vintage (%s)") % span


def _show(widget: QAbstractSpinBox | QLineEdit, name: str, value: Any) -> None:
    """Show ``value``; an absent number reads "not set", never a misleading 0."""
    widget.blockSignals(True)
    if isinstance(widget, QLineEdit):
        widget.setText(", ".join(value or []))
    elif isinstance(widget, QDoubleSpinBox | QSpinBox):
        # "Not set" is the field's lowest value, shown as words while the value is absent.
        widget.setSpecialValueText(_tr(NOT_SET) if value is None else "")
        widget.setToolTip(
            QCoreApplication.translate("BaseCasePanel", "%s: type a value") % _tr(NOT_SET)
            if value is None
            else ""
        )
        if value is None:
            widget.setValue(widget.minimum())
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value) * 100)
        else:
            widget.setValue(int(value))
    widget.blockSignals(False)


def _read(widget: QAbstractSpinBox | QLineEdit, name: str) -> Any:
    """The typed value; None while a number field still reads "not set"."""
    if isinstance(widget, QLineEdit):
        return tuple(part.strip() for part in widget.text().split(",") if part.strip())
    if isinstance(widget, QDoubleSpinBox | QSpinBox) and (
        widget.specialValueText() and widget.value() == widget.minimum()
    ):
        return None
    if isinstance(widget, QDoubleSpinBox):
        return round(widget.value() / 100, 8)
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(name)
