"""Small dialogs of the mechanisms page: answering a requirement, deciding on a concentration.

Module-level ``ask_*`` functions so tests replace them instead of driving modal dialogs.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from jcr_desk.structured.rmbs.deal import ANSWERS, Answer
from jcr_desk.structured.rmbs.settings import Requirement

_SHOWN_PREFECTURES = 8


def _dialog(parent: QWidget | None, title: str) -> tuple[QDialog, QFormLayout]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    return dialog, form


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def ask_answer(parent: QWidget | None, requirement: Requirement, current: Answer) -> Answer | None:
    """The analyst's answer to one requirement, with its reason (None: cancelled)."""
    dialog, form = _dialog(
        parent, QCoreApplication.translate("MechanismDialogs", "Answer a requirement of 002 §7(1)")
    )
    text = QLabel(QCoreApplication.translate("ChecklistModel", requirement.text), dialog)
    text.setWordWrap(True)
    answer = QComboBox(dialog)
    for value in ANSWERS:
        answer.addItem(QCoreApplication.translate("MechanismDialogs", ANSWER_TEXTS[value]), value)
    answer.setCurrentIndex(ANSWERS.index(current.answer))
    why = QPlainTextEdit(current.reason, dialog)
    why.setPlaceholderText(
        QCoreApplication.translate(
            "MechanismDialogs", "What in the deal documents shows it (required unless open)"
        )
    )
    form.addRow(text)
    form.addRow(QCoreApplication.translate("MechanismDialogs", "Answer"), answer)
    form.addRow(QCoreApplication.translate("MechanismDialogs", "Reason"), why)
    _buttons(dialog, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen, reason = answer.currentData(), why.toPlainText().strip()
    if chosen != "open" and not reason:
        return None
    return Answer(requirement.key, chosen, reason)


def ask_concentration_decision(
    parent: QWidget | None, prefectures: list[tuple[str, float]]
) -> tuple[str, str, str] | None:
    """``(region, decision, reason)`` for a concentrated prefecture (None: cancelled)."""
    dialog, form = _dialog(
        parent,
        QCoreApplication.translate(
            "MechanismDialogs", "Decide on a regional concentration (002 §8(1))"
        ),
    )
    region = QComboBox(dialog)
    region.setEditable(True)
    for name, share in prefectures:
        region.addItem(f"{name} ({share:.1%})", f"prefecture:{name}")
    decision = QComboBox(dialog)
    decision.addItem(
        QCoreApplication.translate("MechanismDialogs", "multipliers adjusted for it"), "adjusted"
    )
    decision.addItem(
        QCoreApplication.translate("MechanismDialogs", "no adjustment needed"), "not_adjusted"
    )
    why = QPlainTextEdit(dialog)
    why.setPlaceholderText(
        QCoreApplication.translate(
            "MechanismDialogs", "Economy, earthquake risk, dispersion of the borrowers…"
        )
    )
    form.addRow(QCoreApplication.translate("MechanismDialogs", "Prefecture"), region)
    form.addRow(QCoreApplication.translate("MechanismDialogs", "Decision"), decision)
    form.addRow(QCoreApplication.translate("MechanismDialogs", "Reason"), why)
    _buttons(dialog, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    reason = why.toPlainText().strip()
    chosen = region.currentData() or f"prefecture:{region.currentText().strip()}"
    return (chosen, decision.currentData(), reason) if reason else None


def largest_prefectures(loans: pd.DataFrame | None) -> list[tuple[str, float]]:
    """The prefectures with the largest shares of the pool's balance, largest first."""
    if loans is None or "prefecture" not in loans.columns:
        return []
    balance = pd.to_numeric(loans["current_balance"], errors="coerce").fillna(0.0)
    total = float(balance.sum()) or 1.0
    shares = balance.groupby(loans["prefecture"].astype("object")).sum() / total
    top = shares.sort_values(ascending=False).head(_SHOWN_PREFECTURES)
    return [(str(name), float(share)) for name, share in top.items()]


#: The answers of a checklist requirement as the analyst reads them.
ANSWER_TEXTS = {
    "yes": QT_TRANSLATE_NOOP("MechanismDialogs", "yes"),
    "no": QT_TRANSLATE_NOOP("MechanismDialogs", "no"),
    "open": QT_TRANSLATE_NOOP("MechanismDialogs", "open"),
}
