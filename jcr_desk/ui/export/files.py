"""The dialogs and desktop calls of the workbook actions, module-level so tests answer them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:  # loads openpyxl; the window imports this module at start-up
    from jcr_desk.reports import ExportReport

_FILTER = QT_TRANSLATE_NOOP("WorkbookFiles", "Excel workbook (*.xlsx)")
OPEN, SHOW, CLOSE = "open", "show", "close"


def choose_workbook_path(parent: QWidget | None, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("WorkbookFiles", "Export committee workbook"),
        suggested,
        QCoreApplication.translate("WorkbookFiles", _FILTER),
    )
    return path or None


def choose_workbook_to_import(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("WorkbookFiles", "Import scenario from workbook"),
        "",
        QCoreApplication.translate("WorkbookFiles", "Excel workbook (*.xlsx *.xlsm)"),
    )
    return path or None


def ask_after_export(parent: QWidget | None, report: ExportReport) -> str:
    """Open the workbook, show it in its folder, or close: what the analyst chose."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("WorkbookFiles", "Committee workbook written"))
    box.setText(
        QCoreApplication.translate("WorkbookFiles", "Wrote %s (%d sheets).")
        % (report.path.name, len(report.sheets))
    )
    if report.notices:
        box.setInformativeText(
            QCoreApplication.translate(
                "WorkbookFiles",
                "%d value(s) had to be changed to fit a cell; the Cover sheet lists them.",
            )
            % len(report.notices)
        )
        box.setDetailedText(
            "\n".join(notice.built(QCoreApplication.translate) for notice in report.notices)
        )
    open_button = box.addButton(
        QCoreApplication.translate("WorkbookFiles", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    show_button = box.addButton(
        QCoreApplication.translate("WorkbookFiles", "Show in folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    return OPEN if clicked is open_button else SHOW if clicked is show_button else CLOSE


def open_path(path: Path) -> None:
    """Open a file or folder with the desktop's own program for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_changes(parent: QWidget | None, name: str, changed: list[str]) -> None:
    lines = (
        "\n".join(changed)
        if changed
        else QCoreApplication.translate("WorkbookFiles", "Nothing changed.")
    )
    QMessageBox.information(
        parent, QCoreApplication.translate("WorkbookFiles", "Scenario %s imported") % name, lines
    )
