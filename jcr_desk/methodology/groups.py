"""Guidelines for holding companies and group companies (seeds 001 and 004).

Every notch count and threshold comes from the rulebook; the code only orders the rules.
Each function takes an optional ``rulebook`` (the shipped one by default) so a case can be
evaluated under the rulebook it records.
"""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
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

PREVENTIVE_RESTRICTIONS = ("large", "small")
SIZES = ("small", "normal", "large")
INTEGRATIONS = (None, "strong", "insufficient", "relief")
BOTTOM_UP_IMPORTANCE = "low"
#: The rule inputs' option words, translated where shown (the entity form, step reasons).
CHOICE_WORDS = (
    QT_TRANSLATE_NOOP("RuleInputs", "large"),
    QT_TRANSLATE_NOOP("RuleInputs", "small"),
    QT_TRANSLATE_NOOP("RuleInputs", "normal"),
    QT_TRANSLATE_NOOP("RuleInputs", "strong"),
    QT_TRANSLATE_NOOP("RuleInputs", "insufficient"),
    QT_TRANSLATE_NOOP("RuleInputs", "relief"),
    QT_TRANSLATE_NOOP("RuleInputs", "core"),
    QT_TRANSLATE_NOOP("RuleInputs", "high"),
    QT_TRANSLATE_NOOP("RuleInputs", "moderate"),
    QT_TRANSLATE_NOOP("RuleInputs", "low"),
)


def choice_word(value: str) -> Text:
    """An option of a rule input (``core``, ``relief``) as a word of a sentence."""
    return Text("RuleInputs", value)


_FH = "groups.financial_holding."
_GC = "groups.group_company."


def importance_choices(rulebook: Rulebook | None = None) -> tuple[str, ...]:
    """Top-down grades from the rulebook, most important first, then the bottom-up grade."""
    return (*(rulebook or load_rulebook()).importance_levels(), BOTTOM_UP_IMPORTANCE)


def double_leverage_ratio(investments_in_subsidiaries: float, equity: float) -> float:
    """Investments in subsidiaries and affiliates ÷ equity, both non-consolidated (001 §2(3))."""
    if equity <= 0:
        raise ValueError(f"equity: the double leverage ratio needs positive equity, got {equity!r}")
    if investments_in_subsidiaries < 0:
        raise ValueError(
            f"investments_in_subsidiaries: cannot be negative, got {investments_in_subsidiaries!r}"
        )
    return investments_in_subsidiaries / equity


# --- holding company of a financial group (001 §2) -----------------------------------------


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


# --- group companies of a financial group (001 §3) -----------------------------------------


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


# --- holding companies of industrial groups and their issues (004) -------------------------


def industrial_holding_guideline(
    group_rating: Rating | str | None,
    control_strong: bool = True,
    cash_flow_weakness: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """The group rating as base point; notched for a weak stand-alone cash-flow balance."""
    book = rulebook or load_rulebook()
    start = rating_argument("group_rating", group_rating)
    draft = Draft(start)
    if start is None:
        draft.missing(
            "I-MISSING",
            reason(QT_TRANSLATE_NOOP("Guideline", "The group rating is not entered.")),
            "004 §1(1)",
        )
        return draft.build()
    if cash_flow_weakness:
        notches = book.notches("groups.industrial_holding.cash_flow_notches")
        draft.step(
            "I-CASHFLOW",
            -notches,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Significant weakness in the stand-alone cash-flow balance: {notches} "
                    "below the group rating.",
                ),
                notches=plural(notches),
            ),
            cite(book, "004 §1(2)", "groups.industrial_holding.cash_flow_notches"),
        )
        draft.best = start
        draft.open_downwards()
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Weak stand-alone cash flow: the analyst decides how far to notch."
                )
            )
        )
    if not control_strong:
        draft.note(
            "I-CONTROL",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Group control is not strong: no mechanical result; notching is the "
                    "analyst's call.",
                )
            ),
            "004 §1(2)",
        )
        draft.open_downwards()
        draft.open_proposal = True
    if control_strong and not cash_flow_weakness:
        draft.note(
            "I-BASE",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Strong group control and no cash-flow concern: same as the group rating.",
                )
            ),
            "004 §1(2)",
        )
    return draft.build()


def holding_issue_guideline(
    group_rating: Rating | str | None,
    double_leverage_ratio: float | None,
    subsidiary_guarantee: bool = False,
    subsidiary_creditors_secured: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """Issue ratings of a holding company: structural subordination (004 §1(3), §2)."""
    book = rulebook or load_rulebook()
    start = rating_argument("group_rating", group_rating)
    draft = Draft(start)
    if start is None:
        draft.missing(
            "H-MISSING",
            reason(QT_TRANSLATE_NOOP("Guideline", "The group rating is not entered.")),
            "004 §1(3)",
        )
        return draft.build()
    if subsidiary_guarantee:
        draft.note(
            "H-GUARANTEE",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "The subsidiaries guarantee the issue: structural subordination is offset.",
                )
            ),
            "004 §1(3)",
        )
        return draft.build()
    key = "groups.holding_issue.subordination_notches"
    notches = book.notches(key)
    notched = False
    if double_leverage_ratio is None:
        draft.missing(
            "H-DLR",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Double leverage figures are not entered: subordination not checked.",
                )
            ),
            "004 §1(3)",
        )
    else:
        mark = book.double_leverage_high
        low_from = book.rating("groups.holding_issue.low_group_rating_up_to")
        ratio = reason(
            QT_TRANSLATE_NOOP("Guideline", "double leverage {ratio} (high from {mark})"),
            ratio=f"{double_leverage_ratio:.0%}",
            mark=f"{mark:.0%}",
        )
        if double_leverage_ratio < mark:
            draft.note(
                "H-DLR",
                reason(QT_TRANSLATE_NOOP("Guideline", "Not high, {ratio}: no notch."), ratio=ratio),
                "004 §1(3)",
            )
        elif start > low_from:
            draft.note(
                "H-DLR",
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline",
                        "High, {ratio}, but the group rating is above {low_from}: no notch.",
                    ),
                    ratio=ratio,
                    low_from=low_from,
                ),
                "004 §1(3)",
            )
            draft.flag(
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline", "High double leverage: watch it should the group rating fall."
                    )
                )
            )
        else:
            draft.step(
                "H-DLR",
                -notches,
                reason(
                    QT_TRANSLATE_NOOP(
                        "Guideline",
                        "High, {ratio}, group rating {low_from} or lower: {notches} for "
                        "structural subordination.",
                    ),
                    ratio=ratio,
                    low_from=low_from,
                    notches=plural(notches),
                ),
                cite(book, "004 §1(3)", key),
            )
            draft.open_downwards()
            notched = True
    if subsidiary_creditors_secured:
        draft.step(
            "H-SECURED",
            0 if notched else -notches,
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Subsidiaries' creditors hold collateral: the issue is subordinated to them "
                    "(already reflected).",
                )
            )
            if notched
            else reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Subsidiaries' creditors hold collateral: the issue is subordinated to them; "
                    "{notches}.",
                ),
                notches=plural(notches),
            ),
            cite(book, "004 §1(3)", key),
        )
        draft.open_downwards()
        draft.judgement = True
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Secured subsidiary creditors: judge how far the subordination goes.",
                )
            )
        )
    return draft.build()
