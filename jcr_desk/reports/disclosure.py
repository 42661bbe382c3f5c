"""The Rule 17g-7 information disclosure form, drafted from the case.

Items 1, 2, 3, 7, 8, 13 and 14 are drawn from the rated items, their citations and the
stress results; items 6 and 10 and the attestation from the case's disclosure details; item
12 refers to the history table at the end, built from each item's history. Fixed wording
(items 4, 5, 9 and the attestation's statements) stays in the template.
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.case.document.history_file import HEADERS
from jcr_desk.case.document.model import Case, Scenario, StoredPool
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.case.services.rated_items import (
    CLASS,
    PROGRAM,
    RatedItem,
    program_item_key,
    rated_items,
)
from jcr_desk.case.services.stress_run import pool_cut_off
from jcr_desk.reports.methodology_cited import desk_default_citations
from jcr_desk.reports.release import common_fields, methodology_blocks
from jcr_desk.reports.sensitivity_words import class_sensitivity, program_sensitivity
from jcr_desk.reports.templates import Block, Draft, Fields, phrase, render
from jcr_desk.reports.wording import (
    date_text,
    issuer_name,
    item_label,
    joined,
    outlook_words,
    proposed_rating,
)
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.rmbs.result import EnhancementResult


@dataclass(frozen=True)
class DisclosureItem:
    """One numbered item of the form, as the workbook's "Disclosure" sheet lists it."""

    number: int
    title: str
    lines: tuple[str, ...]
    missing: tuple[str, ...]  # placeholders among the lines


def disclosure_items(case: Case, language: str = "en") -> list[DisclosureItem]:
    """The form's 14 items (title and lines) in ``language``."""
    draft = disclosure_draft(case, language)
    items: list[DisclosureItem] = []
    title, number, lines = "", None, []
    for block in (*draft.blocks, Block("heading")):
        if block.kind in ("heading", "title"):
            if number is not None:
                missing = tuple(m for m in draft.missing if any(m in line for line in lines))
                items.append(DisclosureItem(number, title, tuple(lines), missing))
            number, title, lines = block.number, block.text, []
        elif number is not None:
            lines.extend([block.text] if not block.rows else ["\t".join(r) for r in block.rows])
    return items


def _deals(case: Case, items: list[RatedItem]) -> list[tuple[Scenario, EnhancementResult | None]]:
    """The structured deals with rated classes among the items, with their stress results."""
    keys = {item.key.split(":")[1] for item in items if item.kind == CLASS}
    out = []
    for scenario in case.scenarios:
        if scenario.id in keys:
            stored = next((r for r in case.results if r.scenario_id == scenario.id), None)
            out.append((scenario, None if stored is None else stored.result))
    return out


def _deal_name(case: Case, scenario: Scenario, language: str) -> str:
    issuer = next((e for e in case.entities if e.id == scenario.structure.issuer_id), None)
    return scenario.name if issuer is None else issuer.display_name(language)


def _bullets(texts: list[str]) -> list[Block]:
    return [Block("bullet", text) for text in texts]


def disclosure_draft(case: Case, language: str) -> Draft:
    fields = common_fields(case, language)
    items = rated_items(case)
    deals = _deals(case, items)
    corporate = any(item.kind in ITEMS for item in items)
    info = case.disclosure
    issuers = list(dict.fromkeys(issuer_name(item, language, fields) for item in items))
    fields.inline["issuers"] = joined(issuers, language)
    fields.inline["publication_date"] = (
        date_text(info.publication_date, language)
        if info.publication_date
        else fields.missing_text(phrase(language, "missing.publication_date"))
    )
    blocks = fields.blocks
    blocks["item_1"] = _bullets([_rated_line(item, language, fields) for item in items])
    blocks["item_2"] = [
        *methodology_blocks(case, language, fields),
        *_rulebook(case, deals, language),
    ]
    blocks["item_3"] = _bullets(_assumptions(case, deals, corporate, language))
    blocks["item_6"] = _bullets([_due_diligence(case, language, fields)])
    blocks["item_7"] = _bullets(
        [
            phrase(language, "disclosure.servicer_reports", deal=_deal_name(case, s, language))
            for s, _ in deals
        ]
        or [phrase(language, "disclosure.no_servicer_reports")]
    )
    blocks["item_8"] = _bullets(_data_types(case, deals, corporate, language))
    blocks["item_10"] = _bullets(_conflicts(case, language, fields))
    blocks["item_11"] = _bullets(
        ([phrase(language, "disclosure.volatility_corporate")] if corporate else [])
        + [
            phrase(language, "disclosure.volatility_structured", deal=_deal_name(case, s, language))
            for s, _ in deals
        ]
    )
    blocks["item_12"] = _bullets([phrase(language, "disclosure.history")])
    blocks["item_13"] = _bullets(_sensitivity(case, items, corporate, language, fields))
    blocks["item_14"] = _bullets(_representations(case, deals, items, language, fields))
    blocks["history_table"] = [history_table(items, language)]
    name = info.responsible_name or fields.missing_text(
        phrase(language, "missing.responsible_name")
    )
    fields.inline["responsible_name"] = name
    fields.inline["responsible_title"] = info.responsible_title or fields.missing_text(
        phrase(language, "missing.responsible_title")
    )
    fields.inline["attestation_statement"] = phrase(language, "attestation.statement", name=name)
    return render("disclosure", language, fields)


def _rated_line(item: RatedItem, language: str, fields: Fields) -> str:
    values = {
        "issuer": item.issuer_name(language),
        "item": item_label(item, language),
        "rating": proposed_rating(item, language, fields),
    }
    if item.carries_outlook:
        outlook = outlook_words(item.outlook, language) or fields.missing_text(
            phrase(language, "missing.outlook", item=f"{values['issuer']} {values['item']}")
        )
        return phrase(language, "disclosure.rated_item_outlook", outlook=outlook, **values)
    return phrase(language, "disclosure.rated_item", **values)


def _rulebook(case: Case, deals: list, language: str) -> list[Block]:
    from jcr_desk.methodology.rulebook import load_rulebook

    version = load_rulebook().version
    count = len(desk_default_citations(case))
    lines = [phrase(language, "disclosure.rulebook", version=version, count=count)]
    for scenario, result in deals:
        if result is not None and result.rulebook_version != version:
            lines.append(
                phrase(
                    language,
                    "disclosure.rulebook_stale",
                    deal=_deal_name(case, scenario, language),
                    version=result.rulebook_version,
                )
            )
    return _bullets(lines)


def _percent(value: object) -> str:
    return f"{float(value) * 100:.1f}%" if isinstance(value, int | float) else "-"


def _assumptions(case: Case, deals: list, corporate: bool, language: str) -> list[str]:
    lines = [phrase(language, "disclosure.assumptions_corporate")] if corporate else []
    for scenario, result in deals:
        base = {} if result is None else result.base_case
        lines.append(
            phrase(
                language,
                "disclosure.assumptions_structured",
                deal=_deal_name(case, scenario, language),
                default_rate=_percent(base.get("base_default_rate")),
                cpr=_percent(base.get("cpr")),
                recovery=_percent(base.get("recovery_rate")),
            )
        )
    return lines


def _due_diligence(case: Case, language: str, fields: Fields) -> str:
    info = case.disclosure
    if info.due_diligence_used is None:
        return fields.missing_text(phrase(language, "missing.due_diligence"))
    if info.due_diligence_used:
        return phrase(language, "disclosure.due_diligence_used", note=info.due_diligence_note)
    return phrase(language, "disclosure.due_diligence_not_used")


def _data_types(case: Case, deals: list, corporate: bool, language: str) -> list[str]:
    lines = [phrase(language, "disclosure.data_corporate")] if corporate else []
    for scenario, _result in deals:
        deal = _deal_name(case, scenario, language)
        pool = case.scenario_pool(scenario)
        if pool is not None:
            lines.append(
                phrase(
                    language,
                    "disclosure.data_pool",
                    deal=deal,
                    file=pool.source.get("file", pool.name),
                    loans=f"{len(pool.loans):,}",
                    cut_off=_cut_off(pool),
                )
            )
        static = scenario.assumptions.to_dict().get("static_data") or {}
        if isinstance(static, dict) and static.get("file"):
            lines.append(phrase(language, "disclosure.data_static", file=static["file"]))
        lines.append(phrase(language, "disclosure.data_deal"))
    return lines


def _cut_off(pool: StoredPool) -> str:
    try:
        return pool_cut_off(pool).isoformat()
    except (ValueError, KeyError):
        return "-"


def _conflicts(case: Case, language: str, fields: Fields) -> list[str]:
    info = case.disclosure
    if info.fee_payer:
        payer = phrase(language, f"disclosure.fee_payers.{info.fee_payer}")
        fee = phrase(language, "disclosure.fee", payer=payer)
    else:
        fee = fields.missing_text(phrase(language, "missing.fee_payer"))
    if info.other_services_paid is None:
        other = fields.missing_text(phrase(language, "missing.other_services"))
    elif info.other_services_paid:
        other = phrase(language, "disclosure.other_services_paid", note=info.other_services_note)
    else:
        other = phrase(language, "disclosure.other_services_not_paid")
    return [fee, other]


def _sensitivity(
    case: Case, items: list[RatedItem], corporate: bool, language: str, fields: Fields
) -> list[str]:
    lines = [phrase(language, "disclosure.sensitivity_corporate")] if corporate else []
    results = {r.scenario_id: r.result for r in case.results}
    programs = {program_item_key(r.program_id): r.result for r in case.program_results}
    for item in items:
        if item.kind not in (CLASS, PROGRAM):
            continue
        result = results.get(item.key.split(":")[1]) or programs.get(item.key)
        if result is None or item.proposal.rating is None:
            label = f"{item.issuer_name(language)} {item.class_name}"
            lines.append(fields.missing_text(phrase(language, "missing.sensitivity", item=label)))
        elif isinstance(result, ProgramResult):
            lines.append(program_sensitivity(item, result, language))
        else:
            lines.append(" ".join(class_sensitivity(item, result, language)))
    return lines


def _representations(
    case: Case, deals: list, items: list[RatedItem], language: str, fields: Fields
) -> list[str]:
    """Item 14 for every asset-backed security rated: each deal's classes and each ABCP
    program (commercial paper backed by the receivables it buys)."""
    names = [_deal_name(case, scenario, language) for scenario, _result in deals]
    names += [item.class_name for item in items if item.kind == PROGRAM]
    if not names:
        return [phrase(language, "disclosure.not_abs")]
    text = case.disclosure.representations_warranties
    lines = []
    for deal in names:
        body = text or fields.missing_text(phrase(language, "missing.representations", deal=deal))
        lines.append(phrase(language, "disclosure.abs_reps", deal=deal, text=body))
    return lines


def history_table(items: list[RatedItem], language: str) -> Block:
    """Every item's history lines, item by item, oldest first: the form's closing table."""
    rows = [HEADERS[language]]
    for item in items:
        for entry in item.history:
            rows.append(
                (
                    entry.issuer,
                    entry.issue,
                    date_text(entry.publication_date, language),
                    entry.rating,
                    outlook_words(entry.outlook, language),
                )
            )
    return Block("table", rows=tuple(rows))
