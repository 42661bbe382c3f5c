"""The analyst's stress choices and the stressed rates per target rating (003 No. 2 (d)).

The stress form (base × multiple, or base + k × standard deviation) and the base-case reading
are the analyst's choice, each with a reason; until chosen, the rulebook's Desk defaults
apply and are named as such. A factor may be adjusted per target rating, with a reason; an
adjustment that would let a higher rating take a weaker stress than a lower one is refused,
so a higher target never needs less.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.abcp.base_case import RateStatistics
from jcr_desk.structured.abcp.rules import BASE_CASE_METHODS, TARGET_RATINGS, AbcpRules
from jcr_desk.structured.abcp.sentences import STRESS_INPUT, noted, refused
from jcr_desk.structured.fields import Fields
from jcr_desk.structured.frozen import Shared
from jcr_desk.structured.stress_arithmetic import STRESS_FORMS, stressed_value

STRESSED_MEASURES: Final = ("credit_loss", "cancellation")
"""The rates the large-numbers stress applies to; collections feed commingling unstressed."""

#: The stress forms in words, as ``stress_arithmetic.stress_words`` writes them in English.
_STRESS_WORDS: Final = {
    "multiple": QT_TRANSLATE_NOOP("AbcpAnalysis", "base × {factor}"),
    "sd": QT_TRANSLATE_NOOP("AbcpAnalysis", "base + {factor} × SD"),
}
#: Factors that would stress a higher target rating less than a lower one, per stress form.
_OUT_OF_ORDER: Final = {
    "multiple": QT_TRANSLATE_NOOP(
        "StressInput",
        "the multiple of {better} ({higher}) would be below that of {worse} ({lower}): a "
        "higher target rating never takes a weaker stress",
    ),
    "sd": QT_TRANSLATE_NOOP(
        "StressInput",
        "the k of {better} ({higher}) would be below that of {worse} ({lower}): a higher "
        "target rating never takes a weaker stress",
    ),
}


@dataclass(frozen=True)
class FactorAdjustment:
    """The analyst's multiple (form "multiple") or k (form "sd") for one target rating."""

    rating: str
    form: str
    value: float
    reason: str
    analyst: str = ""
    timestamp: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "form": self.form,
            "value": self.value,
            "reason": self.reason,
            "analyst": self.analyst,
            "timestamp": self.timestamp,
        }

    @classmethod
    def read(cls, fields: Fields) -> FactorAdjustment:
        fields.expect(("rating", "form", "value", "reason", "analyst", "timestamp"))
        adjustment = cls(
            fields.choice("rating", TARGET_RATINGS),
            fields.choice("form", STRESS_FORMS),
            fields.number("value", low=0.0),
            fields.text("reason", ""),
            fields.text("analyst", ""),
            fields.text("timestamp", ""),
        )
        if adjustment.value <= 0:
            raise refused(
                fields.key("value"),
                QT_TRANSLATE_NOOP("StressInput", "a stress factor must be above zero"),
            )
        if not adjustment.reason.strip():
            raise refused(
                fields.key("reason"),
                QT_TRANSLATE_NOOP("StressInput", "an adjusted factor needs its reason"),
            )
        return adjustment


@dataclass(frozen=True)
class StressChoices(Shared):
    """The analyst's stress form and base-case reading (None: the rulebook's Desk default),
    with reasons, and factor adjustments per target rating."""

    form: str | None = None
    form_reason: str = ""
    method: str | None = None
    method_reason: str = ""
    adjustments: tuple[FactorAdjustment, ...] = ()

    def resolved_form(self, rules: AbcpRules) -> str:
        return self.form or rules.stress_form

    def resolved_method(self, rules: AbcpRules) -> str:
        return self.method or rules.base_case_method

    def adjustment(self, rating: str, form: str) -> FactorAdjustment | None:
        return next((a for a in self.adjustments if a.rating == rating and a.form == form), None)

    def factor(self, rating: str, form: str, rules: AbcpRules) -> float:
        """The factor a rating takes: the analyst's adjustment, else the rulebook's."""
        adjusted = self.adjustment(rating, form)
        return adjusted.value if adjusted else rules.factor(form, rating)

    def order_problem(self, rules: AbcpRules) -> Text | None:
        """Why the factors break "a higher target never needs less", or None."""
        for form in STRESS_FORMS:
            factors = [self.factor(rating, form, rules) for rating in TARGET_RATINGS]
            for index in range(1, len(factors)):
                better, worse = TARGET_RATINGS[index - 1], TARGET_RATINGS[index]
                if factors[index - 1] < factors[index]:
                    return Text(
                        STRESS_INPUT,
                        _OUT_OF_ORDER[form],
                        {
                            "better": better,
                            "higher": f"{factors[index - 1]:g}",
                            "worse": worse,
                            "lower": f"{factors[index]:g}",
                        },
                    )
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "form": self.form,
            "form_reason": self.form_reason,
            "method": self.method,
            "method_reason": self.method_reason,
            "adjustments": [a.to_dict() for a in self.adjustments],
        }

    @classmethod
    def from_dict(cls, data: Any, path: str = "stress") -> StressChoices:
        fields = Fields(data, path, ("form", "form_reason", "method", "method_reason",
                                     "adjustments"))
        choices = cls(
            form=fields.choice("form", STRESS_FORMS, None),
            form_reason=fields.text("form_reason", ""),
            method=fields.choice("method", BASE_CASE_METHODS, None),
            method_reason=fields.text("method_reason", ""),
            adjustments=fields.records("adjustments", FactorAdjustment.read),
        )
        for name, reason in (("form", choices.form_reason), ("method", choices.method_reason)):
            if getattr(choices, name) is not None and not reason.strip():
                raise refused(
                    fields.key(f"{name}_reason"),
                    QT_TRANSLATE_NOOP("StressInput", "the analyst's choice needs a reason"),
                )
        pairs = [(a.rating, a.form) for a in choices.adjustments]
        if len(set(pairs)) != len(pairs):
            raise refused(
                fields.key("adjustments"),
                QT_TRANSLATE_NOOP("StressInput", "a rating's factor is adjusted twice"),
            )
        return choices


@dataclass(frozen=True)
class StressedRate:
    """One measure's stressed rate at one target rating, and how it was reached."""

    measure: str
    base: float
    form: str
    factor: float
    sd: float
    stressed: float
    adjusted: bool

    @property
    def words(self) -> Text:
        """The stress in words ("base × 4.5", "base + 6 × SD"), translated where shown."""
        return noted(_STRESS_WORDS[self.form], factor=f"{self.factor:g}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "base": self.base,
            "form": self.form,
            "factor": self.factor,
            "sd": self.sd,
            "stressed": self.stressed,
            "adjusted": self.adjusted,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StressedRate:
        return cls(**data)


def stressed_rate(
    statistics: RateStatistics,
    rating: str,
    choices: StressChoices,
    rules: AbcpRules,
) -> StressedRate:
    """``statistics``' base case stressed for ``rating`` in the chosen form."""
    form = choices.resolved_form(rules)
    base = statistics.reading(choices.resolved_method(rules))
    factor = choices.factor(rating, form, rules)
    return StressedRate(
        measure=statistics.measure,
        base=base,
        form=form,
        factor=factor,
        sd=statistics.sd,
        stressed=stressed_value(base, form, factor, statistics.sd),
        adjusted=choices.adjustment(rating, form) is not None,
    )
