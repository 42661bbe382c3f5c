"""The deal structure: classes and the options of the priority of payments.

Every change asks for a reason and pushes :class:`EditClasses` or
:class:`SetStructureOption`; a field the analyst left without a reason, or whose edit was
refused, shows the case's value again. "Add class" puts an empty fixed-coupon class right
above a residual class; "Remove class" takes the selected class out. Under the classes, the
pool, the classes' total and the over-collateralisation between them; when the classes were
sized for a pool of another size, a warning and "Re-fit classes…" (keep amounts or shares).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.class_fit_commands import Misfit, RefitClasses
from jcr_desk.case.edits.scenario_commands import (
    OPTIONAL_FRACTIONS,
    PAYMENT_ORDERS,
    STRUCTURE_FLAGS,
    STRUCTURE_FRACTIONS,
    EditClasses,
    SetStructureOption,
    pool_balance,
)
from jcr_desk.structured.rmbs.class_fit import ClassFit, class_fit
from jcr_desk.structured.rmbs.deal import COMMINGLING_MITIGATIONS, DealStructure, NoteClass
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog
from jcr_desk.ui.stress.coupon_delegate import CouponTypeDelegate
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.formatting import percent, yen
from jcr_desk.ui.stress.qt_tranche_model import FIELDS, TrancheTableModel
from jcr_desk.ui.stress.tranche_rows import free_name, with_new_class, without_class
from jcr_desk.ui.tabs.common import table_view

LABELS = {
    "payment": QT_TRANSLATE_NOOP("StructurePanel", "Payment order"),
    "commingling_mitigation": QT_TRANSLATE_NOOP(
        "StructurePanel", "If the servicer falls below the trigger"
    ),
    "sequential_trigger": QT_TRANSLATE_NOOP(
        "StructurePanel", "Sequential trigger (cumulative defaults)"
    ),
    "clean_up_call": QT_TRANSLATE_NOOP("StructurePanel", "Clean-up call (pool factor)"),
    "trust_fee": QT_TRANSLATE_NOOP("StructurePanel", "Trust fee (annual)"),
    "servicing_fee": QT_TRANSLATE_NOOP("StructurePanel", "Servicing fee (annual)"),
    "default_trap": QT_TRANSLATE_NOOP(
        "StructurePanel", "Default trap (excess spread covers defaults)"
    ),
    "liquidity_reserve": QT_TRANSLATE_NOOP("StructurePanel", "Liquidity reserve"),
    "hedged": QT_TRANSLATE_NOOP("StructurePanel", "Interest rate hedged"),
    "loan_base_matches_notes": QT_TRANSLATE_NOOP(
        "StructurePanel", "Loan rate base matches the notes"
    ),
    "commingling_one_day": QT_TRANSLATE_NOOP(
        "StructurePanel", "Collections stay one day with the servicer"
    ),
}
MITIGATIONS = {
    "none": QT_TRANSLATE_NOOP("StructurePanel", "nothing stated: the layer is charged"),
    "cash_in_trust": QT_TRANSLATE_NOOP("StructurePanel", "cash in trust within 30 days (002 §4)"),
    "advance_payment": QT_TRANSLATE_NOOP(
        "StructurePanel", "advance payment of collections (002 §4)"
    ),
}


class StructurePanel(QWidget):
    """Class table above the payment options of the selected scenario."""

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.tranche_model = TrancheTableModel(self)
        # Deferred: the dialog and the model reset must not run inside the editor's commit.
        self.tranche_model.tranches_edited.connect(
            lambda classes: QTimer.singleShot(0, self, lambda: self._tranches_edited(classes))
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
        self.add_class = QPushButton(self.tr("Add class"), self)
        self.add_class.setToolTip(
            self.tr("A new fixed-coupon class with no balance, above a residual class")
        )
        self.add_class.clicked.connect(self._add_class)
        self.remove_class = QPushButton(self.tr("Remove class"), self)
        self.remove_class.clicked.connect(self._remove_class)
        self.fit_note = QLabel(self)
        self.fit_note.setObjectName("classFit")
        self.fit_note.setWordWrap(True)
        self.refit = QPushButton(self.tr("Re-fit classes to the pool…"), self)
        self.refit.setToolTip(
            self.tr("Keep the classes' amounts or their shares of the pool, with a reason")
        )
        self.refit.clicked.connect(self._refit)
        self._fit: ClassFit | None = None
        self.tranches.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tranche_model.modelReset.connect(self._update_buttons)
        self.payment = QComboBox(self)
        for order in PAYMENT_ORDERS:
            self.payment.addItem(QCoreApplication.translate("Structure", order), order)
        self.payment.activated.connect(lambda _i: self._option("payment"))
        self.mitigation = QComboBox(self)
        for key in COMMINGLING_MITIGATIONS:
            self.mitigation.addItem(self.tr(MITIGATIONS[key]), key)
        self.mitigation.activated.connect(lambda _i: self._option("commingling_mitigation"))
        self.fractions: dict[str, QDoubleSpinBox] = {}
        for name in STRUCTURE_FRACTIONS:
            spin = QDoubleSpinBox(self)
            # Up to 9,999 %: a value above 100 % reaches the edit, which refuses it with the
            # allowed range, instead of the field cutting "150" to "15" as it is typed.
            spin.setRange(0.0, 9_999.0)
            spin.setDecimals(3)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            if name in (*OPTIONAL_FRACTIONS, "clean_up_call"):
                spin.setSpecialValueText(self.tr("none"))
            spin.editingFinished.connect(lambda n=name: self._option(n))
            self.fractions[name] = spin
        self.flags: dict[str, QCheckBox] = {}
        for name in STRUCTURE_FLAGS:
            box = QCheckBox(self.tr(LABELS[name]), self)
            box.clicked.connect(lambda _checked, n=name: self._option(n))
            self.flags[name] = box

        tranches = QGroupBox(
            self.tr("Classes (double-click to edit; shares and coupons in %)"), self
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_class)
        buttons.addWidget(self.remove_class)
        buttons.addStretch(1)
        buttons.addWidget(self.refit)
        tranche_layout = QVBoxLayout(tranches)
        tranche_layout.addWidget(self.tranches)
        tranche_layout.addWidget(self.fit_note)
        tranche_layout.addLayout(buttons)
        options = QGroupBox(self.tr("Priority of payments"), self)
        form = QFormLayout(options)
        form.addRow(self.tr(LABELS["payment"]), self.payment)
        for name, spin in self.fractions.items():
            form.addRow(self.tr(LABELS[name]), spin)
        for box in self.flags.values():
            form.addRow(box)
        form.addRow(self.tr(LABELS["commingling_mitigation"]), self.mitigation)
        layout = QVBoxLayout(self)
        layout.addWidget(tranches, 1)
        layout.addWidget(options)

    def _structure(self) -> DealStructure:
        scenario = self._editor.scenario()
        return scenario.structure if scenario is not None else DealStructure()

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        structure = self._structure()
        total = pool_balance(self._editor.document.case, scenario) if scenario else None
        self.tranche_model.set_tranches(structure.classes, total)
        self._show_fit(structure, total)
        self.setEnabled(scenario is not None)
        self.payment.setCurrentIndex(max(0, self.payment.findData(structure.payment)))
        self.mitigation.setCurrentIndex(
            COMMINGLING_MITIGATIONS.index(structure.commingling_mitigation)
        )
        for name, spin in self.fractions.items():
            value = getattr(structure, name)
            desk_default = value is None and name in OPTIONAL_FRACTIONS
            if desk_default:
                value = getattr(stress_settings(), name)
            spin.blockSignals(True)
            spin.setValue(float(value or 0.0) * 100)
            spin.blockSignals(False)
            spin.setToolTip(
                self.tr("Desk default from the rulebook (the deal states none); 0 means none")
                if desk_default
                else ""
            )
        for name, box in self.flags.items():
            box.setChecked(bool(getattr(structure, name)))

    def _value(self, name: str) -> Any:
        if name == "payment":
            return self.payment.currentData()
        if name == "commingling_mitigation":
            return self.mitigation.currentData()
        if name in self.flags:
            return self.flags[name].isChecked()
        return round(self.fractions[name].value() / 100, 8)

    def _option(self, name: str) -> None:
        if self._editor.asking:
            return
        value = self._value(name)
        if value == getattr(self._structure(), name):
            return
        self._editor.edit_field(
            self,
            self.tr("Set %s") % self.tr(LABELS[name]).lower(),
            lambda sid, why, who: SetStructureOption(sid, name, value, why, who),
            self.refresh,
        )

    def _tranches_edited(self, classes: list[NoteClass]) -> None:
        self._editor.edit(
            self,
            self.tr("Edit classes"),
            lambda sid, why, who: EditClasses(sid, classes, why, who),
        )

    def _show_fit(self, structure: DealStructure, pool: float | None) -> None:
        """The pool against the classes, and a warning when they were sized for another."""
        tolerance = stress_settings().class_fit_tolerance
        fit = None if pool is None or not structure.classes else class_fit(
            structure, pool, tolerance
        )
        self._fit = fit
        if fit is None:
            self.fit_note.setText("")
            self.refit.setVisible(False)
            return
        lines = [
            self.tr("Pool {pool}; classes {notes}; over-collateralisation {oc} ({share}).").format(
                pool=yen(fit.pool),
                notes=yen(fit.notes),
                oc=yen(fit.over_collateralisation),
                share=percent(fit.over_collateralisation / fit.pool if fit.pool else 0.0),
            )
        ]
        if not fit.matches:
            lines.append(self.tr(
                "⚠ The classes were sized for a pool of {sized}: re-fit them (keep their "
                "amounts or their shares) before these figures go to committee."
            ).format(sized=yen(fit.sized_for)))
        elif fit.sized_for is None and fit.over_collateralisation > tolerance:
            lines.append(self.tr(
                "The structure records no pool its classes were sized for: what the pool "
                "holds above them is taken as over-collateralisation."
            ))
        self.fit_note.setText("\n".join(lines))
        self.refit.setVisible(len(lines) > 1)

    def _refit(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None or self._fit is None:
            return
        dialog = ClassFitDialog([Misfit(scenario, self._fit)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice, why = dialog.choice(), dialog.reason_text()
        if choice is not None:
            self._editor.push(RefitClasses(scenario.id, choice, why, self._editor.analyst()))

    def _selected_tranche(self) -> NoteClass | None:
        rows = self.tranches.selectionModel().selectedRows()
        classes = self.tranche_model.tranches()
        return classes[rows[0].row()] if len(rows) == 1 else None

    def _update_buttons(self) -> None:
        chosen = self._selected_tranche()
        rated = sum(1 for c in self.tranche_model.tranches() if c.rated)
        last_rated = chosen is not None and chosen.rated and rated == 1
        self.remove_class.setEnabled(chosen is not None and not last_rated)
        self.remove_class.setToolTip(
            self.tr("A structure keeps at least one rated class")
            if last_rated
            else self.tr("Remove the selected class; the ranks below it move up")
        )

    def _add_class(self) -> None:
        current = self.tranche_model.tranches()
        added = free_name(current)
        classes = with_new_class(current, added)
        if self._editor.edit(
            self,
            self.tr("Add %s") % added,
            lambda sid, why, who: EditClasses(sid, classes, why, who),
        ):
            self.select_tranche(added)

    def _remove_class(self) -> None:
        chosen = self._selected_tranche()
        if chosen is None:
            return
        classes = without_class(self.tranche_model.tranches(), chosen.name)
        self._editor.edit(
            self,
            self.tr("Remove %s") % chosen.name,
            lambda sid, why, who: EditClasses(sid, classes, why, who),
        )

    def select_tranche(self, name: str) -> None:
        """Select the row of class ``name`` (after it was added, for the next edit)."""
        for row, note in enumerate(self.tranche_model.tranches()):
            if note.name == name:
                self.tranches.selectRow(row)
                return
