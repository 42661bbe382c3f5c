"""The deal structure: tranches and the options of the priority of payments.

Every change asks for a reason and pushes :class:`EditTranches` or
:class:`SetStructureOption`; a field the analyst left without a reason, or whose edit was
refused, shows the case's value again. "Add class" puts an empty fixed-coupon class right
above the residual; "Remove class" takes the selected class out (never the residual).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.scenario_commands import (
    OPTIONAL_FRACTIONS,
    PAYMENT_ORDERS,
    STRUCTURE_FLAGS,
    STRUCTURE_FRACTIONS,
    EditTranches,
    SetStructureOption,
    pool_balance,
)
from jcr_desk.structured.settings import stress_settings
from jcr_desk.ui.stress.coupon_delegate import CouponTypeDelegate
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.qt_tranche_model import FIELDS, TrancheTableModel
from jcr_desk.ui.stress.tranche_rows import (
    RESIDUAL,
    free_name,
    with_new_class,
    without_class,
)
from jcr_desk.ui.tabs.common import table_view

LABELS = {
    "payment": "Payment order",
    "sequential_trigger": "Sequential trigger (cumulative defaults)",
    "clean_up_call": "Clean-up call (pool factor)",
    "fees.trust_fee": "Trust fee (annual)",
    "fees.servicing_fee": "Servicing fee (annual)",
    "default_trap": "Default trap (excess spread covers defaults)",
    "liquidity_reserve": "Liquidity reserve",
    "hedged": "Interest rate hedged",
    "loan_base_matches_notes": "Loan rate base matches the notes",
    "commingling_one_day": "Collections stay one day with the servicer",
}
#: Flags the engine assumes true when the structure does not say.
_DEFAULT_TRUE = ("default_trap", "liquidity_reserve")


class StructurePanel(QWidget):
    """Tranche table above the payment options of the selected scenario."""

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.tranche_model = TrancheTableModel(self)
        # Deferred: the dialog and the model reset must not run inside the editor's commit.
        self.tranche_model.tranches_edited.connect(
            lambda tranches: QTimer.singleShot(0, self, lambda: self._tranches_edited(tranches))
        )
        self.tranches = table_view(self.tranche_model, self)
        self.tranches.setObjectName("trancheTable")
        self.tranches.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tranches.setItemDelegateForColumn(
            FIELDS.index("coupon_type"), CouponTypeDelegate(self.tranches)
        )
        self.add_class = QPushButton("Add class", self)
        self.add_class.setToolTip("A new fixed-coupon class with no balance, above the residual")
        self.add_class.clicked.connect(self._add_class)
        self.remove_class = QPushButton("Remove class", self)
        self.remove_class.clicked.connect(self._remove_class)
        self.tranches.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tranche_model.modelReset.connect(self._update_buttons)
        self.payment = QComboBox(self)
        self.payment.addItems(PAYMENT_ORDERS)
        self.payment.activated.connect(lambda _i: self._option("payment"))
        self.fractions: dict[str, QDoubleSpinBox] = {}
        for name in STRUCTURE_FRACTIONS:
            spin = QDoubleSpinBox(self)
            spin.setRange(0.0, 100.0)
            spin.setDecimals(3)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            if name in (*OPTIONAL_FRACTIONS, "clean_up_call"):
                spin.setSpecialValueText(self.tr("none"))
            spin.editingFinished.connect(lambda n=name: self._option(n))
            self.fractions[name] = spin
        self.flags: dict[str, QCheckBox] = {}
        for name in STRUCTURE_FLAGS:
            box = QCheckBox(LABELS[name], self)
            box.clicked.connect(lambda _checked, n=name: self._option(n))
            self.flags[name] = box

        tranches = QGroupBox("Tranches (double-click to edit; shares and coupons in %)", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_class)
        buttons.addWidget(self.remove_class)
        buttons.addStretch(1)
        tranche_layout = QVBoxLayout(tranches)
        tranche_layout.addWidget(self.tranches)
        tranche_layout.addLayout(buttons)
        options = QGroupBox("Priority of payments", self)
        form = QFormLayout(options)
        form.addRow(LABELS["payment"], self.payment)
        for name, spin in self.fractions.items():
            form.addRow(LABELS[name], spin)
        for box in self.flags.values():
            form.addRow(box)
        layout = QVBoxLayout(self)
        layout.addWidget(tranches, 1)
        layout.addWidget(options)

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        structure: dict[str, Any] = scenario.structure if scenario is not None else {}
        total = pool_balance(self._editor.document.case, scenario) if scenario else None
        self.tranche_model.set_tranches(list(structure.get("tranches", [])), total)
        self.setEnabled(scenario is not None)
        fees = structure.get("fees", {})
        self.payment.setCurrentText(str(structure.get("payment", PAYMENT_ORDERS[0])))
        for name, spin in self.fractions.items():
            value = (
                fees.get(name.removeprefix("fees."))
                if name.startswith("fees.")
                else (structure.get(name))
            )
            desk_default = value is None and name in OPTIONAL_FRACTIONS
            if desk_default:
                value = getattr(stress_settings(), name)
            spin.blockSignals(True)
            spin.setValue(float(value or 0.0) * 100)
            spin.blockSignals(False)
            spin.setToolTip(
                "Desk default from the rulebook (the deal states none); 0 means none"
                if desk_default
                else ""
            )
        for name, box in self.flags.items():
            box.setChecked(bool(structure.get(name, name in _DEFAULT_TRUE)))

    def _current(self, name: str) -> Any:
        scenario = self._editor.scenario()
        structure = scenario.structure if scenario is not None else {}
        if name.startswith("fees."):
            return structure.get("fees", {}).get(name.removeprefix("fees."))
        if name in STRUCTURE_FLAGS:
            return bool(structure.get(name, name in _DEFAULT_TRUE))
        return structure.get(name)

    def _value(self, name: str) -> Any:
        if name == "payment":
            return self.payment.currentText()
        if name in self.flags:
            return self.flags[name].isChecked()
        return round(self.fractions[name].value() / 100, 8)

    def _option(self, name: str) -> None:
        if self._editor.asking:
            return
        value = self._value(name)
        if value == self._current(name):
            return
        self._editor.edit_field(
            self,
            f"Set {LABELS[name].lower()}",
            lambda sid, why, who: SetStructureOption(sid, name, value, why, who),
            self.refresh,
        )

    def _tranches_edited(self, tranches: list[dict[str, Any]]) -> None:
        self._editor.edit(
            self,
            "Edit tranches",
            lambda sid, why, who: EditTranches(sid, tranches, why, who),
        )

    def _selected_tranche(self) -> dict[str, Any] | None:
        rows = self.tranches.selectionModel().selectedRows()
        tranches = self.tranche_model.tranches()
        return tranches[rows[0].row()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        chosen = self._selected_tranche()
        residual = chosen is not None and chosen.get("coupon_type") == RESIDUAL
        self.remove_class.setEnabled(chosen is not None and not residual)
        self.remove_class.setToolTip(
            "The residual class stays: it takes what the rated classes leave"
            if residual
            else "Remove the selected class; the ranks below it move up"
        )

    def _add_class(self) -> None:
        current = self.tranche_model.tranches()
        added = free_name(current)
        tranches = with_new_class(current, added)
        if self._editor.edit(
            self, f"Add {added}", lambda sid, why, who: EditTranches(sid, tranches, why, who)
        ):
            self.select_tranche(added)

    def _remove_class(self) -> None:
        chosen = self._selected_tranche()
        if chosen is None or chosen.get("coupon_type") == RESIDUAL:
            return
        name = str(chosen["name"])
        tranches = without_class(self.tranche_model.tranches(), name)
        self._editor.edit(
            self, f"Remove {name}", lambda sid, why, who: EditTranches(sid, tranches, why, who)
        )

    def select_tranche(self, name: str) -> None:
        """Select the row of tranche ``name`` (after it was added, for the next edit)."""
        for row, tranche in enumerate(self.tranche_model.tranches()):
            if tranche.get("name") == name:
                self.tranches.selectRow(row)
                return
