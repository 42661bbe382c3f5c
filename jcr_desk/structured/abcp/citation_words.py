"""The English notes inside the ABCP rulebook's citations, registered for translation.

A citation such as "003 No. 2 §3(2)(ii)(c) (Desk default)" keeps its reference as written
and shows its note in the analyst's language: the ABCP program tab and ``jcr-desk-cli abcp``
both translate it with :func:`citation_in` (the ``AbcpWords`` context). Qt-free, so the
command line needs no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from jcr_desk.i18n import QT_TRANSLATE_NOOP

#: The English notes inside the rulebook's citations (resources/methodology/abcp.toml and
#: the analysis's own); the references themselves ("003 No. 2 §3(1)") stay as written.
CITATION_NOTES = (
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "the SPC's bankruptcy remoteness examined; these usual points are a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "weak link to the party providing the backup line; applying it to the liquidity line "
        "of a program with internal enhancement is a Desk default",
    ),
    QT_TRANSLATE_NOOP("AbcpWords", "after (f)"),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "monthly-clear receivables are paid once, on concentrated dates; one month is a Desk "
        "default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "'the full collection amount over the collection period at a maximum'; reading it from "
        "the history's highest month is a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "movements confirmed from the history; the length is a Desk default"
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "the pool compared with the population by composition; the threshold is a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "base case from the movements of the rates; the reading is a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "'the same level as normal installment receivables'; that methodology is not in the "
        "rulebook, so taking the 002 §2(1)(b) default multiples is a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "base + constant × standard deviation; the constants are a Desk default"
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "base × constant, or base + constant × SD; the first proposal is a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "stronger than for long-term paper; the figures are a Desk default"
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "funds for moving collection to a backup servicer kept as cash reserve; the size is a "
        "Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "Reference, not JCR methodology: the large US agencies' trade-receivables dynamic "
        "reserve; their factors placed at JCR's short-term ratings as a Desk default",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Reference, not JCR methodology: the US agencies' dynamic reserve"
    ),
    QT_TRANSLATE_NOOP("AbcpWords", "Desk default for monthly-clear card receivables"),
    QT_TRANSLATE_NOOP("AbcpWords", "weak link; Desk default for internal enhancement"),
    QT_TRANSLATE_NOOP("AbcpWords", "weak link"),
    QT_TRANSLATE_NOOP("AbcpWords", "footnote"),
    QT_TRANSLATE_NOOP("AbcpWords", "Desk default"),
)


def citation_in(citation: str, translated: Callable[[str], str]) -> str:
    """``citation`` with each registered note replaced by ``translated(note)``, longest
    first (a note inside another stays whole); the references as written."""
    for note in sorted(CITATION_NOTES, key=len, reverse=True):
        citation = citation.replace(note, translated(note))
    return citation
