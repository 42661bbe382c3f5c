"""Run a case's stress scenario: gather its inputs, call the engine, keep the result.

The window, the CLI and the tests all run a scenario through :func:`run_scenario`, so they
show the same numbers. The inputs hash lets a reopened case show its stored result and say
whether the inputs have changed since it was computed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date

import pandas as pd

from jcr_desk.case.decision_commands import current_decision
from jcr_desk.case.guidelines import evaluate_entity
from jcr_desk.case.model import Case, Country, Entity, Scenario, ScenarioResult, StoredPool, now_utc
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.structured.engine import run_stress
from jcr_desk.structured.inputs import StressInputError, StressInputs, Tranche

#: Assumption names ``--set`` and the tab may override for one run.
NUMERIC_ASSUMPTIONS = ("base_default_rate", "cpr", "recovery_rate", "recovery_lag_months")
ASSUMPTION_LABELS = {
    "base_default_rate": "lifetime default rate",
    "cpr": "prepayment rate",
    "recovery_rate": "recovery rate",
    "recovery_lag_months": "foreclosure lag",
}


def scenario(case: Case, scenario_id: str) -> Scenario:
    for item in case.scenarios:
        if item.id == scenario_id:
            return item
    raise StressInputError(f"The case has no scenario with id {scenario_id!r}.")


def scenario_pool(case: Case, item: Scenario) -> StoredPool:
    """The scenario's pool (its own, else the case's only one), or a clear refusal."""
    if not case.pools:
        raise StressInputError("The case has no pool: import a loan tape first.")
    for pool in case.pools:
        if pool.id == item.pool_id:
            return pool
    return case.pools[-1]


def scenario_inputs_hash(case: Case, item: Scenario) -> str:
    """Fingerprint of everything a run reads, to tell a stale stored result."""
    pool = scenario_pool(case, item) if case.pools else None
    servicer = _entity(case, item.structure.get("servicer_id"))
    payload = {
        "assumptions": item.assumptions,
        "structure": item.structure,
        "pool": None
        if pool is None
        else [pool.id, pool.source.get("sha256"), len(pool.loans), pool.source.get("imported_at")],
        "servicer": None if servicer is None else _servicer_rating(case, servicer),
        "countries": [vars(country) for country in case.countries],
        "rulebook": case.rulebook_version,
    }
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stress_inputs(
    case: Case, item: Scenario, overrides: Mapping[str, float] | None = None
) -> StressInputs:
    """The engine's inputs for ``item``, with ``overrides`` of numeric assumptions."""
    pool = scenario_pool(case, item)
    assumptions = dict(item.assumptions)
    for name, value in (overrides or {}).items():
        if name not in NUMERIC_ASSUMPTIONS:
            raise StressInputError(
                f"Unknown assumption {name!r}; choose one of {', '.join(NUMERIC_ASSUMPTIONS)}."
            )
        assumptions[name] = value
    missing = [name for name in NUMERIC_ASSUMPTIONS if assumptions.get(name) is None]
    if missing:
        named = ", ".join(f"{ASSUMPTION_LABELS[name]} ({name})" for name in missing)
        raise StressInputError(
            f"The scenario has no {named}: type it or import the originator's static data."
        )
    structure = item.structure
    cut_off = pool_cut_off(pool)
    servicer = _entity(case, structure.get("servicer_id"))
    issuer = _entity(case, structure.get("issuer_id"))
    country = _country(case, servicer or issuer)
    fees = structure.get("fees", {})
    return StressInputs(
        loans=pool.loans,
        cut_off=cut_off,
        target_ratings=tuple(assumptions.get("target_ratings") or ()),
        base_default_rate=float(assumptions["base_default_rate"]),
        cpr=float(assumptions["cpr"]),
        recovery_rate=float(assumptions["recovery_rate"]),
        recovery_lag_months=int(assumptions["recovery_lag_months"]),
        tranches=_tranches(structure.get("tranches", [])),
        timing_curve=tuple(assumptions["timing_curve"])
        if assumptions.get("timing_curve")
        else None,
        multiplier_adjustments=tuple(assumptions.get("multiplier_adjustments", ())),
        payment=structure.get("payment", "sequential"),
        trust_fee=float(fees.get("trust_fee", 0.0)),
        servicing_fee=float(fees.get("servicing_fee", 0.0)),
        sequential_trigger=structure.get("sequential_trigger"),
        default_trap=bool(structure.get("default_trap", True)),
        clean_up_call=structure.get("clean_up_call"),
        liquidity_reserve=bool(structure.get("liquidity_reserve", True)),
        hedged=bool(structure.get("hedged", False)),
        bases_match=bool(structure.get("loan_base_matches_notes", False)),
        reference_rate=structure.get("reference_rate"),
        commingling_one_day=bool(structure.get("commingling_one_day", False)),
        collection_period_months=structure.get("collection_period_months"),
        legal_final_month=_months_until(cut_off, structure.get("legal_final_maturity")),
        servicer_rating=None if servicer is None else _servicer_rating(case, servicer),
        asset_country_ceiling=None if country is None else country.country_ceiling,
        sovereign=None if country is None else country.foreign_currency_rating,
        domestic_single_country=_domestic(servicer, issuer),
        base_case_source=dict(assumptions.get("base_case_source") or {}),
    )


def run_scenario(
    case: Case,
    scenario_id: str,
    *,
    overrides: Mapping[str, float] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ScenarioResult:
    """Run the scenario and return its result (the caller decides whether to store it)."""
    item = scenario(case, scenario_id)
    data = run_stress(stress_inputs(case, item, overrides), progress=progress, cancel=cancel)
    if overrides:
        data["overrides"] = dict(overrides)
    return ScenarioResult(item.id, now_utc(), scenario_inputs_hash(case, item), data)


def _tranches(rows: list[Mapping[str, object]]) -> tuple[Tranche, ...]:
    tranches = []
    for index, row in enumerate(rows, start=1):
        try:
            tranches.append(
                Tranche(
                    name=str(row.get("name") or f"Class {index}"),
                    rank=int(row.get("rank", index)),  # type: ignore[call-overload]
                    balance=float(row.get("balance", 0.0)),  # type: ignore[arg-type]
                    coupon_type=str(row.get("coupon_type", "fixed")),
                    coupon=float(row.get("coupon") or 0.0),  # type: ignore[arg-type]
                )
            )
        except (TypeError, ValueError):
            raise StressInputError(
                f"Tranche {index} has a non-numeric rank, balance or coupon."
            ) from None
    return tuple(tranches)


def pool_cut_off(pool: StoredPool) -> date:
    """The tape's cut-off date, else the newest origination date, else today."""
    as_of = pool.source.get("as_of")
    if as_of:
        return date.fromisoformat(str(as_of)[:10])
    if "origination_date" in pool.loans.columns and pool.loans["origination_date"].notna().any():
        return pd.Timestamp(pool.loans["origination_date"].max()).date()
    return date.today()


def _months_until(start: date, end: object) -> int | None:
    if not end:
        return None
    final = date.fromisoformat(str(end)[:10])
    months = (final.year - start.year) * 12 + final.month - start.month
    if months < 1:
        raise StressInputError(
            f"The legal final maturity {final} is not after the cut-off {start}."
        )
    return months


def _entity(case: Case, entity_id: object) -> Entity | None:
    if not entity_id:
        return None
    try:
        return case.entity(str(entity_id))
    except KeyError:
        return None


def _servicer_rating(case: Case, servicer: Entity) -> str | None:
    """The committee's long-term rating of the servicer, else its guideline's proposal.

    The commingling trigger needs the servicer's rating; a group bank often has no recorded
    decision yet while the deal is rated, and its guideline is what the committee will see.
    """
    decision = current_decision(case, servicer.id, "long_term")
    if decision is not None:
        return decision.rating
    try:
        proposed = evaluate_entity(case, servicer.id).long_term
    except (KeyError, ValueError):
        return None
    if proposed is None or proposed.proposed is None:
        return None
    return proposed.proposed.symbol


def _country(case: Case, entity: Entity | None) -> Country | None:
    if entity is None:
        return None
    return next((c for c in case.countries if c.code == entity.country), None)


def _domestic(servicer: Entity | None, issuer: Entity | None) -> bool:
    """Single-country, domestic-currency deal: the servicer and the issuer share both."""
    parties = [p for p in (servicer, issuer) if p is not None]
    return len({(p.country, p.currency) for p in parties}) <= 1
