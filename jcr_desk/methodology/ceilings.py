"""Country ceilings and sovereign limits (seed 003, No. 1 and its reference excerpt).

The ceiling caps foreign-currency ratings only; a structured deal is capped by the ceiling of
the assets' country unless it stays in one country and its currency, or its structure
mitigates transfer risk. Both return a ``Guideline`` whose ``limit`` ``chain`` applies.
"""

from __future__ import annotations

from collections.abc import Iterable

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.guideline import (
    Draft,
    Guideline,
    choice_argument,
    plural,
    rating_argument,
    reason,
)
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating

CURRENCIES = ("local", "foreign")
_REFERENCE = "003 Reference (Country Ceiling)"
_STRUCTURED = "003 No. 1 §2(3)"
_SOVEREIGN = "003 No. 1 §2(2)"
_NO_RATING = reason(QT_TRANSLATE_NOOP("Guideline", "No rating to compare with the ceiling."))


def cap_by_ceiling(
    rating: Rating | str | None,
    ceiling: Rating | str | None,
    currency: str = "foreign",
    exception: bool = False,
) -> Guideline:
    """An entity's rating under its country's ceiling."""
    choice_argument("currency", currency, CURRENCIES)
    start = rating_argument("rating", rating)
    limit = rating_argument("ceiling", ceiling)
    draft = Draft(start)
    if start is None:
        draft.missing("C-MISSING", _NO_RATING, _REFERENCE)
    elif currency == "local":
        draft.note(
            "C-CEILING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Local-currency rating: the country ceiling does not cap it."
                )
            ),
            _REFERENCE,
        )
    elif exception:
        draft.note(
            "C-CEILING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Exception to the ceiling (e.g. strong support from a parent abroad): "
                    "not capped.",
                )
            ),
            _REFERENCE,
        )
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Rated above the country ceiling by exception: the committee must confirm it.",
                )
            )
        )
    elif limit is None:
        draft.missing(
            "C-CEILING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Country ceiling not entered: the cap is not checked."
                )
            ),
            _REFERENCE,
        )
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP("Guideline", "Enter the country ceiling of the entity's country.")
            )
        )
    else:
        what = reason(QT_TRANSLATE_NOOP("Guideline", "country ceiling {limit}"), limit=limit)
        _apply_cap(draft, limit, "C-CEILING", what, _REFERENCE)
    return draft.build()


def structured_cap(
    rating: Rating | str | None,
    asset_country_ceiling: Rating | str | None,
    sovereign: Rating | str | None,
    domestic_single_country: bool = True,
    mitigants: Iterable[str] = (),
    sovereign_sensitive: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> Guideline:
    """A structured rating under the ceiling and the sovereign of the assets' country."""
    book = rulebook or load_rulebook()
    known = tuple(book.transfer_risk_mitigants)
    chosen = tuple(mitigants)
    for mitigant in chosen:
        choice_argument("mitigants", mitigant, known)
    start = rating_argument("rating", rating)
    ceiling = rating_argument("asset_country_ceiling", asset_country_ceiling)
    sovereign_rating = rating_argument("sovereign", sovereign)
    draft = Draft(start)
    if start is None:
        draft.missing("C-MISSING", _NO_RATING, _STRUCTURED)
        return draft.build()
    if domestic_single_country:
        draft.note(
            "C-CEILING",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Single-country deal in the domestic currency: the ceiling does not cap it.",
                )
            ),
            _STRUCTURED,
        )
    elif ceiling is None:
        draft.missing(
            "C-CEILING",
            reason(QT_TRANSLATE_NOOP("Guideline", "Ceiling of the assets' country not entered.")),
            _STRUCTURED,
        )
    elif chosen:
        labels = "; ".join(book.transfer_risk_mitigants[m] for m in chosen)
        draft.note(
            "C-MITIGATED",
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline", "Transfer risk mitigated ({mitigants}): may exceed the ceiling."
                ),
                mitigants=labels,
            ),
            _STRUCTURED,
        )
        draft.worst = min(start, ceiling)
        draft.judgement = True
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Above the country ceiling only if the mitigants truly reduce transfer risk.",
                )
            )
        )
    else:
        what = reason(
            QT_TRANSLATE_NOOP("Guideline", "ceiling of the assets' country, {limit}"), limit=ceiling
        )
        _apply_cap(draft, ceiling, "C-CEILING", what, _STRUCTURED)
    if sovereign_sensitive:
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Assets sensitive to a sovereign default: unlikely above the sovereign.",
                )
            )
        )
        if sovereign_rating is None:
            draft.missing(
                "C-SOVEREIGN",
                reason(QT_TRANSLATE_NOOP("Guideline", "Sovereign rating not entered.")),
                _SOVEREIGN,
            )
        else:
            what = reason(
                QT_TRANSLATE_NOOP("Guideline", "sovereign {limit}"), limit=sovereign_rating
            )
            _apply_cap(draft, sovereign_rating, "C-SOVEREIGN", what, _SOVEREIGN)
    elif (
        sovereign_rating is not None
        and draft.current is not None
        and draft.current > sovereign_rating
    ):
        draft.flag(
            reason(
                QT_TRANSLATE_NOOP(
                    "Guideline",
                    "Rated above the sovereign: check how the assets would fare in its default.",
                )
            )
        )
    return draft.build()


def unusual_ceiling(
    ceiling: Rating | str,
    sovereign_foreign_currency: Rating | str,
    hard_currency: bool = False,
    *,
    rulebook: Rulebook | None = None,
) -> str | None:
    """A sentence when a ceiling lies outside the usual notches above the sovereign, else None."""
    book = rulebook or load_rulebook()
    if hard_currency and not book.hard_currency_ceiling_binding:
        return None
    top = rating_argument("ceiling", ceiling)
    sovereign = rating_argument("sovereign_foreign_currency", sovereign_foreign_currency)
    assert top is not None and sovereign is not None
    lowest, highest = book.ceiling_above_sovereign_fc
    above = top.notches_above(sovereign)
    if lowest <= above <= highest:
        return None
    return (
        f"The ceiling {top} is {plural(above)} above the sovereign's foreign-currency rating "
        f"{sovereign}; it is usually {lowest} to {highest} ({_REFERENCE})."
    )


def _apply_cap(draft: Draft, limit: Rating, rule_id: str, what: Text, citation: str) -> None:
    if draft.current is not None and draft.current > limit:
        capped = reason(QT_TRANSLATE_NOOP("Guideline", "Capped at the {what}."), what=what)
        draft.move_to(rule_id, limit, capped, citation)
    else:
        within = reason(QT_TRANSLATE_NOOP("Guideline", "Within the {what}."), what=what)
        draft.note(rule_id, within, citation)
    draft.cap(limit)
