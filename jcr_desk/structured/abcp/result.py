"""What an analysis of a program produced: every reader (tab, CLI, workbook) reads this.

The guideline (the short-term rating proposed, or why it stays open), and for internal
enhancement the base case, the rating tests part by part, the caps, the composition
comparison, the US-agency reference and every Desk default the figures rest on. It round-trips
through plain JSON so the case keeps what the committee saw.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.abcp.base_case import RateStatistics
from jcr_desk.structured.abcp.caps import Cap
from jcr_desk.structured.abcp.composition import Composition
from jcr_desk.structured.abcp.reference import DynamicReserve
from jcr_desk.structured.abcp.sentences import (
    ABCP_WORDS,
    refused,
    text_read,
    texts_data,
    texts_read,
)
from jcr_desk.structured.abcp.subordination import RatingTest
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.frozen import Shared, freeze, thaw

PROPOSED: Final = "proposed"
OPEN: Final = "open"
NOT_REACHED: Final = "not_reached"
RESULT_FORMAT: Final = 1


@dataclass(frozen=True)
class GuidelineStep:
    """One line of the program's guideline: what was decided, why, and where it comes from."""

    rule_id: str
    text: Text
    citation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "text": str(self.text),
            "text_sentence": self.text.to_data(),
            "citation": self.citation,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GuidelineStep:
        return cls(data["rule_id"], text_read(dict(data), "text"), data["citation"])


@dataclass(frozen=True)
class ProgramGuideline:
    """``proposed`` is set only when nothing is open; ``reached`` is what the figures (or the
    sponsor) give meanwhile."""

    status: str
    proposed: str | None
    reached: str | None
    steps: tuple[GuidelineStep, ...]
    open_items: tuple[Text, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "proposed": self.proposed,
            "reached": self.reached,
            "steps": [step.to_dict() for step in self.steps],
            **texts_data("open_items", self.open_items),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgramGuideline:
        return cls(
            data["status"],
            data["proposed"],
            data["reached"],
            tuple(GuidelineStep.from_dict(step) for step in data["steps"]),
            texts_read(data, "open_items"),
        )


@dataclass(frozen=True)
class ProgramResult(Shared):
    program: str
    support: str
    multi_seller: bool
    guideline: ProgramGuideline
    rulebook_version: str
    statistics: tuple[RateStatistics, ...] = ()
    method: str = ""
    form: str = ""
    choices: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Who set the form and the reading: "analyst: reason" or "Desk default"."""
    tests: tuple[RatingTest, ...] = ()
    caps: tuple[Cap, ...] = ()
    compositions: tuple[Composition, ...] = ()
    reference: tuple[DynamicReserve, ...] = ()
    reference_note: Text | None = None
    notes: tuple[Text, ...] = ()
    desk_defaults: tuple[DeskDefault, ...] = ()
    history: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def statistic(self, measure: str) -> RateStatistics:
        return next(s for s in self.statistics if s.measure == measure)

    def test(self, rating: str) -> RatingTest:
        return next(t for t in self.tests if t.rating == rating)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RESULT_FORMAT,
            "program": self.program,
            "support": self.support,
            "multi_seller": self.multi_seller,
            "guideline": self.guideline.to_dict(),
            "rulebook_version": self.rulebook_version,
            "statistics": [s.to_dict() for s in self.statistics],
            "method": self.method,
            "form": self.form,
            "choices": dict(self.choices),
            "tests": [t.to_dict() for t in self.tests],
            "caps": [c.to_dict() for c in self.caps],
            "compositions": [c.to_dict() for c in self.compositions],
            "reference": [r.to_dict() for r in self.reference],
            "reference_note": None if self.reference_note is None else str(self.reference_note),
            "reference_note_sentence": (
                None if self.reference_note is None else self.reference_note.to_data()
            ),
            **texts_data("notes", self.notes),
            "desk_defaults": [d.to_dict() for d in self.desk_defaults],
            "history": thaw(self.history) or {},
        }

    @classmethod
    def from_dict(cls, data: Any) -> ProgramResult:
        """A stored result; one of another format raises :class:`FieldError` (run it again)."""
        if not isinstance(data, Mapping) or data.get("format") != RESULT_FORMAT:
            raise refused(
                "result", QT_TRANSLATE_NOOP("StressInput", "stored by another version of JCR Desk")
            )
        try:
            return cls(
                program=data["program"],
                support=data["support"],
                multi_seller=data["multi_seller"],
                guideline=ProgramGuideline.from_dict(data["guideline"]),
                rulebook_version=data["rulebook_version"],
                statistics=tuple(RateStatistics.from_dict(s) for s in data["statistics"]),
                method=data["method"],
                form=data["form"],
                choices=freeze(data["choices"]),
                tests=tuple(RatingTest.from_dict(t) for t in data["tests"]),
                caps=tuple(Cap.from_dict(c) for c in data["caps"]),
                compositions=tuple(Composition.from_dict(c) for c in data["compositions"]),
                reference=tuple(DynamicReserve.from_dict(r) for r in data["reference"]),
                reference_note=(
                    None
                    if data["reference_note"] is None
                    else Text.read(data, "reference_note", ABCP_WORDS)
                ),
                notes=texts_read(data, "notes"),
                desk_defaults=tuple(DeskDefault(**d) for d in data["desk_defaults"]),
                history=freeze(data["history"]),
            )
        except (KeyError, TypeError) as error:
            raise refused(
                "result",
                QT_TRANSLATE_NOOP("StressInput", "cannot be read ({problem})"),
                problem=str(error),
            ) from None
