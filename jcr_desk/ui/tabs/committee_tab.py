"""Committee tab: the rated items and their actions, the rationale, the rating history, the
audit log, and a live preview of the release and the Rule 17g-7 form with their export.

Every edit goes through the window's ``push`` (one undoable command each); file work (the
history workbook, the drafts) runs on the tab's own compute lane, off the window's thread.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.committee_commands import SetDisclosureInfo
from jcr_desk.case.services.rated_items import rated_items
from jcr_desk.ui.committee.disclosure_dialog import DisclosureDialog
from jcr_desk.ui.committee.history_panel import HistoryPanel
from jcr_desk.ui.committee.item_editor import ItemEditor
from jcr_desk.ui.committee.preview_panel import PreviewPanel
from jcr_desk.ui.committee.rated_items_model import KEY_ROLE, RatedItemsModel
from jcr_desk.ui.committee.rationale_editor import RationaleEditor
from jcr_desk.ui.locale_text import date_text, date_time_text
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, table_view
from jcr_desk.ui.tabs.context import TabContext

AUDIT_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "When (UTC)"),
        lambda a: date_time_text(a.timestamp, seconds=True),
    ),
    Column(QT_TRANSLATE_NOOP("RecordTableModel", "Who"), lambda a: a.user),
    # The log is stored in English (one language per case file); shown in the analyst's.
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "What"),
        lambda a: QCoreApplication.translate("AuditLog", a.action),
    ),
    Column(
        QT_TRANSLATE_NOOP("RecordTableModel", "Detail"),
        lambda a: a.detail,
        tooltip=lambda a: a.detail,
    ),
)


class CommitteeTab(QWidget):
    """ "Edit details…" asks the window to open the case details dialog."""

    edit_details_requested = Signal()

    def __init__(self, context: TabContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        document, push = context.document, context.push
        self._document = document
        self._push = push
        self.runner = context.lanes.compute("committee")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("case_name", self.tr("Case")),
            ("issuer", self.tr("Issuer")),
            ("committee_date", self.tr("Committee date")),
            ("analysts", self.tr("Analysts")),
            ("members", self.tr("Committee members")),
            ("versions", self.tr("Rulebook / application")),
        ):
            value = QLabel(self)
            value.setObjectName(f"committee_{key}")
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.edit_button.clicked.connect(self.edit_details_requested)
        self.disclosure_button = QPushButton(self.tr("Disclosure details…"), self)
        self.disclosure_button.clicked.connect(self.edit_disclosure)
        header = QHBoxLayout()
        header.addLayout(form, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.disclosure_button)
        buttons.addStretch(1)
        header.addLayout(buttons)

        self.items_model = RatedItemsModel(self)
        self.items_view = table_view(self.items_model, self)
        self.items_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        self.item_editor = ItemEditor(push, self.items_model.action_labels(), self)
        items = QWidget(self)
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(heading(self.tr("Rated items"), items))
        items_layout.addWidget(self.items_view, 1)
        items_layout.addWidget(self.item_editor)

        self.preview = PreviewPanel(self.runner, self)
        self.rationale = RationaleEditor(push, self)
        self.history = HistoryPanel(
            document, push, self.runner, self.preview.current_language, self
        )
        self.audit_model = RecordTableModel(AUDIT_COLUMNS, self)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.rationale, self.tr("Rationale"))
        self.pages.addTab(self.history, self.tr("Rating history"))
        self.pages.addTab(table_view(self.audit_model, self), self.tr("Audit log"))

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(items)
        left.addWidget(self.pages)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Committee"), self))
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        document.replaced.connect(self.refresh)
        document.edited.connect(lambda _command: self.refresh())
        document.editable_changed.connect(lambda _editable: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        case = self._document.case
        info = case.committee
        editable = not self._document.read_only
        self.fields["case_name"].setText(info.case_name)
        self.fields["issuer"].setText(info.issuer or "—")
        when = info.committee_date
        self.fields["committee_date"].setText(date_text(when) if when else self.tr("not set"))
        self.fields["analysts"].setText(", ".join(info.analysts) or "—")
        self.fields["members"].setText(", ".join(info.members) or "—")
        not_recorded = self.tr("not recorded")
        self.fields["versions"].setText(
            f"{case.rulebook_version or not_recorded} / {case.app_version or not_recorded}"
        )
        self.edit_button.setEnabled(editable)
        self.disclosure_button.setEnabled(editable)
        selected = self.selected_key()
        self.items_model.set_items(rated_items(case))
        self.select_item(selected)
        self._show_item()
        self.rationale.show_paragraphs(info.rationale, editable)
        self.history.show_history(case.history, editable)
        self.audit_model.set_records(list(reversed(case.audit)))
        self.preview.show_case(case)

    def selected_key(self) -> str | None:
        index = self.items_view.currentIndex()
        return index.data(KEY_ROLE) if index.isValid() else None

    def select_item(self, key: str | None) -> None:
        row = None if key is None else self.items_model.row_of(key)
        if row is None:
            return
        self.items_view.selectionModel().setCurrentIndex(
            self.items_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _show_item(self) -> None:
        index = self.items_view.currentIndex()
        item = self.items_model.item(index.row()) if index.isValid() else None
        self.item_editor.show_item(item, editable=not self._document.read_only)

    def edit_disclosure(self) -> None:
        dialog = DisclosureDialog(self._document.case.disclosure, self)
        if dialog.exec() != DisclosureDialog.DialogCode.Accepted:
            return
        info = dialog.info()
        if info != self._document.case.disclosure:
            self._push(SetDisclosureInfo(info))
