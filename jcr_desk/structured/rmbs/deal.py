"""A securitisation's structure as typed, immutable data: what the deal documents say.

:class:`DealStructure` is the one place the structure's shape, its defaults and its checks
live: the stress engine runs it, the case stores it (``to_dict``/``from_dict``), the tab edits
it by replacing it, and a scenario file and the committee workbook carry it. Reading a
record checks every value and names the key of the first bad one; a structure is never
repaired to fit.

Seed 002 mechanisms a structure can state: a clean-up call (§2(1)(c)), the commingling
alternative of cash in trust or advance payment (§4), a guarantee company carrying the
bad-loan risk (§7(1)–(2)), group credit life insurance (§7(3)) and a sublease rent guarantee
on apartment loans (§2(2)(c)).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.structured.errors import StressInputError, refused
from jcr_desk.structured.fields import YEN, FieldError, Fields, drop_none
from jcr_desk.structured.frozen import Shared

COUPON_TYPES = (
    QT_TRANSLATE_NOOP("Structure", "fixed"),
    QT_TRANSLATE_NOOP("Structure", "floating"),
    QT_TRANSLATE_NOOP("Structure", "residual"),
)
PAYMENT_ORDERS = (
    QT_TRANSLATE_NOOP("Structure", "sequential"),
    QT_TRANSLATE_NOOP("Structure", "pro_rata"),
)
#: Seed 002 §4: how the structure answers a servicer that falls below the trigger.
COMMINGLING_MITIGATIONS = ("none", "cash_in_trust", "advance_payment")
ANSWERS = ("yes", "no", "open")


@dataclass(frozen=True)
class NoteClass:
    """One class of notes or beneficial interests, ranked from 1 (most senior)."""

    name: str
    rank: int
    balance: float  # yen at closing
    coupon_type: str = "fixed"  # fixed | floating | residual
    coupon: float = 0.0  # the fixed rate, or the margin over the reference rate when floating
    description: str = ""

    @property
    def rated(self) -> bool:
        return self.coupon_type != "residual"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "rank": self.rank,
            "balance": self.balance,
            "coupon_type": self.coupon_type,
        }
        if self.rated:
            data["coupon"] = self.coupon
        if self.description:
            data["description"] = self.description
        return data

    @classmethod
    def read(cls, fields: Fields) -> NoteClass:
        fields.expect(_CLASS_KEYS)
        name = fields.text("name").strip()
        if not name:
            raise FieldError(
                fields.key("name"),
                refused(QT_TRANSLATE_NOOP("StressInput", "every class needs a name")),
            )
        kind = fields.choice("coupon_type", COUPON_TYPES, "fixed")
        return cls(
            name=name,
            rank=fields.whole("rank", low=1),
            balance=fields.number("balance", low=0.0, unit=YEN),
            coupon_type=kind,
            coupon=0.0 if kind == "residual" else fields.number("coupon", 0.0, low=0.0, high=1.0),
            description=fields.text("description", ""),
        )


_CLASS_KEYS = ("name", "rank", "balance", "coupon_type", "coupon", "description", "share")


@dataclass(frozen=True)
class Answer:
    """One requirement of a checklist, answered by the analyst with a reason."""

    key: str
    answer: str = "open"  # yes | no | open
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "answer": self.answer, "reason": self.reason}

    @classmethod
    def read(cls, fields: Fields) -> Answer:
        fields.expect(("key", "answer", "reason"))
        answer = cls(
            fields.text("key"), fields.choice("answer", ANSWERS, "open"), fields.text("reason", "")
        )
        if answer.answer != "open" and not answer.reason.strip():
            raise FieldError(
                fields.key("reason"),
                refused(
                    QT_TRANSLATE_NOOP("StressInput", "an answered requirement needs its reason")
                ),
            )
        return answer


@dataclass(frozen=True)
class GuaranteeScheme:
    """A guarantee company standing behind every loan (seed 002 §7).

    The guarantor is an entity of the group tab (its rating is the committee's decision or
    the guideline) or a counterparty whose long-term rating is typed here.
    """

    guarantor_id: str | None = None
    guarantor_rating: str | None = None
    answers: tuple[Answer, ...] = ()

    def answer(self, key: str) -> Answer:
        return next((a for a in self.answers if a.key == key), Answer(key))

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "guarantor_id": self.guarantor_id,
                "guarantor_rating": self.guarantor_rating,
                "answers": [a.to_dict() for a in self.answers],
            }
        )

    @classmethod
    def read(cls, fields: Fields) -> GuaranteeScheme:
        fields.expect(("guarantor_id", "guarantor_rating", "answers"))
        answers = fields.records("answers", Answer.read)
        keys = [a.key for a in answers]
        if len(set(keys)) != len(keys):
            raise FieldError(
                fields.key("answers"),
                refused(QT_TRANSLATE_NOOP("StressInput", "a requirement is answered twice")),
            )
        return cls(
            fields.text("guarantor_id", None), fields.text("guarantor_rating", None), answers
        )


@dataclass(frozen=True)
class RentGuarantee:
    """A sublease company guaranteeing apartment loans' rents until its first review."""

    company_id: str | None = None
    company_rating: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return drop_none({"company_id": self.company_id, "company_rating": self.company_rating})

    @classmethod
    def read(cls, fields: Fields) -> RentGuarantee:
        fields.expect(("company_id", "company_rating"))
        return cls(fields.text("company_id", None), fields.text("company_rating", None))


@dataclass(frozen=True)
class GroupCreditLife:
    """Group credit life insurance on the borrowers (seed 002 §7(3))."""

    covered: bool = False
    spv_receives: bool = False
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"covered": self.covered, "spv_receives": self.spv_receives, "reason": self.reason}

    @classmethod
    def read(cls, fields: Fields) -> GroupCreditLife:
        fields.expect(("covered", "spv_receives", "reason"))
        return cls(
            fields.flag("covered", False),
            fields.flag("spv_receives", False),
            fields.text("reason", ""),
        )


@dataclass(frozen=True)
class DealStructure(Shared):
    """Classes, fees, reserve, payment order, trigger, trap, call, hedge and mechanisms.

    ``sequential_trigger`` None takes the rulebook's Desk default and 0 means the deal has
    none; ``clean_up_call`` None or 0 means the deal states no call. ``sized_for_pool`` is
    the pool balance (yen) the classes were sized against, so a later pool of another size
    is noticed instead of silently read as over-collateralisation; None when not recorded.
    """

    classes: tuple[NoteClass, ...] = ()
    sized_for_pool: float | None = None
    trust_fee: float = 0.0
    servicing_fee: float = 0.0
    payment: str = "sequential"
    sequential_trigger: float | None = None
    default_trap: bool = True
    clean_up_call: float | None = None
    liquidity_reserve: bool = True
    hedged: bool = False
    loan_base_matches_notes: bool = False
    reference_rate: float | None = None
    commingling_one_day: bool = False
    commingling_mitigation: str = "none"
    collection_period_months: int | None = None
    closing_date: date | None = None
    legal_final_maturity: date | None = None
    issuer_id: str | None = None
    servicer_id: str | None = None
    guarantee: GuaranteeScheme | None = None
    rent_guarantee: RentGuarantee | None = None
    group_credit_life: GroupCreditLife = field(default_factory=GroupCreditLife)

    # -- reading the deal --------------------------------------------------------------

    def ordered(self) -> tuple[NoteClass, ...]:
        """The classes most senior first."""
        return tuple(sorted(self.classes, key=lambda c: c.rank))

    @property
    def notes_total(self) -> float:
        return float(sum(c.balance for c in self.classes))

    @property
    def states_call(self) -> bool:
        return bool(self.clean_up_call)

    def with_classes(
        self, classes: tuple[NoteClass, ...], sized_for_pool: float | None
    ) -> DealStructure:
        """The structure with ``classes``, sized against a pool of ``sized_for_pool`` yen."""
        return replace(self, classes=classes, sized_for_pool=sized_for_pool)

    def check_against_pool(self, pool_balance: float | None, tolerance: float) -> None:
        """Refuse classes that add up to more than the pool they are secured on (by more
        than ``tolerance`` yen, the rulebook's rounding allowance)."""
        if pool_balance is None:
            return
        if self.notes_total > pool_balance + tolerance:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "The classes add up to {notes}, more than the pool's {pool} current "
                        "balance.",
                    ),
                    notes=f"¥{self.notes_total:,.0f}",
                    pool=f"¥{pool_balance:,.0f}",
                )
            )

    # -- as a record -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return drop_none(
            {
                "classes": [c.to_dict() for c in self.ordered()],
                "sized_for_pool": self.sized_for_pool,
                "fees": {"trust_fee": self.trust_fee, "servicing_fee": self.servicing_fee},
                "payment": self.payment,
                "sequential_trigger": self.sequential_trigger,
                "default_trap": self.default_trap,
                "clean_up_call": self.clean_up_call,
                "liquidity_reserve": self.liquidity_reserve,
                "hedged": self.hedged,
                "loan_base_matches_notes": self.loan_base_matches_notes,
                "reference_rate": self.reference_rate,
                "commingling_one_day": self.commingling_one_day,
                "commingling_mitigation": self.commingling_mitigation,
                "collection_period_months": self.collection_period_months,
                "closing_date": None
                if self.closing_date is None
                else self.closing_date.isoformat(),
                "legal_final_maturity": None
                if self.legal_final_maturity is None
                else self.legal_final_maturity.isoformat(),
                "issuer_id": self.issuer_id,
                "servicer_id": self.servicer_id,
                "guarantee": None if self.guarantee is None else self.guarantee.to_dict(),
                "rent_guarantee": None
                if self.rent_guarantee is None
                else self.rent_guarantee.to_dict(),
                "group_credit_life": self.group_credit_life.to_dict(),
            }
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "structure") -> DealStructure:
        """Read and check a record; the first bad value raises :class:`FieldError`."""
        fields = Fields(data, path, _STRUCTURE_KEYS)
        # Cases saved before the structure was typed call the classes "tranches".
        classes = fields.records("classes" if fields.has("classes") else "tranches", NoteClass.read)
        fees = Fields(fields.raw("fees", {}), fields.key("fees"), ("trust_fee", "servicing_fee"))
        deal = cls(
            classes=classes,
            sized_for_pool=fields.number("sized_for_pool", None, low=0.0, unit=YEN),
            trust_fee=fees.fraction("trust_fee", 0.0),
            servicing_fee=fees.fraction("servicing_fee", 0.0),
            payment=fields.choice("payment", PAYMENT_ORDERS, "sequential"),
            sequential_trigger=fields.fraction("sequential_trigger", None),
            default_trap=fields.flag("default_trap", True),
            clean_up_call=fields.fraction("clean_up_call", None),
            liquidity_reserve=fields.flag("liquidity_reserve", True),
            hedged=fields.flag("hedged", False),
            loan_base_matches_notes=fields.flag("loan_base_matches_notes", False),
            reference_rate=fields.fraction("reference_rate", None),
            commingling_one_day=fields.flag("commingling_one_day", False),
            commingling_mitigation=fields.choice(
                "commingling_mitigation", COMMINGLING_MITIGATIONS, "none"
            ),
            collection_period_months=fields.whole("collection_period_months", None, low=1),
            closing_date=fields.day("closing_date", None),
            legal_final_maturity=fields.day("legal_final_maturity", None),
            issuer_id=fields.text("issuer_id", None),
            servicer_id=fields.text("servicer_id", None),
            guarantee=_optional(fields, "guarantee", GuaranteeScheme.read),
            rent_guarantee=_optional(fields, "rent_guarantee", RentGuarantee.read),
            group_credit_life=_optional(fields, "group_credit_life", GroupCreditLife.read)
            or GroupCreditLife(),
        )
        deal.check_classes(fields.key("classes"))
        return deal

    def check_classes(self, key: str = "structure.classes") -> None:
        """Names and ranks unique, at most one residual class and it ranks last."""
        names = [c.name for c in self.classes]
        if len(set(names)) != len(names):
            raise FieldError(
                key,
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "two classes have the same name; each name must be unique"
                    )
                ),
            )
        ranks = [c.rank for c in self.classes]
        if len(set(ranks)) != len(ranks):
            raise FieldError(
                key,
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "two classes have the same rank; ranks must be unique"
                    )
                ),
            )
        ordered = self.ordered()
        residual = [c.name for c in ordered if not c.rated]
        if len(residual) > 1:
            raise FieldError(
                key,
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "{count} residual classes; a structure has at most one"
                    ),
                    count=len(residual),
                ),
            )
        if residual and ordered[-1].rated:
            raise FieldError(
                key,
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "the residual class {name} must have the lowest rank"
                    ),
                    name=residual[0],
                ),
            )


_STRUCTURE_KEYS = (
    "classes",
    "tranches",
    "sized_for_pool",
    "fees",
    "payment",
    "sequential_trigger",
    "default_trap",
    "clean_up_call",
    "liquidity_reserve",
    "hedged",
    "loan_base_matches_notes",
    "reference_rate",
    "commingling_one_day",
    "commingling_mitigation",
    "collection_period_months",
    "closing_date",
    "legal_final_maturity",
    "issuer_id",
    "servicer_id",
    "guarantee",
    "rent_guarantee",
    "group_credit_life",
)


def _optional(fields: Fields, name: str, read: Any) -> Any:
    return read(Fields(fields.raw(name), fields.key(name))) if fields.has(name) else None
