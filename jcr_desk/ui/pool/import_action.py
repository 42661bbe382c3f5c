"""File → Import loan tape… (Ctrl+I): the window's menu action for the Pool tab's import.

A module of its own so the File menu has the action before the Pool tab (and the tape
reader's libraries) is built: triggering it builds the tab if need be.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


def import_tape_action(parent: QObject, ask_import: Callable[[], None]) -> QAction:
    """The action that calls ``ask_import`` (the Pool tab's file question)."""
    translate = QCoreApplication.translate
    action = QAction(translate("PoolTab", "Import loan &tape…"), parent)
    action.setShortcut(QKeySequence("Ctrl+I"))
    action.setStatusTip(
        translate("PoolTab", "Read an originator's Excel or CSV tape into the case")
    )
    action.triggered.connect(ask_import)
    return action
