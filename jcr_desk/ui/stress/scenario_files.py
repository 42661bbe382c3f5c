"""File dialogs for scenario files; module-level so tests answer them instead of a person."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

_FILTER = QT_TRANSLATE_NOOP("ScenarioFiles", "JCR Desk scenario (*.toml)")


def choose_export_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ScenarioFiles", "Export scenario"),
        suggested,
        QCoreApplication.translate("ScenarioFiles", _FILTER),
    )
    return path or None


def choose_import_path(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ScenarioFiles", "Import scenario"),
        "",
        QCoreApplication.translate("ScenarioFiles", _FILTER),
    )
    return path or None
