"""Edit → Preferences…: the analyst's own settings (kept by Qt, never in a case file).

The name decisions and the audit log record (the window asks it on first use, proposing the
operating-system login, which is seldom the name a committee knows) and the window's language,
which applies at the next start: the dialog says so.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jcr_desk.i18n import ENGLISH, JAPANESE, SYSTEM


class PreferencesDialog(QDialog):
    """The analyst's name and language; OK only with a name. ``name()`` is the name typed,
    ``language()`` the language chosen (``system``, ``ja`` or ``en``)."""

    def __init__(self, name: str, *, first_use: bool = False, language: str = SYSTEM,
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
        self.language_combo = QComboBox(self)
        # Each language is named in its own script, so an analyst can find theirs.
        self.language_combo.addItem(self.tr("System"), SYSTEM)
        self.language_combo.addItem("日本語", JAPANESE)
        self.language_combo.addItem("English", ENGLISH)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        form.addRow(self.tr("Language"), self.language_combo)
        restart = QLabel(self.tr("A new language applies when JCR Desk next starts."), self)
        restart.setWordWrap(True)
        form.addRow(restart)
        form.addRow(self.buttons)
        self.analyst_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def name(self) -> str:
        return self.analyst_edit.text().strip()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name()))
