"""Committee tab: the committee's metadata, the rating history and the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, table_view
from jcr_desk.ui.tabs.context import TabContext

HISTORY_COLUMNS = (
    Column("Issuer", lambda h: h.issuer),
    Column("Issue", lambda h: h.issue),
    Column("Publication date", lambda h: h.publication_date.isoformat()),
    Column("Rating", lambda h: h.rating),
    Column("Outlook / direction", lambda h: h.outlook),
)
AUDIT_COLUMNS = (
    Column("When (UTC)", lambda a: a.timestamp.strftime("%Y-%m-%d %H:%M:%S")),
    Column("Who", lambda a: a.user),
    Column("What", lambda a: a.action),
    Column("Detail", lambda a: a.detail, tooltip=lambda a: a.detail),
)


class CommitteeTab(QWidget):
    """Read-only overview; "Edit details…" asks the window to open the details dialog."""

    edit_details_requested = Signal()

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document = context.document
        self._document = document
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("case_name", "Case"),
            ("issuer", "Issuer"),
            ("committee_date", "Committee date"),
            ("analysts", "Analysts"),
            ("members", "Committee members"),
            ("versions", "Rulebook / application"),
        ):
            value = QLabel(self)
            value.setObjectName(f"committee_{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.edit_button = QPushButton("Edit details…", self)
        self.edit_button.clicked.connect(self.edit_details_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)

        self.history_model = RecordTableModel(HISTORY_COLUMNS, self)
        self.audit_model = RecordTableModel(AUDIT_COLUMNS, self)
        history = QWidget(self)
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(heading("Rating history", history))
        history_layout.addWidget(table_view(self.history_model, history))
        audit = QWidget(self)
        audit_layout = QVBoxLayout(audit)
        audit_layout.setContentsMargins(0, 0, 0, 0)
        audit_layout.addWidget(heading("Audit log", audit))
        audit_layout.addWidget(table_view(self.audit_model, audit))
        splitter = QSplitter(self)
        splitter.addWidget(history)
        splitter.addWidget(audit)

        layout = QVBoxLayout(self)
        layout.addWidget(heading("Committee", self))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        document.replaced.connect(self.refresh)
        document.editable_changed.connect(lambda _editable: self.refresh())
        document.edited.connect(lambda _command: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        case = self._document.case
        info = case.committee
        self.fields["case_name"].setText(info.case_name)
        self.fields["issuer"].setText(info.issuer or "—")
        when = info.committee_date
        self.fields["committee_date"].setText(when.isoformat() if when else "not set")
        self.fields["analysts"].setText(", ".join(info.analysts) or "—")
        self.fields["members"].setText(", ".join(info.members) or "—")
        self.fields["versions"].setText(
            f"{case.rulebook_version or 'not recorded'} / {case.app_version or 'not recorded'}"
        )
        self.edit_button.setEnabled(not self._document.read_only)
        self.history_model.set_records(
            sorted(case.history, key=lambda h: (h.issue, h.publication_date))
        )
        self.audit_model.set_records(list(reversed(case.audit)))
