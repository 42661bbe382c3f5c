"""The items a committee rates, drawn from the case, each with its current rating and proposal.

An item is an entity's long-term issuer rating (with its outlook), its short-term/CP rating
(with the programme's maximum), its issue rating, a rated class of a structured deal, or an
ABCP program (a short-term rating, proposed by the program's analysis). Its
current rating is the latest line of its rating history; its proposal is the committee's
recorded decision where there is one, else what the methodology proposes (the guideline, or
the stress result for a class), and says which. The action follows from the two (see
``rating_actions``); the analyst may replace it with a reason.

Items appear where the case gives them a reason to: every group company's long-term rating
(the group tab proposes one), and any item with a recorded decision, a history line or, for
CP, a programme maximum; every deal's rated classes and every ABCP program.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache

from jcr_desk.case.document.model import (
    GROUP_ROLES,
    Case,
    CommitteeItem,
    Decision,
    Entity,
    ProgramResultRecord,
    RatingHistoryEntry,
    Scenario,
    ScenarioResult,
    StoredProgram,
)
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.case.services.abcp_run import program_inputs_hash
from jcr_desk.case.services.guidelines import EntityGuidelines, evaluate_entity, tree_order
from jcr_desk.case.services.rating_actions import derive_action
from jcr_desk.case.services.stress_run import scenario_inputs_hash
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.paths import resources_dir
from jcr_desk.ratings import Outlook, Rating, ShortTermRating
from jcr_desk.structured.abcp.result import PROPOSED, ProgramResult
from jcr_desk.structured.abcp.sentences import joined
from jcr_desk.structured.rmbs.result import EnhancementResult

#: An item of a structured deal: one rated class.
CLASS = "class"
#: An ABCP program: its short-term rating.
PROGRAM = "abcp"
KINDS = (*ITEMS, CLASS, PROGRAM)
#: The kinds rated on the short-term scale (J-1+ … NJ).
SHORT_TERM_KINDS = ("short_term", PROGRAM)

#: Where the proposal came from, as the tab and the drafts say it.
FROM_DECISION = "decision"
FROM_OVERRIDE = "override"
FROM_GUIDELINE = "guideline"
FROM_STRESS = "stress result"


def entity_item_key(entity_id: str, item: str) -> str:
    return f"entity:{entity_id}:{item}"


def class_item_key(scenario_id: str, class_name: str) -> str:
    return f"class:{scenario_id}:{class_name}"


def program_item_key(program_id: str) -> str:
    return f"abcp:{program_id}"


@dataclass(frozen=True)
class Proposal:
    """What the committee is asked to decide for an item, and on what it rests."""

    rating: str | None
    source: str  # FROM_DECISION, FROM_OVERRIDE, FROM_GUIDELINE, FROM_STRESS or "" (none)
    citations: tuple[str, ...] = ()
    reason: str = ""  # an override's reason


@dataclass(frozen=True)
class RatedItem:
    """One rated item of the case, ready for the tab, the release and the form."""

    key: str
    kind: str
    issuer: Entity | None  # the entity, or the deal's issuer (SPV) when it is one
    issuer_fallback: str  # the name to show when there is no entity (a scenario's name)
    class_name: str
    history: tuple[RatingHistoryEntry, ...]  # this item's lines, oldest first
    proposal: Proposal
    outlook: str  # the proposed outlook or direction; "" when not entered or not carried
    maximum_yen: float | None
    derived_action: str | None  # None when there is no proposal to compare
    chosen_action: str  # the analyst's action, "" when the derived one stands
    action_reason: str
    notes: tuple[Text, ...]  # what the analyst should know: unreadable history, stale result

    @property
    def carries_outlook(self) -> bool:
        """Long-term issuer ratings carry an outlook; CP, issues and classes do not."""
        return self.kind == "long_term"

    @property
    def current(self) -> RatingHistoryEntry | None:
        return self.history[-1] if self.history else None

    @property
    def action(self) -> str | None:
        return self.chosen_action or self.derived_action

    def issuer_name(self, language: str) -> str:
        if self.issuer is None:
            return self.issuer_fallback
        return self.issuer.display_name(language)

    def issuer_names(self) -> tuple[str, ...]:
        """Every name the item's issuer goes by (history lines may use any of them)."""
        if self.issuer is None:
            return (self.issuer_fallback,)
        return tuple(name for name in (self.issuer.name, self.issuer.name_ja) if name)


# --- labels of the history ------------------------------------------------------------------


@cache
def history_labels() -> dict[str, dict[str, object]]:
    """``resources/templates/history_labels.toml``: the issue names per kind of item."""
    with (resources_dir() / "templates" / "history_labels.toml").open("rb") as handle:
        return tomllib.load(handle)


def issue_label(kind: str, language: str, class_name: str = "") -> str:
    """The name a new history line gives the item (a class is named as in the deal)."""
    if kind == CLASS:
        return class_name
    return str(history_labels()[kind][language])


def folded(text: str) -> str:
    """Names compared the way an analyst reads them: case, width and spacing ignored."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _label_matches(kind: str, issue: str, class_name: str) -> bool:
    if kind == CLASS:
        return folded(issue) == folded(class_name)
    labels = history_labels()[kind]
    names = [labels["en"], labels["ja"], *labels.get("aliases", [])]  # type: ignore[list-item]
    return folded(issue) in {folded(str(name)) for name in names}


def item_history(
    case: Case, names: tuple[str, ...], kind: str, class_name: str = ""
) -> tuple[RatingHistoryEntry, ...]:
    """The history lines of one item, oldest first (stable for lines of the same day)."""
    wanted = {folded(name) for name in names}
    lines = [
        entry
        for entry in case.history
        if folded(entry.issuer) in wanted and _label_matches(kind, entry.issue, class_name)
    ]
    return tuple(sorted(lines, key=lambda entry: entry.publication_date))


# --- the items -----------------------------------------------------------------------------


def rated_items(case: Case) -> list[RatedItem]:
    """Every rated item of the case: entities in tree order, each deal's classes, then each
    ABCP program."""
    items: list[RatedItem] = []
    for entity in tree_order(case):
        items.extend(_entity_items(case, entity))
    for scenario in case.scenarios:
        items.extend(_class_items(case, scenario))
    items.extend(_program_item(case, stored) for stored in case.programs)
    return items


def rated_item(case: Case, key: str) -> RatedItem:
    for item in rated_items(case):
        if item.key == key:
            return item
    raise KeyError(f"the case has no rated item {key!r}")


def committee_item(case: Case, key: str) -> CommitteeItem:
    """The committee's inputs for an item (a blank record when none was entered)."""
    return next((c for c in case.committee_items if c.key == key), CommitteeItem(key))


def _note(source: str, **args: object) -> Text:
    """A note on a rated item: its English template (marked where it is written) and its
    arguments, shown in the analyst's language."""
    return Text("RatedItems", source, args)


def _entity_items(case: Case, entity: Entity) -> list[RatedItem]:
    names = tuple(name for name in (entity.name, entity.name_ja) if name)
    notes: list[Text] = []
    try:
        guidelines: EntityGuidelines | None = evaluate_entity(case, entity.id)
    except (KeyError, ValueError) as error:
        guidelines = None
        notes.append(
            _note(QT_TRANSLATE_NOOP("RatedItems", "The guideline cannot be computed: {error}"),
                  error=str(error))
        )
    items = []
    for kind in ITEMS:
        key = entity_item_key(entity.id, kind)
        history = item_history(case, names, kind)
        record = committee_item(case, key)
        decision = case.decision(entity.id, kind)
        listed = decision is not None or bool(history) or record != CommitteeItem(key)
        if kind == "long_term" and entity.role in GROUP_ROLES:
            listed = True
        if not listed:
            continue
        proposal = _decided(decision) if decision is not None else _from_guideline(kind, guidelines)
        items.append(_item(key, kind, entity, "", "", history, proposal, record, notes))
    return items


def _decided(decision: Decision) -> Proposal:
    """A recorded decision; an override only where it departs from a guideline's proposal."""
    snapshot = decision.guideline
    citations = _citations(Guideline.from_dict(snapshot)) if snapshot else ()
    override = decision.guideline_rating is not None and decision.is_override
    source = FROM_OVERRIDE if override else FROM_DECISION
    return Proposal(decision.rating, source, citations, decision.reason)


def _from_guideline(kind: str, guidelines: EntityGuidelines | None) -> Proposal:
    if guidelines is None:
        return Proposal(None, "")
    if kind == "short_term":
        rating = None if guidelines.short_term is None else str(guidelines.short_term)
        mapping = load_rulebook().entry("scales.long_to_short").citation
        cited = (*_citations(guidelines.long_term), mapping)
        return Proposal(rating, FROM_GUIDELINE if rating else "", cited)
    guideline = guidelines.long_term if kind == "long_term" else guidelines.issue
    if guideline is None:
        return Proposal(None, "")
    rating = None if guideline.proposed is None else str(guideline.proposed)
    return Proposal(rating, FROM_GUIDELINE if rating else "", _citations(guideline))


def _citations(guideline: Guideline | None) -> tuple[str, ...]:
    if guideline is None:
        return ()
    return tuple(dict.fromkeys(step.citation for step in guideline.steps if step.citation))


def _class_items(case: Case, scenario: Scenario) -> list[RatedItem]:
    structure = scenario.structure
    issuer = next((e for e in case.entities if e.id == structure.issuer_id), None)
    names = (scenario.name,) if issuer is None else (issuer.name, issuer.name_ja)
    stored = next((r for r in case.results if r.scenario_id == scenario.id), None)
    notes = _result_notes(case, scenario, stored)
    items = []
    for note in structure.ordered():
        if not note.rated:
            continue
        key = class_item_key(scenario.id, note.name)
        history = item_history(case, tuple(n for n in names if n), CLASS, note.name)
        proposal = _from_result(None if stored is None else stored.result, note.name)
        record = committee_item(case, key)
        items.append(
            _item(key, CLASS, issuer, scenario.name, note.name, history, proposal, record, notes)
        )
    return items


def _result_notes(case: Case, scenario: Scenario, stored: ScenarioResult | None) -> list[Text]:
    if stored is None:
        return [
            _note(
                QT_TRANSLATE_NOOP(
                    "RatedItems",
                    "Scenario '{name}' has no stress result yet: run it on the Stress tab.",
                ),
                name=scenario.name,
            )
        ]
    try:
        stale = scenario_inputs_hash(case, scenario) != stored.inputs_hash
    except ValueError:
        stale = True
    if stale:
        return [
            _note(
                QT_TRANSLATE_NOOP(
                    "RatedItems",
                    "The stress result of scenario '{name}' was computed before its inputs "
                    "last changed: run it again before the committee.",
                ),
                name=scenario.name,
            )
        ]
    return []


def _from_result(result: EnhancementResult | None, name: str) -> Proposal:
    if result is None:
        return Proposal(None, "")
    rating = next((c for c in result.classes if c.name == name), None)
    proposed = None if rating is None else rating.capped_rating
    book = load_rulebook()
    cited = (
        book.entry("rmbs.stress_multipliers").citation,
        *(default.citation for default in result.desk_defaults),
    )
    if rating is not None and rating.cap_steps:
        cited += (book.entry("ceilings.transfer_risk_mitigants").citation,)
    return Proposal(proposed, FROM_STRESS if proposed else "", tuple(dict.fromkeys(cited)))


def _program_item(case: Case, stored: StoredProgram) -> RatedItem:
    """An ABCP program, named by its issuer SPC; its proposal is the analysis's guideline."""
    program = stored.program
    record = next((r for r in case.program_results if r.program_id == stored.id), None)
    names = tuple(dict.fromkeys(n for n in (program.spc_name, program.name) if n))
    history = item_history(case, names, PROGRAM)
    notes = _program_notes(case, stored, record)
    proposal = _from_program(None if record is None else record.result)
    key = program_item_key(stored.id)
    committee = committee_item(case, key)
    fallback = program.spc_name or program.name
    return _item(key, PROGRAM, None, fallback, program.name, history, proposal, committee, notes)


def _program_notes(
    case: Case, stored: StoredProgram, record: ProgramResultRecord | None
) -> list[Text]:
    name = stored.program.name
    if record is None:
        return [
            _note(
                QT_TRANSLATE_NOOP(
                    "RatedItems",
                    "ABCP program '{name}' has no analysis yet: open it on the ABCP program tab.",
                ),
                name=name,
            )
        ]
    notes = []
    if program_inputs_hash(case, stored) != record.inputs_hash:
        notes.append(
            _note(
                QT_TRANSLATE_NOOP(
                    "RatedItems",
                    "The analysis of ABCP program '{name}' was computed before its inputs "
                    "last changed: analyse it again before the committee.",
                ),
                name=name,
            )
        )
    guideline = record.result.guideline
    if guideline.status != PROPOSED:
        notes.append(
            _note(
                QT_TRANSLATE_NOOP("RatedItems", "The guideline of '{name}' stays open: {items}"),
                name=name,
                items=joined(guideline.open_items),
            )
        )
    return notes


def _from_program(result: ProgramResult | None) -> Proposal:
    """The program's guideline; an open guideline proposes nothing (its notes say why)."""
    if result is None or result.guideline.proposed is None:
        return Proposal(None, "")
    cited = tuple(dict.fromkeys(s.citation for s in result.guideline.steps if s.citation))
    return Proposal(result.guideline.proposed, FROM_GUIDELINE, cited)


def _item(
    key: str,
    kind: str,
    issuer: Entity | None,
    fallback: str,
    class_name: str,
    history: tuple[RatingHistoryEntry, ...],
    proposal: Proposal,
    record: CommitteeItem,
    shared_notes: list[Text],
) -> RatedItem:
    notes = list(shared_notes)
    outlook = record.outlook if kind == "long_term" else ""
    derived = None
    if proposal.rating is not None:
        try:
            derived = action_for(kind, history[-1] if history else None, proposal.rating, outlook)
        except ValueError as error:
            notes.append(Text.as_written("RatedItems", str(error)))
    return RatedItem(
        key=key,
        kind=kind,
        issuer=issuer,
        issuer_fallback=fallback,
        class_name=class_name,
        history=history,
        proposal=proposal,
        outlook=outlook,
        maximum_yen=record.maximum_yen if kind == "short_term" else None,
        derived_action=derived,
        chosen_action=record.action,
        action_reason=record.action_reason,
        notes=tuple(notes),
    )


def action_for(kind: str, current: RatingHistoryEntry | None, proposed: str, outlook: str) -> str:
    """The derived action of an item; ValueError names a history line that cannot be read."""
    scale = ShortTermRating if kind in SHORT_TERM_KINDS else Rating
    if current is None:
        return derive_action(None, scale.parse(proposed))
    try:
        before = scale.parse(current.rating)
    except ValueError:
        raise ValueError(
            f"The latest history line ({current.publication_date.isoformat()}) holds "
            f"{current.rating!r}, which is not a rating on this item's scale."
        ) from None
    carries = kind == "long_term"
    return derive_action(
        before,
        scale.parse(proposed),
        _outlook(current.outlook) if carries else None,
        _outlook(outlook) if carries else None,
    )


def _outlook(text: str) -> Outlook | None:
    return Outlook.parse(text) if text.strip() else None
