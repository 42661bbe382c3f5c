"""The guideline of the holding company of a financial group (seed 001 §2).

Every notch count and threshold comes from the rulebook; the code only orders the rules.
"""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology.group_inputs import PREVENTIVE_RESTRICTIONS
from jcr_desk.methodology.guideline import (
    Draft,
    Guideline,
    choice_argument,
    cite,
    plural,
    rating_argument,
    reason,
)
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating

_FH = "groups.financial_holding."


def financial_holding_guideline(
    gcw: Rating | str | None,
    control_sufficient: bool = True,
    spe_indicated: bool = False,
    preventive_restrictions: str = "small",
    cash_flow_problem: bool = False,
    intermediate_supported: bool = False,
    gcw_problems: bool = False,
    mutual_support_restricted: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """Rows F0–F7 of the methodology digest, starting from group creditworthiness."""
    book = rulebook or load_rulebook()
    choice_argument("preventive_restrictions", preventive_restrictions, PREVENTIVE_RESTRICTIONS)
    start = rating_argument("gcw", gcw)
    draft = Draft(start)
    if start is None:
        draft.missing(
            "F-MISSING",
            reason(QT_TRANSLATE_NOOP("Guideline", "Group creditworthiness is not entered.")),
            "001 §2(1)",
        )
        return draft.build()
    if not control_sufficient:
        notches = book.notches(_FH + "weak_control_min_notches")
        draft.step(
            "F0",
            -notches,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Group control is not sufficient: the rating may sit far below group "
                    "creditworthiness; at least {notches}, the analyst sets the number.",
                ),
                notches=plural(notches),
            ),
            cite(book, "001 §2(2)", _FH + "weak_control_min_notches"),
        )
        draft.open_downwards()
        draft.open_proposal = True
    else:
        notches = _resolution_and_cash_flow(
            draft, book, start, spe_indicated, preventive_restrictions, cash_flow_problem
        )
        if intermediate_supported:
            lowest = draft.worst
            draft.step(
                "F5",
                notches,
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline",
                        "Intermediate holding company with group support through the parent "
                        "highly likely: it may take group creditworthiness even with a cash-flow "
                        "problem.",
                    )
                ),
                "001 §2(5)(iv)",
            )
            draft.worst = lowest
    if gcw_problems:
        draft.note(
            "F6",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Group creditworthiness has problems: the notching may widen as resolution "
                    "becomes more likely.",
                )
            ),
            "001 §2(5)(v)",
        )
        draft.open_downwards()
        draft.judgement = True
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Weak group creditworthiness: decide how far beyond the usual notch to go.",
                )
            )
        )
    if mutual_support_restricted:
        least = book.notches(_FH + "restricted_support_min_notches")
        deepest = start.notched(-least)
        draft.step(
            "F7",
            min(0, deepest.notches_above(draft.current)),
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Mutual support within the group is strictly restricted: more than "
                    "{notches} below group creditworthiness.",
                ),
                notches=plural(least - 1),
            ),
            cite(book, "001 §2(5)(v)", _FH + "restricted_support_min_notches"),
        )
        draft.at_most(deepest)
        draft.open_downwards()
        draft.judgement = True
    return draft.build()


def _resolution_and_cash_flow(
    draft: Draft,
    book: Rulebook,
    gcw: Rating,
    spe_indicated: bool,
    restrictions: str,
    cash_flow_problem: bool,
) -> int:
    """F1–F4: resolution risk and cash-flow balance; returns the notches taken."""
    resolution = book.notches(_FH + "resolution_notches")
    cash_flow = book.notches(_FH + "cash_flow_notches") if cash_flow_problem else 0
    cash_flow_text = reason(
        QT_TRANSLATE_NOOP("Guideline", "a cash-flow problem")
        if cash_flow_problem
        else QT_TRANSLATE_NOOP("Guideline", "no cash-flow problem")
    )
    if not spe_indicated:
        draft.step(
            "F4",
            -cash_flow,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "SPE resolution not indicated in advance, {cash_flow}: {notches} below "
                    "group creditworthiness.",
                ),
                cash_flow=cash_flow_text,
                notches=plural(cash_flow),
            ),
            cite(book, "001 §2(5)(iii)", _FH + "cash_flow_notches"),
        )
        draft.open_downwards()
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "SPE resolution not indicated: weigh resolution risk case by case."
                )
            )
        )
        return cash_flow
    if restrictions == "large":
        draft.step(
            "F1",
            -resolution,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "SPE resolution indicated, large restrictions on preventive measures: "
                    "{notches} for resolution risk.",
                ),
                notches=plural(resolution),
            ),
            cite(book, "001 §2(5)(ii)", _FH + "resolution_notches"),
        )
        if cash_flow_problem:
            draft.note(
                "F1",
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline",
                        "The resolution notch already covers the holding company's risk: "
                        "no further notch for the cash-flow problem.",
                    )
                ),
                "001 §2(5)(ii)",
            )
        return resolution
    threshold = book.rating(_FH + "high_gcw_from")
    if gcw >= threshold:
        draft.step(
            "F2",
            -cash_flow,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "SPE resolution indicated, few restrictions on preventive measures, group "
                    "creditworthiness {threshold} or higher, {cash_flow}: {notches}.",
                ),
                threshold=threshold,
                cash_flow=cash_flow_text,
                notches=plural(cash_flow),
            ),
            cite(book, "001 §2(5)(ii)", _FH + "cash_flow_notches", _FH + "high_gcw_from"),
        )
        return cash_flow
    draft.step(
        "F3",
        -resolution,
        reason(
            QT_TRANSLATE_NOOP(
                "Guideline",
                "SPE resolution indicated, group creditworthiness below {threshold}: "
                "{notches} for resolution risk whatever the cash-flow balance.",
            ),
            threshold=threshold,
            notches=plural(resolution),
        ),
        cite(book, "001 §2(5)(ii)", _FH + "resolution_notches", _FH + "high_gcw_from"),
    )
    return resolution
