"""The program's terms: issuer SPC, sponsor and backup line, sellers, assets, enhancement.

Each field commits when it loses focus; the edit goes through the window's undo stack, and
the judgement terms (commingling mitigated, the program's own servicer-transfer estimate)
ask for their reason first. Percentages are typed as percent (4.5 for 4.5 %).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.abcp_commands import EditProgramTerms
from jcr_desk.case.services.abcp_run import party_rating
from jcr_desk.structured.abcp.program import SUPPORT_WORDS, BackupLine, Party
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.ui.abcp.abcp_words import abcp_word
from jcr_desk.ui.abcp.editor import ProgramEditor
from jcr_desk.ui.abcp.party_dialog import ask_party
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.number_field import NotANumberError, NumberField
from jcr_desk.ui.tabs.common import heading, note, table_view


class ProgramPanel(QWidget):
    """The form over the selected program's terms; :meth:`refresh` shows the case's values."""

    def __init__(self, editor: ProgramEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        rules = abcp_rules()
        self.name = self._text("name")
        self.spc_name = self._text("spc_name")
        self.spc_form = self._choice("spc_form", rules.spc_forms)
        self.spc_country = self._text("spc_country")
        self.sponsor = QPushButton(self)
        self.sponsor.clicked.connect(self._choose_sponsor)
        self.backup_kind = self._choice(
            "backup_kind",
            {"liquidity_and_credit": self.tr("Liquidity and credit enhancement"),
             "liquidity_only": self.tr("Liquidity only"), "none": self.tr("None")},
        )
        self.backup_share = self._percent("backup_share")
        self.support = note("", self)
        self.assets = self._choice("purchased_assets", rules.purchased_assets)
        self.subordination = self._percent("subordination")
        self.cash_reserve = self._percent("cash_reserve")
        self.commingling = QCheckBox(self.tr("Mitigated (backup servicer, daily sweep…)"), self)
        self.commingling.clicked.connect(self._commingling_clicked)
        self.period = NumberField(self, suffix=self.tr("months"), decimals=0)
        self.period.setPlaceholderText(self.tr("Desk default (1 month)"))
        self.period.committed.connect(lambda: self._number("collection_period_months", self.period))
        self.transfer = self._percent("transfer_reserve")
        self.transfer.setPlaceholderText(
            self.tr("Desk default ({share:.2%})").format(share=rules.transfer_reserve)
        )
        self.cross_border = QCheckBox(self.tr("Cross-border (assets, parties or currency)"), self)
        self.cross_border.clicked.connect(
            lambda checked: self._set({"cross_border": bool(checked)})
        )
        self.asset_country = self._text("asset_country")

        self.seller_model = RecordTableModel(
            [
                Column(self.tr("Seller"), lambda p: p.name),
                Column(self.tr("Rating"), self._party_rating),
            ],
            self,
        )
        self.sellers = table_view(self.seller_model, self)
        self.sellers.setObjectName("abcpSellers")
        add = QPushButton(self.tr("Add seller…"), self)
        add.clicked.connect(self._add_seller)
        self.remove_seller = QPushButton(self.tr("Remove seller"), self)
        self.remove_seller.clicked.connect(self._remove_seller)

        form = QFormLayout()
        form.addRow(self.tr("Program"), self.name)
        form.addRow(self.tr("Issuer SPC"), self.spc_name)
        form.addRow(self.tr("SPC form"), self.spc_form)
        form.addRow(self.tr("SPC country"), self.spc_country)
        form.addRow(self.tr("Sponsor"), self.sponsor)
        backup = QHBoxLayout()
        backup.addWidget(self.backup_kind, 2)
        backup.addWidget(self.backup_share, 1)
        form.addRow(self.tr("Backup line, share covered"), backup)
        form.addRow("", self.support)
        form.addRow(self.tr("Purchased assets"), self.assets)
        form.addRow(self.tr("Subordination"), self.subordination)
        form.addRow(self.tr("Cash reserve"), self.cash_reserve)
        form.addRow(self.tr("Commingling"), self.commingling)
        form.addRow(self.tr("Collection period"), self.period)
        form.addRow(self.tr("Servicer-transfer reserve"), self.transfer)
        form.addRow(self.tr("Country"), self.cross_border)
        form.addRow(self.tr("Assets' country"), self.asset_country)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_seller)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading(self.tr("Sellers"), self))
        layout.addWidget(self.sellers, 1)
        layout.addLayout(buttons)

    # -- showing the case ------------------------------------------------------------------

    def refresh(self) -> None:
        item = self._editor.program()
        self.setEnabled(item is not None)
        if item is None:
            self.seller_model.set_records([])
            return
        program = item.program
        rules = abcp_rules()
        for field, value in (
            (self.name, program.name), (self.spc_name, program.spc_name),
            (self.spc_country, program.spc_country), (self.asset_country, program.asset_country),
        ):
            field.setText(value)
        for combo, value in (
            (self.spc_form, program.spc_form), (self.assets, program.purchased_assets),
            (self.backup_kind, program.backup.kind),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.sponsor.setText(self._party_text(program.sponsor))
        self.backup_share.set_value(program.backup.share * 100)
        support = program.support(rules.fully_supported_share)
        self.support.setText(
            self.tr("{support}; {sellers}").format(
                support=abcp_word(SUPPORT_WORDS[support]).capitalize(),
                sellers=self.tr("multi-seller") if program.multi_seller
                else self.tr("single-seller"),
            )
        )
        self.subordination.set_value(program.subordination * 100)
        self.cash_reserve.set_value(program.cash_reserve * 100)
        self.commingling.setChecked(program.commingling_mitigated)
        self.commingling.setToolTip(program.commingling_reason)
        self.period.set_value(program.collection_period_months)
        self.transfer.set_value(
            None if program.transfer_reserve is None else program.transfer_reserve * 100
        )
        self.transfer.setToolTip(program.transfer_reserve_reason)
        self.cross_border.setChecked(program.cross_border)
        self.seller_model.set_records(list(program.sellers))

    def _party_rating(self, party: Party) -> str:
        return self._party_text(party).partition(" — ")[2]

    def _party_text(self, party: Party) -> str:
        rating = party_rating(self._editor.document.case, party)
        where = self.tr("group entity") if party.entity_id else self.tr("counterparty")
        shown = rating.symbol if rating is not None else self.tr("rating not known")
        return f"{party.name or self.tr('not chosen')} — {shown} ({where})"

    # -- editing ---------------------------------------------------------------------------

    def _set(self, changes: dict[str, Any]) -> None:
        self._editor.edit(self, lambda pid, why, who: EditProgramTerms(pid, changes, why, who))
        self.refresh()

    def _text(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.editingFinished.connect(lambda: self._text_committed(name, field))
        return field

    def _text_committed(self, name: str, field: QLineEdit) -> None:
        item = self._editor.program()
        if item is None or self._editor.asking:
            return
        if field.text().strip() != getattr(item.program, name):
            self._set({name: field.text().strip()})

    def _choice(self, name: str, labels: dict[str, str] | Any) -> QComboBox:
        combo = QComboBox(self)
        for key, label in labels.items():
            combo.addItem(abcp_word(label), key)
        combo.currentIndexChanged.connect(lambda _i: self._choice_changed(name, combo))
        return combo

    def _choice_changed(self, name: str, combo: QComboBox) -> None:
        item = self._editor.program()
        if item is None:
            return
        if name == "backup_kind":
            self._set({"backup": BackupLine(combo.currentData(), item.program.backup.share)})
        else:
            self._set({name: combo.currentData()})

    def _percent(self, name: str) -> NumberField:
        field = NumberField(self, suffix="%", decimals=3)
        field.committed.connect(lambda: self._number(name, field))
        return field

    def _number(self, name: str, field: NumberField) -> None:
        if self._editor.asking:
            return
        try:
            value = field.value()
        except NotANumberError as error:
            report_error(self, self.tr("Not a number"), error)
            self.refresh()
            return
        item = self._editor.program()
        if item is None:
            return
        if name == "collection_period_months":
            self._set({name: value})
            return
        fraction = None if value is None else value / 100
        if name == "backup_share":
            self._set({"backup": BackupLine(item.program.backup.kind, fraction or 0.0)})
        else:
            self._set({name: fraction if name == "transfer_reserve" else (fraction or 0.0)})

    def _commingling_clicked(self, checked: bool) -> None:
        self._set({"commingling_mitigated": bool(checked)})

    def _choose_sponsor(self) -> None:
        party = ask_party(self, self.tr("Sponsor"), self._editor.document.case)
        if party is not None:
            self._set({"sponsor": party})

    def _add_seller(self) -> None:
        item = self._editor.program()
        party = ask_party(self, self.tr("Add seller"), self._editor.document.case)
        if item is not None and party is not None:
            self._set({"sellers": (*item.program.sellers, party)})

    def _remove_seller(self) -> None:
        item = self._editor.program()
        rows = self.sellers.selectionModel().selectedRows()
        if item is None or not rows:
            return
        gone = self.seller_model.record(rows[0].row())
        self._set({"sellers": tuple(s for s in item.program.sellers if s is not gone)})
