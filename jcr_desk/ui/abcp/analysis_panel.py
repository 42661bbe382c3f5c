"""The program's analysis: its guideline, the stress choices and the required subordination.

The stress form and base-case reading are chosen here with a reason (the rulebook's Desk
defaults until then); double-clicking a rating's factor sets the analyst's own, with a
reason. The table's tooltips name what each part rests on and its citation; below it the
caps, open items, notes, the composition comparison, the US-agency reference (labelled as
such) and every Desk default the figures rest on.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.edits.abcp_commands import AdjustFactor, SetStressChoice
from jcr_desk.structured.abcp.result import NOT_REACHED, OPEN, ProgramResult
from jcr_desk.ui.abcp.abcp_words import (
    CAP_KINDS,
    abcp_word,
    citation_shown,
    desk_default_label,
    desk_default_value,
)
from jcr_desk.ui.abcp.editor import ProgramEditor
from jcr_desk.ui.abcp.qt_requirement_model import FACTOR_COLUMN, RequirementModel
from jcr_desk.ui.models.qt_record_table_model import Column, RecordTableModel
from jcr_desk.ui.tabs.common import heading, note, table_view
from jcr_desk.ui.translations import shown


def ask_factor(parent: QWidget, title: str, current: float) -> str | None:
    """The factor typed (empty: back to the rulebook's), or None when cancelled."""
    text, accepted = QInputDialog.getText(
        parent, title, parent.tr("New factor (leave empty for the rulebook's):"),
        text=f"{current:g}",
    )
    return text.strip() if accepted else None


class AnalysisPanel(QWidget):
    def __init__(self, editor: ProgramEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.form = QComboBox(self)
        for key, label in ((None, self.tr("Desk default")),
                           ("multiple", self.tr("base × multiple")),
                           ("sd", self.tr("base + k × standard deviation"))):
            self.form.addItem(label, key)
        self.form.activated.connect(lambda _i: self._choose("form", self.form))
        self.method = QComboBox(self)
        for key, label in ((None, self.tr("Desk default")), ("mean", self.tr("mean")),
                           ("recent", self.tr("latest months")), ("trend", self.tr("trend")),
                           ("highest", self.tr("highest of the three"))):
            self.method.addItem(label, key)
        self.method.activated.connect(lambda _i: self._choose("method", self.method))
        self.guideline = QLabel(self)
        self.guideline.setObjectName("abcpGuideline")
        self.guideline.setWordWrap(True)
        self.guideline.setTextFormat(Qt.TextFormat.RichText)
        self.requirements_model = RequirementModel(self)
        self.requirements = table_view(self.requirements_model, self)
        self.requirements.setObjectName("abcpRequirements")
        self.requirements.doubleClicked.connect(self._adjust)
        self.composition_model = RecordTableModel(
            [
                Column(self.tr("By"), lambda r: abcp_word(r[0])),
                Column(self.tr("Value"), lambda r: r[1].value),
                Column(self.tr("Pool"), lambda r: f"{r[1].pool_share:.1%}", numeric=True),
                Column(self.tr("Population"), lambda r: f"{r[1].population_share:.1%}",
                       numeric=True),
            ],
            self,
        )
        self.composition = table_view(self.composition_model, self)
        self.reference_label = note("", self)
        self.reference_model = RecordTableModel(
            [
                Column(self.tr("Rating"), lambda r: r.rating),
                Column(self.tr("Loss reserve"), lambda r: f"{r.loss_reserve:.2%}", numeric=True),
                Column(self.tr("Dilution reserve"), lambda r: f"{r.dilution_reserve:.2%}",
                       numeric=True),
                Column(self.tr("Total (reference)"), lambda r: f"{r.total:.2%}", numeric=True),
            ],
            self,
        )
        self.reference = table_view(self.reference_model, self)
        self.details = QLabel(self)
        self.details.setObjectName("abcpDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        choices = QFormLayout()
        choices.addRow(self.tr("Stress form"), self.form)
        choices.addRow(self.tr("Base-case reading"), self.method)
        lower = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Pool and population by composition"), self))
        left.addWidget(self.composition)
        right = QVBoxLayout()
        right.addWidget(heading(self.tr("Cross-check"), self))
        right.addWidget(self.reference_label)
        right.addWidget(self.reference)
        lower.addLayout(left)
        lower.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.guideline)
        layout.addWidget(heading(self.tr("Required subordination per target rating"), self))
        layout.addWidget(self.requirements, 2)
        layout.addLayout(lower, 1)
        layout.addWidget(self.details)

    def refresh(self, result: ProgramResult | None, stale: bool) -> None:
        item = self._editor.program()
        editable = item is not None and not self._editor.document.read_only
        self.form.setEnabled(editable)
        self.method.setEnabled(editable)
        if item is not None:
            self.form.setCurrentIndex(self.form.findData(item.choices.form))
            self.method.setCurrentIndex(self.method.findData(item.choices.method))
        self.requirements_model.set_result(result)
        self.guideline.setText(self._guideline_html(result, stale))
        rows = [] if result is None else [
            (c.dimension, row) for c in result.compositions for row in c.rows
        ]
        self.composition_model.set_records(rows)
        note = None if result is None else result.reference_note
        self.reference_label.setText("" if note is None else shown(note))
        self.reference_model.set_records([] if result is None else list(result.reference))
        self.details.setText(self._details(result))

    def _guideline_html(self, result: ProgramResult | None, stale: bool) -> str:
        if result is None:
            return html.escape(self.tr("Not analysed yet."))
        guideline = result.guideline
        if guideline.status == OPEN:
            head = self.tr("Guideline open — the figures reach {reached}").format(
                reached=guideline.reached or self.tr("no target rating"))
        elif guideline.status == NOT_REACHED:
            head = self.tr("No target rating is reached")
        else:
            head = self.tr("Guideline: {rating}").format(rating=guideline.proposed)
        parts = [f"<b>{html.escape(head)}</b>"]
        if stale:
            parts.append(html.escape(self.tr("(inputs changed since; analysing again)")))
        parts += [f"• {html.escape(shown(item))}" for item in guideline.open_items]
        parts += [
            "• " + html.escape(self.tr("{kind} cap: {statement}").format(
                kind=abcp_word(CAP_KINDS.get(cap.kind, cap.kind.capitalize())),
                statement=shown(cap.statement)))
            for cap in result.caps
            if cap.applied or (cap.limit is None and cap.kind != "country")  # or unknown
        ]
        return "<br>".join(parts)

    def _details(self, result: ProgramResult | None) -> str:
        if result is None:
            return ""
        lines = [
            f"{shown(step.text)} [{citation_shown(step.citation)}]"
            for step in result.guideline.steps
        ]
        lines += [shown(note) for note in result.notes]
        lines += [
            self.tr("Desk default: {name} = {value} [{citation}]").format(
                name=desk_default_label(d.key), value=desk_default_value(d.value),
                citation=citation_shown(d.citation))
            for d in result.desk_defaults
        ]
        lines.append(self.tr("Rulebook {version}").format(version=result.rulebook_version))
        return "\n".join(lines)

    def _choose(self, name: str, combo: QComboBox) -> None:
        value = combo.currentData()
        self._editor.edit(
            self, lambda pid, why, who: SetStressChoice(pid, name, value, why, who)
        )
        item = self._editor.program()
        if item is not None:  # back to the case's choice when cancelled or refused
            combo.setCurrentIndex(combo.findData(getattr(item.choices, name)))

    def _adjust(self, index: QModelIndex) -> None:
        if index.column() != FACTOR_COLUMN or self._editor.document.read_only:
            return
        test = self.requirements_model.test(index.row())
        rate = test.stressed[0]
        text = ask_factor(self, self.tr("Stress factor of {rating}").format(rating=test.rating),
                          rate.factor)
        if text is None:
            return
        try:
            value = float(text) if text else None
        except ValueError:
            value = text  # the command refuses it with the words the analyst reads
        self._editor.edit(
            self,
            lambda pid, why, who: AdjustFactor(pid, test.rating, rate.form, value, why, who),
        )
