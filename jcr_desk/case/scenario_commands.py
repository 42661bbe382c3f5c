"""Undoable edits of a stress scenario: assumptions, multiplier adjustments, deal structure.

Every analyst change to a scenario is a recorded decision: each command needs a reason,
checks its value before anything changes (:class:`EditRefused` with a sentence the analyst
reads), and writes an audit entry naming the scenario, the change and the reason. A command
keeps the scenario's assumptions and structure as they were before and after it, so undo
restores them exactly and a redo after an undo repeats the very same edit (same timestamps).
"""

from __future__ import annotations

import copy
import math
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import Any

from jcr_desk.case.commands import EditRefused
from jcr_desk.case.model import Case, Scenario, ScenarioResult, current_user, now_utc
from jcr_desk.ratings import Rating
from jcr_desk.structured.multipliers import COMPONENTS, rulebook_multipliers

#: Assumptions that are fractions between 0 and 1.
RATE_ASSUMPTIONS = ("base_default_rate", "cpr", "recovery_rate")
ASSUMPTIONS = (*RATE_ASSUMPTIONS, "recovery_lag_months", "target_ratings")
#: Typing one of these replaces the base case's source with the analyst's own.
BASE_CASE_ASSUMPTIONS = ("base_default_rate", "cpr")
#: What a per-deal multiplier adjustment is attributed to (METHODOLOGY §6).
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
PAYMENT_ORDERS = ("sequential", "pro_rata")
COUPON_TYPES = ("fixed", "floating", "residual")
STRUCTURE_FLAGS = (
    "default_trap",
    "liquidity_reserve",
    "hedged",
    "loan_base_matches_notes",
    "commingling_one_day",
)
#: Structure fractions. An absent trigger takes the rulebook's Desk default; 0 means the
#: deal has none. An absent or 0 clean-up call means the deal states none (seed 002 §2(1)(c)).
STRUCTURE_FRACTIONS = (
    "sequential_trigger",
    "clean_up_call",
    "fees.trust_fee",
    "fees.servicing_fee",
)
OPTIONAL_FRACTIONS = ("sequential_trigger",)
STRUCTURE_OPTIONS = ("payment", *STRUCTURE_FLAGS, *STRUCTURE_FRACTIONS)

_State = tuple[dict[str, Any], dict[str, Any]]


def find_scenario(case: Case, scenario_id: str) -> Scenario:
    for scenario in case.scenarios:
        if scenario.id == scenario_id:
            return scenario
    raise EditRefused("The scenario this edit is for is no longer in the case.")


def pool_balance(case: Case, scenario: Scenario) -> float | None:
    """The current balance of the scenario's pool, or None when the case lacks the pool."""
    pool = next((p for p in case.pools if p.id == scenario.pool_id), None)
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


class ScenarioEdit(ABC):
    """The life cycle all scenario edits share: check, apply once, restore on undo."""

    def __init__(self, scenario_id: str, reason: str, analyst: str | None, text: str) -> None:
        self._scenario_id = scenario_id
        self._reason = (reason or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._timestamp = now_utc().isoformat()
        self._before: _State | None = None
        self._after: _State | None = None
        self._detail = ""
        self.text = text

    def check(self, case: Case) -> None:
        scenario = find_scenario(case, self._scenario_id)
        if not self._reason:
            raise EditRefused(
                f"{self.text}: every change to a stress scenario is a recorded decision, "
                "so it needs a written reason."
            )
        self._validate(case, scenario)

    @abstractmethod
    def _validate(self, case: Case, scenario: Scenario) -> None:
        """Refuse (``EditRefused``) an edit the scenario cannot take, before it is pushed."""

    @abstractmethod
    def _apply(self, case: Case, scenario: Scenario) -> str:
        """Change the scenario in place; returns what changed, for the audit entry."""

    def redo(self, case: Case) -> None:
        scenario = find_scenario(case, self._scenario_id)
        self._before = _state(scenario)
        if self._after is None:
            self._detail = self._apply(case, scenario)
            self._after = _state(scenario)
        else:
            _restore(scenario, self._after)
        case.log(
            "scenario edited",
            f"{scenario.name}: {self._detail}; reason: {self._reason}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        if self._before is None:
            raise RuntimeError("undo before redo")
        _restore(find_scenario(case, self._scenario_id), self._before)
        case.log("undo", self.text)

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
        super().__init__(scenario_id, reason, analyst, f"Set {_label(name)}")
        self._name = name
        self._value = value
        self._clean: Any = None

    def _validate(self, case: Case, scenario: Scenario) -> None:
        name, value = self._name, self._value
        if name not in ASSUMPTIONS:
            raise EditRefused(f"There is no stress assumption called {name!r}.")
        if name in RATE_ASSUMPTIONS:
            self._clean = _fraction(_label(name), value)
        elif name == "recovery_lag_months":
            self._clean = _whole_months(value)
        else:
            self._clean = _target_ratings(value)

    def _apply(self, case: Case, scenario: Scenario) -> str:
        old = scenario.assumptions.get(self._name)
        scenario.assumptions[self._name] = copy.deepcopy(self._clean)
        if self._name in BASE_CASE_ASSUMPTIONS:
            scenario.assumptions["base_case_source"] = self._record(kind="analyst")
        return f"{_label(self._name)} {_shown(old)} → {_shown(self._clean)}"


class AdjustMultiplier(ScenarioEdit):
    """Replace one rulebook stress multiplier for one rating (``value=None`` removes it)."""

    def __init__(
        self,
        scenario_id: str,
        rating: str,
        component: str,
        value: float | None,
        factor: str | None,
        reason: str,
        analyst: str | None = None,
    ) -> None:
        verb = "Remove adjustment of" if value is None else "Adjust"
        super().__init__(
            scenario_id, reason, analyst, f"{verb} {rating} {_label(component)} multiplier"
        )
        self._rating_text = rating
        self._component = component
        self._value = value
        self._factor = factor
        self._rating = ""

    def _validate(self, case: Case, scenario: Scenario) -> None:
        try:
            self._rating = str(Rating.parse(self._rating_text))
        except (TypeError, ValueError):
            raise EditRefused(f"{self._rating_text!r} is not a rating.") from None
        if self._rating not in scenario.assumptions.get("target_ratings", []):
            raise EditRefused(f"{self._rating} is not one of this scenario's target ratings.")
        if self._component not in COMPONENTS:
            raise EditRefused(f"There is no stress multiplier called {self._component!r}.")
        if self._value is None:
            if _find_adjustment(scenario, self._rating, self._component) is None:
                raise EditRefused(
                    f"The {self._rating} {_label(self._component)} multiplier is not adjusted."
                )
            return
        if self._factor not in FACTORS:
            raise EditRefused(
                f"An adjustment names its factor, one of {', '.join(FACTORS)}; "
                f"got {self._factor!r}."
            )
        number = _number("The multiplier", self._value)
        if number <= 0:
            raise EditRefused("A stress multiplier must be above zero.")
        self._value = number

    def _apply(self, case: Case, scenario: Scenario) -> str:
        adjustments = scenario.assumptions.setdefault("multiplier_adjustments", [])
        old = _find_adjustment(scenario, self._rating, self._component)
        if old is not None:
            adjustments.remove(old)
        what = f"{self._rating} {_label(self._component)} multiplier"
        rulebook = _rulebook_value(self._rating, self._component)
        before = _shown(old["value"] if old else rulebook)
        if self._value is None:
            if not adjustments:
                del scenario.assumptions["multiplier_adjustments"]
            return f"{what} {before} → rulebook {_shown(rulebook)}"
        adjustments.append(
            self._record(
                rating=self._rating,
                component=self._component,
                value=self._value,
                factor=self._factor,
            )
        )
        return f"{what} {before} → {_shown(self._value)} ({self._factor})"


class EditTranches(ScenarioEdit):
    """Replace a scenario's tranches (names, ranks, balances, shares, coupons)."""

    def __init__(
        self,
        scenario_id: str,
        tranches: Sequence[Mapping[str, Any]],
        reason: str,
        analyst: str | None = None,
    ) -> None:
        super().__init__(scenario_id, reason, analyst, "Edit tranches")
        self._tranches = [dict(t) for t in tranches]

    def _validate(self, case: Case, scenario: Scenario) -> None:
        self._tranches = check_tranches(self._tranches, pool_balance(case, scenario))

    def _apply(self, case: Case, scenario: Scenario) -> str:
        scenario.structure["tranches"] = copy.deepcopy(self._tranches)
        return "tranches " + "; ".join(
            f"{t['name']} rank {t['rank']} ¥{t['balance']:,}" for t in self._tranches
        )


class SetStructureOption(ScenarioEdit):
    """Set one deal option: payment order, trigger, default trap, clean-up call, fees…"""

    def __init__(
        self, scenario_id: str, name: str, value: Any, reason: str, analyst: str | None = None
    ) -> None:
        super().__init__(scenario_id, reason, analyst, f"Set {_label(name)}")
        self._name = name
        self._value = value

    def _validate(self, case: Case, scenario: Scenario) -> None:
        name, value = self._name, self._value
        if name not in STRUCTURE_OPTIONS:
            raise EditRefused(f"There is no structure option called {name!r}.")
        if name == "payment":
            if value not in PAYMENT_ORDERS:
                raise EditRefused("The payment order is sequential or pro_rata.")
        elif name in STRUCTURE_FLAGS:
            if not isinstance(value, bool):
                raise EditRefused(f"{_label(name)} is yes or no.")
        elif not (value is None and name in OPTIONAL_FRACTIONS):
            self._value = _fraction(_label(name), value)

    def _apply(self, case: Case, scenario: Scenario) -> str:
        holder, key = _option_slot(scenario.structure, self._name)
        old = holder.get(key)
        if self._value is None:
            holder.pop(key, None)
        else:
            holder[key] = self._value
        return f"{_label(self._name)} {_shown(old)} → {_shown(self._value)}"


class ApplyStaticBaseCase(ScenarioEdit):
    """Take the base case (default rate, CPR, timing curve) from imported static data.

    The source (file, sheet, hash, vintages, statistics) stays with the scenario, so the
    committee sees where the base case came from; it stands in for a typed reason.
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
            scenario_id, f"static data {where}", analyst, "Apply static-data base case"
        )
        self._rate = base_default_rate
        self._cpr = cpr
        self._curve = None if timing_curve is None else list(timing_curve)
        self._source = {**copy.deepcopy(dict(source)), "kind": "static_data"}

    @property
    def timing_curve(self) -> list[float]:
        """The monthly shares of lifetime defaults this command applies (empty: none)."""
        return list(self._curve or [])

    def _validate(self, case: Case, scenario: Scenario) -> None:
        self._rate = _fraction("The base default rate", self._rate)
        self._cpr = _fraction("The CPR", self._cpr)
        if self._curve is not None:
            self._curve = [_number("A timing-curve share", v) for v in self._curve]
            if any(v < 0 for v in self._curve) or not sum(self._curve) > 0:
                raise EditRefused(
                    "The default-timing curve needs non-negative monthly shares that add up "
                    "to more than zero."
                )

    def _apply(self, case: Case, scenario: Scenario) -> str:
        assumptions = scenario.assumptions
        assumptions["base_default_rate"] = self._rate
        assumptions["cpr"] = self._cpr
        if self._curve is None:
            assumptions.pop("timing_curve", None)
        else:
            assumptions["timing_curve"] = list(self._curve)
        assumptions["base_case_source"] = copy.deepcopy(self._source)
        return f"base default rate {_shown(self._rate)}, CPR {_shown(self._cpr)} from static data"


def check_tranches(
    tranches: Sequence[Mapping[str, Any]], pool_total: float | None
) -> list[dict[str, Any]]:
    """The tranches cleaned up (numbers typed, rank order), or :class:`EditRefused`."""
    if not tranches:
        raise EditRefused("A structure needs at least one tranche.")
    cleaned = [_check_tranche(t) for t in tranches]
    names = [t["name"] for t in cleaned]
    if len(set(names)) != len(names):
        raise EditRefused("Two tranches have the same name; each name must be unique.")
    ranks = [t["rank"] for t in cleaned]
    if len(set(ranks)) != len(ranks):
        raise EditRefused("Two tranches have the same rank; ranks must be unique.")
    cleaned.sort(key=lambda t: t["rank"])
    residual = [t["name"] for t in cleaned if t["coupon_type"] == "residual"]
    if len(residual) != 1:
        raise EditRefused(
            f"A structure has exactly one residual tranche; this one has {len(residual)}."
        )
    if cleaned[-1]["coupon_type"] != "residual":
        raise EditRefused(f"The residual tranche {residual[0]} must have the lowest rank.")
    total = sum(t["balance"] for t in cleaned)
    if pool_total is not None and total > pool_total + 0.5:
        raise EditRefused(
            f"The tranches add up to ¥{total:,}, more than the pool's ¥{pool_total:,.0f}."
        )
    return cleaned


def _check_tranche(tranche: Mapping[str, Any]) -> dict[str, Any]:
    name = str(tranche.get("name") or "").strip()
    if not name:
        raise EditRefused("Every tranche needs a name.")
    rank = tranche.get("rank")
    if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
        raise EditRefused(f"{name}: the rank is a whole number from 1 (most senior).")
    kind = tranche.get("coupon_type")
    if kind not in COUPON_TYPES:
        raise EditRefused(f"{name}: the coupon type is fixed, floating or residual.")
    balance = _number(f"{name}: the balance", tranche.get("balance"))
    share = _number(f"{name}: the share", tranche.get("share"))
    if balance < 0 or share < 0:
        raise EditRefused(f"{name}: balance and share must not be negative.")
    cleaned = {
        **tranche,
        "name": name,
        "rank": rank,
        "coupon_type": kind,
        "balance": round(balance),
        "share": share,
    }
    if kind == "residual":
        cleaned.pop("coupon", None)
    else:
        coupon = _number(f"{name}: the coupon", tranche.get("coupon"))
        if kind == "fixed" and coupon < 0:
            raise EditRefused(f"{name}: a fixed coupon must not be negative.")
        cleaned["coupon"] = coupon
    return cleaned


def _find_adjustment(scenario: Scenario, rating: str, component: str) -> dict[str, Any] | None:
    return next(
        (
            a
            for a in scenario.assumptions.get("multiplier_adjustments", [])
            if a.get("rating") == rating and a.get("component") == component
        ),
        None,
    )


def _rulebook_value(rating: str, component: str) -> float:
    return float(getattr(rulebook_multipliers(rating).multipliers, component))


def _target_ratings(value: Any) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence) or not value:
        raise EditRefused("Give the target ratings as a list, e.g. AAA, AA, A, BBB.")
    ratings: list[Rating] = []
    for text in value:
        try:
            rating = Rating.parse(text)
        except (TypeError, ValueError):
            raise EditRefused(f"{text!r} is not a rating.") from None
        if rating.is_event:
            raise EditRefused(f"{rating} marks a default event; it is no target rating.")
        try:
            rulebook_multipliers(rating)
        except ValueError as error:
            raise EditRefused(f"No stress multipliers for {rating}: {error}.") from None
        if rating not in ratings:
            ratings.append(rating)
    return [str(r) for r in sorted(ratings, reverse=True)]


def _number(what: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise EditRefused(f"{what} must be a number, not {value!r}.")
    return float(value)


def _fraction(what: str, value: Any) -> float:
    number = _number(what, value)
    if not 0.0 <= number <= 1.0:
        raise EditRefused(f"{what} is a fraction between 0 and 1 (0 % to 100 %); got {number}.")
    return number


def _whole_months(value: Any) -> int:
    number = _number("The recovery lag", value)
    if number < 0 or not number.is_integer():
        raise EditRefused(f"The recovery lag is a whole number of months from 0; got {value}.")
    return int(number)


def _option_slot(structure: dict[str, Any], name: str) -> tuple[dict[str, Any], str]:
    """The dict and key an option lives in (``fees.trust_fee`` → structure["fees"])."""
    if name.startswith("fees."):
        return structure.setdefault("fees", {}), name.removeprefix("fees.")
    return structure, name


def _state(scenario: Scenario) -> _State:
    return copy.deepcopy(scenario.assumptions), copy.deepcopy(scenario.structure)


def _restore(scenario: Scenario, state: _State) -> None:
    scenario.assumptions, scenario.structure = copy.deepcopy(state)


def _label(name: str) -> str:
    return name.removeprefix("fees.").replace("_", " ")


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
