"""The release draft of a committee: headlines per issuer, rationale, ratings, methodology.

``rating_action_rows`` gives the same items as rows (the committee workbook's "Rating
action" sheet); ``release_draft`` fills the release template of a language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jcr_desk import __version__
from jcr_desk.case.document.model import Case
from jcr_desk.case.services.rated_items import RatedItem, rated_items
from jcr_desk.reports.methodology_cited import cited_documents
from jcr_desk.reports.templates import Block, Draft, Fields, phrase, phrases, render
from jcr_desk.reports.wording import (
    action_name,
    action_tag,
    amount_text,
    date_text,
    headline,
    issuer_name,
    item_label,
    joined,
    outlook_words,
)


@dataclass(frozen=True)
class RatingActionRow:
    """One rated item as the workbook's "Rating action" sheet lists it ("" = none)."""

    issuer: str
    item: str
    current_rating: str
    current_outlook: str
    current_date: date | None
    proposed_rating: str
    proposed_outlook: str
    proposal_source: str
    action: str
    action_chosen_by_analyst: bool
    action_reason: str
    cp_maximum: str
    notes: str


def rating_action_rows(case: Case, language: str = "en") -> list[RatingActionRow]:
    """Every rated item with current → proposed and its action, in ``language``'s words."""
    rows = []
    for item in rated_items(case):
        current = item.current
        source = item.proposal.source
        rows.append(
            RatingActionRow(
                issuer=item.issuer_name(language),
                item=item_label(item, language),
                current_rating=current.rating if current else "",
                current_outlook=outlook_words(current.outlook, language) if current else "",
                current_date=current.publication_date if current else None,
                proposed_rating=item.proposal.rating or "",
                proposed_outlook=outlook_words(item.outlook, language),
                proposal_source=phrase(language, f"sources.{source}") if source else "",
                action=action_name(item.action, language) if item.action else "",
                action_chosen_by_analyst=bool(item.chosen_action),
                action_reason=item.action_reason,
                cp_maximum=amount_text(item.maximum_yen, language) if item.maximum_yen else "",
                notes=" ".join(note.in_language(language) for note in item.notes),
            )
        )
    return rows


def by_issuer(items: list[RatedItem]) -> list[list[RatedItem]]:
    """Items grouped by issuer, issuers in the order they first appear."""
    groups: dict[str, list[RatedItem]] = {}
    for item in items:
        owner = item.issuer.id if item.issuer is not None else item.issuer_fallback
        groups.setdefault(owner, []).append(item)
    return list(groups.values())


def _action_groups(items: list[RatedItem]) -> list[list[RatedItem]]:
    groups: dict[str | None, list[RatedItem]] = {}
    for item in items:
        groups.setdefault(item.action, []).append(item)
    return list(groups.values())


def _ratings_blocks(case: Case, language: str, fields: Fields, details: bool) -> list[Block]:
    """Per issuer its name, then per action the tag and the items' lines."""
    blocks: list[Block] = []
    for group in by_issuer(rated_items(case)):
        name = issuer_name(group[0], language, fields)
        if details:
            blocks.append(Block("paragraph", phrase(language, "headline.issuer", issuer=name)))
        else:
            blocks.append(Block("heading", name))
        for same_action in _action_groups(group):
            blocks.append(Block("paragraph", action_tag(same_action[0], language, fields)))
            for item in same_action:
                blocks.extend(Block("paragraph", line) for line in headline(item, language, fields))
    return blocks


def rationale_blocks(case: Case, language: str, fields: Fields) -> list[Block]:
    paragraphs = case.committee.rationale
    if not paragraphs:
        return [Block("paragraph", fields.missing_text(phrase(language, "missing.rationale")))]
    return [
        Block("paragraph", f"{phrase(language, 'rationale.number', number=n)} {text}", number=n)
        for n, text in enumerate(paragraphs, start=1)
    ]


def methodology_blocks(case: Case, language: str, fields: Fields) -> list[Block]:
    """The documents the case cites, each with its version date (a placeholder when none)."""
    blocks = []
    for document in cited_documents(case):
        title = document.title(language)
        if not document.known:
            title = fields.missing_text(
                phrase(language, "missing.document", cited=document.cited_as)
            )
        when = (
            date_text(document.updated, language)
            if document.updated
            else fields.missing_text(phrase(language, "missing.document_date", title=title))
        )
        cited = joined([f"{document.cited_as} {s}" for s in document.sections], language)
        blocks.append(
            Block(
                "bullet",
                phrase(
                    language,
                    "disclosure.document",
                    title=title,
                    date=when,
                    cited=cited or document.cited_as,
                ),
            )
        )
    return blocks


def common_fields(case: Case, language: str) -> Fields:
    """The inline fields both drafts share."""
    fields = Fields()
    info = case.committee
    fields.inline["agency"] = str(phrases(language)["agency"])
    fields.inline["case_name"] = info.case_name
    fields.inline["app_version"] = case.app_version or __version__
    fields.inline["analysts"] = (
        joined(info.analysts, language)
        if info.analysts
        else fields.missing_text(phrase(language, "missing.analysts"))
    )
    fields.inline["assignment_date"] = (
        date_text(info.committee_date, language)
        if info.committee_date
        else fields.missing_text(phrase(language, "missing.committee_date"))
    )
    return fields


def release_draft(case: Case, language: str) -> Draft:
    fields = common_fields(case, language)
    fields.blocks["headlines"] = _ratings_blocks(case, language, fields, details=False)
    fields.blocks["rationale"] = rationale_blocks(case, language, fields)
    fields.blocks["rating_details"] = _ratings_blocks(case, language, fields, details=True)
    fields.blocks["methodology"] = methodology_blocks(case, language, fields)
    return render("release", language, fields)
