"""Live preview of the release and the disclosure form, the missing inputs, and the export.

The draft is rebuilt from the case after every edit (a few milliseconds); the export of the
twelve files (.docx, .html, .txt, both languages) runs on the tab's compute lane.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import Case
from jcr_desk.i18n import current_language
from jcr_desk.reports.disclosure import disclosure_draft
from jcr_desk.reports.draft_writers import to_html
from jcr_desk.reports.drafts import WrittenDrafts, write_drafts
from jcr_desk.reports.release import release_draft
from jcr_desk.reports.templates import Draft
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.tabs.common import heading
from jcr_desk.ui.workers import ComputeLane


class PreviewPanel(QWidget):
    def __init__(self, runner: ComputeLane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._case: Case | None = None
        self.draft: Draft | None = None
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Release"), "release")
        self.kind.addItem(self.tr("Disclosure form (Rule 17g-7)"), "disclosure")
        self.language = QComboBox(self)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem("日本語", "ja")
        # The drafts open in the analyst's language; both are always one choice away.
        self.language.setCurrentIndex(self.language.findData(current_language()))
        self.export_button = QPushButton(self.tr("Export drafts…"), self)
        self.export_button.setToolTip(
            self.tr(
                "The release and the disclosure form as .docx, .html and .txt, "
                "in English and Japanese"
            )
        )
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.missing_label = QLabel(self)
        self.missing_model = QStringListModel(self)
        self.missing_view = QListView(self)
        self.missing_view.setModel(self.missing_model)
        self.missing_view.setMaximumHeight(110)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self.ask_export)

        controls = QHBoxLayout()
        controls.addWidget(heading(self.tr("Preview"), self))
        controls.addWidget(self.kind)
        controls.addWidget(self.language)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.missing_label)
        layout.addWidget(self.missing_view)
        layout.addWidget(self.status)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def show_case(self, case: Case) -> None:
        self._case = case
        self.refresh()

    def refresh(self) -> None:
        if self._case is None:
            return
        build = release_draft if self.kind.currentData() == "release" else disclosure_draft
        self.draft = build(self._case, self.current_language())
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(to_html(self.draft))
        self.browser.verticalScrollBar().setValue(scroll)
        missing = list(self.draft.missing)
        self.missing_model.setStringList(missing)
        self.missing_label.setText(
            self.tr("Missing inputs (shown as ⟦…⟧ in the draft): %d") % len(missing)
            if missing
            else self.tr("No missing inputs.")
        )
        self.missing_view.setVisible(bool(missing))

    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the drafts to"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        if self._case is None:
            return
        snapshot = self._case.snapshot()
        self.status.setText(self.tr("Writing the drafts to %s…") % folder)
        self._runner.start(
            lambda progress, cancel: write_drafts(
                snapshot, folder, progress=progress, cancel=cancel
            ),
            self.tr("Exporting drafts"),
            self._exported,
            self._failed,
        )

    def _exported(self, written: WrittenDrafts) -> None:
        folder = written.paths[0].parent if written.paths else ""
        self.status.setText(self.tr("%d drafts written to %s.") % (len(written.paths), folder))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(plain_message(error))
        report_error(self, self.tr("Drafts not exported"), error)
