"""A stress run's result as typed, immutable data: what every reader of the run reads.

:class:`EnhancementResult` holds, per target rating, the required enhancement by risk layer
and each class's verdict; per class its highest rating; the flows behind them; the
sensitivity grids; the mechanisms and Desk defaults the figures depend on; warnings; and the
rulebook version the run used. The tab, the CLI, the committee workbook and the disclosure
form read only this object. ``to_dict`` gives the JSON the case stores and ``stress --json``
prints; ``from_dict`` reads it back, refusing a record of another format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import Any

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.errors import refused
from jcr_desk.structured.fields import FieldError, Fields
from jcr_desk.structured.frozen import Shared, freeze, thaw
from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.sentences import STRESS_RESULT, sentences_data, sentences_read

#: Bumped whenever the record's shape changes; a stored result of another format is stale.
RESULT_FORMAT = 3

Grid = tuple[tuple[float | None, ...], ...]


@dataclass(frozen=True)
class Layers:
    """Required enhancement by risk layer, fractions of the pool (bad loan None: not achievable)."""

    bad_loan: float | None
    interest_rate: float
    commingling: float
    setoff: float

    def value(self, key: str) -> float | None:
        return getattr(self, key)

    @property
    def total(self) -> float | None:
        if self.bad_loan is None:
            return None
        return self.bad_loan + self.interest_rate + self.commingling + self.setoff

    def to_dict(self) -> dict[str, Any]:
        return {key: self.value(key) for key, _ in LAYERS}


@dataclass(frozen=True)
class MultiplierLine:
    """The multipliers a rating ran with, the rulebook's beside them, and the segments'."""

    first_five_years: float
    after_five_years: float
    prepayment: float
    rulebook: tuple[float, float, float]
    interpolated: bool
    adjusted: tuple[str, ...] = ()
    segments: Mapping[str, tuple[float, float, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def to_dict(self) -> dict[str, Any]:
        names = ("first_five_years", "after_five_years", "prepayment")
        return {
            "first_five_years": self.first_five_years,
            "after_five_years": self.after_five_years,
            "prepayment": self.prepayment,
            "interpolated": self.interpolated,
            "rulebook": dict(zip(names, self.rulebook, strict=True)),
            "adjusted": list(self.adjusted),
            "segments": {
                name: dict(zip(names, values, strict=True))
                for name, values in self.segments.items()
            },
        }


@dataclass(frozen=True)
class ClassVerdict:
    """One class at one target rating: what it needs, what it has, and the verdict."""

    name: str
    required_ce: float | None
    bad_loan_ce: float | None
    available_ce: float
    over_collateralisation: float
    passed: bool
    achievable: bool
    breakeven_multiple: float
    clean_up_call: str  # "none stated", "exercised", "not exercised"
    note: Text | None = None  # e.g. the bad-loan layer resting on a guarantee

    def to_dict(self) -> dict[str, Any]:
        return {
            "required_ce": self.required_ce,
            "bad_loan_ce": self.bad_loan_ce,
            "available_ce": self.available_ce,
            "over_collateralisation": self.over_collateralisation,
            "pass": self.passed,
            "achievable": self.achievable,
            "breakeven_multiple": self.breakeven_multiple,
            "clean_up_call": self.clean_up_call,
            "note": "" if self.note is None else str(self.note),
            **({} if self.note is None else {"note_sentence": self.note.to_data()}),
        }


@dataclass(frozen=True)
class RatingLine:
    """One target rating's line of the enhancement table."""

    rating: str
    multipliers: MultiplierLine
    layers: Layers
    held_at_lower_rating: bool
    stressed_default_rate: float
    realised_default_rate: float
    unapplied_default_rate: float
    cumulative_loss: float
    interest_rate_path: str
    interest_rate_paths: Mapping[str, float]
    clean_up_call: str
    classes: tuple[ClassVerdict, ...]
    desk_defaults: tuple[str, ...] = ()

    @property
    def total(self) -> float | None:
        return self.layers.total

    def verdict(self, name: str) -> ClassVerdict | None:
        return next((c for c in self.classes if c.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "multipliers": self.multipliers.to_dict(),
            "layers": self.layers.to_dict(),
            "total": self.total,
            "held_at_lower_rating": self.held_at_lower_rating,
            "stressed_default_rate": self.stressed_default_rate,
            "realised_default_rate": self.realised_default_rate,
            "unapplied_default_rate": self.unapplied_default_rate,
            "cumulative_loss": self.cumulative_loss,
            "interest_rate_path": self.interest_rate_path,
            "interest_rate_paths": dict(self.interest_rate_paths),
            "clean_up_call": self.clean_up_call,
            "desk_defaults": list(self.desk_defaults),
            "tranches": {c.name: c.to_dict() for c in self.classes},
        }


@dataclass(frozen=True)
class ClassRating:
    """A class's best passing target rating, then after the ceiling rules."""

    name: str
    rated: bool
    highest_rating: str | None = None
    capped_rating: str | None = None
    cap_steps: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rated": self.rated,
            "highest_rating": self.highest_rating,
            "capped_rating": self.capped_rating,
            "cap_steps": list(self.cap_steps),
        }


@dataclass(frozen=True)
class PoolFlows:
    """One stress's pool cash flows in yen per month, month 1 first."""

    principal: tuple[float, ...]
    interest: tuple[float, ...]
    defaults: tuple[float, ...]
    recoveries: tuple[float, ...]
    balance: tuple[float, ...]

    def to_dict(self) -> dict[str, list[float]]:
        return {name: list(getattr(self, name)) for name in _FLOWS}


_FLOWS = ("principal", "interest", "defaults", "recoveries", "balance")


@dataclass(frozen=True)
class SensitivityGrids:
    """Required bad-loan CE of one class at one rating over two grids (None: not achievable)."""

    rating: str
    tranche: str
    default_multiples: tuple[float, ...]
    recovery_rates: tuple[float, ...]
    cprs: tuple[float, ...]
    by_recovery: Grid
    by_cpr: Grid

    def to_dict(self) -> dict[str, Any]:
        return {
            "rating": self.rating,
            "tranche": self.tranche,
            "default_multiples": list(self.default_multiples),
            "recovery_rates": list(self.recovery_rates),
            "cprs": list(self.cprs),
            "by_recovery": [list(row) for row in self.by_recovery],
            "by_cpr": [list(row) for row in self.by_cpr],
        }


@dataclass(frozen=True)
class EnhancementResult(Shared):
    """Required and available enhancement per target rating and class, with the flows."""

    pool_balance: float
    months: int
    cut_off: date
    legal_final_month: int
    rulebook_version: str
    app_version: str
    base_case: Mapping[str, Any]
    recovery: Mapping[str, Any]
    over_collateralisation: float
    clean_up_call: Mapping[str, Any]
    ratings: tuple[RatingLine, ...]
    classes: tuple[ClassRating, ...]
    liquidity_reserve: Mapping[str, Any]
    commingling: Mapping[str, Any]
    pool_cashflows: Mapping[str, PoolFlows]
    class_balances: Mapping[str, Mapping[str, tuple[float, ...]]]
    sensitivity: SensitivityGrids
    mechanisms: tuple[Text, ...] = ()
    desk_defaults: tuple[DeskDefault, ...] = ()
    open_decisions: tuple[Text, ...] = ()
    warnings: tuple[Text, ...] = ()
    overrides: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))

    def line(self, rating: str) -> RatingLine:
        for line in self.ratings:
            if line.rating == rating:
                return line
        raise KeyError(f"the result has no line for {rating}")

    def class_rating(self, name: str) -> ClassRating:
        return next(c for c in self.classes if c.name == name)

    @property
    def rated_classes(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.classes if c.rated)

    @property
    def over_collateralisation_amount(self) -> float:
        return self.over_collateralisation * self.pool_balance

    @property
    def commingling_note(self) -> Text:
        """Why the servicer's rating does or does not call for cash in trust."""
        return Text.read({"note": "", **self.commingling}, "note", STRESS_RESULT)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": RESULT_FORMAT,
            "pool_balance": self.pool_balance,
            "months": self.months,
            "cut_off": self.cut_off.isoformat(),
            "legal_final_month": self.legal_final_month,
            "rulebook_version": self.rulebook_version,
            "app_version": self.app_version,
            "base_case": thaw(self.base_case) or {},
            "recovery": thaw(self.recovery) or {},
            "over_collateralisation": {
                "amount": self.over_collateralisation_amount,
                "share": self.over_collateralisation,
            },
            "clean_up_call": thaw(self.clean_up_call) or {},
            "ratings": {line.rating: line.to_dict() for line in self.ratings},
            "tranches": {c.name: c.to_dict() for c in self.classes},
            "liquidity_reserve": thaw(self.liquidity_reserve) or {},
            "commingling": thaw(self.commingling) or {},
            "pool_cashflows": {r: flows.to_dict() for r, flows in self.pool_cashflows.items()},
            "tranche_balances": {
                r: {name: list(values) for name, values in by_class.items()}
                for r, by_class in self.class_balances.items()
            },
            "sensitivity": self.sensitivity.to_dict(),
            "desk_defaults": [d.to_dict() for d in self.desk_defaults],
            **_sentences("mechanisms", self.mechanisms),
            **_sentences("open_decisions", self.open_decisions),
            **_sentences("warnings", self.warnings),
            "overrides": dict(self.overrides),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "result") -> EnhancementResult:
        """Read a stored result back; another format raises :class:`FieldError`."""
        fields = Fields(data, path)
        if fields.raw("format", None) != RESULT_FORMAT:
            raise FieldError(
                fields.key("format"),
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "the result was computed by another version of JCR Desk "
                        "(format {found}, this one reads {format})",
                    ),
                    found=fields.raw("format", 1),
                    format=RESULT_FORMAT,
                ),
            )
        return _read_result(fields)


def _sentences(key: str, texts: tuple[Text, ...]) -> dict[str, Any]:
    """A list of sentences as the file keeps it: the English (older readers, the JSON
    ``stress --json`` prints) and beside it the templates with their arguments."""
    return {key: [str(text) for text in texts], f"{key}_sentences": sentences_data(texts)}


def _read_result(fields: Fields) -> EnhancementResult:
    ratings = Fields(fields.raw("ratings"), fields.key("ratings"))
    classes = Fields(fields.raw("tranches"), fields.key("tranches"))
    flows = Fields(fields.raw("pool_cashflows"), fields.key("pool_cashflows"))
    balances = Fields(fields.raw("tranche_balances"), fields.key("tranche_balances"))
    oc = Fields(fields.raw("over_collateralisation"), fields.key("over_collateralisation"))
    return EnhancementResult(
        pool_balance=fields.number("pool_balance"),
        months=fields.whole("months"),
        cut_off=fields.day("cut_off"),
        legal_final_month=fields.whole("legal_final_month"),
        rulebook_version=fields.text("rulebook_version"),
        app_version=fields.text("app_version"),
        base_case=freeze(fields.raw("base_case", {})),
        recovery=freeze(fields.raw("recovery", {})),
        over_collateralisation=oc.number("share"),
        clean_up_call=freeze(fields.raw("clean_up_call", {})),
        ratings=tuple(
            _read_line(str(symbol), Fields(ratings.raw(symbol), ratings.key(symbol)))
            for symbol in ratings.data
        ),
        classes=tuple(
            _read_class_rating(str(name), Fields(classes.raw(name), classes.key(name)))
            for name in classes.data
        ),
        liquidity_reserve=freeze(fields.raw("liquidity_reserve", {})),
        commingling=freeze(fields.raw("commingling", {})),
        pool_cashflows=MappingProxyType(
            {
                str(r): PoolFlows(
                    *(
                        Fields(flows.raw(r), flows.key(r)).numbers(name, low=-1e300)
                        for name in _FLOWS
                    )
                )
                for r in flows.data
            }
        ),
        class_balances=MappingProxyType(
            {
                str(r): MappingProxyType(
                    {
                        str(name): Fields(balances.raw(r), balances.key(r)).numbers(name)
                        for name in balances.raw(r)
                    }
                )
                for r in balances.data
            }
        ),
        sensitivity=_read_grids(Fields(fields.raw("sensitivity"), fields.key("sensitivity"))),
        mechanisms=sentences_read(fields.data, "mechanisms", fields.texts("mechanisms", ())),
        desk_defaults=fields.records(
            "desk_defaults",
            lambda f: DeskDefault(f.text("key"), f.text("value"), f.text("citation")),
        ),
        open_decisions=sentences_read(
            fields.data, "open_decisions", fields.texts("open_decisions", ())
        ),
        warnings=sentences_read(fields.data, "warnings", fields.texts("warnings", ())),
        overrides=MappingProxyType(dict(fields.raw("overrides", {}))),
    )


def _read_line(rating: str, fields: Fields) -> RatingLine:
    multipliers = Fields(fields.raw("multipliers"), fields.key("multipliers"))
    rulebook = Fields(multipliers.raw("rulebook"), multipliers.key("rulebook"))
    segments = Fields(multipliers.raw("segments", {}), multipliers.key("segments"))
    layers = Fields(fields.raw("layers"), fields.key("layers"))
    verdicts = Fields(fields.raw("tranches"), fields.key("tranches"))
    names = ("first_five_years", "after_five_years", "prepayment")
    return RatingLine(
        rating=rating,
        multipliers=MultiplierLine(
            *(multipliers.number(name) for name in names),
            rulebook=tuple(rulebook.number(name) for name in names),  # type: ignore[arg-type]
            interpolated=multipliers.flag("interpolated"),
            adjusted=multipliers.texts("adjusted", ()),
            segments=MappingProxyType(
                {
                    str(segment): tuple(
                        Fields(segments.raw(segment), segments.key(segment)).number(name)
                        for name in names
                    )
                    for segment in segments.data
                }
            ),
        ),
        layers=Layers(
            bad_loan=layers.number("bad_loan", None),
            interest_rate=layers.number("interest_rate"),
            commingling=layers.number("commingling"),
            setoff=layers.number("setoff"),
        ),
        held_at_lower_rating=fields.flag("held_at_lower_rating"),
        stressed_default_rate=fields.number("stressed_default_rate"),
        realised_default_rate=fields.number("realised_default_rate"),
        unapplied_default_rate=fields.number("unapplied_default_rate"),
        cumulative_loss=fields.number("cumulative_loss"),
        interest_rate_path=fields.text("interest_rate_path"),
        interest_rate_paths=MappingProxyType(
            {str(k): float(v) for k, v in fields.raw("interest_rate_paths", {}).items()}
        ),
        clean_up_call=fields.text("clean_up_call"),
        desk_defaults=fields.texts("desk_defaults", ()),
        classes=tuple(
            _read_verdict(str(name), Fields(verdicts.raw(name), verdicts.key(name)))
            for name in verdicts.data
        ),
    )


def _read_verdict(name: str, fields: Fields) -> ClassVerdict:
    return ClassVerdict(
        name=name,
        required_ce=fields.number("required_ce", None),
        bad_loan_ce=fields.number("bad_loan_ce", None),
        available_ce=fields.number("available_ce"),
        over_collateralisation=fields.number("over_collateralisation"),
        passed=fields.flag("pass"),
        achievable=fields.flag("achievable"),
        breakeven_multiple=fields.number("breakeven_multiple"),
        clean_up_call=fields.text("clean_up_call"),
        note=Text.read(fields.data, "note", STRESS_RESULT) if fields.text("note", "") else None,
    )


def _read_class_rating(name: str, fields: Fields) -> ClassRating:
    return ClassRating(
        name=name,
        rated=fields.flag("rated"),
        highest_rating=fields.text("highest_rating", None),
        capped_rating=fields.text("capped_rating", None),
        cap_steps=fields.texts("cap_steps", ()),
    )


def _read_grids(fields: Fields) -> SensitivityGrids:
    def grid(name: str) -> Grid:
        rows = fields.raw(name)
        return tuple(tuple(None if v is None else float(v) for v in row) for row in rows)

    return SensitivityGrids(
        rating=fields.text("rating"),
        tranche=fields.text("tranche"),
        default_multiples=fields.numbers("default_multiples"),
        recovery_rates=fields.numbers("recovery_rates"),
        cprs=fields.numbers("cprs"),
        by_recovery=grid("by_recovery"),
        by_cpr=grid("by_cpr"),
    )
