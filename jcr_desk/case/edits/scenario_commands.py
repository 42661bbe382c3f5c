"""Undoable edits of a stress scenario: assumptions, multiplier adjustments, deal structure.

Every analyst change to the committee's scenario is a recorded decision: each command needs
a reason (a what-if scenario takes edits without one until it is promoted), checks its value
before anything changes (:class:`EditRefused` with a sentence the analyst reads), and writes
an audit entry naming the scenario, the change and the reason. A
scenario's assumptions and structure are immutable objects, so a command keeps the ones it
replaced and the ones it set: undo restores them exactly and a redo after an undo repeats
the very same edit (same timestamps).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from jcr_desk.case.document.caption import caption, set_caption
from jcr_desk.case.document.errors import EditRefused, passed_on, refused
from jcr_desk.case.document.model import Case, Scenario, ScenarioResult
from jcr_desk.case.document.refusal_words import EDIT_REFUSED, Word, either
from jcr_desk.case.edits.part_edit import PartEdit
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import StressInputError
from jcr_desk.structured.fields import FieldError, Fields
from jcr_desk.structured.frozen import freeze
from jcr_desk.structured.rmbs.assumptions import (
    FACTORS,
    NAMED_SEGMENTS,
    SEGMENT_KINDS,
    MultiplierAdjustment,
    StressAssumptions,
    check_segment,
    parse_target_rating,
)
from jcr_desk.structured.rmbs.deal import (
    COMMINGLING_MITIGATIONS,
    COUPON_TYPES,
    PAYMENT_ORDERS,
    DealStructure,
    NoteClass,
)
from jcr_desk.structured.rmbs.multipliers import COMPONENTS, rulebook_multipliers
from jcr_desk.structured.rmbs.settings import stress_settings

if TYPE_CHECKING:
    from jcr_desk.case.services.static_base_case import StaticProposal

__all__ = [
    "COUPON_TYPES",
    "FACTORS",
    "PAYMENT_ORDERS",
    "AdjustMultiplier",
    "ApplyStaticBaseCase",
    "EditClasses",
    "ScenarioEdit",
    "SetAssumption",
    "SetStructureOption",
    "find_scenario",
    "pool_balance",
    "store_result",
]

#: Assumptions that are fractions between 0 and 1.
RATE_ASSUMPTIONS = ("base_default_rate", "cpr", "recovery_rate")
ASSUMPTIONS = (*RATE_ASSUMPTIONS, "recovery_lag_months", "target_ratings")
#: Typing one of these replaces the base case's source with the analyst's own.
BASE_CASE_ASSUMPTIONS = ("base_default_rate", "cpr")
STRUCTURE_FLAGS = (
    "default_trap",
    "liquidity_reserve",
    "hedged",
    "loan_base_matches_notes",
    "commingling_one_day",
)
#: Structure fractions. An absent trigger takes the rulebook's Desk default; 0 means the
#: deal has none. An absent or 0 clean-up call means the deal states none (seed 002 §2(1)(c)).
STRUCTURE_FRACTIONS = ("sequential_trigger", "clean_up_call", "trust_fee", "servicing_fee")
OPTIONAL_FRACTIONS = ("sequential_trigger",)
STRUCTURE_OPTIONS = (
    "payment",
    "commingling_mitigation",
    *STRUCTURE_FLAGS,
    *STRUCTURE_FRACTIONS,
)
LABELS = {
    "base_default_rate": QT_TRANSLATE_NOOP("EditRefused", "lifetime default rate"),
    "cpr": QT_TRANSLATE_NOOP("EditRefused", "CPR"),
    "recovery_rate": QT_TRANSLATE_NOOP("EditRefused", "recovery rate"),
    "recovery_lag_months": QT_TRANSLATE_NOOP("EditRefused", "foreclosure lag"),
    "target_ratings": QT_TRANSLATE_NOOP("EditRefused", "target ratings"),
    "first_five_years": QT_TRANSLATE_NOOP("EditRefused", "first-five-years default"),
    "after_five_years": QT_TRANSLATE_NOOP("EditRefused", "after-five-years default"),
    "prepayment": QT_TRANSLATE_NOOP("EditRefused", "prepayment"),
    "payment": QT_TRANSLATE_NOOP("EditRefused", "payment order"),
    "commingling_mitigation": QT_TRANSLATE_NOOP("EditRefused", "commingling mitigation"),
    "default_trap": QT_TRANSLATE_NOOP("EditRefused", "default trap"),
    "liquidity_reserve": QT_TRANSLATE_NOOP("EditRefused", "liquidity reserve"),
    "hedged": QT_TRANSLATE_NOOP("EditRefused", "interest-rate hedge"),
    "loan_base_matches_notes": QT_TRANSLATE_NOOP("EditRefused", "loan rate base matches the notes"),
    "commingling_one_day": QT_TRANSLATE_NOOP("EditRefused", "collections swept daily"),
    "sequential_trigger": QT_TRANSLATE_NOOP("EditRefused", "sequential trigger"),
    "clean_up_call": QT_TRANSLATE_NOOP("EditRefused", "clean-up call"),
    "trust_fee": QT_TRANSLATE_NOOP("EditRefused", "trust fee"),
    "servicing_fee": QT_TRANSLATE_NOOP("EditRefused", "servicing fee"),
}
SEGMENT_WORDS = {
    "segment": QT_TRANSLATE_NOOP("EditRefused", "segment"),
    "region": QT_TRANSLATE_NOOP("EditRefused", "region"),
}
_PERCENT = (*RATE_ASSUMPTIONS, *STRUCTURE_FRACTIONS)

_State = tuple[StressAssumptions, DealStructure]
#: What the audit log says of a what-if edit made without a reason.
WHAT_IF_REASON = "none asked (what-if)"


def find_scenario(case: Case, scenario_id: str) -> Scenario:
    for scenario in case.scenarios:
        if scenario.id == scenario_id:
            return scenario
    raise refused(
        QT_TRANSLATE_NOOP("EditRefused", "The scenario this edit is for is no longer in the case.")
    )


def pool_balance(case: Case, scenario: Scenario) -> float | None:
    """The current balance of the scenario's pool, or None when the case has no pool."""
    pool = case.scenario_pool(scenario)
    if pool is None or "current_balance" not in pool.loans.columns:
        return None
    return float(pool.loans["current_balance"].sum())


def store_result(case: Case, result: ScenarioResult) -> None:
    """Keep ``result`` as its scenario's result, replacing the one computed before.

    Results are computed, not edited, so this is no undoable command; the window marks the
    case modified so the analyst is asked to save them.
    """
    for index, stored in enumerate(case.results):
        if stored.scenario_id == result.scenario_id:
            case.results[index] = result
            return
    case.results.append(result)


def label(name: str) -> str:
    """An assumption's or option's name in the words the analyst reads."""
    return LABELS.get(name, name.replace("_", " "))


def word(name: str, *, starts: bool = False) -> Word:
    """An assumption's or option's name inside a refusal, in the analyst's language."""
    return Word(EDIT_REFUSED, label(name), starts=starts)


def segment_refused(what: str, segment: str) -> EditRefused:
    """A segment (or region) the stress does not know, with the ones it takes."""
    return refused(
        QT_TRANSLATE_NOOP("EditRefused", "The {what} is {value}; allowed: {allowed}."),
        what=Text(EDIT_REFUSED, SEGMENT_WORDS[what]),
        value=repr(segment),
        allowed=", ".join((*NAMED_SEGMENTS, *(f"{kind}:NAME" for kind in SEGMENT_KINDS))),
    )


def shown(name: str, value: Any) -> str:
    """A value in the analyst's units: "6.000 %", "18 months", "yes", "none"."""
    return str(value_word(name, value))


def value_word(name: str, value: Any) -> Text | str:
    """:func:`shown` as the Undo menu shows it, words translated."""
    if value is None:
        return caption(QT_TRANSLATE_NOOP("CaseCommand", "none"))
    if isinstance(value, bool):
        return caption(
            QT_TRANSLATE_NOOP("CaseCommand", "yes")
            if value
            else QT_TRANSLATE_NOOP("CaseCommand", "no")
        )
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if name in _PERCENT and isinstance(value, int | float):
        return f"{value * 100:.3f} %"
    if name == "recovery_lag_months":
        return caption(QT_TRANSLATE_NOOP("CaseCommand", "{months} months"), months=value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("_", " ")


def set_line(name: str, old: Any, new: Any) -> Text:
    """The Undo menu's "Set CPR 6.000 % → 5.000 %"."""
    return caption(
        QT_TRANSLATE_NOOP("CaseCommand", "Set {field} {old} → {new}"),
        field=Text(EDIT_REFUSED, label(name)),
        old=value_word(name, old),
        new=value_word(name, new),
    )


def set_field(name: str) -> Text:
    """The Undo menu's "Set CPR" before the edit knows its values."""
    return caption(
        QT_TRANSLATE_NOOP("CaseCommand", "Set {field}"), field=Text(EDIT_REFUSED, label(name))
    )


class ScenarioEdit(PartEdit[Scenario]):
    """An edit of a scenario's assumptions or structure; the committee's scenario takes a
    written reason for every change, a what-if scenario none."""

    audit_action = QT_TRANSLATE_NOOP("AuditLog", "scenario edited")
    no_reason_given = WHAT_IF_REASON

    def check(self, case: Case) -> None:
        scenario = self._find(case)
        self._validate(case, scenario)
        if not self._reason and not scenario.what_if:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "{edit}: every change to the committee's scenario is a recorded "
                    "decision, so it needs a written reason.",
                ),
                edit=self.caption,
            )

    def _find(self, case: Case) -> Scenario:
        return find_scenario(case, self._part_id)

    def _state(self, part: Scenario) -> _State:
        return (part.assumptions, part.structure)

    def _restore(self, part: Scenario, state: tuple) -> None:
        part.assumptions, part.structure = state

    def _part_name(self, part: Scenario) -> str:
        return part.name

    def _record(self, **extra: Any) -> dict[str, Any]:
        """Who decided, when and why: stored beside the value the decision set."""
        return {
            **extra,
            "reason": self._reason,
            "analyst": self._analyst,
            "timestamp": self._timestamp,
        }


class SetAssumption(ScenarioEdit):
    """Set one base-case assumption or the target ratings of a scenario."""

    def __init__(
        self, scenario_id: str, name: str, value: Any, reason: str, analyst: str | None = None
    ) -> None:
        super().__init__(scenario_id, reason, analyst, set_field(name))
        self._name = name
        self._value = value
        self._clean: Any = None

    def _validate(self, case: Case, scenario: Scenario) -> None:
        name, value = self._name, self._value
        if name not in ASSUMPTIONS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no stress assumption called {name}."),
                name=repr(name),
            )
        if name in RATE_ASSUMPTIONS:
            self._clean = fraction(word(name, starts=True), value)
        elif name == "recovery_lag_months":
            self._clean = _whole_months(value)
        else:
            self._clean = _target_ratings(value)
        set_caption(self, set_line(name, getattr(scenario.assumptions, name), self._clean))

    def _apply(self, case: Case, scenario: Scenario) -> str:
        old = getattr(scenario.assumptions, self._name)
        changes: dict[str, Any] = {self._name: self._clean}
        if self._name in BASE_CASE_ASSUMPTIONS:
            changes["base_case_source"] = freeze(self._record(kind="analyst"))
        scenario.assumptions = replace(scenario.assumptions, **changes)
        return f"{label(self._name)} {shown(self._name, old)} → {shown(self._name, self._clean)}"


def _adjustment_line(rating: str, component: str, value: Any, segment: str | None) -> Text:
    """The Undo menu's "Adjust AAA default multiplier for apartment" (or its removal)."""
    what = Text(EDIT_REFUSED, label(component))
    if segment:
        source = (
            QT_TRANSLATE_NOOP(
                "CaseCommand", "Remove adjustment of {rating} {component} multiplier for {segment}"
            )
            if value is None
            else QT_TRANSLATE_NOOP(
                "CaseCommand", "Adjust {rating} {component} multiplier for {segment}"
            )
        )
        return caption(source, rating=rating, component=what, segment=segment.replace("_", " "))
    source = (
        QT_TRANSLATE_NOOP("CaseCommand", "Remove adjustment of {rating} {component} multiplier")
        if value is None
        else QT_TRANSLATE_NOOP("CaseCommand", "Adjust {rating} {component} multiplier")
    )
    return caption(source, rating=rating, component=what)


class AdjustMultiplier(ScenarioEdit):
    """Replace one stress multiplier for one rating, of the pool or a segment.

    ``value=None`` removes the adjustment (the rulebook's value, or the segment's Desk
    default uplift, applies again).
    """

    def __init__(
        self,
        scenario_id: str,
        rating: str,
        component: str,
        value: float | None,
        factor: str | None,
        reason: str,
        analyst: str | None = None,
        segment: str | None = None,
    ) -> None:
        super().__init__(
            scenario_id, reason, analyst, _adjustment_line(rating, component, value, segment)
        )
        self._rating_text = rating
        self._component = component
        self._value = value
        self._factor = factor
        self._segment = segment
        self._rating = ""

    def _validate(self, case: Case, scenario: Scenario) -> None:
        try:
            self._rating = str(parse_target_rating("rating", self._rating_text))
        except StressInputError:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{rating} is not a rating."),
                rating=repr(self._rating_text),
            ) from None
        if self._rating not in scenario.assumptions.target_ratings:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "{rating} is not one of this scenario's target ratings."
                ),
                rating=self._rating,
            )
        if self._component not in COMPONENTS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no stress multiplier called {name}."),
                name=repr(self._component),
            )
        if self._segment is not None:
            try:
                self._segment = check_segment("segment", self._segment)
            except FieldError:
                raise segment_refused("segment", self._segment) from None
        existing = scenario.assumptions.adjustment(self._rating, self._component, self._segment)
        if self._value is None:
            if existing is None:
                raise self._not_adjusted()
            return
        if self._factor not in FACTORS:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "An adjustment names its factor, one of {factors}; got {factor}."
                ),
                factors=", ".join(FACTORS),
                factor=repr(self._factor),
            )
        number = _number(
            Word(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "The multiplier")), self._value
        )
        if number <= 0:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "A stress multiplier must be above zero.")
            )
        self._value = number

    def _not_adjusted(self) -> EditRefused:
        if self._segment is None:
            return refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The {rating} {component} multiplier is not adjusted."
                ),
                rating=self._rating_text,
                component=word(self._component),
            )
        return refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The {rating} {component} multiplier for {segment} is not adjusted."
            ),
            rating=self._rating_text,
            component=word(self._component),
            segment=self._segment.replace("_", " "),
        )

    def _apply(self, case: Case, scenario: Scenario) -> str:
        assumptions = scenario.assumptions
        old = assumptions.adjustment(self._rating, self._component, self._segment)
        kept = tuple(a for a in assumptions.multiplier_adjustments if a is not old)
        what = self.text.removeprefix("Remove adjustment of ").removeprefix("Adjust ")
        rulebook = _rulebook_value(self._rating, self._component)
        before = f"{old.value:g}" if old else f"{rulebook:g}"
        if self._value is None:
            scenario.assumptions = replace(assumptions, multiplier_adjustments=kept)
            return f"{what} {before} → rulebook"
        adjustment = MultiplierAdjustment(
            rating=self._rating,
            component=self._component,
            value=float(self._value),
            factor=str(self._factor),
            reason=self._reason,
            analyst=self._analyst,
            timestamp=self._timestamp,
            segment=self._segment,
        )
        scenario.assumptions = replace(assumptions, multiplier_adjustments=(*kept, adjustment))
        return f"{what} {before} → {self._value:g} ({self._factor})"


class EditClasses(ScenarioEdit):
    """Replace a scenario's classes (names, ranks, balances, coupons)."""

    def __init__(
        self,
        scenario_id: str,
        classes: Sequence[NoteClass | Mapping[str, Any]],
        reason: str,
        analyst: str | None = None,
    ) -> None:
        super().__init__(
            scenario_id, reason, analyst, caption(QT_TRANSLATE_NOOP("CaseCommand", "Edit classes"))
        )
        self._given = list(classes)
        self._classes: tuple[NoteClass, ...] = ()

    def _validate(self, case: Case, scenario: Scenario) -> None:
        self._classes = check_classes(self._given, pool_balance(case, scenario))

    def _apply(self, case: Case, scenario: Scenario) -> str:
        # The classes are sized against the pool the analyst sees as they edit them.
        scenario.structure = scenario.structure.with_classes(
            self._classes, pool_balance(case, scenario)
        )
        return "classes " + "; ".join(
            f"{c.name} rank {c.rank} ¥{c.balance:,.0f}" for c in self._classes
        )


class SetStructureOption(ScenarioEdit):
    """Set one deal option: payment order, trigger, default trap, clean-up call, fees…"""

    def __init__(
        self, scenario_id: str, name: str, value: Any, reason: str, analyst: str | None = None
    ) -> None:
        super().__init__(scenario_id, reason, analyst, set_field(name))
        self._name = name
        self._value = value

    def _validate(self, case: Case, scenario: Scenario) -> None:
        name, value = self._name, self._value
        if name not in STRUCTURE_OPTIONS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no structure option called {name}."),
                name=repr(name),
            )
        if name == "payment":
            if value not in PAYMENT_ORDERS:
                raise refused(
                    QT_TRANSLATE_NOOP("EditRefused", "The payment order is {orders}."),
                    orders=either(PAYMENT_ORDERS),
                )
        elif name == "commingling_mitigation":
            if value not in COMMINGLING_MITIGATIONS:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "EditRefused", "The commingling mitigation is one of {choices}."
                    ),
                    choices=", ".join(COMMINGLING_MITIGATIONS),
                )
        elif name in STRUCTURE_FLAGS:
            if not isinstance(value, bool):
                raise refused(
                    QT_TRANSLATE_NOOP("EditRefused", "{option} is yes or no."),
                    option=word(name, starts=True),
                )
        elif not (value is None and name in OPTIONAL_FRACTIONS):
            self._value = fraction(word(name, starts=True), value)
        old = getattr(scenario.structure, name)
        set_caption(self, set_line(name, old, self._value))

    def _apply(self, case: Case, scenario: Scenario) -> str:
        old = getattr(scenario.structure, self._name)
        scenario.structure = replace(scenario.structure, **{self._name: self._value})
        return f"{label(self._name)} {shown(self._name, old)} → {shown(self._name, self._value)}"


class ApplyStaticBaseCase(ScenarioEdit):
    """Take the base case (default rate, CPR, timing curve) from imported static data.

    The source (file, sheet, hash, vintages, statistics, the chosen reading of the rate)
    stays with the scenario, so the committee sees where the base case came from; it stands
    in for a typed reason.
    """

    def __init__(
        self,
        scenario_id: str,
        base_default_rate: float,
        cpr: float,
        timing_curve: Sequence[float] | None,
        source: Mapping[str, Any],
        analyst: str | None = None,
    ) -> None:
        where = f"{source.get('file', 'static data')}, sheet {source.get('sheet', '?')}"
        super().__init__(
            scenario_id,
            f"static data {where}",
            analyst,
            caption(QT_TRANSLATE_NOOP("CaseCommand", "Apply static-data base case")),
        )
        self._rate = base_default_rate
        self._cpr = cpr
        self._curve = None if timing_curve is None else tuple(timing_curve)
        self._source = freeze({**dict(source), "kind": "static_data"})

    @classmethod
    def from_proposal(
        cls, proposal: StaticProposal, method: str | None = None, k: float | None = None
    ) -> ApplyStaticBaseCase:
        """Apply ``proposal`` with the lifetime default rate read ``method`` (002 §2(1)(a));
        without one, the reading the rulebook proposes first (the Desk default)."""
        # Here, not at the top: base_case loads numpy, and the window imports these
        # commands for its first screen, which is drawn before numpy loads.
        from jcr_desk.structured.rmbs.base_case import method_label

        method = proposal.method if method is None else method
        k = proposal.sd_multiple if k is None else k
        label = method_label(method, k, len(proposal.base_case.vintages))
        source = {**proposal.source, "method": method, "sd_multiple": k, "reading": label}
        rate = proposal.rate(method, k)
        return cls(proposal.scenario_id, rate, proposal.cpr, list(proposal.timing), source)

    @property
    def timing_curve(self) -> list[float]:
        """The monthly shares of lifetime defaults this command applies (empty: none)."""
        return list(self._curve or [])

    def _validate(self, case: Case, scenario: Scenario) -> None:
        self._rate = fraction(
            Word(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "The base default rate")),
            self._rate,
        )
        self._cpr = fraction(
            Word(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "The CPR")), self._cpr
        )
        if self._curve is not None:
            share = Word(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "A timing-curve share"))
            self._curve = tuple(_number(share, v) for v in self._curve)
            if any(v < 0 for v in self._curve) or not sum(self._curve) > 0:
                raise refused(
                    QT_TRANSLATE_NOOP(
                        "EditRefused",
                        "The default-timing curve needs non-negative monthly shares that add up "
                        "to more than zero.",
                    )
                )

    def _apply(self, case: Case, scenario: Scenario) -> str:
        scenario.assumptions = replace(
            scenario.assumptions,
            base_default_rate=self._rate,
            cpr=self._cpr,
            timing_curve=self._curve,
            base_case_source=self._source,
        )
        return (
            f"base default rate {shown('base_default_rate', self._rate)}, "
            f"CPR {shown('cpr', self._cpr)} from static data"
        )


def check_classes(
    classes: Sequence[NoteClass | Mapping[str, Any]], pool_total: float | None
) -> tuple[NoteClass, ...]:
    """The classes as typed objects in rank order, or :class:`EditRefused` in one sentence."""
    if not classes:
        raise refused(QT_TRANSLATE_NOOP("EditRefused", "A structure needs at least one class."))
    try:
        typed = tuple(_note_class(c) for c in classes)
        deal = DealStructure(classes=typed)
        deal.check_classes("classes")
        deal.check_against_pool(pool_total, stress_settings().class_fit_tolerance)
    except StressInputError as error:
        raise passed_on(_in_words(error)) from None
    if not any(c.rated for c in typed):
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "A structure needs at least one rated (non-residual) class."
            )
        )
    return deal.ordered()


#: A class's fields as a refusal names them ("Class B's balance", not "Class B.balance").
_CLASS_FIELDS: Final = {
    "name": QT_TRANSLATE_NOOP("EditRefused", "name"),
    "rank": QT_TRANSLATE_NOOP("EditRefused", "rank"),
    "balance": QT_TRANSLATE_NOOP("EditRefused", "balance"),
    "coupon_type": QT_TRANSLATE_NOOP("EditRefused", "coupon type"),
    "coupon": QT_TRANSLATE_NOOP("EditRefused", "coupon"),
    "description": QT_TRANSLATE_NOOP("EditRefused", "description"),
}


def _in_words(error: StressInputError) -> Text:
    """The stress checks' sentence, a class's field named in words when the reader named it
    by its place in a file (``Class B.balance``)."""
    said = error.sentence
    if isinstance(error, FieldError) and "." in error.key:
        owner, field = error.key.rsplit(".", 1)
        if field in _CLASS_FIELDS:
            key = Text(
                EDIT_REFUSED,
                QT_TRANSLATE_NOOP("EditRefused", "{owner}'s {field}"),
                {"owner": owner, "field": Text(EDIT_REFUSED, _CLASS_FIELDS[field])},
            )
            return Text(said.context, said.source, {**said.args, "key": key})
    return said


def _note_class(value: NoteClass | Mapping[str, Any]) -> NoteClass:
    if isinstance(value, NoteClass):
        value = value.to_dict()
    name = str(value.get("name") or "class")
    return NoteClass.read(Fields(value, name))


def _rulebook_value(rating: str, component: str) -> float:
    return float(getattr(rulebook_multipliers(rating).multipliers, component))


def _target_ratings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, Sequence) or not value:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "Give the target ratings as a list, e.g. AAA, AA, A, BBB."
            )
        )
    ratings = []
    for text in value:
        try:
            rating = parse_target_rating("rating", str(text))
        except FieldError as error:
            raise passed_on(error.sentence.args["problem"]) from None
        try:
            rulebook_multipliers(rating)
        except ValueError as error:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "No stress multipliers for {rating}: {problem}."),
                rating=str(rating),
                problem=str(error),
            ) from None
        if rating not in ratings:
            ratings.append(rating)
    return tuple(str(r) for r in sorted(ratings, reverse=True))


def _number(what: Word, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise refused(
            QT_TRANSLATE_NOOP("EditRefused", "{what} must be a number, not {value}."),
            what=what,
            value=repr(value),
        )
    return float(value)


def fraction(what: Word, value: Any) -> float:
    """A share between 0 and 1, or a refusal naming the allowed range (never cut to fit);
    ``what`` begins the sentence."""
    number = _number(what, value)
    if not 0.0 <= number <= 1.0:
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "{what} must be between 0 % and 100 %; {percent} % is outside that range.",
            ),
            what=what,
            percent=f"{number * 100:g}",
        )
    return number


def _whole_months(value: Any) -> int:
    number = _number(
        Word(EDIT_REFUSED, QT_TRANSLATE_NOOP("EditRefused", "The foreclosure lag")), value
    )
    if number < 0 or not number.is_integer():
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused",
                "The foreclosure lag is a whole number of months from 0; got {value}.",
            ),
            value=f"{value}",
        )
    return int(number)
