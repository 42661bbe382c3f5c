"""Summary, Group and Ceilings: the ratings the committee decides and where they come from."""

from __future__ import annotations

import re

from openpyxl.styles import Alignment

from jcr_desk.case.document.model import Entity, RatingHistoryEntry
from jcr_desk.case.edits.decision_commands import proposal_for_item
from jcr_desk.case.services.guidelines import EntityGuidelines
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext

#: The rated items as the sheets' columns name them.
ITEM_NAMES = {"long_term": "Long-term", "short_term": "Short-term (CP)", "issue": "Issue"}
#: Words in a rating-history line's issue that name each rated item.
_HISTORY_WORDS = {
    "long_term": ("long-term", "issuer rating"),
    "short_term": ("short-term", "commercial paper", "cp"),
    "issue": ("bond", "issue rating", "notes"),
}
SUMMARY_HEADERS = (
    "Entity",
    "Rated item",
    "Current rating",
    "Outlook",
    "Guideline range",
    "Proposal",
    "Decision",
    "Override",
    "Reason",
    "Analyst",
    "Decided (UTC)",
)
CLASS_HEADERS = (
    "Class",
    "Rank",
    "Balance (yen)",
    "Highest passing rating",
    "Rating after ceiling rules",
    "Ceiling steps",
)


def write_summary(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "Summary of ratings",
        "Current rating and outlook: the latest rating-history line of the entity whose issue "
        "names the item.",
    )
    header_row = row
    sheet.header(row, SUMMARY_HEADERS)
    row += 1
    for entity in context.entities:
        for item, guideline in _rated_items(context.guidelines.get(entity.id)):
            sheet.row(row, _summary_line(context, entity, item, guideline), _SUMMARY_STYLES)
            row += 1
    last_entity_row = row - 1
    result = context.result
    if result is not None and context.scenario is not None:
        row += 1
        sheet.text(row, 1, f"Classes of {context.scenario.name}", styles.HEADING)
        row += 1
        sheet.header(row, CLASS_HEADERS)
        balances = {c.name: c for c in context.scenario.structure.classes}
        for rating in result.classes:
            row += 1
            note = balances.get(rating.name)
            sheet.row(
                row,
                [
                    rating.name,
                    None if note is None else note.rank,
                    None if note is None else note.balance,
                    rating.highest_rating or ("none passes" if rating.rated else "not rated"),
                    rating.capped_rating or "",
                ],
                [styles.TEXT, styles.INTEGER, styles.YEN, styles.RATING, styles.RATING],
            )
            sheet.merged_text(row, 6, 11, "; ".join(rating.cap_steps), per_line=100)
    sheet.finish(
        header_row=header_row,
        freeze=f"B{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(last_entity_row, len(SUMMARY_HEADERS))}"
        if last_entity_row > header_row
        else None,
    )


_SUMMARY_STYLES = [
    styles.TEXT,
    styles.TEXT,
    styles.RATING,
    styles.TEXT,
    styles.TEXT,
    styles.RATING,
    styles.RATING,
    styles.TEXT,
    styles.WRAP,
    styles.TEXT,
    styles.DATETIME,
]


def _rated_items(found: EntityGuidelines | None) -> list[tuple[str, Guideline | None]]:
    if found is None or found.long_term is None:
        return []
    items: list[tuple[str, Guideline | None]] = [
        ("long_term", found.long_term),
        ("short_term", found.long_term),
    ]
    if found.issue is not None:
        items.append(("issue", found.issue))
    return items


def _summary_line(
    context: ExportContext, entity: Entity, item: str, guideline: Guideline | None
) -> list[object]:
    decision = context.case.decision(entity.id, item)
    history = latest_history(context.case.history, entity.name, item)
    range_text = guideline.range_text() if guideline is not None else ""
    if item == "short_term":
        range_text = "from the long-term rating"
    return [
        entity.name,
        ITEM_NAMES[item],
        history.rating if history else "",
        history.outlook if history else "",
        range_text,
        proposal_for_item(item, guideline) or "open",
        decision.rating if decision else "not decided",
        ("yes" if decision.is_override else "no") if decision else "",
        decision.reason if decision else "",
        decision.analyst if decision else "",
        decision.timestamp.replace(tzinfo=None) if decision else None,
    ]


def latest_history(
    history: list[RatingHistoryEntry], issuer: str, item: str
) -> RatingHistoryEntry | None:
    """The newest history line of ``issuer`` whose issue names ``item``."""
    words = _HISTORY_WORDS[item]
    lines = [
        h
        for h in history
        if h.issuer == issuer
        and any(re.search(rf"\b{re.escape(word)}\b", h.issue.casefold()) for word in words)
    ]
    return max(lines, key=lambda h: h.publication_date, default=None)


GROUP_HEADERS = (
    "Entity",
    "Role",
    "Rule",
    "Country",
    "Currency",
    "Owned by parent",
    "Sector",
    "Long-term proposal",
    "Long-term decision",
    "Short-term proposal",
    "Issue rating proposal",
    "Double leverage",
)
#: The steps share the tree's columns: the reason under the rule, the citation across two.
STEP_HEADERS = ("Entity", "Rated item", "Reason", "Step", "Notches", "Citation")
_CITATION_COLUMNS = (6, 7)


def write_group(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "Group structure", "Indented under their parent; ownership is the parent's share."
    )
    header_row = row
    sheet.header(row, GROUP_HEADERS)
    for entity in context.entities:
        row += 1
        found = context.guidelines.get(entity.id)
        decision = context.case.decision(entity.id, "long_term")
        cell = sheet.text(row, 1, entity.name)
        depth = context.depth(entity)
        if depth:
            cell.alignment = Alignment(vertical="top", indent=2 * depth)
            sheet.width(1, len(entity.name) + 2 * depth)
        sheet.row(
            row,
            [
                entity.role,
                found.rule_title if found else "",
                entity.country,
                entity.currency,
                None if entity.ownership_pct is None else entity.ownership_pct / 100,
                entity.sector,
                _proposed(found.long_term if found else None),
                decision.rating if decision else "",
                str(found.short_term) if found and found.short_term else "",
                _proposed(found.issue if found else None),
                found.double_leverage if found else None,
            ],
            [styles.TEXT, styles.WRAP, styles.TEXT, styles.TEXT, styles.PERCENT, styles.TEXT]
            + [styles.RATING] * 4
            + [styles.MULTIPLE],
            column=2,
        )
    last = row
    row += 2
    sheet.text(row, 1, "Guideline steps", styles.HEADING)
    row += 1
    sheet.header(row, STEP_HEADERS)
    sheet.ws.merge_cells(
        start_row=row,
        start_column=_CITATION_COLUMNS[0],
        end_row=row,
        end_column=_CITATION_COLUMNS[1],
    )
    for entity in context.entities:
        found = context.guidelines.get(entity.id)
        for item, guideline in (
            ("long_term", found and found.long_term),
            ("issue", found and found.issue),
        ):
            if not guideline:
                continue
            row = _steps(sheet, row, entity, item, guideline)
    sheet.finish(
        header_row=header_row,
        freeze=f"B{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(last, len(GROUP_HEADERS))}",
    )


def _steps(sheet: Sheet, row: int, entity: Entity, item: str, guideline: Guideline) -> int:
    start = str(guideline.start) if guideline.start else "not set"
    lines: list[tuple[str, int | None, str, str]] = [("start", None, f"Starting point {start}", "")]
    lines += [(s.rule_id, s.delta, s.reason, s.citation) for s in guideline.steps]
    outcome = f"Proposed {_proposed(guideline)}; allowed {guideline.range_text()}" + (
        "; needs the analyst's judgement" if guideline.needs_judgement else ""
    )
    lines.append(("result", None, outcome, ""))
    lines += [("flag", None, str(flag), "") for flag in guideline.flags]
    for step, notches, reason, citation in lines:
        row += 1
        sheet.row(
            row,
            [entity.name, ITEM_NAMES[item], reason, step, notches],
            [styles.TEXT, styles.TEXT, styles.WRAP, styles.TEXT, styles.INTEGER],
        )
        sheet.merged_text(row, *_CITATION_COLUMNS, citation, per_line=24)
    return row


def _proposed(guideline: Guideline | None) -> str:
    if guideline is None:
        return ""
    return str(guideline.proposed) if guideline.proposed is not None else "open"


CEILING_HEADERS = (
    "Code",
    "Country",
    "Local-currency rating",
    "Foreign-currency rating",
    "Country ceiling",
    "Hard currency",
    "Entities there",
    "Rated in foreign currency (capped by the ceiling)",
)


def write_ceilings(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "Sovereigns and country ceilings",
        "A foreign-currency rating is capped by its country's ceiling (003 No. 1).",
    )
    header_row = row
    sheet.header(row, CEILING_HEADERS)
    for country in context.case.countries:
        row += 1
        there = [e for e in context.entities if e.country == country.code]
        capped = [e for e in there if e.inputs.get("rating_currency") == "foreign"]
        sheet.row(
            row,
            [
                country.code,
                country.name,
                country.local_currency_rating or "",
                country.foreign_currency_rating or "",
                country.country_ceiling or "",
                "yes" if country.hard_currency else "no",
                ", ".join(e.name for e in there),
                ", ".join(e.name for e in capped),
            ],
            [
                styles.TEXT,
                styles.TEXT,
                styles.RATING,
                styles.RATING,
                styles.RATING,
                styles.TEXT,
                styles.WRAP,
                styles.WRAP,
            ],
        )
    sheet.finish(
        header_row=header_row,
        freeze=f"A{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(row, len(CEILING_HEADERS))}",
    )
