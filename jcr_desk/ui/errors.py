"""How errors reach the user: a plain dialog, with the technical detail only in the log."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from jcr_desk.case import CaseFileError

log = logging.getLogger("jcr_desk")


def plain_message(error: BaseException) -> str:
    """What an analyst reads: our own errors carry a full sentence; others get their type."""
    if isinstance(error, CaseFileError | ValueError | OSError):
        return str(error)
    return f"An unexpected problem occurred ({type(error).__name__}: {error})."


def report_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """Log the error with its traceback and show the user one plain sentence."""
    if isinstance(error, BaseException):
        log.error("%s: %s", title, error, exc_info=error)
        message = plain_message(error)
    else:
        log.error("%s: %s", title, error)
        message = error
    QMessageBox.critical(parent, title, message)
