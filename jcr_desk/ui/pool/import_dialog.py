"""The first dialog of a tape import: which sheet of the workbook lists the loans.

The steps after it have their own modules: the column mapping (mapping_dialog), the
originator's codes (value_map_dialog) and the report read before importing (review_dialog).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
)


class SheetDialog(QDialog):
    """Pick the workbook sheet that holds the loan list; the likely one is pre-selected."""

    def __init__(self, file_name: str, sheets: list[str], default: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the loan sheet"))
        self.sheets = QListWidget(self)
        self.sheets.addItems(sheets)
        self.sheets.setCurrentRow(sheets.index(default) if default in sheets else 0)
        self.sheets.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{file} has several sheets. Which one lists the loans?")
                                .format(file=file_name)))
        layout.addWidget(self.sheets)
        layout.addWidget(buttons)

    def sheet(self) -> str:
        return self.sheets.currentItem().text()
