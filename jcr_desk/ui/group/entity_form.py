"""The form for the selected entity: its place in the group and the inputs its rule needs.

The inputs shown are exactly those ``input_specs`` lists for the entity's rule, so changing a
role or sector changes the form. Every change goes through ``push`` as an undoable command;
the form then redraws from the case, leaving alone the field the analyst is typing in.
Numbers are typed as text (:class:`NumberField`) and reach the command as typed: a value out
of range is refused once, with the allowed range, never cut to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.group_rules import ROLES, SECTORS
from jcr_desk.case.document.model import Entity
from jcr_desk.case.document.rule_inputs import InputSpec, input_specs
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.group_commands import SetEntityFields, SetEntityInputs
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.models.qt_entity_tree_model import role_label, sector_label
from jcr_desk.ui.number_field import NotANumberError, NumberField
from jcr_desk.ui.tabs.common import heading, note

NOT_SET = QT_TRANSLATE_NOOP("EntityForm", "not set")
#: The rulebook's note on double leverage (resources/methodology/groups.toml), registered
#: so the tooltip reads in Japanese; a changed note shows in English until translated.
LEVERAGE_NOTE = QT_TRANSLATE_NOOP(
    "EntityForm",
    "Ratio of investments in subsidiaries and affiliates to equity, both non-consolidated; "
    "at or above 1.20 (120 %) it is treated as high.",
)
_HIGH_STYLE = "color: #b02a37; font-weight: bold;"


class DefaultableCheckBox(QCheckBox):
    """A yes/no input that shows "not set" (the rule's default) as partially checked.

    A click always gives a definite answer: it never cycles back to "not set".
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTristate(True)

    def nextCheckState(self) -> None:
        checked = self.checkState() == Qt.CheckState.Checked
        self.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_value(self, value: bool | None) -> None:
        if value is None:
            self.setCheckState(Qt.CheckState.PartiallyChecked)
        else:
            self.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)


def money_field(parent: QWidget) -> NumberField:
    """Yen with thousands separators; empty reads "not set"."""
    return NumberField(parent, prefix="¥", decimals=0)


def choice_combo(parent: QWidget, entries: list[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox(parent)
    for text, value in entries:
        combo.addItem(text, value)
    return combo


def rule_word(text: str) -> str:
    """A rule input's label, question or option (English in the case's schema) as shown."""
    return QCoreApplication.translate("RuleInputs", text)


def leverage_text(ratio: float, high: float, desk_default: bool) -> str:
    """E.g. "118.0 % — below the 120 % mark (Desk default)"."""
    if ratio >= high:
        text = QCoreApplication.translate("EntityForm", "{ratio} % — at or above the {mark} % mark")
    else:
        text = QCoreApplication.translate("EntityForm", "{ratio} % — below the {mark} % mark")
    source = QCoreApplication.translate("EntityForm", " (Desk default)") if desk_default else ""
    return text.format(ratio=f"{ratio * 100:.1f}", mark=f"{high * 100:g}") + source


class EntityForm(QWidget):
    """Edits one entity; :meth:`set_entity` chooses which (None shows an empty form)."""

    def __init__(
        self,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._push = push
        self._entity_id: str | None = None
        self._specs: list[InputSpec] = []
        self.inputs: dict[str, QWidget] = {}
        self._applying = False  # a refusal's dialog takes the focus: no second edit then

        self.name_label = heading("", self)
        self.empty_note = note(self.tr("Select an entity of the group to edit it."), self)
        self.role_combo = choice_combo(self, [(role_label(r), r) for r in ROLES])
        self.sector_combo = choice_combo(
            self, [(sector_label(s) if s else self.tr("none"), s) for s in SECTORS]
        )
        self.country_combo = QComboBox(self)
        self.country_combo.setEditable(True)
        self.currency_edit = QLineEdit(self)
        self.name_ja_edit = QLineEdit(self)
        self.name_ja_edit.setToolTip(self.tr("The name drafts in Japanese use"))
        self.ownership_box = NumberField(self, suffix="%", decimals=2)
        self.ownership_box.setToolTip(self.tr("0 to 100 %; empty when not known"))
        self.leverage_label = QLabel(self)
        # The rulebook's note, in Japanese where the catalogue has it (LEVERAGE_NOTE).
        leverage_note = load_rulebook().entry("groups.double_leverage_high").note
        self.leverage_label.setToolTip(self.tr(leverage_note))

        self.fields_widget = QWidget(self)
        fields = QFormLayout(self.fields_widget)
        fields.addRow(self.tr("Japanese name"), self.name_ja_edit)
        fields.addRow(self.tr("Role"), self.role_combo)
        fields.addRow(self.tr("Sector"), self.sector_combo)
        fields.addRow(self.tr("Country"), self.country_combo)
        fields.addRow(self.tr("Currency"), self.currency_edit)
        fields.addRow(self.tr("Ownership by parent"), self.ownership_box)
        self.inputs_widget = QWidget(self)
        self._inputs_layout = QFormLayout(self.inputs_widget)
        self.leverage_row = QWidget(self)
        QFormLayout(self.leverage_row).addRow(self.tr("Double leverage"), self.leverage_label)
        layout = QVBoxLayout(self)
        for widget in (
            self.name_label,
            self.empty_note,
            self.fields_widget,
            self.inputs_widget,
            self.leverage_row,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

        self.role_combo.activated.connect(
            lambda: self._set_field("role", self._data(self.role_combo))
        )
        self.sector_combo.activated.connect(
            lambda: self._set_field("sector", self._data(self.sector_combo))
        )
        self.country_combo.activated.connect(self._country_entered)
        self.country_combo.lineEdit().editingFinished.connect(self._country_entered)
        self.currency_edit.editingFinished.connect(
            lambda: self._set_field("currency", self.currency_edit.text())
        )
        self.name_ja_edit.editingFinished.connect(
            lambda: self._set_field("name_ja", self.name_ja_edit.text())
        )
        self.ownership_box.committed.connect(
            lambda: self._set_number(self.ownership_box, "ownership_pct")
        )
        document.replaced.connect(self.refresh)
        document.edited.connect(lambda _command: self.refresh())
        document.editable_changed.connect(lambda _editable: self.refresh())
        self.refresh()

    # -- showing -------------------------------------------------------------------------

    def set_entity(self, entity_id: str | None) -> None:
        self._entity_id = entity_id
        self.refresh(another_entity=True)

    def entity(self) -> Entity | None:
        if self._entity_id is None:
            return None
        try:
            return self._document.case.entity(self._entity_id)
        except KeyError:
            return None

    def refresh(self, another_entity: bool = False) -> None:
        """Show the case as it is now; a field being typed in keeps the analyst's text.

        ``another_entity`` overwrites even that field: its text belongs to the previous one.
        """
        keep = not another_entity
        entity = self.entity()
        for widget in (self.fields_widget, self.inputs_widget, self.name_label):
            widget.setVisible(entity is not None)
        self.empty_note.setVisible(entity is None)
        if entity is None:
            self.leverage_row.setVisible(False)
            self._rebuild_inputs([])
            return
        editable = not self._document.read_only
        self.fields_widget.setEnabled(editable)
        self.inputs_widget.setEnabled(editable)
        self.name_label.setText(entity.name)
        shown = {
            self.role_combo: lambda: _select(self.role_combo, entity.role),
            self.sector_combo: lambda: _select(self.sector_combo, entity.sector),
            self.country_combo: lambda: self._show_country(entity),
            self.currency_edit: lambda: self.currency_edit.setText(entity.currency),
            self.name_ja_edit: lambda: self.name_ja_edit.setText(entity.name_ja),
            self.ownership_box: lambda: _show_number(self.ownership_box, entity.ownership_pct),
        }
        specs = input_specs(self._document.case, entity.id)
        if specs != self._specs:
            self._rebuild_inputs(specs)
        for spec in specs:
            widget = self.inputs[spec.key]
            value = getattr(entity, spec.target).get(spec.key)
            shown[widget] = lambda w=widget, s=spec, v=value: _show_value(w, s, v)
        for widget, update in shown.items():
            self._show(widget, update, keep)
        self._show_leverage(specs)

    @staticmethod
    def _show(widget: QWidget, update: Callable[[], None], keep_typing: bool) -> None:
        """Update a widget from the case unless the analyst is typing in it."""
        if keep_typing and widget.hasFocus() and _takes_typing(widget):
            return
        blocked = widget.blockSignals(True)
        try:
            update()
        finally:
            widget.blockSignals(blocked)

    def _show_country(self, entity: Entity) -> None:
        codes = sorted({c.code for c in self._document.case.countries} | {entity.country})
        self.country_combo.clear()
        self.country_combo.addItems(codes)
        self.country_combo.setCurrentText(entity.country)

    def _show_leverage(self, specs: list[InputSpec]) -> None:
        shown = any(spec.target == "financials" for spec in specs)
        self.leverage_row.setVisible(shown)
        if not shown or self._entity_id is None:
            return
        rulebook = load_rulebook()
        high = rulebook.double_leverage_high
        try:
            ratio = evaluate_entity(self._document.case, self._entity_id).double_leverage
        except ValueError as error:
            ratio, problem = None, plain_message(error)
        else:
            problem = self.tr("enter both figures (high from {high} %)").format(
                high=f"{high * 100:g}"
            )
        if ratio is None:
            self.leverage_label.setText(problem)
            self.leverage_label.setStyleSheet("")
            return
        desk_default = rulebook.entry("groups.double_leverage_high").is_desk_default
        self.leverage_label.setText(leverage_text(ratio, high, desk_default))
        self.leverage_label.setStyleSheet(_HIGH_STYLE if ratio >= high else "")

    def _rebuild_inputs(self, specs: list[InputSpec]) -> None:
        while self._inputs_layout.rowCount():
            self._inputs_layout.removeRow(0)
        self.inputs = {}
        self._specs = specs
        for spec in specs:
            widget = self._input_widget(spec)
            tip = rule_word(spec.help)
            if spec.citation:
                tip += "\n" + self.tr("Source: %s") % spec.citation
            widget.setToolTip(tip)
            label = QLabel(rule_word(spec.label), self.inputs_widget)
            label.setToolTip(tip)
            self.inputs[spec.key] = widget
            self._inputs_layout.addRow(label, widget)

    def _input_widget(self, spec: InputSpec) -> QWidget:
        parent = self.inputs_widget
        if spec.kind == "bool":
            box = DefaultableCheckBox(parent)
            box.clicked.connect(
                lambda: self._set_input(spec, box.checkState() == Qt.CheckState.Checked)
            )
            return box
        if spec.kind == "money":
            field = money_field(parent)
            field.committed.connect(lambda: self._set_number(field, spec))
            return field
        if spec.kind == "rating":
            scale = [(str(rating), str(rating)) for rating in Rating.scale()]
            combo = choice_combo(parent, [(self.tr(NOT_SET), None), *scale])
            combo.setEditable(True)
            combo.activated.connect(lambda: self._set_input(spec, _rating_text(combo)))
            combo.lineEdit().editingFinished.connect(
                lambda: self._set_input(spec, _rating_text(combo))
            )
            return combo
        entries = [(self.tr(NOT_SET), None)]
        entries += [(rule_word(choice), choice) for choice in spec.choices if choice]
        combo = choice_combo(parent, entries)
        combo.activated.connect(lambda: self._set_input(spec, self._data(combo)))
        return combo

    # -- editing -------------------------------------------------------------------------

    @staticmethod
    def _data(combo: QComboBox) -> Any:
        return combo.currentData()

    def _set_number(self, field: NumberField, target: str | InputSpec) -> None:
        """Edit an entity field or input from a number field; text that is no number is
        refused here, a number out of range by the command's check."""
        if self._applying:
            return
        try:
            value = field.value()
        except NotANumberError as error:
            self._refuse(plain_message(error))
            return
        if isinstance(target, InputSpec):
            self._set_input(target, value)
        else:
            self._set_field(target, value)

    def _refuse(self, message: str) -> None:
        self._applying = True
        try:
            report_error(self, self.tr("Edit refused"), message)
        finally:
            self._applying = False
        self._show_case_again()

    def _country_entered(self) -> None:
        self._set_field("country", self.country_combo.currentText())

    def _set_field(self, name: str, value: Any) -> None:
        entity = self.entity()
        if entity is None or getattr(entity, name) == value:
            return
        self._apply(SetEntityFields(entity.id, **{name: value}))

    def _set_input(self, spec: InputSpec, value: Any) -> None:
        entity = self.entity()
        if entity is None or getattr(entity, spec.target).get(spec.key) == value:
            return
        self._apply(SetEntityInputs(entity.id, {spec.key: value}, target=spec.target))

    def _apply(self, command: CaseCommand) -> None:
        if self._applying:
            return
        self._applying = True
        try:
            pushed = self._push(command)
        finally:
            self._applying = False
        if not pushed:
            self._show_case_again()

    def _show_case_again(self) -> None:
        """After a refusal the fields show what the case holds, the typed text included."""
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.refresh(another_entity=True)


def _takes_typing(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit)


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index < 0:  # a value the list does not know (an older case): show it as it is
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def _not_set() -> str:
    return QCoreApplication.translate("EntityForm", NOT_SET)


def _rating_text(combo: QComboBox) -> str | None:
    """What the analyst chose or typed, in canonical form when it reads as a rating."""
    text = combo.currentText().strip()
    if not text or text in (NOT_SET, _not_set()):
        return None
    try:
        return Rating.parse(text).symbol
    except ValueError:
        return text  # the command refuses it with a message


def _show_number(field: NumberField, value: float | None) -> None:
    field.set_value(None if value is None else float(value))


def _show_value(widget: QWidget, spec: InputSpec, value: Any) -> None:
    if isinstance(widget, DefaultableCheckBox):
        widget.set_value(value)
    elif isinstance(widget, NumberField):
        _show_number(widget, value)
    elif isinstance(widget, QComboBox) and spec.kind == "rating":
        widget.setCurrentText(_not_set() if value is None else str(value))
    elif isinstance(widget, QComboBox):
        _select(widget, value if value != "" else None)
