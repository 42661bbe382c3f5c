"""Fixtures and steps shared by the Pool tab's tests: a tab over a case, a tape, the waits."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

ACCEPT = QDialog.DialogCode.Accepted


def accept(_dialog) -> QDialog.DialogCode:
    return ACCEPT


@pytest.fixture
def tab(qtbot, monkeypatch, tmp_path):
    """A Pool tab over an empty case; every import dialog answers OK unless a test says."""
    from jcr_desk.ui.document import CaseDocument
    from jcr_desk.ui.pool.import_dialog import SheetDialog
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog
    from jcr_desk.ui.tabs.context import TabContext
    from jcr_desk.ui.tabs.pool_tab import PoolTab
    from jcr_desk.ui.workers import TaskLanes

    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))
    for dialog in (SheetDialog, MappingDialog, ValueMapDialog, ImportReviewDialog):
        monkeypatch.setattr(dialog, "exec", accept)
    document = CaseDocument()
    lanes = TaskLanes()

    def push(command) -> bool:
        document.push(command)
        return True

    widget = PoolTab(TabContext(document, push, lambda: "Test Analyst", lanes))
    qtbot.addWidget(widget)
    yield widget
    lanes.wait()
    widget.wait_for_profile()


@pytest.fixture
def tape(tmp_path) -> tuple[Path, pd.DataFrame]:
    """A 40-loan tape: loan 3 has a negative balance (error), loan 7 owes more than it
    borrowed (warning)."""
    from jcr_desk.pool.synthetic import generate_loans
    from jcr_desk.pool.tape_writer import write_tape_xlsx

    loans = generate_loans(40, seed=7)
    loans.loc[3, "current_balance"] = -1_000.0
    loans.loc[7, "current_balance"] = loans.loc[7, "original_balance"] * 1.5
    return write_tape_xlsx(loans, tmp_path / "tape.xlsx"), loans


def excel_row(loan: int) -> int:
    from jcr_desk.pool.tape_writer import HEADER_ROW

    return HEADER_ROW + 1 + loan


def wait_for_pools(qtbot, tab, count: int = 1) -> None:
    qtbot.waitUntil(lambda: len(tab._document.case.pools) == count, timeout=30_000)


def wait_for_profile(qtbot, tab) -> None:
    """The tab shows the selected pool's profile (computed on its worker)."""
    qtbot.waitUntil(lambda: tab.strats.summary_value("Loans") is not None, timeout=30_000)


def press_ok(dialog: QDialog) -> QDialog.DialogCode:
    """Click the dialog's OK button as the analyst would; what ``exec`` would then return."""
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return QDialog.DialogCode(dialog.result())
