"""Edit the committee metadata of a case: name, issuer, date, analysts, members.

The rationale's paragraphs are edited on the Committee tab, beside the release they go in.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from jcr_desk.case.document.model import CommitteeInfo


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


class CaseDetailsDialog(QDialog):
    """A form over :class:`CommitteeInfo`; :meth:`info` returns the edited copy."""

    def __init__(self, info: CommitteeInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._info = info
        self.setWindowTitle(self.tr("Case details"))
        self.case_name = QLineEdit(info.case_name, self)
        self.issuer = QLineEdit(info.issuer, self)
        self.has_date = QCheckBox(self.tr("Committee date set"), self)
        self.committee_date = QDateEdit(self)
        self.committee_date.setCalendarPopup(True)
        self.committee_date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self.committee_date.setEnabled)
        when = info.committee_date or date.today()
        self.committee_date.setDate(QDate(when.year, when.month, when.day))
        self.has_date.setChecked(info.committee_date is not None)
        self.committee_date.setEnabled(info.committee_date is not None)
        self.analysts = QLineEdit(", ".join(info.analysts), self)
        self.analysts.setPlaceholderText(self.tr("Names separated by commas"))
        self.members = QLineEdit(", ".join(info.members), self)
        self.members.setPlaceholderText(self.tr("Names separated by commas"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Case name"), self.case_name)
        form.addRow(self.tr("Issuer"), self.issuer)
        form.addRow(self.has_date, self.committee_date)
        form.addRow(self.tr("Analysts"), self.analysts)
        form.addRow(self.tr("Committee members"), self.members)
        form.addRow(buttons)
        self.resize(560, 260)

    def info(self) -> CommitteeInfo:
        when = self.committee_date.date().toPython() if self.has_date.isChecked() else None
        return replace(
            self._info,
            case_name=self.case_name.text().strip() or "Untitled case",
            issuer=self.issuer.text().strip(),
            committee_date=when,
            analysts=_names(self.analysts.text()),
            members=_names(self.members.text()),
        )
