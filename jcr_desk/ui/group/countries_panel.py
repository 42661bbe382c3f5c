"""The countries of the case: sovereign ratings, country ceilings and the hard-currency flag.

An editable table over ``case.countries``; every edit is a command given to ``push``, so a
rating text that does not read as a rating is refused with the window's message and the cell
keeps its value. The code identifies a country and is typed once, when it is added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import Case, Country
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.group_commands import AddCountry, RemoveCountry, SetCountryFields
from jcr_desk.ui.document import CaseDocument

Index = QModelIndex | QPersistentModelIndex
Push = Callable[[CaseCommand], bool]


@dataclass(frozen=True)
class _Field:
    header: str
    name: str
    editable: bool = True
    checkbox: bool = False


FIELDS = (
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Code"), "code", editable=False),
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Country"), "name"),
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Sovereign LC"), "local_currency_rating"),
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Sovereign FC"), "foreign_currency_rating"),
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Country ceiling"), "country_ceiling"),
    _Field(QT_TRANSLATE_NOOP("CountryTableModel", "Hard currency"), "hard_currency", checkbox=True),
)


class CountryTableModel(QAbstractTableModel):
    """One row per country of the case, in the case's order."""

    def __init__(self, push: Push, parent=None) -> None:
        super().__init__(parent)
        self._push = push
        self._countries: list[Country] = []
        self._shown: list[tuple[Any, ...]] = []

    def set_case(self, case: Case) -> None:
        self.beginResetModel()
        self._countries = list(case.countries)
        self._shown = [_values(c) for c in self._countries]
        self.endResetModel()

    def sync(self, case: Case) -> None:
        """Follow an edit: rows out, rows in, changed cells (commands keep the order)."""
        codes = [c.code for c in case.countries]
        for row in reversed(range(len(self._countries))):
            if self._countries[row].code not in codes:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._countries[row], self._shown[row]
                self.endRemoveRows()
        for row, country in enumerate(case.countries):
            if row >= len(self._countries) or self._countries[row].code != country.code:
                self.beginInsertRows(QModelIndex(), row, row)
                self._countries.insert(row, country)
                self._shown.insert(row, _values(country))
                self.endInsertRows()
        if [c.code for c in self._countries] != codes:  # reordered: not one of our commands
            self.set_case(case)
            return
        for row, country in enumerate(case.countries):
            self._countries[row] = country
            if self._shown[row] != _values(country):
                self._shown[row] = _values(country)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(FIELDS) - 1))

    def country(self, row: int) -> Country:
        return self._countries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._countries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(FIELDS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._countries):
            return None
        field = FIELDS[index.column()]
        value = getattr(self._countries[index.row()], field.name)
        if field.checkbox:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid():
            return flags
        field = FIELDS[index.column()]
        if field.checkbox:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable if field.editable else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = FIELDS[index.column()]
        country = self._countries[index.row()]
        if field.checkbox and role == Qt.ItemDataRole.CheckStateRole:
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif field.editable and not field.checkbox and role == Qt.ItemDataRole.EditRole:
            new = str(value).strip() or None
        else:
            return False
        if new == getattr(country, field.name):
            return False
        return self._push(SetCountryFields(country.code, **{field.name: new}))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(FIELDS[section].header)
        return str(section + 1)


def _values(country: Country) -> tuple[Any, ...]:
    return tuple(getattr(country, field.name) for field in FIELDS)


class CountriesPanel(QWidget):
    """The countries table with a code box to add a country and a button to remove one."""

    def __init__(self, document: CaseDocument, push: Push, parent: QWidget | None = None):
        super().__init__(parent)
        self._document = document
        self._push = push
        self.model = CountryTableModel(push, self)
        self.table = QTableView(self)
        self.table.setObjectName("countriesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("Code, e.g. US"))
        self.code_edit.setMaxLength(3)
        self.add_button = QPushButton(self.tr("Add country"), self)
        self.remove_button = QPushButton(self.tr("Remove country"), self)
        row = QHBoxLayout()
        row.addWidget(self.code_edit)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)

        self.add_button.clicked.connect(self.add_country)
        self.code_edit.returnPressed.connect(self.add_country)
        self.remove_button.clicked.connect(self.remove_selected)
        document.replaced.connect(self._case_replaced)
        document.editable_changed.connect(lambda _editable: self._case_replaced())
        document.edited.connect(lambda _command: self.model.sync(self._document.case))
        self._case_replaced()

    def add_country(self) -> None:
        """Add the country typed in the code box; its name starts as the code."""
        code = self.code_edit.text().strip().upper()
        if self._push(AddCountry(Country(code, code))):
            self.code_edit.clear()
            self.table.selectRow(self.model.rowCount() - 1)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._push(RemoveCountry(self.model.country(rows[0].row()).code))

    def _case_replaced(self) -> None:
        self.model.set_case(self._document.case)
        editable = not self._document.read_only
        for widget in (self.code_edit, self.add_button, self.remove_button):
            widget.setEnabled(editable)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
