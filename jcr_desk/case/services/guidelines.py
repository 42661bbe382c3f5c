"""Which rule of the methodology applies to which entity of a case, and with what inputs.

The rule engines (``jcr_desk.methodology``) know nothing of a case: they take ratings and
options. This module is the one place that reads an entity's role, sector, place in the tree
and country and calls the right engine, so the group tab, the chart and the CLI all show the
same guideline for the same entity.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from jcr_desk.case.document.model import (
    GROUP_ROLES,
    HOLDING_ROLES,
    Case,
    Country,
    Entity,
)
from jcr_desk.case.document.rule_inputs import (
    CURRENCIES,
    FINANCIAL_HOLDING,
    GCW,
    GROUP_RATING,
    HOLDING_ISSUES,
    INDUSTRIAL_HOLDING,
    INTERMEDIATE_SUPPORTED,
    InputSpec,
    group_company_specs,
    is_industrial,
)
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology import ceilings, groups
from jcr_desk.methodology.guideline import Guideline, chain, reason
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.ratings import Rating, ShortTermRating


@dataclass(frozen=True)
class EntityGuidelines:
    """Everything the methodology proposes for one entity."""

    entity_id: str
    rule_title: str
    long_term: Guideline | None
    short_term: ShortTermRating | None
    issue: Guideline | None
    double_leverage: float | None
    double_leverage_high: float


# --- evaluation -----------------------------------------------------------------------------


def _gcw_key(entity: Entity) -> str:
    return GROUP_RATING.key if is_industrial(entity) else GCW.key


def _self_and_ancestors(case: Case, entity: Entity) -> Iterator[Entity]:
    """The entity, its parent, its grandparent… stopping at a cycle or a dangling parent."""
    by_id = {item.id: item for item in case.entities}
    seen: set[str] = set()
    current: Entity | None = entity
    while current is not None and current.id not in seen:
        seen.add(current.id)
        yield current
        current = by_id.get(current.parent_id) if current.parent_id else None


def tree_order(case: Case) -> list[Entity]:
    """Entities parent before children, siblings in case order: how the tree lists them.

    An entity whose parent is missing from the case counts as a top entity and entities
    caught in an ownership cycle follow at the end, so none is lost.
    """
    ids = {entity.id for entity in case.entities}
    ordered: list[Entity] = []
    seen: set[str] = set()

    def visit(entity: Entity) -> None:
        if entity.id in seen:
            return
        seen.add(entity.id)
        ordered.append(entity)
        for child in case.children_of(entity.id):
            visit(child)

    for entity in case.entities:
        if entity.parent_id not in ids:
            visit(entity)
    for entity in case.entities:  # members of an ownership cycle, which has no top
        visit(entity)
    return ordered


def group_creditworthiness(case: Case, entity_id: str) -> Rating | None:
    """GCW for an entity: the input of the nearest holding company at or above it.

    A holding company's own ``gcw`` (``group_rating`` for an industrial group) comes first, so
    an intermediate holding company may carry its own figure and otherwise inherits its
    parent's. ``None`` when no holding company above the entity has entered one.
    """
    for item in _self_and_ancestors(case, case.entity(entity_id)):
        if item.role in HOLDING_ROLES:
            text = item.inputs.get(_gcw_key(item))
            if text:
                return Rating.parse(text)
    return None


def _options(entity: Entity, specs: tuple[InputSpec, ...]) -> dict[str, Any]:
    """The entity's entered values for these inputs; absent ones take the engine's default."""
    return {spec.key: entity.inputs[spec.key] for spec in specs if spec.key in entity.inputs}


def _holding_guideline(entity: Entity, gcw: Rating | None) -> Guideline:
    if is_industrial(entity):
        return groups.industrial_holding_guideline(gcw, **_options(entity, INDUSTRIAL_HOLDING))
    specs = FINANCIAL_HOLDING
    if entity.role == "intermediate_holding":
        specs += (INTERMEDIATE_SUPPORTED,)
    return groups.financial_holding_guideline(gcw, **_options(entity, specs))


def _group_company_guideline(entity: Entity, gcw: Rating | None) -> Guideline:
    options = _options(entity, group_company_specs())
    if entity.role == "core":
        options.setdefault("importance", "core")
    importance = options.pop("importance", None)
    if options.get("integration") == "":
        options["integration"] = None
    return groups.group_company_guideline(gcw, importance, **options)


def _double_leverage(entity: Entity) -> float | None:
    """The ratio when both figures are there; ``None`` when one is missing."""
    figures = entity.financials
    if "investments_in_subsidiaries" not in figures or "equity" not in figures:
        return None
    return groups.double_leverage_ratio(figures["investments_in_subsidiaries"], figures["equity"])


def _country(case: Case, code: str) -> Country | None:
    return next((country for country in case.countries if country.code == code), None)


def _with_ceiling(case: Case, entity: Entity, guideline: Guideline) -> Guideline:
    """Add the country-ceiling step to a foreign-currency rating (local ones are not capped)."""
    currency = entity.inputs.get("rating_currency", "local")
    if currency not in CURRENCIES:
        raise ValueError(f"rating_currency must be one of {CURRENCIES}, got {currency!r}")
    if currency == "local":
        return guideline
    country = _country(case, entity.country)
    ceiling = country.country_ceiling if country is not None else None
    if guideline.proposed is None:
        note = reason(
            QT_TRANSLATE_NOOP(
                "Guideline",
                "Foreign-currency rating: the country ceiling of {country} ({ceiling}) caps "
                "whatever rating the analyst sets.",
            ),
            country=entity.country,
            ceiling=ceiling or reason(QT_TRANSLATE_NOOP("Guideline", "not entered")),
        )
        return replace(guideline, flags=(*guideline.flags, note))
    capped = ceilings.cap_by_ceiling(
        guideline.proposed,
        ceiling,
        currency="foreign",
        exception=bool(entity.inputs.get("ceiling_exception", False)),
    )
    return chain(guideline, capped)


def _rule_title(entity: Entity) -> str:
    if entity.role in HOLDING_ROLES:
        if is_industrial(entity):
            return QT_TRANSLATE_NOOP("Guideline", "Holding company of an industrial group (004 §1)")
        if entity.role == "intermediate_holding":
            return QT_TRANSLATE_NOOP(
                "Guideline", "Intermediate holding company of a financial group (001 §2)"
            )
        return QT_TRANSLATE_NOOP("Guideline", "Financial holding company (001 §2)")
    if entity.role == "core":
        return QT_TRANSLATE_NOOP("Guideline", "Core company of a financial group (001 §3)")
    if entity.role == "group_company":
        return QT_TRANSLATE_NOOP("Guideline", "Group company of a financial group (001 §3)")
    return ""


def evaluate_entity(case: Case, entity_id: str) -> EntityGuidelines:
    """Run the entity's rule on its inputs; entities no rule covers get empty guidelines.

    Raises ``ValueError`` when an input holds an option the rule does not know, and
    ``KeyError`` for an unknown entity id.
    """
    entity = case.entity(entity_id)
    rulebook = load_rulebook()
    long_term: Guideline | None = None
    issue: Guideline | None = None
    leverage: float | None = None
    if entity.role in GROUP_ROLES:
        gcw = group_creditworthiness(case, entity_id)
        if entity.role in HOLDING_ROLES:
            long_term = _holding_guideline(entity, gcw)
            leverage, issue = _issue_guideline(entity, gcw)
            issue = _with_ceiling(case, entity, issue)
        else:
            long_term = _group_company_guideline(entity, gcw)
        long_term = _with_ceiling(case, entity, long_term)
    short_term = None
    if long_term is not None and long_term.proposed is not None:
        short_term = rulebook.short_term_for(long_term.proposed)
    return EntityGuidelines(
        entity_id=entity.id,
        rule_title=_rule_title(entity),
        long_term=long_term,
        short_term=short_term,
        issue=issue,
        double_leverage=leverage,
        double_leverage_high=rulebook.double_leverage_high,
    )


def _issue_guideline(entity: Entity, gcw: Rating | None) -> tuple[float | None, Guideline]:
    """Double leverage and the issue-rating guideline of a holding company (004 §1(3)).

    Figures the ratio cannot be computed from (equity of zero or less) leave the ratio
    missing and say why among the guideline's flags rather than stopping the evaluation.
    """
    problem = ""
    try:
        leverage = _double_leverage(entity)
    except ValueError as error:
        leverage, problem = None, str(error)
    guideline = groups.holding_issue_guideline(gcw, leverage, **_options(entity, HOLDING_ISSUES))
    if problem:
        # the engine's own message (English): no template to translate it by
        guideline = replace(guideline, flags=(*guideline.flags, reason(problem)))
    return leverage, guideline
