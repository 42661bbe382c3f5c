"""Asking the analyst why (every scenario edit is a recorded decision) and for names.

Module-level functions so tests replace them (``monkeypatch.setattr``) instead of driving
modal dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QPlainTextEdit,
    QWidget,
)

from jcr_desk.case.edits.scenario_commands import FACTORS
from jcr_desk.ui.stress.stress_words import factor_words

_PROMPT = QT_TRANSLATE_NOOP("Reason", "Reason (kept in the case's audit log):")


def ask_reason(parent: QWidget | None, title: str) -> str | None:
    """The analyst's reason for an edit, or None when they cancel or leave it empty."""
    text, accepted = QInputDialog.getMultiLineText(
        parent, title, QCoreApplication.translate("Reason", _PROMPT)
    )
    text = text.strip()
    return text if accepted and text else None


def ask_name(parent: QWidget | None, title: str, default: str) -> str | None:
    """A name the analyst typed (``default`` proposed), or None when cancelled or empty."""
    text, accepted = QInputDialog.getText(
        parent, title, QCoreApplication.translate("Reason", "Name:"), text=default
    )
    text = text.strip()
    return text if accepted and text else None


class AdjustmentDialog(QDialog):
    """Which factor a multiplier adjustment answers to, and why."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.factor = QComboBox(self)
        for factor in FACTORS:
            self.factor.addItem(factor_words(factor), factor)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(
            self.tr("Why this deal needs another multiplier than the book")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Factor"), self.factor)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(buttons)


def ask_adjustment(parent: QWidget | None, title: str) -> tuple[str, str] | None:
    """``(factor, reason)`` for a multiplier adjustment, or None when cancelled or empty."""
    dialog = AdjustmentDialog(title, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    reason = dialog.reason.toPlainText().strip()
    return (dialog.factor.currentData(), reason) if reason else None
