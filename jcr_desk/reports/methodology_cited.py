"""Which methodology documents a case's ratings rest on: item 2 of the Rule 17g-7 form.

The documents are those the proposals actually cite — each guideline step's citation, the
stress engine's rulebook entries and the Desk defaults a stress result names — looked up in
the rulebook's list of documents (``resources/methodology/documents.toml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from jcr_desk.case.document.model import Case
from jcr_desk.case.services.rated_items import rated_items
from jcr_desk.methodology.rulebook import load_rulebook

_DOCUMENT = re.compile(r"(?<![\d.])(00[1-9](?:\s+No\.\s*\d+|\s+Reference)?)")
DESK_DEFAULT = "Desk default"


@dataclass(frozen=True)
class CitedDocument:
    """A methodology document, its version date (None: not recorded) and what was cited."""

    cited_as: str
    title_en: str
    title_ja: str
    updated: date | None
    sections: tuple[str, ...]
    known: bool = True  # False: cited, but not in the rulebook's list of documents

    def title(self, language: str) -> str:
        return self.title_ja if language == "ja" and self.title_ja else self.title_en


def case_citations(case: Case) -> tuple[str, ...]:
    """Every citation behind the proposals of the case's rated items, in first-seen order."""
    cited: dict[str, None] = {}
    for item in rated_items(case):
        for citation in item.proposal.citations:
            cited.setdefault(citation, None)
    return tuple(cited)


def documents_cited(citation: str) -> list[tuple[str, str]]:
    """``(document, section)`` pairs a citation names: "001 §2(3); 004 §1(2) (…)" gives
    ("001", "§2(3)") and ("004", "§1(2)")."""
    pairs = []
    for part in citation.split(";"):
        found = _DOCUMENT.search(part)
        if found is None:
            continue
        rest = part[found.end() :].split(" (")[0].strip()
        pairs.append((" ".join(found.group(1).split()), rest))
    return pairs


def cited_documents(case: Case) -> list[CitedDocument]:
    """The documents the case cites, in the rulebook's order, then any it does not list."""
    sections: dict[str, list[str]] = {}
    for citation in case_citations(case):
        for document, section in documents_cited(citation):
            listed = sections.setdefault(document, [])
            if section and section not in listed:
                listed.append(section)
    book = load_rulebook()
    known = [book.value(key) for key in book.entries if key.startswith("documents.")]
    out = [
        CitedDocument(
            doc["cited_as"],
            doc["title_en"],
            doc.get("title_ja", ""),
            doc.get("updated"),
            tuple(sections[doc["cited_as"]]),
        )
        for doc in known
        if doc["cited_as"] in sections
    ]
    listed = {doc["cited_as"] for doc in known}
    out += [
        CitedDocument(name, name, name, None, tuple(found), known=False)
        for name, found in sections.items()
        if name not in listed
    ]
    return out


def desk_default_citations(case: Case) -> tuple[str, ...]:
    """The citations that say a figure is a Desk default, not the methodology's."""
    return tuple(c for c in case_citations(case) if DESK_DEFAULT.casefold() in c.casefold())
