"""The seed's mechanisms of the selected scenario, each with its citation.

A guarantee company and its checklist (002 §7(1)–(2)), a sublease rent guarantee
(§2(2)(c)), group credit life insurance (§7(3)), and the decisions still open on the last
result (regional concentration, §8(1)). Every change asks for a reason and pushes a
:class:`SetMechanism` or :class:`RecordConcentrationDecision`; the commingling alternative
(§4) sits with the payment options on the Structure page.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.mechanism_commands import RecordConcentrationDecision, SetMechanism
from jcr_desk.structured.rmbs.deal import GroupCreditLife, GuaranteeScheme, RentGuarantee
from jcr_desk.ui.stress import mechanism_dialogs
from jcr_desk.ui.stress.editor import ScenarioEditor
from jcr_desk.ui.stress.qt_checklist_model import ChecklistModel
from jcr_desk.ui.tabs.common import note, table_view
from jcr_desk.ui.translations import shown

TYPED = ""  # the party combo's entry for a counterparty outside the group tab


class PartyChoice(QWidget):
    """An entity of the group tab, or a counterparty whose rating is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = QComboBox(self)
        self.rating = QLineEdit(self)
        self.rating.setPlaceholderText(self.tr("long-term rating, e.g. A+"))
        self.rating.setMaximumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entity, 1)
        layout.addWidget(self.rating)
        self.entity.currentIndexChanged.connect(
            lambda _i: self.rating.setEnabled(self.entity.currentData() == TYPED)
        )

    def show_party(
        self, entities: list[tuple[str, str]], entity_id: str | None, rating: str | None
    ):
        self.entity.blockSignals(True)
        self.entity.clear()
        self.entity.addItem(self.tr("a counterparty rated:"), TYPED)
        for entity_id_, name in entities:
            self.entity.addItem(name, entity_id_)
        found = self.entity.findData(entity_id) if entity_id else 0
        self.entity.setCurrentIndex(max(found, 0))
        self.entity.blockSignals(False)
        self.rating.setText(rating or "")
        self.rating.setEnabled(self.entity.currentData() == TYPED)

    def party(self) -> tuple[str | None, str | None]:
        chosen = self.entity.currentData()
        if chosen != TYPED:
            return chosen, None
        return None, self.rating.text().strip() or None


class MechanismsPanel(QWidget):
    """Guarantee company, rent guarantee, group credit life insurance, open decisions."""

    def __init__(self, editor: ScenarioEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.guaranteed = QCheckBox(
            self.tr("Every loan carries a guarantee company's guarantee (002 §7)"), self
        )
        self.guaranteed.clicked.connect(self._guarantee_toggled)
        self.guarantor = PartyChoice(self)
        self.guarantor.entity.activated.connect(lambda _i: self._guarantor_changed())
        self.guarantor.rating.editingFinished.connect(self._guarantor_changed)
        self.checklist_model = ChecklistModel(self)
        self.checklist = table_view(self.checklist_model, self)
        self.checklist.setObjectName("guaranteeChecklist")
        self.checklist.setWordWrap(True)
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(2, 160)
        self.checklist.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows as tall as their wrapped requirement text.
        self.checklist.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.checklist.setMinimumHeight(260)
        self.checklist.doubleClicked.connect(lambda index: self._answer(index.row()))
        guarantee = QGroupBox(self.tr("Guarantee company (002 §7(1)–(2))"), self)
        guarantee_layout = QVBoxLayout(guarantee)
        guarantee_layout.addWidget(self.guaranteed)
        form = QFormLayout()
        form.addRow(self.tr("Guarantor"), self.guarantor)
        guarantee_layout.addLayout(form)
        guarantee_layout.addWidget(self.checklist, 1)
        guarantee_layout.addWidget(
            note(
                self.tr(
                    "Double-click a requirement to answer it with a reason. When all are met, "
                    "classes rated no higher than the guarantor rest their bad-loan layer on "
                    "the guarantee; above it recoveries take the rulebook's haircut."
                ),
                self,
            )
        )

        self.rent = QCheckBox(
            self.tr("Apartment loans under a sublease rent guarantee (002 §2(2)(c))"), self
        )
        self.rent.clicked.connect(self._rent_toggled)
        self.sublease = PartyChoice(self)
        self.sublease.entity.activated.connect(lambda _i: self._sublease_changed())
        self.sublease.rating.editingFinished.connect(self._sublease_changed)
        rent = QGroupBox(self.tr("Rent guarantee"), self)
        rent_form = QFormLayout(rent)
        rent_form.addRow(self.rent)
        rent_form.addRow(self.tr("Sublease company"), self.sublease)
        rent_form.addRow(
            note(
                self.tr(
                    "Counts until the guaranteed rent's first review (the tape's rent-guarantee "
                    "date), for classes rated no higher than the sublease company."
                ),
                self,
            )
        )

        self.life_covered = QCheckBox(self.tr("Borrowers covered by group credit life insurance"))
        self.life_received = QCheckBox(self.tr("The trust can receive the insurance money"))
        for box in (self.life_covered, self.life_received):
            box.setParent(self)
            box.clicked.connect(lambda _checked: self._life_changed())
        life = QGroupBox(self.tr("Group credit life insurance (002 §7(3))"), self)
        life_layout = QVBoxLayout(life)
        life_layout.addWidget(self.life_covered)
        life_layout.addWidget(self.life_received)

        self.decisions = QLabel(self)
        self.decisions.setWordWrap(True)
        self.record_decision = QPushButton(self.tr("Record a concentration decision…"), self)
        self.record_decision.clicked.connect(self._record_decision)
        decisions = QGroupBox(self.tr("Decisions open on the last result"), self)
        decisions_layout = QVBoxLayout(decisions)
        decisions_layout.addWidget(self.decisions)
        decisions_layout.addWidget(self.record_decision)

        layout = QVBoxLayout(self)
        layout.addWidget(guarantee, 2)
        layout.addWidget(rent)
        layout.addWidget(life)
        layout.addWidget(decisions)

    def refresh(self) -> None:
        scenario = self._editor.scenario()
        self.setEnabled(scenario is not None)
        if scenario is None:
            return
        structure = scenario.structure
        entities = [(e.id, e.name) for e in self._editor.document.case.entities]
        scheme = structure.guarantee
        self.guaranteed.setChecked(scheme is not None)
        self.guarantor.show_party(
            entities,
            None if scheme is None else scheme.guarantor_id,
            None if scheme is None else scheme.guarantor_rating,
        )
        self.guarantor.setEnabled(scheme is not None)
        self.checklist.setEnabled(scheme is not None)
        self.checklist_model.set_scheme(scheme)
        rent = structure.rent_guarantee
        self.rent.setChecked(rent is not None)
        self.sublease.show_party(
            entities,
            None if rent is None else rent.company_id,
            None if rent is None else rent.company_rating,
        )
        self.sublease.setEnabled(rent is not None)
        life = structure.group_credit_life
        self.life_covered.setChecked(life.covered)
        self.life_received.setChecked(life.spv_receives)
        self.life_received.setEnabled(life.covered)
        stored = self._editor.stored_result()
        open_ = stored.result.open_decisions if stored is not None else ()
        self.decisions.setText(
            "\n".join(f"• {shown(text)}" for text in open_) if open_ else self.tr("None.")
        )

    # -- guarantee ---------------------------------------------------------------------

    def _scheme(self) -> GuaranteeScheme:
        scenario = self._editor.scenario()
        scheme = scenario.structure.guarantee if scenario is not None else None
        return scheme or GuaranteeScheme()

    def _guarantee_toggled(self, checked: bool) -> None:
        entity, rating = self.guarantor.party()
        value = GuaranteeScheme(entity, rating) if checked else None
        title = (
            self.tr("State a guarantee company")
            if checked
            else self.tr("Remove the guarantee company")
        )
        self._set("guarantee", value, title)

    def _guarantor_changed(self) -> None:
        entity, rating = self.guarantor.party()
        scheme = self._scheme()
        if (entity, rating) == (scheme.guarantor_id, scheme.guarantor_rating):
            return
        self._set(
            "guarantee",
            replace(scheme, guarantor_id=entity, guarantor_rating=rating),
            self.tr("Set the guarantor"),
        )

    def _answer(self, row: int) -> None:
        requirement = self.checklist_model.requirement(row)
        answered = mechanism_dialogs.ask_answer(self, requirement, self.checklist_model.answer(row))
        if answered is None:
            return
        scheme = self._scheme()
        kept = tuple(a for a in scheme.answers if a.key != requirement.key)
        sid = self._editor.scenario_id
        if sid is None:
            return
        # The answer's own reason is the edit's reason: one question, not two.
        self._editor.push(
            SetMechanism(
                sid,
                "guarantee",
                replace(scheme, answers=(*kept, answered)),
                f"{requirement.key}: {answered.answer} — {answered.reason or self.tr('left open')}",
                self._editor.analyst(),
            )
        )

    # -- rent guarantee and insurance --------------------------------------------------

    def _rent_toggled(self, checked: bool) -> None:
        entity, rating = self.sublease.party()
        value = RentGuarantee(entity, rating) if checked else None
        title = (
            self.tr("State a rent guarantee") if checked else self.tr("Remove the rent guarantee")
        )
        self._set("rent_guarantee", value, title)

    def _sublease_changed(self) -> None:
        scenario = self._editor.scenario()
        current = scenario.structure.rent_guarantee if scenario is not None else None
        if current is None:
            return
        entity, rating = self.sublease.party()
        if (entity, rating) == (current.company_id, current.company_rating):
            return
        self._set(
            "rent_guarantee", RentGuarantee(entity, rating), self.tr("Set the sublease company")
        )

    def _life_changed(self) -> None:
        covered = self.life_covered.isChecked()
        value = GroupCreditLife(covered, covered and self.life_received.isChecked())
        self._set("group_credit_life", value, self.tr("Set group credit life insurance"))

    def _set(self, name: str, value: object, title: str) -> None:
        self._editor.edit_field(
            self,
            title,
            lambda sid, why, who: SetMechanism(sid, name, value, why, who),
            self.refresh,
        )

    # -- decisions ---------------------------------------------------------------------

    def _record_decision(self) -> None:
        scenario = self._editor.scenario()
        if scenario is None:
            return
        pool = self._editor.document.case.scenario_pool(scenario)
        chosen = mechanism_dialogs.ask_concentration_decision(
            self, mechanism_dialogs.largest_prefectures(pool.loans if pool else None)
        )
        if chosen is None:
            return
        region, decision, why = chosen
        self._editor.push(
            RecordConcentrationDecision(scenario.id, region, decision, why, self._editor.analyst())
        )
