"""Undoable edits of the committee's outputs: rationale, item inputs, disclosure, history.

Each is a plain command (``check`` refuses with the reason, ``redo``/``undo`` never fail),
wrapped for the undo stack by the window like every other edit of a case.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.history_file import canonical_rating
from jcr_desk.case.document.model import (
    FEE_PAYERS,
    Case,
    CommitteeItem,
    DisclosureInfo,
    RatingHistoryEntry,
)
from jcr_desk.case.services.rated_items import (
    CLASS,
    RatedItem,
    committee_item,
    issue_label,
    rated_items,
)
from jcr_desk.case.services.rating_actions import ACTIONS
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.ratings import Outlook


class SetRationale:
    """Replace the rationale's numbered paragraphs (blank paragraphs are dropped)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self._new = [text.strip() for text in paragraphs if text.strip()]
        self._old: list[str] | None = None
        self.text = "Edit rationale"

    def check(self, case: Case) -> None:
        if self._new == case.committee.rationale:
            raise refused(QT_TRANSLATE_NOOP("EditRefused", "The rationale is unchanged."))

    def redo(self, case: Case) -> None:
        self._old = list(case.committee.rationale)
        case.committee.rationale = list(self._new)
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "rationale edited"),
            f"{len(self._old)} → {len(self._new)} paragraph(s)",
        )

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        case.committee.rationale = list(self._old)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


#: Rating actions as a refusal names them ("" when the case derives none).
ACTION_WORDS = {
    "": QT_TRANSLATE_NOOP("EditRefused", "none"),
    "assignment": QT_TRANSLATE_NOOP("EditRefused", "assignment"),
    "affirmation": QT_TRANSLATE_NOOP("EditRefused", "affirmation"),
    "upgrade": QT_TRANSLATE_NOOP("EditRefused", "upgrade"),
    "downgrade": QT_TRANSLATE_NOOP("EditRefused", "downgrade"),
    "outlook_change": QT_TRANSLATE_NOOP("EditRefused", "outlook change"),
}
#: Fields of an item's committee inputs ``SetItemInputs`` may change.
ITEM_FIELDS = ("outlook", "maximum_yen", "action", "action_reason")


class SetItemInputs:
    """Change the committee's inputs of one rated item: outlook, CP maximum, chosen action.

    Choosing an action other than the derived one needs a reason; choosing the derived one
    (or none) clears the choice and its reason.
    """

    def __init__(self, key: str, /, **changes: Any) -> None:
        unknown = set(changes) - set(ITEM_FIELDS)
        if unknown:
            raise ValueError(f"not an item input: {sorted(unknown)}")
        self._key = key
        self._changes = changes
        self._old: tuple[int | None, CommitteeItem] | None = None
        self._new: CommitteeItem | None = None
        self.text = f"Edit {', '.join(name.replace('_', ' ') for name in changes)}"

    def check(self, case: Case) -> None:
        item = next((i for i in rated_items(case) if i.key == self._key), None)
        if item is None:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "This rated item is no longer in the case.")
            )
        record = replace(committee_item(case, self._key), **self._changes)
        record.outlook = _checked_outlook(item, record.outlook.strip())
        record.maximum_yen = _checked_maximum(item, record.maximum_yen)
        record.action, record.action_reason = _checked_action(item, record)
        self._new = record

    def redo(self, case: Case) -> None:
        new = self._recorded()
        position = _position(case, self._key)
        if position is None:
            self._old = (None, CommitteeItem(self._key))
            case.committee_items.append(copy.copy(new))
        else:
            self._old = (position, case.committee_items[position])
            case.committee_items[position] = copy.copy(new)
        changes = ", ".join(f"{name} {getattr(new, name)!r}" for name in self._changes)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "committee item edited"), f"{self._key}: {changes}")

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        position, old = self._old
        current = _position(case, self._key)
        if position is None:
            if current is not None:
                del case.committee_items[current]
        elif current is not None:
            case.committee_items[current] = old
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)

    def _recorded(self) -> CommitteeItem:
        if self._new is None:
            raise RuntimeError("redo before check")
        return self._new


def _position(case: Case, key: str) -> int | None:
    return next((i for i, c in enumerate(case.committee_items) if c.key == key), None)


def _checked_outlook(item: RatedItem, text: str) -> str:
    if not text:
        return ""
    if not item.carries_outlook:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "Only a long-term issuer rating carries an outlook.")
        )
    try:
        return str(Outlook.parse(text))
    except ValueError:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "Not an outlook or credit monitor direction: {value}."
            ),
            value=repr(text),
        ) from None


def _checked_maximum(item: RatedItem, value: float | None) -> float | None:
    if value is None:
        return None
    if item.kind != "short_term":
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "Only a short-term (CP) rating has a programme maximum."
            )
        )
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The CP maximum must be an amount in yen, not {value}."
            ),
            value=repr(value),
        )
    if value <= 0:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "The CP maximum must be more than ¥0 (got {amount})."),
            amount=f"¥{value:,.0f}",
        )
    return float(value)


def _checked_action(item: RatedItem, record: CommitteeItem) -> tuple[str, str]:
    action, reason = record.action.strip(), record.action_reason.strip()
    if not action or action == item.derived_action:
        return "", ""
    if action not in ACTIONS:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "{action} is not a rating action (choose one of {actions})."
            ),
            action=repr(action),
            actions=", ".join(ACTIONS),
        )
    if not reason:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The case gives {derived}; choosing {action} needs a written reason."
            ),
            derived=_action_word(item.derived_action or ""),
            action=_action_word(action),
        )
    return action, reason


def _action_word(action: str) -> Text:
    return Text("EditRefused", ACTION_WORDS.get(action, action.replace("_", " ")))


class SetDisclosureInfo:
    """Replace what the Rule 17g-7 form takes from the analyst (fee payer, attestation…)."""

    def __init__(self, new: DisclosureInfo) -> None:
        self._new = copy.deepcopy(new)
        self._old: DisclosureInfo | None = None
        self.text = "Edit disclosure details"

    def check(self, case: Case) -> None:
        if self._new.fee_payer not in ("", *FEE_PAYERS):
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{payer} is not a fee payer (choose {choices})."),
                payer=repr(self._new.fee_payer),
                choices=", ".join(FEE_PAYERS),
            )

    def redo(self, case: Case) -> None:
        self._old = copy.deepcopy(case.disclosure)
        case.disclosure = copy.deepcopy(self._new)
        changed = [
            f.name
            for f in fields(DisclosureInfo)
            if getattr(self._old, f.name) != getattr(self._new, f.name)
        ]
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "disclosure details edited"),
            ", ".join(changed) or "no change",
        )

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        case.disclosure = copy.deepcopy(self._old)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


#: The audit actions of the rating-history edits (each command's text, lower-cased), so the
#: audit log's display can translate them.
HISTORY_ACTIONS = (
    QT_TRANSLATE_NOOP("AuditLog", "edit history line"),
    QT_TRANSLATE_NOOP("AuditLog", "add history line"),
    QT_TRANSLATE_NOOP("AuditLog", "remove history lines"),
    QT_TRANSLATE_NOOP("AuditLog", "import rating history"),
    QT_TRANSLATE_NOOP("AuditLog", "record committee result"),
)


class SetHistory:
    """Replace the rating history (an import, an edited line, an added or removed line)."""

    def __init__(self, rows: Sequence[RatingHistoryEntry], text: str, detail: str = "") -> None:
        self._new = [copy.copy(row) for row in rows]
        self._old: list[RatingHistoryEntry] | None = None
        self.text = text
        self._detail = detail

    def check(self, case: Case) -> None:
        for number, row in enumerate(self._new, start=1):
            _check_row(number, row)

    def redo(self, case: Case) -> None:
        self._old = list(case.history)
        case.history = [copy.copy(row) for row in self._new]
        detail = self._detail or f"{len(self._old)} → {len(self._new)} line(s)"
        case.log(self.text[0].lower() + self.text[1:], detail)

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        case.history = list(self._old)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _check_row(number: int, row: RatingHistoryEntry) -> None:
    if not row.issuer.strip():
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "History line {number}: the issuer name is empty."),
            number=number,
        )
    if not row.issue.strip():
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "History line {number}: the issue name is empty."),
            number=number,
        )
    if canonical_rating(row.rating) is None:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "History line {number}: {rating} is not a long-term or short-term rating.",
            ),
            number=number,
            rating=repr(row.rating),
        )
    if row.outlook.strip():
        try:
            Outlook.parse(row.outlook)
        except ValueError:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "History line {number}: not an outlook or credit monitor direction: {value}.",
                ),
                number=number,
                value=repr(row.outlook),
            ) from None


def committee_result_rows(case: Case, language: str) -> list[RatingHistoryEntry]:
    """The history lines the committee's result adds, or EditRefused saying what is missing.

    An item with history keeps its issuer and issue names as the history spells them; a new
    item takes the names of ``language``.
    """
    when = case.committee.committee_date
    if when is None:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "Enter the committee date first (Edit → Case details)."
            )
        )
    items = rated_items(case)
    missing = [_describe(item, language) for item in items if item.proposal.rating is None]
    if missing:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "No proposal yet for: {items}."),
            items="; ".join(missing),
        )
    no_outlook = [_describe(i, language) for i in items if i.carries_outlook and not i.outlook]
    if no_outlook:
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "Enter the proposed outlook of: {items}."),
            items="; ".join(no_outlook),
        )
    done = [
        _describe(i, language) for i in items if i.current and i.current.publication_date == when
    ]
    if done:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The history already holds a line of {date} for: {items}."
            ),
            date=when.isoformat(),
            items="; ".join(done),
        )
    rows = []
    for item in items:
        current = item.current
        rows.append(
            RatingHistoryEntry(
                issuer=current.issuer if current else item.issuer_name(language),
                issue=current.issue
                if current
                else issue_label(item.kind, language, item.class_name),
                publication_date=when,
                rating=str(item.proposal.rating),
                outlook=item.outlook,
            )
        )
    return rows


def _describe(item: RatedItem, language: str) -> str:
    label = item.class_name if item.kind == CLASS else issue_label(item.kind, "en")
    return f"{item.issuer_name(language)} {label}"


class RecordCommitteeResult(SetHistory):
    """Append the committee's decided ratings to the history, dated the committee's day."""

    def __init__(self, language: str = "en") -> None:
        super().__init__([], QT_TRANSLATE_NOOP("CaseCommand", "Record committee result"))
        self._language = language

    def check(self, case: Case) -> None:
        added = committee_result_rows(case, self._language)
        self._new = [*case.history, *added]
        self._detail = f"{len(added)} line(s) dated {case.committee.committee_date}"
        super().check(case)
