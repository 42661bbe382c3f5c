"""The selected rated item's committee inputs: outlook, CP maximum, an action chosen.

Each change is pushed as :class:`~jcr_desk.case.edits.committee_commands.SetItemInputs`; the
command refuses what cannot be right (an action other than the derived one without a
reason, a maximum of zero) and the window says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.committee_commands import SetItemInputs
from jcr_desk.case.services.rated_items import RatedItem
from jcr_desk.case.services.rating_actions import ACTIONS
from jcr_desk.ratings import Outlook
from jcr_desk.ui.committee.outlook_words import outlook_word


class ItemEditor(QWidget):
    """A small form under the items table, for the item selected there."""

    def __init__(
        self,
        push: Callable[[CaseCommand], bool],
        action_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._push = push
        self._item: RatedItem | None = None
        self.title = QLabel(self.tr("Select a rated item to set its outlook or action."), self)
        self.outlook = QComboBox(self)
        self.outlook.addItem(self.tr("not entered"), "")
        for choice in Outlook.choices():
            self.outlook.addItem(outlook_word(str(choice)), str(choice))
        self.maximum = QLineEdit(self)
        self.maximum.setPlaceholderText(self.tr("yen, e.g. 1,000,000,000,000"))
        self.action = QComboBox(self)
        self.action.addItem(self.tr("as derived"), "")
        for action in ACTIONS:
            self.action.addItem(action_labels[action], action)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the action differs from the derived one"))
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.apply_button.clicked.connect(self.apply)

        form = QFormLayout()
        form.addRow(self.tr("Outlook / direction"), self.outlook)
        form.addRow(self.tr("CP maximum (yen)"), self.maximum)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action)
        action_row.addWidget(self.reason, 1)
        action_row.addWidget(self.apply_button)
        form.addRow(self.tr("Action"), action_row)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.title)
        layout.addRow(form)
        self.show_item(None)

    def show_item(self, item: RatedItem | None, editable: bool = True) -> None:
        self._item = item
        for widget in (self.outlook, self.maximum, self.action, self.reason, self.apply_button):
            widget.setEnabled(item is not None and editable)
        if item is None:
            return
        self.title.setText(f"{item.issuer_name('en')} — {item.class_name or item.kind}")
        self.outlook.setEnabled(editable and item.carries_outlook)
        self.maximum.setEnabled(editable and item.kind == "short_term")
        self.outlook.setCurrentIndex(max(self.outlook.findData(item.outlook), 0))
        self.maximum.setText("" if item.maximum_yen is None else f"{item.maximum_yen:,.0f}")
        self.action.setCurrentIndex(max(self.action.findData(item.chosen_action), 0))
        self.reason.setText(item.action_reason)

    def apply(self) -> bool:
        """Push what the form shows; False when nothing changed or the edit was refused."""
        item = self._item
        if item is None:
            return False
        changes: dict[str, object] = {}
        if item.carries_outlook and self.outlook.currentData() != item.outlook:
            changes["outlook"] = self.outlook.currentData()
        if item.kind == "short_term":
            maximum = self._maximum()
            if maximum is False:
                return False
            if maximum != item.maximum_yen:
                changes["maximum_yen"] = maximum
        action, reason = self.action.currentData(), self.reason.text().strip()
        if action != item.chosen_action or (action and reason != item.action_reason):
            changes["action"], changes["action_reason"] = action, reason
        if not changes:
            return False
        return self._push(SetItemInputs(item.key, **changes))

    def _maximum(self) -> float | bool | None:
        text = self.maximum.text().replace(",", "").replace("¥", "").strip()
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            self.title.setText(self.tr("%s is not an amount in yen.") % self.maximum.text())
            return False
