"""Required subordination per target rating, part by part, against what the program has.

Required = stressed credit loss + stressed dilution + commingling (the whole collection
period's collections, unless mitigated) + the reserve for moving collection to a backup
servicer (003 No. 2 §3(2)(ii)(a)-(f)). Available = the program's subordination and cash
reserve, plus a partially supporting sponsor's credit enhancement at ratings no higher than
the sponsor's (Desk default, weak link). A rating passes when available ≥ required; when it
passes only without the commingling part, no subordination covers commingling, and the
originator's rating caps the program there (003 No. 2 §3(2)(ii)(e)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.base_case import RateStatistics, method_words
from jcr_desk.structured.abcp.program import PARTIALLY_SUPPORTED, AbcpProgram
from jcr_desk.structured.abcp.rules import AbcpRules
from jcr_desk.structured.abcp.sentences import ABCP_ANALYSIS, noted
from jcr_desk.structured.abcp.stress import StressChoices, StressedRate, stressed_rate

PASS: Final = "pass"
PASS_IF_ORIGINATOR_CAPS: Final = "pass_originator_cap"
FAIL: Final = "fail"
OUTCOME_WORDS: Final = {
    PASS: "pass",
    PASS_IF_ORIGINATOR_CAPS: "pass only under the originator's rating (commingling not covered)",
    FAIL: "fail",
}
PART_KEYS: Final = ("credit_loss", "dilution", "commingling", "servicer_transfer")
#: The collection period in words: (more than one month, the Desk default's).
_PERIODS: Final = {
    (False, False): QT_TRANSLATE_NOOP("AbcpAnalysis", "{months} month"),
    (True, False): QT_TRANSLATE_NOOP("AbcpAnalysis", "{months} months"),
    (False, True): QT_TRANSLATE_NOOP("AbcpAnalysis", "{months} month (Desk default)"),
    (True, True): QT_TRANSLATE_NOOP("AbcpAnalysis", "{months} months (Desk default)"),
}
#: What a stressed part rests on: (SD form, factor set by the analyst).
_STRESSED: Final = {
    (False, False): QT_TRANSLATE_NOOP(
        "AbcpAnalysis", "base {base} ({reading}) stressed as {words}"
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "AbcpAnalysis", "base {base} ({reading}) stressed as {words} (SD {sd})"
    ),
    (False, True): QT_TRANSLATE_NOOP(
        "AbcpAnalysis", "base {base} ({reading}) stressed as {words}, factor set by the analyst"
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "AbcpAnalysis",
        "base {base} ({reading}) stressed as {words} (SD {sd}), factor set by the analyst",
    ),
}
PART_LABELS: Final = {
    "credit_loss": "Stressed credit loss",
    "dilution": "Stressed dilution",
    "commingling": "Commingling",
    "servicer_transfer": "Servicer-transfer reserve",
}


@dataclass(frozen=True)
class Part:
    """One part of the required subordination: its size, what it rests on, its citation."""

    key: str
    value: float
    basis: Text
    citation: str
    desk_default: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "value": self.value,
            "basis": str(self.basis),
            "basis_sentence": self.basis.to_data(),
            "citation": self.citation,
            "desk_default": self.desk_default,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Part:
        fields = {key: value for key, value in data.items() if key != "basis_sentence"}
        return cls(**{**fields, "basis": Text.read(data, "basis", ABCP_ANALYSIS)})


@dataclass(frozen=True)
class RatingTest:
    """One target rating: the stressed rates, the required parts, what the program has."""

    rating: str
    stressed: tuple[StressedRate, ...]
    parts: tuple[Part, ...]
    available: float
    sponsor_enhancement: float
    outcome: str

    @property
    def required(self) -> float:
        return sum(part.value for part in self.parts)

    @property
    def required_without_commingling(self) -> float:
        return sum(part.value for part in self.parts if part.key != "commingling")

    def part(self, key: str) -> Part:
        return next(part for part in self.parts if part.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "stressed": [rate.to_dict() for rate in self.stressed],
            "parts": [part.to_dict() for part in self.parts],
            "required": self.required,
            "available": self.available,
            "sponsor_enhancement": self.sponsor_enhancement,
            "outcome": self.outcome,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RatingTest:
        return cls(
            rating=data["rating"],
            stressed=tuple(StressedRate.from_dict(item) for item in data["stressed"]),
            parts=tuple(Part.from_dict(item) for item in data["parts"]),
            available=data["available"],
            sponsor_enhancement=data["sponsor_enhancement"],
            outcome=data["outcome"],
        )


@dataclass(frozen=True)
class SubordinationInputs:
    """What the parts are computed from, apart from the program's own terms."""

    statistics: dict[str, RateStatistics]
    choices: StressChoices
    sponsor_short_term: ShortTermRating | None


def rating_tests(
    program: AbcpProgram, inputs: SubordinationInputs, rules: AbcpRules
) -> tuple[RatingTest, ...]:
    """The program tested at each of its target ratings, best first."""
    commingling = commingling_part(program, inputs.statistics["collection"], rules)
    transfer = transfer_part(program, rules)
    method = inputs.choices.resolved_method(rules)
    tests = []
    for rating in program.target_ratings:
        loss = stressed_rate(inputs.statistics["credit_loss"], rating, inputs.choices, rules)
        dilution = stressed_rate(inputs.statistics["cancellation"], rating, inputs.choices, rules)
        parts = (
            _stressed_part("credit_loss", loss, method, rules),
            _stressed_part("dilution", dilution, method, rules),
            commingling,
            transfer,
        )
        sponsor = sponsor_enhancement(program, rating, inputs.sponsor_short_term, rules)
        available = program.subordination + program.cash_reserve + sponsor
        outcome = _outcome(parts, available)
        tests.append(RatingTest(rating, (loss, dilution), parts, available, sponsor, outcome))
    return tuple(tests)


def commingling_part(
    program: AbcpProgram, collections: RateStatistics, rules: AbcpRules
) -> Part:
    """The whole collection period's collections at their highest (003 No. 2 §3(2)(i)(b),
    (ii)(e)), or nothing when a measure mitigates the risk."""
    citation = "003 No. 2 §3(2)(i)(b), (ii)(e)"
    if program.commingling_mitigated:
        mitigated = noted(
            QT_TRANSLATE_NOOP("AbcpAnalysis", "mitigated: {reason}"),
            reason=program.commingling_reason.strip(),
        )
        return Part("commingling", 0.0, mitigated, citation)
    months = program.collection_period_months or rules.collection_period_months
    default = program.collection_period_months is None
    basis = noted(
        QT_TRANSLATE_NOOP(
            "AbcpAnalysis",
            "highest monthly collections in the history, {peak} of the month's balance "
            "({month}), × collection period {period}",
        ),
        peak=f"{collections.peak:.2%}",
        month=collections.peak_month,
        period=noted(_PERIODS[(months > 1, default)], months=months),
    )
    return Part("commingling", collections.peak * months, basis, citation, default)


def transfer_part(program: AbcpProgram, rules: AbcpRules) -> Part:
    """The cash needed to move collection to a backup servicer (003 No. 2 §3(2)(ii)(f))."""
    citation = "003 No. 2 §3(2)(ii)(f)"
    if program.transfer_reserve is not None:
        reason = program.transfer_reserve_reason.strip()
        estimate = noted(
            QT_TRANSLATE_NOOP("AbcpAnalysis", "program's estimate: {reason}"), reason=reason
        )
        return Part("servicer_transfer", program.transfer_reserve, estimate, citation)
    return Part(
        "servicer_transfer",
        rules.transfer_reserve,
        noted(
            QT_TRANSLATE_NOOP(
                "AbcpAnalysis",
                "{share} of the pool (Desk default, abcp.servicer_transfer.reserve)",
            ),
            share=f"{rules.transfer_reserve:.2%}",
        ),
        citation,
        True,
    )


def sponsor_enhancement(
    program: AbcpProgram, rating: str, sponsor: ShortTermRating | None, rules: AbcpRules
) -> float:
    """A partially supporting sponsor's credit enhancement, counted at ratings no higher than
    the sponsor's short-term rating (Desk default, abcp.caps.sponsor_liquidity)."""
    if program.support(rules.fully_supported_share) != PARTIALLY_SUPPORTED or sponsor is None:
        return 0.0
    return program.backup.share if ShortTermRating(rating) <= sponsor else 0.0


def _stressed_part(key: str, rate: StressedRate, method: str, rules: AbcpRules) -> Part:
    citations = {
        "credit_loss": "003 No. 2 §3(2)(i)(a), (ii)(a), (c), (d)",
        "dilution": "003 No. 2 §3(2)(i)(a), (ii)(a), (c), (d)",
    }
    basis = noted(
        _STRESSED[(rate.form == "sd", rate.adjusted)],
        base=f"{rate.base:.3%}",
        reading=method_words(method, rules.recent_months),
        words=rate.words,
        sd=f"{rate.sd:.3%}",
    )
    return Part(key, rate.stressed, basis, citations[key], not rate.adjusted)


def _outcome(parts: tuple[Part, ...], available: float) -> str:
    required = sum(part.value for part in parts)
    if available >= required:
        return PASS
    commingling = next(part.value for part in parts if part.key == "commingling")
    if commingling > 0 and available >= required - commingling:
        return PASS_IF_ORIGINATOR_CAPS
    return FAIL
