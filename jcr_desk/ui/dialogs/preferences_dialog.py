"""Edit → Preferences…: the analyst's own settings (kept by Qt, never in a case file).

For now one: the name decisions and the audit log record. The window asks it on first use,
proposing the operating-system login, which is seldom the name a committee knows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


class PreferencesDialog(QDialog):
    """The analyst's name; OK only with a name. ``name()`` is the name typed."""

    def __init__(self, name: str, *, first_use: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.analyst_edit = QLineEdit(name, self)
        self.analyst_edit.setPlaceholderText(self.tr("e.g. Tanaka Hanako"))
        intro = (
            self.tr("Before your first change: who is working? Your name goes into the "
                    "decisions you record and the case's audit log.")
            if first_use
            else self.tr("Your name goes into the decisions you record and the case's "
                         "audit log.")
        )
        note = QLabel(intro, self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Analyst name"), self.analyst_edit)
        form.addRow(self.buttons)
        self.analyst_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def name(self) -> str:
        return self.analyst_edit.text().strip()

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name()))
