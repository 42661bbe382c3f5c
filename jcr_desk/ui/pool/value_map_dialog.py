"""The value step of a tape import: what the originator's own codes mean.

After the columns are mapped, category cells that match no spelling in the schema and no
value map in the profile are listed once each, with how many loans carry them. The analyst
picks the code each one stands for, or leaves it as an error so its rows stay out. The
choices are saved in the originator's profile, so next month's tape maps them without asking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.pool.mapping import MappingProfile, save_profile
from jcr_desk.pool.schema import FieldSpec, field_spec
from jcr_desk.ui.models.qt_titled_table_model import TitledTableModel
from jcr_desk.ui.pool.loan_model import field_label

Index = QModelIndex | QPersistentModelIndex

LEAVE_AS_ERROR = ""
"""The choice that maps a value to nothing: its cells stay errors and their rows stay out."""
CHOICES_ROLE = Qt.ItemDataRole.UserRole
"""Role giving the (code, text) choices of a row, so the delegate needs no model type."""
_LEAVE_TEXT = "(leave as error)"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class _Row:
    spec: FieldSpec
    value: str
    count: int
    code: str = LEAVE_AS_ERROR


def code_text(spec: FieldSpec, code: str) -> str:
    """A code as the analyst reads it: its first spelling, with the code it is stored as."""
    spellings = spec.categories[code]
    return f"{spellings[1]} ({code})" if len(spellings) > 1 else code


class ValueMapModel(TitledTableModel):
    """One row per unrecognised value: field, value as written, loans, the code it means."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ValueMapModel", "Field"),
        QT_TRANSLATE_NOOP("ValueMapModel", "Value in the tape"),
        QT_TRANSLATE_NOOP("ValueMapModel", "Loans"),
        QT_TRANSLATE_NOOP("ValueMapModel", "Means"),
    )
    CODE_COLUMN = 3

    def __init__(
        self, unknown: Mapping[str, Sequence[tuple[str, int]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = [
            _Row(field_spec(name), value, count)
            for name, values in unknown.items()
            for value, count in values
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CODE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if column != self.CODE_COLUMN:
            if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
                return int(_RIGHT)
            return None
        if role == Qt.ItemDataRole.EditRole:
            return row.code
        if role == CHOICES_ROLE:
            return self.choices(index.row())
        if role == Qt.ItemDataRole.FontRole and row.code == LEAVE_AS_ERROR:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: _Row, column: int) -> str:
        if column == 0:
            return field_label(row.spec.name)
        if column == 1:
            return row.value
        if column == 2:
            return f"{row.count:,}"
        return _LEAVE_TEXT if row.code == LEAVE_AS_ERROR else code_text(row.spec, row.code)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.CODE_COLUMN:
            return False
        row = self._rows[index.row()]
        code = str(value or LEAVE_AS_ERROR)
        if code != LEAVE_AS_ERROR and code not in row.spec.categories:
            return False
        row.code = code
        self.dataChanged.emit(index, index)
        return True

    def choices(self, row: int) -> list[tuple[str, str]]:
        """(code, text) pairs a row may take: leave as error, then the field's codes."""
        spec = self._rows[row].spec
        return [(LEAVE_AS_ERROR, _LEAVE_TEXT)] + [
            (code, code_text(spec, code)) for code in spec.categories
        ]

    def value_maps(self) -> dict[str, dict[str, str]]:
        """The analyst's choices: field -> {value as written: code}, errors left out."""
        maps: dict[str, dict[str, str]] = {}
        for row in self._rows:
            if row.code != LEAVE_AS_ERROR:
                maps.setdefault(row.spec.name, {})[row.value] = row.code
        return maps


class CodeDelegate(QStyledItemDelegate):
    """A combo of the row's choices; picking one commits at once (no typed codes, no typos)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, text in index.data(CHOICES_ROLE) or []:
            combo.addItem(text, code)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)


class ValueMapDialog(QDialog):
    """The value step; :meth:`profile` is the mapping profile with the analyst's choices."""

    def __init__(
        self,
        file_name: str,
        unknown: Mapping[str, Sequence[tuple[str, int]]],
        profile: MappingProfile,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map the originator's values"))
        self._profile = profile
        self.model = ValueMapModel(unknown, self)
        self.table = QTableView(self)
        self.table.setObjectName("valueMapTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ValueMapModel.CODE_COLUMN, CodeDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ValueMapModel.CODE_COLUMN, QHeaderView.ResizeMode.Stretch)

        values = self.model.rowCount()
        cells = sum(count for entries in unknown.values() for _value, count in entries)
        verb = "matches" if values == 1 else "match"
        counted = f"{values} value{'' if values == 1 else 's'} ({cells:,} cells) {verb}"
        intro = QLabel(
            f"{file_name}: in the code columns, {counted} no known code. Choose what each one "
            "means; a value left as an error keeps its loans out of the import.",
            self,
        )
        intro.setWordWrap(True)
        self.save_choices = QCheckBox(self)
        if profile.name:
            self.save_choices.setText(f"Save these in the mapping profile of {profile.name}")
            self.save_choices.setChecked(True)
        else:
            self.save_choices.setText(
                self.tr("Name the originator in the mapping step to save these for its next tape")
            )
            self.save_choices.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Read tape"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save_choices)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def profile(self) -> MappingProfile:
        """The profile with the analyst's choices added to the maps it already had."""
        values = {name: dict(entries) for name, entries in self._profile.values.items()}
        for name, entries in self.model.value_maps().items():
            values.setdefault(name, {}).update(entries)
        return replace(self._profile, values=values)

    def _accept(self) -> None:
        profile = self.profile()
        if self.save_choices.isChecked() and profile.name:
            save_profile(profile)
        self.accept()
