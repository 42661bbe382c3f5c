"""The mapping step of a tape import: which column is which field, in which unit, as of when.

Every schema field gets a combo of the sheet's headers (pre-filled by the aliases or a saved
originator profile) and, for amounts and rates, the unit the tape's evidence decided with the
evidence beside it, and three cells of the column as written and as they will be stored
("0.0125 → 1.250 %"). A unit the evidence leaves undecided shows "choose…" and the tape cannot
be read until the analyst chooses. The cut-off date found in the title rows is shown with its
row; when there is none, the dialog says so and takes one. The confirmed mapping, units and
cut-off rule are saved under the originator's name and reused next month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.pool.cut_off import CutOff
from jcr_desk.pool.mapping import (
    CUT_OFF_RULES,
    ColumnMapping,
    MappingProfile,
    apply_profile,
    load_profiles,
    save_profile,
)
from jcr_desk.pool.reader import RawSheet
from jcr_desk.pool.samples import column_samples, sheet_head
from jcr_desk.pool.schema import FieldSpec, schema
from jcr_desk.pool.tape import ReadChoices, unit_readings
from jcr_desk.pool.units import UnitReading
from jcr_desk.pool.values import UNITS
from jcr_desk.ui.pool.loan_model import field_label
from jcr_desk.ui.pool.pool_words import code_word
from jcr_desk.ui.translations import shown


class MappingDialog(QDialog):
    """Field → sheet column, units, cut-off; :meth:`profile` and :meth:`choices` are what
    the analyst confirmed."""

    def __init__(
        self,
        file_name: str,
        raw: RawSheet,
        mapping: ColumnMapping,
        readings: dict[str, UnitReading],
        cut_off: CutOff | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map the tape's columns"))
        self._raw = raw
        self._head = sheet_head(raw)
        self._headers = raw.headers
        self._fields: tuple[FieldSpec, ...] = schema()
        self._readings = dict(readings)
        self._found = cut_off
        self._profiles = {p.name: p for p in load_profiles()}
        self.columns: dict[str, QComboBox] = {}
        self.units: dict[str, QComboBox] = {}
        self.evidence: dict[str, QLabel] = {}
        self.samples: dict[str, QLabel] = {}

        self.profile_choice = QComboBox(self)
        self.profile_choice.addItem(self.tr("Automatic (by header names)"))
        self.profile_choice.addItems(sorted(self._profiles))
        self.profile_choice.currentTextChanged.connect(self._apply_profile)
        self.originator = QLineEdit(self)
        self.originator.setPlaceholderText(self.tr("Originator name, e.g. ABC Bank"))
        self.save_profile = QCheckBox(
            self.tr("Save this mapping under the originator's name"), self
        )
        self.originator.textChanged.connect(lambda text: self.save_profile.setChecked(bool(text)))
        self.cut_off = QLineEdit(self)
        self.cut_off.setObjectName("cutOff")
        self.cut_off.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.cut_off_note = QLabel(self)
        self.cut_off_note.setWordWrap(True)
        self.cut_off_rule = QComboBox(self)
        for rule in CUT_OFF_RULES:
            self.cut_off_rule.addItem(self._rule_text(rule), rule)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")

        fields = QWidget(self)
        grid = QGridLayout(fields)
        for row, spec in enumerate(self._fields):
            self._field_row(grid, row, spec)
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.read_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_button.setText(self.tr("Read tape"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.tr("Profile"), self.profile_choice)
        top.addRow(self.tr("Originator"), self.originator)
        top.addRow("", self.save_profile)
        top.addRow(self.tr("Cut-off date"), self.cut_off)
        top.addRow("", self.cut_off_note)
        top.addRow(self.tr("Cut-off of this originator's tapes"), self.cut_off_rule)
        layout = QVBoxLayout(self)
        rows = raw.header_rows
        where = (
            self.tr("header in row {row}").format(row=raw.header_row) if rows == 1 else
            self.tr("header in rows {first}–{last}").format(
                first=raw.header_row, last=raw.header_row + rows - 1
            )
        )
        layout.addWidget(QLabel(self.tr("{file}, sheet {sheet}: {columns} columns, {where}").format(
            file=file_name, sheet=raw.sheet, columns=len(raw.headers), where=where
        ), self))
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.unmapped = QLabel(self)
        self.unmapped.setWordWrap(True)
        layout.addWidget(self.unmapped)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(900, 760)
        self._show_cut_off(cut_off)
        self.show_mapping(mapping, readings)

    # -- building ---------------------------------------------------------------------------

    def _kind_words(self) -> dict[str, str]:
        """What a field of the schema holds, in the analyst's words."""
        return {
            "id": self.tr("an identifier"),
            "date": self.tr("a date"),
            "money": self.tr("an amount of money"),
            "rate": self.tr("an interest rate"),
            "ratio": self.tr("a ratio"),
            "number": self.tr("a number"),
            "int": self.tr("a whole number"),
            "category": self.tr("a code"),
            "bool": self.tr("yes or no"),
            "text": self.tr("text"),
        }

    def _field_row(self, grid: QGridLayout, row: int, spec: FieldSpec) -> None:
        name = field_label(spec.name)
        label = QLabel(self.tr("{label} *").format(label=name) if spec.required else name, self)
        tip = self.tr("{name}: {kind}, required") if spec.required else self.tr("{name}: {kind}")
        label.setToolTip(tip.format(name=name, kind=self._kind_words().get(spec.kind, spec.kind)))
        combo = QComboBox(self)
        combo.setObjectName(f"column_{spec.name}")
        combo.addItem(self.tr("(not in the tape)"))
        combo.addItems(self._headers)
        combo.currentIndexChanged.connect(lambda _i, name=spec.name: self._column_changed(name))
        self.columns[spec.name] = combo
        samples = QLabel(self)
        samples.setObjectName(f"samples_{spec.name}")
        self.samples[spec.name] = samples
        grid.addWidget(label, 2 * row, 0)
        grid.addWidget(combo, 2 * row, 1)
        if spec.kind in UNITS:
            unit = QComboBox(self)
            unit.setObjectName(f"unit_{spec.name}")
            unit.currentIndexChanged.connect(lambda _i, name=spec.name: self._unit_changed(name))
            self.units[spec.name] = unit
            evidence = QLabel(self)
            evidence.setObjectName(f"evidence_{spec.name}")
            evidence.setWordWrap(True)
            self.evidence[spec.name] = evidence
            grid.addWidget(unit, 2 * row, 2)
            grid.addWidget(evidence, 2 * row + 1, 2, 1, 2)
        grid.addWidget(samples, 2 * row + 1, 1)

    def _unit_text(self, unit: str) -> str:
        return {
            "yen": self.tr("yen"),
            "thousand_yen": self.tr("thousand yen (千円)"),
            "percent": self.tr("percent (1.25 = 1.25 %)"),
            "fraction": self.tr("fraction (0.0125 = 1.25 %)"),
        }[unit]

    def _rule_text(self, rule: str) -> str:
        return {
            "title": self.tr("read from the title rows; ask when there is none"),
            "newest_origination": self.tr("the newest origination date (shown as inferred)"),
            "ask": self.tr("ask for each tape"),
        }[rule]

    # -- showing a mapping --------------------------------------------------------------------

    def show_mapping(self, mapping: ColumnMapping, readings: dict[str, UnitReading]) -> None:
        """Set every combo from a mapping and the units the evidence decided for it."""
        self._readings = dict(readings)
        for name, combo in self.columns.items():
            column = mapping.columns.get(name)
            combo.blockSignals(True)
            combo.setCurrentIndex(0 if column is None else column + 1)
            combo.blockSignals(False)
        for name in self.units:
            self._show_reading(name)
        for name in self.columns:
            self._show_samples(name)
        self._show_unmapped()

    def _show_reading(self, name: str) -> None:
        """The unit combo and evidence line of one field, from its reading."""
        unit_combo, evidence = self.units[name], self.evidence[name]
        reading = self._readings.get(name)
        unit_combo.blockSignals(True)
        unit_combo.clear()
        if reading is not None and reading.unit is None:
            unit_combo.addItem(self.tr("choose…"), None)
        for unit in UNITS[_spec(name).kind]:
            unit_combo.addItem(self._unit_text(unit), unit)
        if reading is not None and reading.unit is not None:
            unit_combo.setCurrentIndex(unit_combo.findData(reading.unit))
        unit_combo.blockSignals(False)
        if reading is None:
            evidence.setText("")
        elif reading.unit is None:
            evidence.setText(
                self.tr("Not decided: {reasons}").format(reasons=shown(reading.reasons_said()))
            )
            evidence.setStyleSheet("color: #b3261e;")
        else:
            evidence.setText(
                self.tr("From {details}").format(details=shown(reading.details_said()))
            )
            evidence.setStyleSheet("color: palette(placeholder-text);")
        self._check_ready()

    def _show_samples(self, name: str) -> None:
        label = self.samples[name]
        column = self.columns[name].currentIndex() - 1
        if column < 0 or column >= self._raw.cells.shape[1]:
            label.setText("")
            return
        formats = {kind: masks.get(column) for kind, masks in self._raw.formats.items()}
        unit = self.units[name].currentData() if name in self.units else None
        samples = column_samples(
            self._raw.cells[column], _spec(name), unit, formats, date1904=self._raw.date1904
        )
        unreadable, undecided = self.tr("cannot be read"), self.tr("? (choose the unit)")
        choosing = name in self.units and unit is None
        label.setText("   ".join(
            f"{sample.read} → "
            + (
                undecided if choosing
                else unreadable if sample.stored is None
                else self._stored_word(sample.stored)
            )
            for sample in samples
        ))

    def _stored_word(self, stored: str) -> str:
        """A stored sample as the analyst reads it: codes and yes/no in their words."""
        if stored == "yes":
            return self.tr("yes")
        if stored == "no":
            return self.tr("no")
        return code_word(stored)

    def _show_cut_off(self, found: CutOff | None) -> None:
        if found is not None and found.date is not None:
            self.cut_off.setText(found.date.isoformat())
            self.cut_off_note.setText(self.tr("From the tape's {detail}.").format(
                detail=shown(found.sentence)
            ))
        else:
            self.cut_off.clear()
            self.cut_off_note.setText(self.tr(
                "The tape states no cut-off date. Enter it, or leave it empty: seasoning and "
                "remaining terms then run to the newest origination date, shown as inferred."
            ))

    def _show_unmapped(self) -> None:
        used = {combo.currentIndex() - 1 for combo in self.columns.values()}
        left = [h for i, h in enumerate(self._headers) if i not in used]
        shown = ", ".join(left) if left else self.tr("none")
        self.unmapped.setText(self.tr("Columns left out: {columns}").format(columns=shown))

    # -- reacting to the analyst -------------------------------------------------------------

    def _column_changed(self, name: str) -> None:
        if name in self.units:  # the evidence belongs to a column: weigh it again
            mapping = ColumnMapping(self._current_columns(), list(self._headers))
            fresh = unit_readings(self._head, mapping)
            if name in fresh:
                self._readings[name] = fresh[name]
            else:
                self._readings.pop(name, None)
            self._show_reading(name)
        self._show_samples(name)
        self._show_unmapped()

    def _unit_changed(self, name: str) -> None:
        self._show_samples(name)
        self._check_ready()

    def _apply_profile(self, name: str) -> None:
        profile = self._profiles.get(name)
        if profile is None:
            return
        self.originator.setText(profile.name)
        self.save_profile.setChecked(False)
        self.cut_off_rule.setCurrentIndex(self.cut_off_rule.findData(profile.cut_off_rule))
        mapping = apply_profile(profile, list(self._headers))
        self.show_mapping(mapping, unit_readings(self._head, mapping, profile))

    def _undecided(self) -> list[str]:
        """Mapped amounts and rates whose unit still shows "choose…"."""
        mapped = self._current_columns()
        return [
            field_label(name) for name, combo in self.units.items()
            if name in mapped and combo.currentData() is None
        ]

    def _check_ready(self) -> None:
        undecided = self._undecided()
        self.read_button.setEnabled(not undecided)
        self.problem.setText(
            self.tr("Choose the unit of: {fields}. The tape's evidence does not decide it.")
            .format(fields=", ".join(undecided)) if undecided else ""
        )

    # -- what the analyst confirmed ---------------------------------------------------------

    def _current_columns(self) -> dict[str, int]:
        return {
            name: combo.currentIndex() - 1
            for name, combo in self.columns.items()
            if combo.currentIndex() > 0
        }

    def mapping(self) -> dict[str, str]:
        """Field → header text of every mapped field."""
        return {name: self._headers[index] for name, index in self._current_columns().items()}

    def profile(self) -> MappingProfile:
        """The confirmed mapping, named after the originator (empty name when not given).

        The originator's saved value maps carry over: they describe its codes, not its layout.
        """
        name = self.originator.text().strip()
        columns = self.mapping()
        units = {
            key: unit.currentData() for key, unit in self.units.items()
            if key in columns and unit.currentData() is not None
        }
        saved = self._profiles.get(name)
        values = {key: dict(entries) for key, entries in saved.values.items()} if saved else {}
        rule = self.cut_off_rule.currentData()
        return MappingProfile(name, columns, units, values, rule)

    def choices(self) -> ReadChoices:
        """Units the analyst set against (or without) the evidence, and an entered cut-off."""
        units = {}
        for name, combo in self.units.items():
            reading = self._readings.get(name)
            chosen = combo.currentData()
            if chosen is not None and name in self._current_columns() and (
                reading is None or reading.unit != chosen
            ):
                units[name] = chosen
        entered = self._entered_cut_off()
        found = self._found.date if self._found is not None else None
        return ReadChoices(units, entered if entered != found else None)

    def _entered_cut_off(self) -> date | None:
        text = self.cut_off.text().strip()
        return date.fromisoformat(text) if text else None

    def _accept(self) -> None:
        try:
            self._entered_cut_off()
        except ValueError:
            self.problem.setText(self.tr("The cut-off date must be written YYYY-MM-DD."))
            return
        if self._undecided():
            return
        profile = self.profile()
        if self.save_profile.isChecked() and profile.name:
            save_profile(profile)
        self.accept()


def _spec(name: str) -> FieldSpec:
    return next(spec for spec in schema() if spec.name == name)
