"""From the rating tests to the program's guideline: highest rating reached, then its caps.

- Originator (003 No. 2 §3(2)(ii)(e)): a rating reached only without the commingling part
  stands no higher than the weakest seller's short-term rating; an unknown seller rating
  keeps those ratings open.
- Sponsor (Desk default, weak link: 003 No. 2 §3(1), No. 1 footnote 1): a program relying on
  the sponsor's backup line is rated no higher than the sponsor.
- Country ceiling (003 No. 1 §2(2)-(3)): the structured-finance cap of
  :func:`jcr_desk.methodology.ceilings.structured_cap`, read on the long-term rating that
  corresponds to the short-term one and mapped back through the rulebook's table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.ceilings import structured_cap
from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.program import AbcpProgram
from jcr_desk.structured.abcp.rules import AbcpRules, corresponding_long_term
from jcr_desk.structured.abcp.sentences import ABCP_GUIDELINE, noted, said, text_read
from jcr_desk.structured.abcp.subordination import PASS, PASS_IF_ORIGINATOR_CAPS, RatingTest

ORIGINATOR: Final = "originator"
SPONSOR: Final = "sponsor"
COUNTRY: Final = "country"


@dataclass(frozen=True)
class Cap:
    """One cap considered: its limit (None when unknown), whether it lowered the rating, why."""

    kind: str
    limit: str | None
    applied: bool
    statement: Text
    citation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "limit": self.limit,
            "applied": self.applied,
            "statement": str(self.statement),
            "statement_sentence": self.statement.to_data(),
            "citation": self.citation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Cap:
        fields = {key: value for key, value in data.items() if key != "statement_sentence"}
        return cls(**{**fields, "statement": text_read(data, "statement")})


@dataclass(frozen=True)
class CapParties:
    """The ratings and country facts the caps read."""

    sponsor: ShortTermRating | None
    sellers: tuple[tuple[str, ShortTermRating | None], ...]
    asset_country_ceiling: str | None
    sovereign: str | None


@dataclass(frozen=True)
class Capped:
    """The highest rating the figures reach, the rating after the caps, and the caps."""

    reached: str | None
    capped: str | None
    caps: tuple[Cap, ...]
    open_items: tuple[Text, ...]
    judgements: tuple[Text, ...] = ()
    """What the ceiling rules ask the committee to weigh (rated above the sovereign…)."""


def apply_caps(
    program: AbcpProgram,
    tests: tuple[RatingTest, ...],
    parties: CapParties,
    rules: AbcpRules,
    book: Rulebook,
) -> Capped:
    """The best target rating the tests reach, then capped by originator, sponsor, country."""
    open_items: list[Text] = []
    judgements: list[Text] = []
    caps: list[Cap] = []
    passed = [ShortTermRating(t.rating) for t in tests if t.outcome == PASS]
    by_cap = [ShortTermRating(t.rating) for t in tests if t.outcome == PASS_IF_ORIGINATOR_CAPS]
    reached = max(passed, default=None)
    if by_cap and (reached is None or max(by_cap) > reached) and rules.originator_cap:
        reached = _originator(reached, max(by_cap), parties, caps, open_items)
    capped = reached
    if capped is not None and program.backup.kind != "none" and rules.sponsor_liquidity_cap:
        capped = _sponsor(capped, parties, caps, open_items)
    if capped is not None:
        capped = _country(program, capped, parties, book, caps, open_items, judgements)
    return Capped(
        None if reached is None else reached.symbol,
        None if capped is None else capped.symbol,
        tuple(caps),
        tuple(open_items),
        tuple(judgements),
    )


def weakest_seller(parties: CapParties) -> tuple[str, ShortTermRating | None]:
    """The seller whose rating caps (the weakest; an unknown rating first)."""
    unknown = [name for name, rating in parties.sellers if rating is None]
    if unknown or not parties.sellers:
        return (unknown[0] if unknown else "no seller"), None
    return min(parties.sellers, key=lambda pair: pair[1])  # type: ignore[arg-type, return-value]


def _originator(
    reached: ShortTermRating | None,
    best_uncovered: ShortTermRating,
    parties: CapParties,
    caps: list[Cap],
    open_items: list[Text],
) -> ShortTermRating | None:
    citation = "003 No. 2 §3(2)(ii)(e)"
    name, rating = weakest_seller(parties)
    if rating is None:
        seller: Text | str = (
            name if parties.sellers else noted(QT_TRANSLATE_NOOP("AbcpAnalysis", "no seller"))
        )
        open_items.append(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "{best} is reached only without the commingling part; the originator caps "
                    "it, and the short-term rating of {name} is not known.",
                ),
                best=str(best_uncovered),
                name=seller,
            )
        )
        caps.append(
            Cap(
                ORIGINATOR,
                None,
                False,
                said(
                    QT_TRANSLATE_NOOP(
                        "AbcpGuideline", "The rating of the originator {name} is not known."
                    ),
                    name=seller,
                ),
                citation,
            )
        )
        return reached
    limit = min(best_uncovered, rating)
    statement = said(
        QT_TRANSLATE_NOOP(
            "AbcpGuideline",
            "No subordination covers commingling and no measure mitigates it: the originator "
            "{name} ({rating}) is the ceiling; {best} without the commingling part → {limit}.",
        ),
        name=name,
        rating=str(rating),
        best=str(best_uncovered),
        limit=str(limit),
    )
    caps.append(Cap(ORIGINATOR, rating.symbol, limit < best_uncovered, statement, citation))
    return limit if reached is None else max(reached, limit)


def _sponsor(
    capped: ShortTermRating, parties: CapParties, caps: list[Cap], open_items: list[Text]
) -> ShortTermRating:
    citation = (
        "003 No. 2 §3(1); No. 1 footnote 1 (weak link; Desk default for internal enhancement)"
    )
    if parties.sponsor is None:
        open_items.append(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "The sponsor's short-term rating is not known: its backup line caps.",
                )
            )
        )
        statement = said(QT_TRANSLATE_NOOP("AbcpGuideline", "The sponsor's rating is not known."))
        caps.append(Cap(SPONSOR, None, False, statement, citation))
        return capped
    applied = parties.sponsor < capped
    statement = said(
        QT_TRANSLATE_NOOP(
            "AbcpGuideline",
            "The program relies on the sponsor's backup line: no higher than {rating}.",
        ),
        rating=str(parties.sponsor),
    )
    caps.append(Cap(SPONSOR, parties.sponsor.symbol, applied, statement, citation))
    return min(capped, parties.sponsor)


def _country(
    program: AbcpProgram,
    capped: ShortTermRating,
    parties: CapParties,
    book: Rulebook,
    caps: list[Cap],
    open_items: list[Text],
    judgements: list[Text],
) -> ShortTermRating:
    long_term = corresponding_long_term(book, capped.symbol)
    guideline = structured_cap(
        long_term,
        parties.asset_country_ceiling,
        parties.sovereign,
        domestic_single_country=not program.cross_border,
        mitigants=program.transfer_mitigants,
        sovereign_sensitive=program.sovereign_sensitive,
        rulebook=book,
    )
    # the methodology's reasons, each translated where shown, one after the other
    statement = Text(
        ABCP_GUIDELINE,
        " ".join(f"{{reason{number}}}" for number in range(len(guideline.steps))),
        {f"reason{number}": step.message for number, step in enumerate(guideline.steps)},
    )
    citation = "; ".join(dict.fromkeys(step.citation for step in guideline.steps))
    judgements.extend(guideline.flags)
    if guideline.needs_judgement and not guideline.flags:  # an input is missing
        open_items.append(statement)
    if guideline.proposed is None or guideline.proposed >= long_term:
        caps.append(Cap(COUNTRY, None, False, statement, citation))
        return capped
    limit = book.short_term_for(guideline.proposed)
    caps.append(Cap(COUNTRY, limit.symbol, limit < capped, statement, citation))
    return min(capped, limit)
