"""An ABCP program as typed, immutable data: what the program's documents say.

The issuer SPC (its form, its country and the bankruptcy-remoteness checklist answered with
reasons), the sponsor and its backup line, the sellers, what the SPC buys, the documents
received, and for a program with internal enhancement its own subordination and reserves.
The case stores it (``to_dict``/``from_dict``), edits replace it, and reading a record checks
every value and names the key of the first bad one (seed 003 No. 2 §2, §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.rules import CHECKLISTS, TARGET_RATINGS
from jcr_desk.structured.abcp.sentences import refused
from jcr_desk.structured.fields import Fields, drop_none
from jcr_desk.structured.frozen import Shared

#: What the sponsor's backup line provides (003 No. 2 §2, §3(1), footnote 1).
BACKUP_KINDS: Final = ("liquidity_and_credit", "liquidity_only", "none")
ANSWERS: Final = ("yes", "no", "open")
FULLY_SUPPORTED: Final = "fully_supported"
PARTIALLY_SUPPORTED: Final = "partially_supported"
INTERNAL: Final = "internal"
SUPPORT_WORDS: Final = {
    FULLY_SUPPORTED: "fully supported",
    PARTIALLY_SUPPORTED: "partially supported",
    INTERNAL: "internal credit enhancement",
}


@dataclass(frozen=True)
class Party:
    """A rated party: an entity of the group tab (``entity_id``), or a counterparty whose
    short-term rating is typed here."""

    name: str = ""
    entity_id: str | None = None
    short_term_rating: str | None = None
    country: str = "JP"

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "name": self.name,
                "entity_id": self.entity_id,
                "short_term_rating": self.short_term_rating,
                "country": self.country,
            }
        )

    @classmethod
    def read(cls, fields: Fields) -> Party:
        fields.expect(("name", "entity_id", "short_term_rating", "country"))
        rating = fields.text("short_term_rating", None)
        if rating is not None:
            try:
                rating = ShortTermRating.parse(rating).symbol
            except ValueError:
                raise refused(
                    fields.key("short_term_rating"),
                    QT_TRANSLATE_NOOP("StressInput", "{rating} is not a short-term rating"),
                    rating=repr(rating),
                ) from None
        return cls(
            fields.text("name", ""),
            fields.text("entity_id", None),
            rating,
            fields.text("country", "JP"),
        )


@dataclass(frozen=True)
class BackupLine:
    """The sponsor's backup line: what it provides and the share of the program it covers."""

    kind: str = "liquidity_and_credit"
    share: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "share": self.share}

    @classmethod
    def read(cls, fields: Fields) -> BackupLine:
        fields.expect(("kind", "share"))
        return cls(fields.choice("kind", BACKUP_KINDS, "none"), fields.fraction("share", 0.0))


@dataclass(frozen=True)
class CheckAnswer:
    """One point of a checklist (``spc``, ``facility``, ``internal``) answered by the
    analyst: yes or no with a reason, or still open."""

    checklist: str
    key: str
    answer: str = "open"
    reason: str = ""
    analyst: str = ""
    timestamp: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "checklist": self.checklist,
            "key": self.key,
            "answer": self.answer,
            "reason": self.reason,
            "analyst": self.analyst,
            "timestamp": self.timestamp,
        }

    @classmethod
    def read(cls, fields: Fields) -> CheckAnswer:
        fields.expect(("checklist", "key", "answer", "reason", "analyst", "timestamp"))
        answer = cls(
            fields.choice("checklist", CHECKLISTS),
            fields.text("key"),
            fields.choice("answer", ANSWERS, "open"),
            fields.text("reason", ""),
            fields.text("analyst", ""),
            fields.text("timestamp", ""),
        )
        if answer.answer != "open" and not answer.reason.strip():
            raise refused(
                fields.key("reason"),
                QT_TRANSLATE_NOOP("StressInput", "an answered check needs its reason"),
            )
        return answer


@dataclass(frozen=True)
class AbcpProgram(Shared):
    """The program's terms. Fractions are of the purchased pool's balance (0.1 = 10 %).

    ``commingling_mitigated`` True says a measure (bankruptcy remoteness from the parties, a
    backup servicer, daily sweeps) reduces the commingling risk, with ``commingling_reason``;
    ``transfer_reserve`` None takes the rulebook's Desk default for the cost of moving
    collection to a backup servicer, a figure states the program's own estimate (with its
    reason); ``collection_period_months`` None takes the rulebook's one month.
    """

    name: str
    spc_name: str = ""
    spc_form: str = "cayman_company"
    spc_country: str = "KY"
    sponsor: Party = Party()
    backup: BackupLine = BackupLine()
    sellers: tuple[Party, ...] = ()
    purchased_assets: str = "card_shopping_monthly_clear"
    trust_beneficial_interest: bool = False
    documents: tuple[str, ...] = ()
    answers: tuple[CheckAnswer, ...] = ()
    currency: str = "JPY"
    asset_country: str = "JP"
    cross_border: bool = False
    transfer_mitigants: tuple[str, ...] = ()
    sovereign_sensitive: bool = False
    subordination: float = 0.0
    cash_reserve: float = 0.0
    commingling_mitigated: bool = False
    commingling_reason: str = ""
    collection_period_months: int | None = None
    transfer_reserve: float | None = None
    transfer_reserve_reason: str = ""
    target_ratings: tuple[str, ...] = TARGET_RATINGS

    @property
    def multi_seller(self) -> bool:
        """Many client companies sell to the SPC (003 No. 2 §2); one is a single-seller program."""
        return len(self.sellers) > 1

    def support(self, fully_supported_share: float) -> str:
        """Fully supported (credit enhancement and liquidity for the whole program), partially
        supported (credit enhancement for part of it) or internal credit enhancement."""
        if self.backup.kind == "liquidity_and_credit":
            if self.backup.share >= fully_supported_share:
                return FULLY_SUPPORTED
            if self.backup.share > 0:
                return PARTIALLY_SUPPORTED
        return INTERNAL

    def answer(self, checklist: str, key: str) -> CheckAnswer:
        found = (a for a in self.answers if a.checklist == checklist and a.key == key)
        return next(found, CheckAnswer(checklist, key))

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "name": self.name,
                "spc_name": self.spc_name,
                "spc_form": self.spc_form,
                "spc_country": self.spc_country,
                "sponsor": self.sponsor.to_dict(),
                "backup": self.backup.to_dict(),
                "sellers": [seller.to_dict() for seller in self.sellers],
                "purchased_assets": self.purchased_assets,
                "trust_beneficial_interest": self.trust_beneficial_interest,
                "documents": list(self.documents),
                "answers": [answer.to_dict() for answer in self.answers],
                "currency": self.currency,
                "asset_country": self.asset_country,
                "cross_border": self.cross_border,
                "transfer_mitigants": list(self.transfer_mitigants),
                "sovereign_sensitive": self.sovereign_sensitive,
                "subordination": self.subordination,
                "cash_reserve": self.cash_reserve,
                "commingling_mitigated": self.commingling_mitigated,
                "commingling_reason": self.commingling_reason,
                "collection_period_months": self.collection_period_months,
                "transfer_reserve": self.transfer_reserve,
                "transfer_reserve_reason": self.transfer_reserve_reason,
                "target_ratings": list(self.target_ratings),
            }
        )

    @classmethod
    def from_dict(cls, data: Any, path: str = "program") -> AbcpProgram:
        """Read and check a stored program; a bad value raises :class:`FieldError` naming it."""
        fields = Fields(data, path, _PROGRAM_KEYS)
        name = fields.text("name").strip()
        if not name:
            raise refused(
                fields.key("name"), QT_TRANSLATE_NOOP("StressInput", "a program needs a name")
            )
        answers = fields.records("answers", CheckAnswer.read)
        pairs = [(a.checklist, a.key) for a in answers]
        if len(set(pairs)) != len(pairs):
            raise refused(
                fields.key("answers"), QT_TRANSLATE_NOOP("StressInput", "a check is answered twice")
            )
        program = cls(
            name=name,
            spc_name=fields.text("spc_name", ""),
            spc_form=fields.text("spc_form", "cayman_company"),
            spc_country=fields.text("spc_country", "KY"),
            sponsor=Party.read(Fields(fields.raw("sponsor", {}), fields.key("sponsor"))),
            backup=BackupLine.read(Fields(fields.raw("backup", {}), fields.key("backup"))),
            sellers=fields.records("sellers", Party.read),
            purchased_assets=fields.text("purchased_assets", "card_shopping_monthly_clear"),
            trust_beneficial_interest=fields.flag("trust_beneficial_interest", False),
            documents=fields.texts("documents", ()),
            answers=answers,
            currency=fields.text("currency", "JPY"),
            asset_country=fields.text("asset_country", "JP"),
            cross_border=fields.flag("cross_border", False),
            transfer_mitigants=fields.texts("transfer_mitigants", ()),
            sovereign_sensitive=fields.flag("sovereign_sensitive", False),
            subordination=fields.fraction("subordination", 0.0),
            cash_reserve=fields.fraction("cash_reserve", 0.0),
            commingling_mitigated=fields.flag("commingling_mitigated", False),
            commingling_reason=fields.text("commingling_reason", ""),
            collection_period_months=_optional_months(fields),
            transfer_reserve=fields.fraction("transfer_reserve", None),
            transfer_reserve_reason=fields.text("transfer_reserve_reason", ""),
            target_ratings=_targets(fields),
        )
        if program.commingling_mitigated and not program.commingling_reason.strip():
            raise refused(
                fields.key("commingling_reason"),
                QT_TRANSLATE_NOOP("StressInput", "a mitigation needs its reason"),
            )
        if program.transfer_reserve is not None and not program.transfer_reserve_reason.strip():
            raise refused(
                fields.key("transfer_reserve_reason"),
                QT_TRANSLATE_NOOP("StressInput", "the program's own estimate needs a reason"),
            )
        return program


_PROGRAM_KEYS: Final = (
    "name", "spc_name", "spc_form", "spc_country", "sponsor", "backup", "sellers",
    "purchased_assets", "trust_beneficial_interest", "documents", "answers", "currency",
    "asset_country", "cross_border", "transfer_mitigants", "sovereign_sensitive",
    "subordination", "cash_reserve", "commingling_mitigated", "commingling_reason",
    "collection_period_months", "transfer_reserve", "transfer_reserve_reason", "target_ratings",
)  # fmt: skip


def _optional_months(fields: Fields) -> int | None:
    if not fields.has("collection_period_months"):
        return None
    return fields.whole("collection_period_months", low=1)


def _targets(fields: Fields) -> tuple[str, ...]:
    ratings = fields.texts("target_ratings", TARGET_RATINGS)
    for index, rating in enumerate(ratings):
        if rating not in TARGET_RATINGS:
            raise refused(
                f"{fields.key('target_ratings')}[{index}]",
                QT_TRANSLATE_NOOP("StressInput", "is {rating}; allowed: {allowed}"),
                rating=repr(rating),
                allowed=", ".join(TARGET_RATINGS),
            )
    if not ratings or len(set(ratings)) != len(ratings):
        raise refused(
            fields.key("target_ratings"),
            QT_TRANSLATE_NOOP("StressInput", "name each target rating once"),
        )
    return tuple(r for r in TARGET_RATINGS if r in ratings)
