"""Stress & enhancement tab: the case's scenarios, their assumptions and deal structure."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jcr_desk.case.model import Scenario
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, note, table_view


class StressTab(QWidget):
    """Shows the selected scenario's assumptions and its tranches as the case holds them."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.scenario_choice = QComboBox(self)
        self.scenario_choice.currentIndexChanged.connect(self._show_selected)
        self.assumptions = QFormLayout()
        self.tranche_model = RecordTableModel((), self)
        self.tranches = table_view(self.tranche_model, self)
        self.tranches.setObjectName("trancheTable")

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Scenario", self))
        layout.addWidget(self.scenario_choice)
        layout.addWidget(heading("Assumptions", self))
        layout.addLayout(self.assumptions)
        layout.addWidget(heading("Structure", self))
        layout.addWidget(self.tranches, 1)
        layout.addWidget(
            note(
                "Stresses, cash flows and the credit-enhancement results are added to this "
                "tab with the stress engine.",
                self,
            )
        )
        document.replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        for scenario in self._document.case.scenarios:
            self.scenario_choice.addItem(scenario.name, scenario.id)
        self.scenario_choice.blockSignals(False)
        self._show_selected()

    def selected_scenario(self) -> Scenario | None:
        scenarios = self._document.case.scenarios
        row = self.scenario_choice.currentIndex()
        return scenarios[row] if 0 <= row < len(scenarios) else None

    def _show_selected(self) -> None:
        while self.assumptions.rowCount():
            self.assumptions.removeRow(0)
        scenario = self.selected_scenario()
        if scenario is None:
            self.assumptions.addRow(QLabel("This case has no stress scenario yet.", self))
            self.tranche_model.set_columns(())
            return
        for key, value in scenario.assumptions.items():
            self.assumptions.addRow(_label(key), QLabel(_format(value), self))
        tranches: list[dict[str, Any]] = list(scenario.structure.get("tranches", []))
        keys = list(dict.fromkeys(key for tranche in tranches for key in tranche))
        self.tranche_model.set_columns(
            [Column(_label(key), _getter(key), numeric=_is_number(tranches, key)) for key in keys]
        )
        self.tranche_model.set_records(tranches)


def _label(key: str) -> str:
    return key.replace("_", " ").capitalize()


def _format(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_format(v) for v in value)
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1 else f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def _getter(key: str):
    return lambda record: _format(record.get(key, ""))


def _is_number(records: list[dict[str, Any]], key: str) -> bool:
    values = [r.get(key) for r in records if r.get(key) is not None]
    return bool(values) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in values
    )
