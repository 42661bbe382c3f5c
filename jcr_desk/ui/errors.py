"""How errors reach the user: a plain dialog, with the technical detail only in the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from jcr_desk.i18n import ExplainedError, explained

log = logging.getLogger("jcr_desk")


def plain_message(error: BaseException) -> str:
    """What an analyst reads: our own errors carry a full sentence, in the window's language
    when written as one; others get their type."""
    if isinstance(error, ExplainedError):
        return explained(error, QCoreApplication.translate)
    if isinstance(error, ValueError | OSError):
        return str(error)
    return QCoreApplication.translate(
        "Errors", "An unexpected problem occurred ({kind}: {error})."
    ).format(kind=type(error).__name__, error=error)


def report_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """Log the error with its traceback and show the user one plain sentence."""
    if isinstance(error, BaseException):
        log.error("%s: %s", title, error, exc_info=error)
        message = plain_message(error)
    else:
        log.error("%s: %s", title, error)
        message = error
    QMessageBox.critical(parent, title, message)
