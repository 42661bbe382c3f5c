"""The guidelines of the group companies of a financial group (seed 001 §3): top-down from
the group rating by importance, or bottom-up from the company's own rating.

Every notch count and threshold comes from the rulebook; the code only orders the rules.
"""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology.group_inputs import (
    BOTTOM_UP_IMPORTANCE,
    INTEGRATIONS,
    SIZES,
    choice_word,
    importance_choices,
)
from jcr_desk.methodology.guideline import (
    DESK_DEFAULT,
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

_GC = "groups.group_company."


def group_company_guideline(
    gcw: Rating | str | None,
    importance: str | None,
    sole: Rating | str | None = None,
    size: str = "normal",
    support_recognised: bool = True,
    integration: str | None = None,
    above_group_exception: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """Top-down from GCW for important companies, bottom-up from SCW for the others.

    A management integration grade replaces the importance grade (the company is rated
    top-down), except that an integration seen as relief leaves a company of low importance
    bottom-up. ``support_recognised`` matters only for the bottom-up approach.
    """
    book = rulebook or load_rulebook()
    if importance is not None:
        choice_argument("importance", importance, importance_choices(book))
    choice_argument("size", size, SIZES)
    choice_argument("integration", integration, INTEGRATIONS)
    group = rating_argument("gcw", gcw)
    own = rating_argument("sole", sole)
    if group is None or importance is None:
        draft = Draft(group)
        if group is None:
            draft.missing(
                "G-MISSING",
                reason(QT_TRANSLATE_NOOP("Guideline", "Group creditworthiness is not entered.")),
                "001 §3(1)",
            )
        if importance is None:
            draft.missing(
                "G-MISSING",
                reason(QT_TRANSLATE_NOOP("Guideline", "Importance to the group is not entered.")),
                "001 §3(2)",
            )
            draft.open_proposal = True
        return draft.build()
    bottom_up = importance == BOTTOM_UP_IMPORTANCE and integration in (None, "relief")
    if bottom_up:
        draft = _bottom_up(
            book, group, own, size, support_recognised, integration, above_group_exception
        )
    else:
        draft = _top_down(book, group, own, importance, size, integration, above_group_exception)
    if size == "large":
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Large company for the group: the gap to GCW widens as GCW falls."
                )
            )
        )
    if above_group_exception:
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Exception to the GCW cap claimed: confirm the group keeps this company "
                    "strong even at its own cost.",
                )
            )
        )
    return draft.build()


def _top_down(
    book: Rulebook,
    group: Rating,
    own: Rating | None,
    importance: str,
    size: str,
    integration: str | None,
    exception: bool,
) -> Draft:
    draft = Draft(group)
    if integration is None:
        base = book.importance_notches(importance)
        draft.step(
            "G-TOPDOWN",
            -base,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Importance to the group '{importance}': {notches} below GCW."
                ),
                importance=choice_word(importance),
                notches=plural(base),
            ),
            cite(book, "001 §3(6)", "groups.importance_notches"),
        )
    else:
        base = book.integration_notches(integration)
        draft.step(
            "G-INTEGRATION",
            -base,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Joined by management integration, integration '{integration}': "
                    "{notches} below GCW.",
                )
                if integration == "strong"
                else QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Joined by management integration, integration '{integration}': "
                    "{notches} below GCW or more.",
                ),
                integration=choice_word(integration),
                notches=plural(base),
            ),
            cite(book, "001 §3(7)(iii)", _GC + "integration_notches"),
        )
        if integration != "strong":
            draft.open_downwards()
        if integration == "relief":
            draft.flag(
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline",
                        "Integration looks like relief: consider wider notching or bottom-up.",
                    )
                )
            )
    if importance == book.importance_levels()[0] and own is not None and own > group:
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Core company stronger than the group: its SCW may be the starting point.",
                )
            )
        )
    if own is None:
        draft.missing(
            "G-SOLE-MISSING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Sole creditworthiness is not entered: the widening and the floor are not "
                    "checked.",
                )
            ),
            "001 §3(3), §3(7)(iii)",
        )
        return draft
    _widen(draft, book, group, own, size, base)
    floor = own if exception else min(own, group)
    if draft.current is not None and draft.current < floor:
        draft.move_to(
            "G-FLOOR",
            floor,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Support does not take the company below its own SCW."
                )
                if exception
                else QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Support does not take the company below its own SCW (nor above GCW).",
                )
            ),
            f"001 §3(6) {DESK_DEFAULT}",
        )
    draft.floor(floor)
    if own > group and not exception:
        draft.note(
            "G-CAP",
            reason(
                QT_TRANSLATE_NOOP("Guideline", "SCW is above GCW: the rating is capped at GCW.")
            ),
            "001 §3(6)",
        )
    return draft


def _widen(draft: Draft, book: Rulebook, group: Rating, own: Rating, size: str, base: int) -> None:
    """A weak company far below the group gets more notches (001 §3(3)-(5), §3(7)(iii))."""
    gap = group.notches_above(own)
    threshold = book.notches(_GC + "widening_gap")
    if gap <= threshold:
        return
    section = "001 §3(3)-(5), §3(7)(iii)"
    if size == "small":
        draft.note(
            "G-WIDEN",
            reason(QT_TRANSLATE_NOOP("Guideline", "Small company: no widening for its weak SCW.")),
            section,
        )
        return
    low_from = book.rating(_GC + "low_gcw_up_to")
    key = "widening_notches_low_gcw" if group <= low_from else "widening_notches"
    # Past the threshold the widening steps in one notch per notch of gap, so that a weaker
    # group never leaves the company better off (the seed's cliff at the threshold).
    full = book.notches(_GC + key)
    extra = min(full, gap - threshold)
    citation = cite(book, section, _GC + key)
    phased = extra < full
    if (base or phased) and DESK_DEFAULT not in citation:
        citation = f"{citation} {DESK_DEFAULT}"
    if phased:
        why = reason(
            QT_TRANSLATE_NOOP(
                "Guideline",
                "SCW is {gap} below GCW (more than {threshold}): at least {extra} more (the "
                "methodology's {full} is phased in one notch per notch of gap, so a weaker "
                "group never rates the company higher).",
            ),
            gap=plural(gap),
            threshold=threshold,
            extra=plural(extra),
            full=plural(full),
        )
    else:
        why = reason(
            QT_TRANSLATE_NOOP(
                "Guideline",
                "SCW is {gap} below GCW (more than {threshold}): at least {extra} more.",
            ),
            gap=plural(gap),
            threshold=threshold,
            extra=plural(extra),
        )
    draft.step("G-WIDEN", -extra, why, citation)
    draft.open_downwards()


def _bottom_up(
    book: Rulebook,
    group: Rating,
    own: Rating | None,
    size: str,
    support_recognised: bool,
    integration: str | None,
    exception: bool,
) -> Draft:
    draft = Draft(own)
    if own is None:
        draft.missing(
            "G-SOLE-MISSING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Sole creditworthiness is not entered: the bottom-up approach starts from it.",
                )
            ),
            "001 §3(6)",
        )
        return draft
    if integration == "relief":
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Integration seen as relief: rated bottom-up; top-down 2 or more is the "
                    "alternative.",
                )
            )
        )
    if support_recognised:
        proposal = book.bottom_up_uplift_proposal
        lowest, highest = book.bottom_up_uplift_range
        draft.step(
            "G-BOTTOMUP",
            proposal,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Low importance, group support recognised: {notches} above SCW "
                    "({lowest} to {highest} allowed).",
                ),
                notches=plural(proposal),
                lowest=lowest,
                highest=highest,
            ),
            cite(book, "001 §3(6)", "groups.bottom_up_uplift_proposal"),
        )
        draft.best, draft.worst = own.notched(highest), own.notched(lowest)
    else:
        draft.note(
            "G-BOTTOMUP",
            reason(
                QT_TRANSLATE_NOOP("Guideline", "Group support not recognised: no uplift over SCW.")
            ),
            "001 §3(6)",
        )
    if not exception:
        if draft.current is not None and draft.current > group:
            draft.move_to(
                "G-CAP",
                group,
                reason(QT_TRANSLATE_NOOP("Guideline", "Capped at GCW.")),
                "001 §3(6)",
            )
        draft.at_most(group)
    least_important = book.importance_levels()[-1]
    bound = _top_down(book, group, own, least_important, size, integration, exception).current
    if bound is not None and draft.current is not None and draft.current > bound:
        draft.move_to(
            "G-ORDER",
            bound,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Not above what a top-down company of '{importance}' importance would get.",
                ),
                importance=choice_word(least_important),
            ),
            f"001 §3(6) {DESK_DEFAULT}",
        )
    if bound is not None:
        draft.at_most(bound)
    return draft
