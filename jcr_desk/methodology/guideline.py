"""What a rule engine returns: a guideline for the committee, never a decided rating.

A guideline starts from a rating (group creditworthiness, a sole creditworthiness, a group
rating), lists the steps the methodology takes from there, proposes a result where the
methodology gives one and says which ratings it allows: ``min_notches`` to ``max_notches``
below the start (negative = above it; ``max_notches`` None = open downwards).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.ratings import Rating

DESK_DEFAULT = "(Desk default)"
#: The translation context of step reasons and flags (``jcr_desk_ja.ts``).
GUIDELINE = "Guideline"


def reason(source: str, **args: Any) -> Text:
    """A step's reason or a flag: the English template, marked with ``QT_TRANSLATE_NOOP``
    where it is written, and its arguments; shown in the analyst's language."""
    return Text(GUIDELINE, source, args)


@dataclass(frozen=True)
class Step:
    """One line of the guideline panel: ``message`` is translated where shown, ``reason``
    is its English sentence (stored with a decision, read by the workbook)."""

    rule_id: str
    delta: int  # notches, positive = better
    message: Text
    citation: str

    @property
    def reason(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class Guideline:
    """The methodology's answer for one rated item.

    ``start`` is None only when the input it starts from is missing; ``limit`` is the best
    rating a cap (the country ceiling, the sovereign) allows whatever rating reaches it, so
    that ``chain`` can apply the cap to an earlier guideline's whole range.
    """

    start: Rating | None
    steps: tuple[Step, ...]
    proposed: Rating | None
    min_notches: int
    max_notches: int | None
    needs_judgement: bool
    flags: tuple[Text, ...] = ()
    limit: Rating | None = field(default=None)

    @property
    def best(self) -> Rating | None:
        """The best rating the guideline allows."""
        return None if self.start is None else self.start.notched(-self.min_notches)

    @property
    def worst(self) -> Rating | None:
        """The worst rating the guideline allows; None when open downwards."""
        if self.start is None or self.max_notches is None:
            return None
        return self.start.notched(-self.max_notches)

    def allows(self, rating: Rating | str) -> bool:
        """True when ``rating`` lies within the range the methodology allows."""
        if self.start is None:
            return False
        below = self.start.notches_above(Rating.parse(rating))
        if below < self.min_notches:
            return False
        return self.max_notches is None or below <= self.max_notches

    def range_text(self) -> str:
        """The allowed range in words, best first: "A+ to A-", "A- or lower", "A"."""
        best, worst = self.best, self.worst
        if best is None:
            return "not set"
        if worst is None:
            return f"{best} or lower"
        return str(best) if best == worst else f"{best} to {worst}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe snapshot, stored with a decision."""
        return {
            "start": _symbol(self.start),
            "steps": [
                {"rule_id": s.rule_id, "delta": s.delta, "reason": s.reason, "citation": s.citation}
                for s in self.steps
            ],
            "proposed": _symbol(self.proposed),
            "min_notches": self.min_notches,
            "max_notches": self.max_notches,
            "needs_judgement": self.needs_judgement,
            "flags": [str(flag) for flag in self.flags],
            "limit": _symbol(self.limit),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Guideline:
        """Rebuild a snapshot written by ``to_dict``."""
        return cls(
            start=_rating_or_none(data["start"]),
            steps=tuple(
                Step(
                    step["rule_id"],
                    step["delta"],
                    Text(GUIDELINE, step["reason"]),
                    step["citation"],
                )
                for step in data["steps"]
            ),
            proposed=_rating_or_none(data["proposed"]),
            min_notches=int(data["min_notches"]),
            max_notches=None if data["max_notches"] is None else int(data["max_notches"]),
            needs_judgement=bool(data["needs_judgement"]),
            flags=tuple(Text(GUIDELINE, flag) for flag in data.get("flags", ())),
            limit=_rating_or_none(data.get("limit")),
        )


def chain(first: Guideline, then: Guideline) -> Guideline:
    """Apply ``then`` (built on ``first.proposed``) to ``first``: one guideline, one panel.

    A ``then`` with a ``limit`` (a cap) clips ``first``'s range at the limit, so a country
    ceiling below the group range pulls the whole range under it; any other ``then`` moves
    ``first``'s range by its own notches.
    """
    if then.start != first.proposed:
        raise ValueError(
            f"the second guideline starts at {then.start}, not at the first's proposal "
            f"{first.proposed}"
        )
    low, high = first.min_notches, first.max_notches
    if then.limit is None:
        low += then.min_notches
        high = None if high is None or then.max_notches is None else high + then.max_notches
    elif first.start is not None:
        cap = first.start.notches_above(then.limit)
        low = max(low, cap)
        high = None if high is None else max(high, cap)
    return Guideline(
        start=first.start,
        steps=first.steps + then.steps,
        proposed=then.proposed,
        min_notches=low,
        max_notches=high,
        needs_judgement=first.needs_judgement or then.needs_judgement,
        flags=first.flags + tuple(f for f in then.flags if f not in first.flags),
        limit=_tighter(first.limit, then.limit),
    )


class Draft:
    """A guideline under construction: the engines walk their rules step by step through it.

    It keeps the current rating and the allowed range as ratings (``best``, ``worst``; worst
    None = open downwards), so caps and floors can clip the range wherever they come.
    """

    def __init__(self, start: Rating | None) -> None:
        self.start = start
        self.current = start
        self.best = start
        self.worst: Rating | None = start
        self.steps: list[Step] = []
        self.flags: list[Text] = []
        self.judgement = False
        self.limit: Rating | None = None
        self.open_proposal = False

    def step(self, rule_id: str, delta: int, reason: Text, citation: str) -> None:
        """Move the current rating (and the range with it) by ``delta`` notches."""
        moved = 0
        if self.current is not None:
            target = self.current.notched(delta)
            moved = target.notches_above(self.current)
            self.current = target
            self.best = None if self.best is None else self.best.notched(delta)
            self.worst = None if self.worst is None else self.worst.notched(delta)
        self.steps.append(Step(rule_id, moved, reason, citation))

    def move_to(self, rule_id: str, rating: Rating, reason: Text, citation: str) -> None:
        """Set the current rating, leaving the range to the caller."""
        moved = 0 if self.current is None else rating.notches_above(self.current)
        self.current = rating
        self.steps.append(Step(rule_id, moved, reason, citation))

    def note(self, rule_id: str, reason: Text, citation: str) -> None:
        """A step that moves nothing but belongs on the panel."""
        self.steps.append(Step(rule_id, 0, reason, citation))

    def missing(self, rule_id: str, reason: Text, citation: str) -> None:
        """An input the rule needs is missing: say so and leave the result to the analyst."""
        self.note(rule_id, reason, citation)
        self.judgement = True

    def flag(self, text: Text) -> None:
        if text not in self.flags:
            self.flags.append(text)

    def open_downwards(self) -> None:
        self.worst = None

    def at_most(self, rating: Rating) -> None:
        """Nothing in the range may exceed ``rating``."""
        self.best = None if self.best is None else min(self.best, rating)
        self.worst = None if self.worst is None else min(self.worst, rating)

    def cap(self, rating: Rating) -> None:
        """A cap that also holds for whatever rating reaches it (see ``chain``)."""
        self.at_most(rating)
        self.limit = _tighter(self.limit, rating)

    def floor(self, rating: Rating) -> None:
        """Nothing in the range may fall below ``rating``."""
        self.best = None if self.best is None else max(self.best, rating)
        self.worst = rating if self.worst is None else max(self.worst, rating)

    def build(self) -> Guideline:
        start = self.start
        if start is None or self.best is None:
            low, high = 0, None
        else:
            low = start.notches_above(self.best)
            high = None if self.worst is None else start.notches_above(self.worst)
        proposed = None if self.open_proposal or start is None else self.current
        return Guideline(
            start=start,
            steps=tuple(self.steps),
            proposed=proposed,
            min_notches=low,
            max_notches=high,
            needs_judgement=self.judgement or proposed is None,
            flags=tuple(self.flags),
            limit=self.limit,
        )


def rating_argument(name: str, value: Rating | str | None) -> Rating | None:
    """Read a rating argument; a bad one raises ValueError naming the argument."""
    if value is None:
        return None
    try:
        rating = Rating.parse(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{name}: {exc}") from None
    if rating.is_event:
        raise ValueError(f"{name}: {rating} is set by a default event and cannot be notched")
    return rating


def choice_argument(name: str, value: object, choices: tuple[object, ...]) -> None:
    """Refuse an option value the rule does not know, naming the argument."""
    if value not in choices:
        raise ValueError(f"{name}: unknown value {value!r} (expected one of {choices})")


def cite(rulebook: Rulebook, section: str, *keys: str) -> str:
    """The step's citation; marked as a Desk default when any number it uses is one."""
    if any(rulebook.entry(key).is_desk_default for key in keys):
        return f"{section} {DESK_DEFAULT}"
    return section


def plural(count: int) -> Text:
    """ "1 notch", "2 notches": step reasons read as sentences."""
    if abs(count) == 1:
        return reason(QT_TRANSLATE_NOOP("Guideline", "{count} notch"), count=count)
    return reason(QT_TRANSLATE_NOOP("Guideline", "{count} notches"), count=count)


def _tighter(a: Rating | None, b: Rating | None) -> Rating | None:
    if a is None or b is None:
        return a if b is None else b
    return min(a, b)


def _symbol(rating: Rating | None) -> str | None:
    return None if rating is None else rating.symbol


def _rating_or_none(symbol: str | None) -> Rating | None:
    return None if symbol is None else Rating.parse(symbol)
