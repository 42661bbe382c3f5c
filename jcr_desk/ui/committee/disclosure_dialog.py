"""Edit what the Rule 17g-7 form needs beyond the rest of the case.

Yes/no questions offer "not stated" so the form shows a placeholder rather than a guess.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from jcr_desk.case.document.model import FEE_PAYERS, DisclosureInfo


class DisclosureDialog(QDialog):
    def __init__(self, info: DisclosureInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self.setWindowTitle(self.tr("Disclosure details"))
        self.has_date = QCheckBox(self.tr("Publication date set"), self)
        self.publication_date = QDateEdit(self)
        self.publication_date.setCalendarPopup(True)
        self.publication_date.setDisplayFormat("yyyy-MM-dd")
        when = info.publication_date or date.today()
        self.publication_date.setDate(QDate(when.year, when.month, when.day))
        self.has_date.setChecked(info.publication_date is not None)
        self.publication_date.setEnabled(info.publication_date is not None)
        self.has_date.toggled.connect(self.publication_date.setEnabled)
        self.due_diligence = self._yes_no(info.due_diligence_used)
        self.due_diligence_note = QLineEdit(info.due_diligence_note, self)
        self.fee_payer = QComboBox(self)
        self.fee_payer.addItem(self.tr("not stated"), "")
        labels = {
            "issuer": self.tr("issuer"),
            "underwriter": self.tr("underwriter"),
            "depositor": self.tr("depositor"),
            "sponsor": self.tr("sponsor"),
            "other": self.tr("another party"),
        }
        for payer in FEE_PAYERS:
            self.fee_payer.addItem(labels[payer], payer)
        self.fee_payer.setCurrentIndex(max(self.fee_payer.findData(info.fee_payer), 0))
        self.other_services = self._yes_no(info.other_services_paid)
        self.other_services_note = QLineEdit(info.other_services_note, self)
        self.representations = QPlainTextEdit(info.representations_warranties, self)
        self.responsible_name = QLineEdit(info.responsible_name, self)
        self.responsible_title = QLineEdit(info.responsible_title, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.has_date, self.publication_date)
        form.addRow(self.tr("Third-party due diligence used (item 6)"), self.due_diligence)
        form.addRow(self.tr("Which, for what"), self.due_diligence_note)
        form.addRow(self.tr("Rating fee paid by (item 10)"), self.fee_payer)
        form.addRow(self.tr("Other services paid for last fiscal year"), self.other_services)
        form.addRow(self.tr("Which services"), self.other_services_note)
        form.addRow(self.tr("ABS representations and warranties (item 14)"), self.representations)
        form.addRow(self.tr("Responsible for the attestation"), self.responsible_name)
        form.addRow(self.tr("Title"), self.responsible_title)
        form.addRow(buttons)
        self.resize(620, 460)

    def _yes_no(self, value: bool | None) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("not stated"), None)
        combo.addItem(self.tr("yes"), True)
        combo.addItem(self.tr("no"), False)
        combo.setCurrentIndex({None: 0, True: 1, False: 2}[value])
        return combo

    def info(self) -> DisclosureInfo:
        when = self.publication_date.date().toPython() if self.has_date.isChecked() else None
        return replace(
            self._info,
            publication_date=when,
            due_diligence_used=self.due_diligence.currentData(),
            due_diligence_note=self.due_diligence_note.text().strip(),
            fee_payer=self.fee_payer.currentData(),
            other_services_paid=self.other_services.currentData(),
            other_services_note=self.other_services_note.text().strip(),
            representations_warranties=self.representations.toPlainText().strip(),
            responsible_name=self.responsible_name.text().strip(),
            responsible_title=self.responsible_title.text().strip(),
        )
