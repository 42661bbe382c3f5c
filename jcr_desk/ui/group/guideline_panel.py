"""The guideline panel: what the methodology proposes for the selected entity, and the decisions.

For each rated item (long-term, short-term/CP, and issue ratings of a holding company) the
panel shows the guideline step by step and the recorded decision, and lets the analyst accept
the proposal or override it with a reason. Every recording goes through ``push`` so it can be
undone; the panel redraws from the case whenever the document changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jcr_desk.case.document.model import Decision
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.case.edits.decision_commands import (
    ClearDecision,
    RecordDecision,
    proposal_for_item,
)
from jcr_desk.case.services.guidelines import EntityGuidelines, evaluate_entity
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.ratings import Rating, ShortTermRating
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.locale_text import date_time_text
from jcr_desk.ui.models.qt_guideline_steps_model import GuidelineStepsModel
from jcr_desk.ui.tabs.common import heading, note, table_view
from jcr_desk.ui.translations import shown

JUDGEMENT = QT_TRANSLATE_NOOP("GuidelinePanel", "analyst's judgement")
REASON_COLUMN = 2
_BANNER_STYLE = "background: #fff3cd; color: #664d03; padding: 4px; border-radius: 3px;"


class OverrideDialog(QDialog):
    """Rating, reason and analyst for an override; OK only once there is a reason and a name.

    The panel opens it without blocking (``open``), so tests fill the fields and call
    ``accept()`` as the analyst would press OK.
    """

    def __init__(self, item: str, proposal: str | None, analyst: str, parent=None) -> None:
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Override the {what}").format(what=self._what()))
        self.rating_combo = QComboBox(self)
        scale = ShortTermRating.scale() if item == "short_term" else Rating.scale()
        self.rating_combo.addItems([str(symbol) for symbol in scale])
        if proposal is not None:
            self.rating_combo.setCurrentText(proposal)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Why the committee departs from the guideline"))
        self.analyst_edit = QLineEdit(analyst, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.proposal = proposal
        self.change_label = QLabel(self)
        self.change_label.setWordWrap(True)
        form = QFormLayout(self)
        guideline_text = proposal if proposal is not None else _tr(JUDGEMENT)
        form.addRow(self.tr("Guideline"), QLabel(guideline_text, self))
        form.addRow(self.tr("Rating"), self.rating_combo)
        form.addRow(self.change_label)
        form.addRow(self.tr("Reason (required)"), self.reason_edit)
        form.addRow(self.tr("Analyst"), self.analyst_edit)
        form.addRow(self.buttons)
        self.reason_edit.textChanged.connect(self._update_ok)
        self.analyst_edit.textChanged.connect(self._update_ok)
        self.rating_combo.currentTextChanged.connect(self._show_change)
        self._update_ok()
        self._show_change()

    def _what(self) -> str:
        """The rated item in the analyst's language (the audit log keeps the English)."""
        words = {
            "long_term": self.tr("long-term issuer rating"),
            "short_term": self.tr("short-term (CP) rating"),
            "issue": self.tr("issue rating"),
        }
        return words.get(self.item, self.item)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def rating(self) -> str:
        return self.rating_combo.currentText()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def analyst(self) -> str:
        return self.analyst_edit.text().strip()

    def accept(self) -> None:
        if self.ok_button.isEnabled():  # Enter in a field must not bypass the rule either
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason() and self.analyst()))

    def _show_change(self) -> None:
        """What OK will record, in words, beside the reason the analyst writes for it."""
        rating, proposal, what = self.rating(), self.proposal, self._what()
        if proposal is None:
            text = self.tr(
                "Records {rating} for the {what}, which the methodology leaves to the "
                "analyst's judgement."
            )
        elif rating == proposal:
            text = self.tr("Records {rating} for the {what}, as the guideline proposes.")
        else:
            text = (
                self.tr("Records {rating} for the {what} instead of the guideline's {proposal}")
                + self._distance(rating, proposal)
                + "."
            )
        self.change_label.setText(text.format(rating=rating, what=what, proposal=proposal))

    def _distance(self, rating: str, proposal: str) -> str:
        """ " (2 notches below)" on the long-term scale; nothing where notches do not apply."""
        if self.item == "short_term":
            return ""
        try:
            notches = Rating.parse(rating).notches_above(Rating.parse(proposal))
        except ValueError:
            return ""
        if notches == 1:
            return self.tr(" (1 notch above)")
        if notches == -1:
            return self.tr(" (1 notch below)")
        if notches > 0:
            return self.tr(" ({n} notches above)").format(n=notches)
        return self.tr(" ({n} notches below)").format(n=-notches)


class GuidelineView(QWidget):
    """One guideline: start, the steps as a table, proposal, range, flags and judgement."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.steps_model = GuidelineStepsModel(self)
        self.steps_view = table_view(self.steps_model, self)
        header = self.steps_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Row heights depend on how the reason wraps, so refit whenever its width changes.
        header.sectionResized.connect(lambda *_: self._fit_steps_height())
        self.steps_view.setWordWrap(True)
        self.start_label = QLabel(self)
        self.proposed_label = QLabel(self)
        self.range_label = QLabel(self)
        self.judgement_banner = QLabel(self)
        self.judgement_banner.setStyleSheet(_BANNER_STYLE)
        self.judgement_banner.setWordWrap(True)
        self.flags_label = QLabel(self)
        self.flags_label.setWordWrap(True)
        summary = QFormLayout()
        summary.addRow(self.tr("Starting point"), self.start_label)
        summary.addRow(self.tr("Proposed"), self.proposed_label)
        summary.addRow(self.tr("Allowed range"), self.range_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps_view)
        layout.addLayout(summary)
        layout.addWidget(self.judgement_banner)
        layout.addWidget(self.flags_label)

    def show_guideline(self, guideline: Guideline) -> None:
        self.steps_model.set_guideline(guideline)
        self._fit_steps_height()
        self.start_label.setText(str(guideline.start) if guideline.start else self.tr("not set"))
        proposed = guideline.proposed
        self.proposed_label.setText(str(proposed) if proposed is not None else _tr(JUDGEMENT))
        self.range_label.setText(self._range_text(guideline))
        self.judgement_banner.setText(
            self.tr(
                "The methodology leaves this rating to the analyst's judgement: "
                "record it with a reason."
            )
            if proposed is None
            else self.tr("Needs the analyst's judgement before accepting: check the steps above.")
        )
        self.judgement_banner.setVisible(guideline.needs_judgement)
        flags = "\n".join(f"• {shown(flag)}" for flag in guideline.flags)
        self.flags_label.setText(self.tr("Look at:") + "\n" + flags if flags else "")
        self.flags_label.setVisible(bool(flags))

    def _range_text(self, guideline: Guideline) -> str:
        """The allowed range in words, best first: "A+ to A-", "A- or lower", "A"."""
        best, worst = guideline.best, guideline.worst
        if best is None:
            return self.tr("not set")
        if worst is None:
            return self.tr("%s or lower") % best
        return str(best) if best == worst else self.tr("%s to %s") % (best, worst)

    def _fit_steps_height(self) -> None:
        """As tall as its rows: a guideline has a handful of steps, no scrolling needed."""
        view = self.steps_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(row) for row in range(self.steps_model.rowCount()))
        view.setFixedHeight(rows + view.horizontalHeader().height() + 2 * view.frameWidth())


class DecisionRow(QWidget):
    """The proposal and the recorded decision for one item, with accept/override/clear."""

    def __init__(self, item: str, panel: GuidelinePanel) -> None:
        super().__init__(panel)
        self.item = item
        self.proposal_label = QLabel(self)
        self.decision_label = QLabel(self)
        self.decision_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept guideline"), self)
        self.override_button = QPushButton(self.tr("Override…"), self)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.accept_button.clicked.connect(lambda: panel.accept_guideline(item))
        self.override_button.clicked.connect(lambda: panel.open_override(item))
        self.clear_button.clicked.connect(lambda: panel.clear_decision(item))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.override_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Guideline proposal"), self.proposal_label)
        form.addRow(self.tr("Recorded"), self.decision_label)
        form.addRow(buttons)

    def show_state(self, proposal: str | None, decision: Decision | None, editable: bool) -> None:
        self.proposal_label.setText(proposal if proposal is not None else _tr(JUDGEMENT))
        self.decision_label.setText(decision_text(decision, proposal))
        self.accept_button.setEnabled(editable and proposal is not None)
        self.override_button.setEnabled(editable)
        self.clear_button.setEnabled(editable and decision is not None)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidelinePanel", text)


def decision_text(decision: Decision | None, proposal: str | None) -> str:
    """How a recorded decision reads: rating, override mark, reason, who and when."""
    if decision is None:
        return QCoreApplication.translate("GuidelinePanel", "nothing recorded yet")
    mark = (
        QCoreApplication.translate("GuidelinePanel", " — override")
        if decision.is_override
        else QCoreApplication.translate("GuidelinePanel", " — as the guideline")
    )
    when = date_time_text(decision.timestamp.astimezone())
    text = (
        decision.rating
        + mark
        + QCoreApplication.translate("GuidelinePanel", ", by %s on %s") % (decision.analyst, when)
    )
    if decision.reason:
        text += "\n" + QCoreApplication.translate("GuidelinePanel", "Reason: %s") % decision.reason
    if decision.guideline_rating != proposal:
        was = decision.guideline_rating or _tr(JUDGEMENT)
        text += (
            "\n"
            + QCoreApplication.translate(
                "GuidelinePanel", "The guideline has changed since (%s then)."
            )
            % was
        )
    return text


class GuidelinePanel(QWidget):
    """Guidelines and decisions for one entity of the open case."""

    def __init__(
        self,
        document: CaseDocument,
        push: Callable[[CaseCommand], bool],
        analyst_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._push = push
        self._analyst_name = analyst_name
        self._entity_id: str | None = None
        self._guidelines: EntityGuidelines | None = None
        self.override_dialog: OverrideDialog | None = None

        self.title_label = heading("", self)
        self.message_label = note("", self)
        self.long_term_view = GuidelineView(self)
        self.issue_view = GuidelineView(self)
        self.short_term_label = QLabel(self)
        self.rows = {item: DecisionRow(item, self) for item in ("long_term", "short_term", "issue")}
        self.long_term_box = self._box(
            self.tr("Long-term issuer rating"), self.long_term_view, self.rows["long_term"]
        )
        self.short_term_box = self._box(
            self.tr("Short-term / CP rating"), self.short_term_label, self.rows["short_term"]
        )
        self.issue_box = self._box(
            self.tr("Issue ratings of the holding company"), self.issue_view, self.rows["issue"]
        )

        content = QWidget(self)
        layout = QVBoxLayout(content)
        for widget in (
            self.title_label,
            self.message_label,
            self.long_term_box,
            self.short_term_box,
            self.issue_box,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        document.replaced.connect(self.refresh)
        document.edited.connect(lambda _command: self.refresh())
        document.editable_changed.connect(lambda _editable: self.refresh())
        self.refresh()

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    # -- showing -------------------------------------------------------------------------

    def set_entity(self, entity_id: str | None) -> None:
        self._entity_id = entity_id
        self.refresh()

    def refresh(self) -> None:
        """Re-run the entity's rule on the case as it is now and show the result."""
        self._guidelines = None
        message = self.tr("Select an entity of the group to see its guideline.")
        if self._entity_id is not None:
            try:
                self._guidelines = evaluate_entity(self._document.case, self._entity_id)
            except KeyError:
                message = self.tr("The selected entity is no longer in the case.")
            except ValueError as error:
                message = self.tr("The guideline cannot be worked out: %s") % error
        found = self._guidelines
        title = found.rule_title if found else ""
        self.title_label.setText(QCoreApplication.translate("Guideline", title) if title else "")
        if found is not None and not found.rule_title:
            message = self.tr("No notching rule of the methodology covers this entity's role.")
        self.message_label.setText(message)
        self.message_label.setVisible(found is None or not found.rule_title)
        self.long_term_box.setVisible(found is not None and found.long_term is not None)
        self.short_term_box.setVisible(found is not None and found.long_term is not None)
        self.issue_box.setVisible(found is not None and found.issue is not None)
        if found is None:
            return
        if found.long_term is not None:
            self.long_term_view.show_guideline(found.long_term)
            self.short_term_label.setText(self._short_term_text(found.long_term))
        if found.issue is not None:
            self.issue_view.show_guideline(found.issue)
        editable = not self._document.read_only
        for item, row in self.rows.items():
            decision = self._document.case.decision(found.entity_id, item)
            row.show_state(proposal_for_item(item, self.guideline_for(item)), decision, editable)

    def _short_term_text(self, long_term: Guideline) -> str:
        proposal = proposal_for_item("short_term", long_term)
        if proposal is None:
            return self.tr("No long-term proposal yet, so no short-term one either.")
        return self.tr(
            "%s, from the long-term %s through the rulebook's long-to-short table (Desk default)."
        ) % (proposal, long_term.proposed)

    def guideline_for(self, item: str) -> Guideline | None:
        """The guideline an item is decided against (short-term follows the long-term one)."""
        if self._guidelines is None:
            return None
        return self._guidelines.issue if item == "issue" else self._guidelines.long_term

    # -- recording -----------------------------------------------------------------------

    def accept_guideline(self, item: str) -> bool:
        proposal = proposal_for_item(item, self.guideline_for(item))
        if self._entity_id is None or proposal is None:
            return False
        return self._push(
            RecordDecision(
                self._entity_id,
                item,
                self.guideline_for(item),
                proposal,
                "",
                self._analyst_name(),
            )
        )

    def open_override(self, item: str) -> OverrideDialog:
        """Show the override dialog for ``item`` without blocking; OK records the override."""
        proposal = proposal_for_item(item, self.guideline_for(item))
        dialog = OverrideDialog(item, proposal, self._analyst_name(), self)
        dialog.accepted.connect(lambda: self.record_override(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.override_dialog = dialog
        dialog.open()
        return dialog

    def record_override(self, dialog: OverrideDialog) -> bool:
        if self._entity_id is None:
            return False
        return self._push(
            RecordDecision(
                self._entity_id,
                dialog.item,
                self.guideline_for(dialog.item),
                dialog.rating(),
                dialog.reason(),
                dialog.analyst(),
            )
        )

    def clear_decision(self, item: str) -> bool:
        if self._entity_id is None:
            return False
        return self._push(ClearDecision(self._entity_id, item))
