"""The question when another analyst's lock is on a case: read-only, take over, or cancel.

``ask_about_lock`` is a module-level function so tests replace it; ``lock_question`` is the
text, tested on its own: who holds the case, on which computer, since when.
"""

from __future__ import annotations

import enum
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jcr_desk.case.document.lock import LockInfo
from jcr_desk.case.document.model import now_utc
from jcr_desk.ui.locale_text import date_time_text


class LockChoice(enum.Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take over"
    CANCEL = "cancel"


def lock_question(
    path: Path, holder: LockInfo, *, can_take_over: bool, now: datetime | None = None
) -> str:
    """E.g. "deal.jcrcase is open by sato on desk-12 since 2026-10-02 09:30 UTC (59 days
    ago)." and what each answer does."""
    days = ((now or now_utc()) - holder.opened_at).days
    age = (
        QCoreApplication.translate("LockDialog", "today")
        if days < 1
        else QCoreApplication.translate("LockDialog", "{days} days ago").format(days=days)
    )
    text = QCoreApplication.translate(
        "LockDialog", "{name} is open by {user} on {host} since {since} ({age})."
    ).format(
        name=path.name,
        user=holder.user,
        host=holder.host,
        since=f"{date_time_text(holder.opened_at)} UTC",
        age=age,
    )
    text += "\n\n" + QCoreApplication.translate(
        "LockDialog", "Open it read-only? You can keep your changes with Save As."
    )
    if can_take_over:
        text += "\n\n" + QCoreApplication.translate(
            "LockDialog",
            "If {user} is no longer working on it (a crash or a computer switched off can "
            "leave a lock behind), you can take it over: changes {user} has not saved would "
            "be lost. The take-over is recorded in the case's audit log.",
        ).format(user=holder.user)
    return text


def ask_about_lock(
    parent: QWidget | None, path: Path, holder: LockInfo, *, can_take_over: bool
) -> LockChoice:
    """Ask the analyst what to do about ``holder``'s lock on ``path``."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LockDialog", "Case in use"),
        lock_question(path, holder, can_take_over=can_take_over),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    read_only = box.addButton(
        QCoreApplication.translate("LockDialog", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    take_over = (
        box.addButton(
            QCoreApplication.translate("LockDialog", "Take over the lock"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if can_take_over
        else None
    )
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if take_over is not None and clicked is take_over:
        return LockChoice.TAKE_OVER
    return LockChoice.CANCEL
