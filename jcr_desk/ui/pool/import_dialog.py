"""The dialogs of a tape import: which sheet, which column is which field, and go / no go.

The mapping dialog shows every schema field with a combo of the sheet's headers (pre-filled
by :func:`auto_map` or a saved originator profile) and, for amounts and rates, the unit the
reader detected, so the analyst confirms "thousand yen" or "percent" instead of trusting a
guess. A confirmed mapping can be saved under the originator's name and reused next month.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.pool.mapping import (
    ColumnMapping,
    MappingProfile,
    apply_profile,
    load_profiles,
    save_profile,
)
from jcr_desk.pool.schema import FieldSpec, schema

#: Units the analyst can choose per field kind (the reader's unit names).
UNIT_CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    "money": (("yen", "yen"), ("thousand_yen", "thousand yen (千円)")),
    "rate": (("percent", "percent (1.25)"), ("fraction", "fraction (0.0125)")),
    "ratio": (("percent", "percent (80)"), ("fraction", "fraction (0.80)")),
}
_NOT_IN_TAPE = "(not in the tape)"


class SheetDialog(QDialog):
    """Pick the workbook sheet that holds the loan list; the likely one is pre-selected."""

    def __init__(self, file_name: str, sheets: list[str], default: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose the loan sheet")
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
        layout.addWidget(QLabel(f"{file_name} has several sheets. Which one lists the loans?"))
        layout.addWidget(self.sheets)
        layout.addWidget(buttons)

    def sheet(self) -> str:
        return self.sheets.currentItem().text()


class MappingDialog(QDialog):
    """Field → sheet column, with units; :meth:`profile` is what the analyst confirmed."""

    def __init__(
        self, file_name: str, sheet: str, headers: list[str], mapping: ColumnMapping, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Map the tape's columns")
        self._headers = headers
        self._fields: tuple[FieldSpec, ...] = schema()
        self.columns: dict[str, QComboBox] = {}
        self.units: dict[str, QComboBox] = {}
        self._profiles = {p.name: p for p in load_profiles()}

        self.profile_choice = QComboBox(self)
        self.profile_choice.addItem("Automatic (by header names)")
        self.profile_choice.addItems(sorted(self._profiles))
        self.profile_choice.currentTextChanged.connect(self._apply_profile)
        self.originator = QLineEdit(self)
        self.originator.setPlaceholderText("Originator name, e.g. ABC Bank")
        self.save_profile = QCheckBox("Save this mapping under the originator's name", self)
        self.originator.textChanged.connect(lambda text: self.save_profile.setChecked(bool(text)))

        form = QFormLayout()
        for spec in self._fields:
            form.addRow(self._field_label(spec), self._field_row(spec))
        fields_widget = QWidget(self)
        fields_widget.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidget(fields_widget)
        scroll.setWidgetResizable(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Read tape")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow("Profile", self.profile_choice)
        top.addRow("Originator", self.originator)
        top.addRow("", self.save_profile)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{file_name}, sheet {sheet}: {len(headers)} columns"))
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.unmapped = QLabel(self)
        self.unmapped.setWordWrap(True)
        layout.addWidget(self.unmapped)
        layout.addWidget(buttons)
        self.resize(640, 720)
        self.show_mapping(mapping)

    def _field_label(self, spec: FieldSpec) -> QLabel:
        text = f"{spec.label}{' *' if spec.required else ''}"
        label = QLabel(text, self)
        label.setToolTip(f"{spec.name} ({spec.kind}{', required' if spec.required else ''})")
        return label

    def _field_row(self, spec: FieldSpec) -> QWidget:
        combo = QComboBox(self)
        combo.setObjectName(f"column_{spec.name}")
        combo.addItem(_NOT_IN_TAPE)
        combo.addItems(self._headers)
        combo.currentIndexChanged.connect(lambda _i: self._show_unmapped())
        self.columns[spec.name] = combo
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(combo, 1)
        choices = UNIT_CHOICES.get(spec.kind)
        if choices:
            unit = QComboBox(self)
            unit.setObjectName(f"unit_{spec.name}")
            for code, text in choices:
                unit.addItem(text, code)
            self.units[spec.name] = unit
            layout.addWidget(unit)
        return row

    def show_mapping(self, mapping: ColumnMapping) -> None:
        """Set every combo from a mapping (automatic or a profile applied to these headers)."""
        for name, combo in self.columns.items():
            column = mapping.columns.get(name)
            combo.setCurrentIndex(0 if column is None else column + 1)
        for name, unit in self.units.items():
            detected = mapping.units.get(name)
            index = unit.findData(detected) if detected else -1
            if index >= 0:
                unit.setCurrentIndex(index)
        self._show_unmapped()

    def _apply_profile(self, name: str) -> None:
        profile = self._profiles.get(name)
        if profile is None:
            return
        self.originator.setText(profile.name)
        self.save_profile.setChecked(False)
        self.show_mapping(apply_profile(profile, self._headers))

    def _show_unmapped(self) -> None:
        used = {combo.currentIndex() - 1 for combo in self.columns.values()}
        left = [h for i, h in enumerate(self._headers) if i not in used]
        self.unmapped.setText("Columns left out: " + (", ".join(left) if left else "none"))

    def mapping(self) -> dict[str, str]:
        """Field → header text of every mapped field."""
        return {
            name: self._headers[combo.currentIndex() - 1]
            for name, combo in self.columns.items()
            if combo.currentIndex() > 0
        }

    def profile(self) -> MappingProfile:
        """The confirmed mapping, named after the originator (empty name when not given).

        The originator's saved value maps carry over: they describe its codes, not its layout.
        """
        name = self.originator.text().strip()
        columns = self.mapping()
        units = {key: unit.currentData() for key, unit in self.units.items() if key in columns}
        saved = self._profiles.get(name)
        values = {key: dict(entries) for key, entries in saved.values.items()} if saved else {}
        return MappingProfile(name=name, columns=columns, units=units, values=values)

    def _accept(self) -> None:
        profile = self.profile()
        if self.save_profile.isChecked() and profile.name:
            save_profile(profile)
        self.accept()


class ImportSummaryDialog(QDialog):
    """Go / no go after reading: how many loans are readable and how many rows are excluded."""

    def __init__(
        self,
        file_name: str,
        loans: int,
        excluded: int,
        warnings: int,
        default_name: str,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import loan tape")
        self.message = QLabel(summary_text(loans, excluded, warnings), self)
        self.message.setWordWrap(True)
        self._default_name = default_name
        self.pool_name = QLineEdit(default_name, self)
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton("Import valid rows", self)
        self.import_button.setEnabled(loans > 0)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Pool name", self.pool_name)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(file_name, self))
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.pool_name.text().strip() or self._default_name


def summary_text(loans: int, excluded: int, warnings: int) -> str:
    text = f"{loans:,} loans readable, {excluded:,} rows with errors will be excluded"
    if warnings:
        text += f"; {warnings:,} warnings"
    return text + ". The validation report lists every problem."
