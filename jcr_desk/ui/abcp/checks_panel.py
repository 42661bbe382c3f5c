"""The checklists the methodology asks for, answered with reasons, and the documents received.

For a fully supported program the SPC's bankruptcy remoteness and the facility (003 No. 2
§3(1)); otherwise the SPC and the triggers and liquidity (§3(2)). An open point or a missing
document keeps the program's guideline open.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.abcp_commands import AnswerCheck, EditProgramTerms
from jcr_desk.ui.abcp.editor import ProgramEditor
from jcr_desk.ui.abcp.qt_checks_model import ChecksModel
from jcr_desk.ui.abcp.qt_documents_model import DocumentsModel
from jcr_desk.ui.tabs.common import heading, note, table_view


class AnswerDialog(QDialog):
    """An answer to one point, with the reason it rests on."""

    def __init__(self, point: str, answer: str, reason: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer the check"))
        self.answer = QComboBox(self)
        for key, label in (("yes", self.tr("yes")), ("no", self.tr("no")),
                           ("open", self.tr("open"))):
            self.answer.addItem(label, key)
        self.answer.setCurrentIndex(self.answer.findData(answer))
        self.reason = QPlainTextEdit(reason, self)
        self.reason.setPlaceholderText(self.tr("What the answer rests on (a document, a clause)"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note(point, self))
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)


def ask_answer(
    parent: QWidget | None, point: str, answer: str, reason: str
) -> tuple[str, str] | None:
    """``(answer, reason)`` the analyst gave, or None when cancelled."""
    dialog = AnswerDialog(point, answer, reason, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer.currentData(), dialog.reason.toPlainText().strip()


class ChecksPanel(QWidget):
    def __init__(self, editor: ProgramEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.checks_model = ChecksModel(self)
        self.checks = table_view(self.checks_model, self)
        self.checks.setObjectName("abcpChecks")
        self.checks.doubleClicked.connect(self._answer)
        self.documents_model = DocumentsModel(self._documents_received, self)
        self.documents = QListView(self)
        self.documents.setObjectName("abcpDocuments")
        self.documents.setModel(self.documents_model)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Checks"), self))
        layout.addWidget(note(self.tr(
            "Double-click a point to answer it with its reason; an open point keeps the "
            "guideline open."), self))
        layout.addWidget(self.checks, 2)
        layout.addWidget(heading(self.tr("Documents received"), self))
        layout.addWidget(self.documents, 1)

    def refresh(self) -> None:
        item = self._editor.program()
        program = None if item is None else item.program
        self.checks_model.set_program(program)
        self.documents_model.editable = not self._editor.document.read_only
        self.documents_model.set_program(program)

    def _answer(self, index: QModelIndex) -> None:
        if self._editor.program_id is None or self._editor.document.read_only:
            return
        name, check = self.checks_model.row(index.row())
        current = self.checks_model.answer(index.row())
        given = ask_answer(self, check.text, current.answer, current.reason)
        if given is None:
            return
        answer, reason = given
        self._editor.push(
            AnswerCheck(self._editor.program_id, name, check.key, answer, reason,
                        self._editor.analyst())
        )

    def _documents_received(self, keys: tuple[str, ...]) -> None:
        self._editor.edit(
            self, lambda pid, why, who: EditProgramTerms(pid, {"documents": keys}, why, who)
        )
