"""The Pool tab's loan table: the columnar loan model, with headers an analyst reads.

The pool's columns are the schema's field names (``remaining_term_months``) and the import's
``excel_row``; the headers show the schema's labels ("Remaining term") and "Excel row", each
through Qt's translation so a Japanese interface can name them in Japanese. Sorting,
selection and navigation still address columns by field name (:meth:`column_of`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from jcr_desk.case.services.pool_import import EXCEL_ROW
from jcr_desk.pool.schema import schema
from jcr_desk.pool.strats import SEASONING, SEASONING_LABEL
from jcr_desk.ui.models.qt_loan_table_model import Index, LoanTableModel
from jcr_desk.ui.pool.pool_words import code_word


def field_label(name: str) -> str:
    """The header an analyst reads for a pool column (the field name when it has no label)."""
    labels = {spec.name: spec.label for spec in schema()} | {SEASONING: SEASONING_LABEL}
    if name == EXCEL_ROW:
        return QCoreApplication.translate("PoolFields", "Excel row")
    if name in labels:
        return QCoreApplication.translate("PoolFields", labels[name])
    return name


class PoolLoanModel(LoanTableModel):
    """:class:`LoanTableModel` with the schema's labels as column headers."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return field_label(str(text))
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            return code_word(value)
        return value
