"""Pool tab: the case's loan pool, its source and its loans."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from jcr_desk.case.model import StoredPool
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.models.qt_loan_table_model import LoanTableModel
from jcr_desk.ui.tabs.common import heading, note, table_view


class PoolTab(QWidget):
    """Summary of the selected pool above a table of all its loans."""

    def __init__(self, document: CaseDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.pool_choice = QComboBox(self)
        self.pool_choice.currentIndexChanged.connect(self._show_selected)
        self.loan_count = QLabel(self)
        self.total_balance = QLabel(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        self.loan_model = LoanTableModel(self)
        self.loans = table_view(self.loan_model, self)
        self.loans.setObjectName("loanTable")
        self.empty_note = note(
            "This case has no loan pool yet. Importing an originator's tape arrives with "
            "the pool import.",
            self,
        )

        form = QFormLayout()
        form.addRow("Pool", self.pool_choice)
        form.addRow("Loans", self.loan_count)
        form.addRow("Current balance", self.total_balance)
        form.addRow("Source", self.source)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Pool", self))
        layout.addLayout(form)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.loans, 1)
        document.replaced.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        pools = self._document.case.pools
        self.pool_choice.blockSignals(True)
        self.pool_choice.clear()
        for pool in pools:
            self.pool_choice.addItem(pool.name, pool.id)
        self.pool_choice.blockSignals(False)
        self.empty_note.setVisible(not pools)
        self._show_selected()

    def selected_pool(self) -> StoredPool | None:
        pools = self._document.case.pools
        row = self.pool_choice.currentIndex()
        return pools[row] if 0 <= row < len(pools) else None

    def _show_selected(self) -> None:
        pool = self.selected_pool()
        self.loan_model.set_loans(None if pool is None else pool.loans)
        if pool is None:
            for label in (self.loan_count, self.total_balance, self.source):
                label.setText("—")
            return
        loans = pool.loans
        self.loan_count.setText(f"{len(loans):,}")
        if "current_balance" in loans.columns:
            self.total_balance.setText(f"¥{loans['current_balance'].sum():,.0f}")
        else:
            self.total_balance.setText("—")
        self.source.setText(", ".join(f"{k}: {v}" for k, v in pool.source.items()) or "—")
