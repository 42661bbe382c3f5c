"""Recording the committee's proposal for an entity: accept the guideline or override it.

A decision keeps a snapshot of the guideline it was taken against (``Guideline.to_dict``), so
reopening the case shows what the committee saw even after the rulebook or the inputs change.
An override — any rating other than the guideline's proposal, or any rating where the
methodology leaves the result to judgement — must carry a written reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jcr_desk import __version__
from jcr_desk.case.document.errors import EditRefused, refused
from jcr_desk.case.document.model import Case, Decision, new_id, now_utc
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating, ShortTermRating

if TYPE_CHECKING:
    from jcr_desk.methodology.guideline import Guideline

#: How each rated item reads in messages, the audit log and the panel.
ITEM_LABELS = {
    "long_term": QT_TRANSLATE_NOOP("EditRefused", "long-term issuer rating"),
    "short_term": QT_TRANSLATE_NOOP("EditRefused", "short-term (CP) rating"),
    "issue": QT_TRANSLATE_NOOP("EditRefused", "issue rating"),
}


def item_label(item: str) -> str:
    return ITEM_LABELS.get(item, item)


def item_word(item: str) -> Text:
    """The rated item in the analyst's language, inside a refusal."""
    return Text("EditRefused", item_label(item))


def parse_for_item(item: str, text: str) -> Rating | ShortTermRating:
    """The rating on the scale the item is rated on (short-term for CP, long-term otherwise)."""
    scale = ShortTermRating if item == "short_term" else Rating
    return scale.parse(text)


def proposal_for_item(item: str, guideline: Guideline | None) -> str | None:
    """What accepting the guideline records for ``item``, or None when there is no proposal.

    The short-term item is proposed from the long-term guideline through the rulebook's
    long-to-short table, so its ``guideline`` is the long-term one.
    """
    if guideline is None or guideline.proposed is None:
        return None
    if item == "short_term":
        return str(load_rulebook().short_term_for(guideline.proposed))
    return str(guideline.proposed)


class RecordDecision:
    """Record a rating for one item of one entity, replacing any earlier decision for it."""

    def __init__(
        self,
        entity_id: str,
        item: str,
        guideline: Guideline | None,
        rating: str,
        reason: str,
        analyst: str,
    ) -> None:
        self._entity_id = entity_id
        self._item = item
        self._guideline = guideline
        self._rating_text = rating
        self._reason = reason.strip()
        self._analyst = analyst.strip()
        self._proposal = proposal_for_item(item, guideline)
        self._decision: Decision | None = None
        self._previous: tuple[int, Decision] | None = None
        try:
            shown = str(parse_for_item(item, rating))
        except (TypeError, ValueError):
            shown = rating  # ``check`` refuses it; the text only names the command
        verb = "Accept" if self._proposal == shown else "Override"
        self.text = f"{verb} {item_label(item)} {shown}"

    def check(self, case: Case) -> None:
        if self._item not in ITEMS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no rated item called {item}."),
                item=repr(self._item),
            )
        if not any(e.id == self._entity_id for e in case.entities):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The entity this decision is for is no longer in the case."
                )
            )
        try:
            rating = str(parse_for_item(self._item, self._rating_text))
        except (TypeError, ValueError):
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{rating} is not a rating on the {item} scale."),
                rating=repr(self._rating_text),
                item=item_word(self._item),
            ) from None
        if not self._analyst:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "A decision needs the name of the analyst who records it."
                )
            )
        if rating != self._proposal and not self._reason:
            raise self._missing_reason(rating)
        self._decision = Decision(
            id=new_id(),
            entity_id=self._entity_id,
            item=self._item,
            rating=rating,
            guideline_rating=self._proposal,
            reason=self._reason,
            analyst=self._analyst,
            timestamp=now_utc(),
            guideline=_snapshot(self._guideline),
        )

    def _missing_reason(self, rating: str) -> EditRefused:
        if self._proposal is None:
            return refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "The methodology leaves the {item} to judgement, "
                    "so recording {rating} needs a written reason.",
                ),
                item=item_word(self._item),
                rating=rating,
            )
        return refused(
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "{rating} departs from the guideline's {proposal}; "
                "an override needs a written reason.",
            ),
            rating=rating,
            proposal=self._proposal,
        )

    def redo(self, case: Case) -> None:
        decision = self._recorded()
        previous = case.decision(self._entity_id, self._item)
        if previous is None:
            self._previous = None
            case.decisions.append(decision)
        else:
            index = case.decisions.index(previous)
            self._previous = (index, previous)
            case.decisions[index] = decision
        action = (
            QT_TRANSLATE_NOOP("AuditLog", "override recorded")
            if decision.is_override
            else QT_TRANSLATE_NOOP("AuditLog", "decision recorded")
        )
        case.log(action, _describe(case, decision), user=decision.analyst)

    def undo(self, case: Case) -> None:
        decision = self._recorded()
        index = next(i for i, d in enumerate(case.decisions) if d.id == decision.id)
        if self._previous is None:
            del case.decisions[index]
        else:
            case.decisions[index] = self._previous[1]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)

    def _recorded(self) -> Decision:
        if self._decision is None:
            raise RuntimeError("redo before check")
        return self._decision


class ClearDecision:
    """Withdraw the recorded decision for one item of one entity."""

    def __init__(self, entity_id: str, item: str) -> None:
        self._entity_id = entity_id
        self._item = item
        self._removed: tuple[int, Decision] | None = None
        self.text = f"Clear {item_label(item)}"

    def check(self, case: Case) -> None:
        if case.decision(self._entity_id, self._item) is None:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no recorded {item} to clear."),
                item=item_word(self._item),
            )

    def redo(self, case: Case) -> None:
        decision = case.decision(self._entity_id, self._item)
        if decision is None:
            raise RuntimeError("redo without a decision to clear")
        index = case.decisions.index(decision)
        self._removed = (index, decision)
        del case.decisions[index]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "decision cleared"), _describe(case, decision))

    def undo(self, case: Case) -> None:
        if self._removed is None:
            raise RuntimeError("undo before redo")
        index, decision = self._removed
        case.decisions.insert(index, decision)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _describe(case: Case, decision: Decision) -> str:
    """One audit line: whose rating, which item, what was decided against what, and why."""
    name = next((e.name for e in case.entities if e.id == decision.entity_id), decision.entity_id)
    text = f"{name}: {item_label(decision.item)} {decision.rating}"
    if decision.guideline_rating is None:
        text += " (no guideline proposal)"
    elif decision.is_override:
        text += f" (guideline {decision.guideline_rating})"
    if decision.reason:
        text += f"; reason: {decision.reason}"
    return text


def _snapshot(guideline: Guideline | None) -> dict[str, Any]:
    """The guideline as the committee saw it, with the rulebook and JCR Desk it came from."""
    if guideline is None:
        return {}
    return {
        **guideline.to_dict(),
        "rulebook_version": load_rulebook().version,
        "app_version": __version__,
    }
