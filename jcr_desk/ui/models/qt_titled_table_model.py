"""Table models whose columns are a fixed list of titles and whose rows are numbered."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """Column count and header from ``HEADERS``; a subclass supplies rows and cells.

    Headers are translated in the subclass's context, so a Japanese interface names the
    columns in Japanese.
    """

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return str(section + 1)
