"""Run a case's stress scenario: gather its inputs, call the engine, keep the result.

The window, the CLI and the tests all run a scenario through :func:`run_scenario`, so they
show the same numbers. The inputs hash lets a reopened case show its stored result and say
whether the inputs have changed since it was computed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pandas as pd

from jcr_desk.case.document.model import (
    Case,
    Country,
    Entity,
    Scenario,
    ScenarioResult,
    StoredPool,
    now_utc,
)
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.structured.errors import refused
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.engine import run_stress
from jcr_desk.structured.rmbs.inputs import (
    REQUIRED_ASSUMPTIONS,
    Parties,
    StressInputError,
    StressInputs,
)

#: Assumption names ``--set`` and the tab may override for one run.
NUMERIC_ASSUMPTIONS = tuple(REQUIRED_ASSUMPTIONS)
ASSUMPTION_LABELS = REQUIRED_ASSUMPTIONS


def scenario(case: Case, scenario_id: str) -> Scenario:
    for item in case.scenarios:
        if item.id == scenario_id:
            return item
    raise StressInputError(
        refused(
            QT_TRANSLATE_NOOP("StressInput", "The case has no scenario with id {id}."),
            id=repr(scenario_id),
        )
    )


def scenario_pool(case: Case, item: Scenario) -> StoredPool:
    """The scenario's pool (:meth:`Case.scenario_pool`), or a clear refusal."""
    pool = case.scenario_pool(item)
    if pool is None:
        raise StressInputError(
            refused(
                QT_TRANSLATE_NOOP("StressInput", "The case has no pool: import a loan tape first.")
            )
        )
    return pool


def scenario_inputs_hash(case: Case, item: Scenario) -> str:
    """Fingerprint of everything a run reads, to tell a stale stored result."""
    pool = scenario_pool(case, item) if case.pools else None
    payload = {
        "assumptions": item.assumptions.to_dict(),
        "structure": item.structure.to_dict(),
        "pool": None
        if pool is None
        else [pool.id, pool.source.get("sha256"), len(pool.loans), pool.source.get("imported_at")],
        "parties": vars(_parties(case, item.structure)),
        "countries": [vars(country) for country in case.countries],
        "rulebook": load_rulebook().version,
    }
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stress_inputs(
    case: Case, item: Scenario, overrides: Mapping[str, float] | None = None
) -> StressInputs:
    """The engine's inputs for ``item``, with ``overrides`` of numeric assumptions."""
    pool = scenario_pool(case, item)
    changes: dict[str, float | int] = {}
    for name, value in (overrides or {}).items():
        if name not in NUMERIC_ASSUMPTIONS:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput", "Unknown assumption {name}; choose one of {names}."
                    ),
                    name=repr(name),
                    names=", ".join(NUMERIC_ASSUMPTIONS),
                )
            )
        changes[name] = int(value) if name == "recovery_lag_months" else float(value)
    return StressInputs(
        loans=pool.loans,
        cut_off=pool_cut_off(pool),
        assumptions=replace(item.assumptions, **changes),
        deal=item.structure,
        parties=_parties(case, item.structure),
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
    result = run_stress(stress_inputs(case, item, overrides), progress=progress, cancel=cancel)
    if overrides:
        result = replace(result, overrides=MappingProxyType(dict(overrides)))
    return ScenarioResult(item.id, now_utc(), scenario_inputs_hash(case, item), result)


def _parties(case: Case, deal: DealStructure) -> Parties:
    """The ratings of the deal's counterparties, from the group tab where they are entities."""
    servicer = _entity(case, deal.servicer_id)
    issuer = _entity(case, deal.issuer_id)
    country = _country(case, servicer or issuer)
    guarantee, rent = deal.guarantee, deal.rent_guarantee
    return Parties(
        servicer_rating=None if servicer is None else entity_rating(case, servicer),
        guarantor_rating=None
        if guarantee is None
        else _party_rating(case, guarantee.guarantor_id, guarantee.guarantor_rating),
        sublease_rating=None
        if rent is None
        else _party_rating(case, rent.company_id, rent.company_rating),
        asset_country_ceiling=None if country is None else country.country_ceiling,
        sovereign=None if country is None else country.foreign_currency_rating,
        domestic_single_country=_domestic(servicer, issuer),
    )


def _party_rating(case: Case, entity_id: str | None, typed: str | None) -> str | None:
    """A counterparty's rating: from the group tab when it is an entity there, else typed."""
    entity = _entity(case, entity_id)
    return entity_rating(case, entity) if entity is not None else typed


def pool_cut_off(pool: StoredPool) -> date:
    """The tape's cut-off date, else the newest origination date, else today."""
    as_of = pool.source.get("as_of")
    if as_of:
        return date.fromisoformat(str(as_of)[:10])
    if "origination_date" in pool.loans.columns and pool.loans["origination_date"].notna().any():
        return pd.Timestamp(pool.loans["origination_date"].max()).date()
    return date.today()


def _entity(case: Case, entity_id: object) -> Entity | None:
    if not entity_id:
        return None
    try:
        return case.entity(str(entity_id))
    except KeyError:
        return None


def entity_rating(case: Case, entity: Entity) -> str | None:
    """The committee's long-term rating of an entity, else its guideline's proposal.

    The commingling trigger needs the servicer's rating (a guarantee, the guarantor's); a
    group bank often has no recorded decision yet while the deal is rated, and its guideline
    is what the committee will see.
    """
    decision = case.decision(entity.id, "long_term")
    if decision is not None:
        return decision.rating
    try:
        proposed = evaluate_entity(case, entity.id).long_term
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
