"""A scenario's stress assumptions as typed, immutable data.

The base case (lifetime default rate, CPR, recovery, foreclosure lag, timing curve and where
they came from), the target ratings, the analyst's multiplier adjustments (for the whole pool
or for a segment, each with its factor and reason) and the decisions on regional
concentration. Like :class:`~jcr_desk.structured.rmbs.deal.DealStructure`, a record is read with
every value checked and the first bad key named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.ratings import Rating
from jcr_desk.structured.errors import refused
from jcr_desk.structured.fields import FieldError, Fields, drop_none
from jcr_desk.structured.frozen import Shared, freeze, thaw
from jcr_desk.structured.rmbs.multipliers import COMPONENTS

#: What a per-deal multiplier adjustment is attributed to (seed 002 §2(1)(b) lists them).
FACTORS = (
    "dti",
    "ltv",
    "originator",
    "region",
    "employment",
    "age",
    "purpose",
    "concentration",
    "other",
)
#: Segments a multiplier can be set for, besides "prefecture:NAME" and "region:NAME".
NAMED_SEGMENTS = ("investment_condominium", "apartment", "self_employed")
SEGMENT_KINDS = ("prefecture", "region")
CONCENTRATION_DECISIONS = ("adjusted", "not_adjusted")


def check_segment(key: str, segment: str) -> str:
    """A segment's name as stored, or a :class:`FieldError` naming what is allowed."""
    kind, _, name = segment.partition(":")
    if segment in NAMED_SEGMENTS or (kind in SEGMENT_KINDS and name.strip()):
        return segment if segment in NAMED_SEGMENTS else f"{kind}:{name.strip()}"
    allowed = ", ".join((*NAMED_SEGMENTS, "prefecture:NAME", "region:NAME"))
    raise FieldError(
        key,
        refused(
            QT_TRANSLATE_NOOP("StressInput", "is {value}; allowed: {allowed}"),
            value=repr(segment),
            allowed=allowed,
        ),
    )


@dataclass(frozen=True)
class MultiplierAdjustment:
    """The analyst's multiplier for one rating and component, of the pool or a segment."""

    rating: str
    component: str
    value: float
    factor: str
    reason: str
    analyst: str = ""
    timestamp: str = ""
    segment: str | None = None  # None: the whole pool

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "rating": self.rating,
                "component": self.component,
                "value": self.value,
                "factor": self.factor,
                "segment": self.segment,
                "reason": self.reason,
                "analyst": self.analyst,
                "timestamp": self.timestamp,
            }
        )

    @classmethod
    def read(cls, fields: Fields) -> MultiplierAdjustment:
        fields.expect(
            ("rating", "component", "value", "factor", "segment", "reason", "analyst", "timestamp")
        )
        segment = fields.text("segment", None)
        adjustment = cls(
            rating=_rating(fields, "rating"),
            component=fields.choice("component", COMPONENTS),
            value=fields.number("value", low=0.0),
            factor=fields.choice("factor", FACTORS, "other"),
            reason=fields.text("reason", ""),
            analyst=fields.text("analyst", ""),
            timestamp=fields.text("timestamp", ""),
            segment=None if segment is None else check_segment(fields.key("segment"), segment),
        )
        if adjustment.value <= 0:
            raise FieldError(
                fields.key("value"),
                refused(QT_TRANSLATE_NOOP("StressInput", "a stress multiplier must be above 0")),
            )
        if not adjustment.reason.strip():
            raise FieldError(
                fields.key("reason"),
                refused(QT_TRANSLATE_NOOP("StressInput", "every adjustment needs its reason")),
            )
        return adjustment


@dataclass(frozen=True)
class ConcentrationDecision:
    """The analyst's answer to a regional concentration above the rulebook's threshold."""

    region: str  # "prefecture:NAME" or "region:NAME"
    decision: str  # adjusted | not_adjusted
    reason: str
    analyst: str = ""
    timestamp: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "decision": self.decision,
            "reason": self.reason,
            "analyst": self.analyst,
            "timestamp": self.timestamp,
        }

    @classmethod
    def read(cls, fields: Fields) -> ConcentrationDecision:
        fields.expect(("region", "decision", "reason", "analyst", "timestamp"))
        decision = cls(
            region=check_segment(fields.key("region"), fields.text("region")),
            decision=fields.choice("decision", CONCENTRATION_DECISIONS),
            reason=fields.text("reason"),
            analyst=fields.text("analyst", ""),
            timestamp=fields.text("timestamp", ""),
        )
        if not decision.reason.strip():
            raise FieldError(
                fields.key("reason"),
                refused(QT_TRANSLATE_NOOP("StressInput", "a decision needs its reason")),
            )
        return decision


@dataclass(frozen=True)
class StressAssumptions(Shared):
    """What a scenario assumes. A rate left ``None`` is "not set": a run refuses, naming it."""

    target_ratings: tuple[str, ...] = ()
    base_default_rate: float | None = None
    cpr: float | None = None
    recovery_rate: float | None = None
    recovery_lag_months: int | None = None
    timing_curve: tuple[float, ...] | None = None
    multiplier_adjustments: tuple[MultiplierAdjustment, ...] = ()
    concentration_decisions: tuple[ConcentrationDecision, ...] = ()
    base_case_source: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    illustrative: bool = False
    note: str = ""

    def adjustment(
        self, rating: str, component: str, segment: str | None = None
    ) -> MultiplierAdjustment | None:
        return next(
            (
                a
                for a in self.multiplier_adjustments
                if a.rating == rating and a.component == component and a.segment == segment
            ),
            None,
        )

    def decision(self, region: str) -> ConcentrationDecision | None:
        return next((d for d in self.concentration_decisions if d.region == region), None)

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "target_ratings": list(self.target_ratings),
                "base_default_rate": self.base_default_rate,
                "cpr": self.cpr,
                "recovery_rate": self.recovery_rate,
                "recovery_lag_months": self.recovery_lag_months,
                "timing_curve": None if self.timing_curve is None else list(self.timing_curve),
                "multiplier_adjustments": [a.to_dict() for a in self.multiplier_adjustments],
                "concentration_decisions": [d.to_dict() for d in self.concentration_decisions],
                "base_case_source": thaw(self.base_case_source),
                "illustrative": self.illustrative or None,
                "note": self.note or None,
            }
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "assumptions") -> StressAssumptions:
        fields = Fields(data, path, _ASSUMPTION_KEYS)
        ratings = tuple(
            parse_target_rating(f"{fields.key('target_ratings')}[{i}]", text)
            for i, text in enumerate(fields.texts("target_ratings", ()))
        )
        if len(set(ratings)) != len(ratings):
            raise FieldError(
                fields.key("target_ratings"),
                refused(QT_TRANSLATE_NOOP("StressInput", "a rating is listed twice")),
            )
        curve = fields.numbers("timing_curve", None)
        if curve is not None and not sum(curve) > 0:
            raise FieldError(
                fields.key("timing_curve"),
                refused(QT_TRANSLATE_NOOP("StressInput", "the shares must add up to more than 0")),
            )
        adjustments = fields.records("multiplier_adjustments", MultiplierAdjustment.read)
        keys = [(a.rating, a.component, a.segment) for a in adjustments]
        if len(set(keys)) != len(keys):
            raise FieldError(
                fields.key("multiplier_adjustments"),
                refused(QT_TRANSLATE_NOOP("StressInput", "one multiplier is adjusted twice")),
            )
        source = fields.raw("base_case_source", {})
        if not isinstance(source, Mapping):
            raise FieldError(
                fields.key("base_case_source"),
                refused(QT_TRANSLATE_NOOP("StressInput", "expected a table")),
            )
        return cls(
            target_ratings=tuple(str(r) for r in sorted(ratings, reverse=True)),
            base_default_rate=fields.fraction("base_default_rate", None),
            cpr=fields.fraction("cpr", None),
            recovery_rate=fields.fraction("recovery_rate", None),
            recovery_lag_months=fields.whole("recovery_lag_months", None),
            timing_curve=curve,
            multiplier_adjustments=adjustments,
            concentration_decisions=fields.records(
                "concentration_decisions", ConcentrationDecision.read
            ),
            base_case_source=freeze(source),
            illustrative=fields.flag("illustrative", False),
            note=fields.text("note", ""),
        )


_ASSUMPTION_KEYS = (
    "target_ratings",
    "base_default_rate",
    "cpr",
    "recovery_rate",
    "recovery_lag_months",
    "timing_curve",
    "multiplier_adjustments",
    "concentration_decisions",
    "base_case_source",
    "illustrative",
    "note",
)


def _rating(fields: Fields, name: str) -> str:
    return str(parse_target_rating(fields.key(name), fields.text(name)))


def parse_target_rating(key: str, text: str) -> Rating:
    """A rating a scenario can be stressed at (not a default event), or a FieldError."""
    try:
        rating = Rating.parse(text)
    except ValueError:
        raise FieldError(
            key,
            refused(QT_TRANSLATE_NOOP("StressInput", "{text} is not a rating"), text=repr(text)),
        ) from None
    if rating.is_event:
        raise FieldError(
            key,
            refused(
                QT_TRANSLATE_NOOP(
                    "StressInput", "{rating} marks a default event, not a target rating"
                ),
                rating=str(rating),
            ),
        )
    return rating
