"""The guidelines of the holding company of an industrial group and of its issues (seed 004).

Every notch count and threshold comes from the rulebook; the code only orders the rules.
"""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.methodology.guideline import (
    Draft,
    Guideline,
    cite,
    plural,
    rating_argument,
    reason,
)
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating


def industrial_holding_guideline(
    group_rating: Rating | str | None,
    control_strong: bool = True,
    cash_flow_weakness: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """The group rating as base point; notched for a weak stand-alone cash-flow balance."""
    book = rulebook or load_rulebook()
    draft, start = _from_group_rating(group_rating, "I-MISSING", "004 §1(1)")
    if start is None:
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
    draft, start = _from_group_rating(group_rating, "H-MISSING", "004 §1(3)")
    if start is None:
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


def _from_group_rating(
    group_rating: Rating | str | None, missing_rule: str, section: str
) -> tuple[Draft, Rating | None]:
    """The draft starting from the group rating, which both guidelines of seed 004 take as
    their base point; a missing group rating is the draft's first (and only) step."""
    start = rating_argument("group_rating", group_rating)
    draft = Draft(start)
    if start is None:
        draft.missing(
            missing_rule,
            reason(QT_TRANSLATE_NOOP("Guideline", "The group rating is not entered.")),
            section,
        )
    return draft, start
