"""Country ceilings and sovereign limits (seed 003, No. 1 and its reference excerpt).

The ceiling caps foreign-currency ratings only; a structured deal is capped by the ceiling of
the assets' country unless it stays in one country and its currency, or its structure
mitigates transfer risk. Both return a ``Guideline`` whose ``limit`` ``chain`` applies.
"""

from __future__ import annotations

from collections.abc import Iterable

from jcr_desk.methodology.guideline import (
    Draft,
    Guideline,
    choice_argument,
    plural,
    rating_argument,
)
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.ratings import Rating

CURRENCIES = ("local", "foreign")
_REFERENCE = "003 Reference (Country Ceiling)"
_STRUCTURED = "003 No. 1 §2(3)"
_SOVEREIGN = "003 No. 1 §2(2)"


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
        draft.missing("C-MISSING", "No rating to compare with the ceiling.", _REFERENCE)
    elif currency == "local":
        draft.note(
            "C-CEILING", "Local-currency rating: the country ceiling does not cap it.", _REFERENCE
        )
    elif exception:
        draft.note(
            "C-CEILING",
            "Exception to the ceiling (e.g. strong support from a parent abroad): not capped.",
            _REFERENCE,
        )
        draft.flag("Rated above the country ceiling by exception: the committee must confirm it.")
    elif limit is None:
        draft.missing(
            "C-CEILING", "Country ceiling not entered: the cap is not checked.", _REFERENCE
        )
        draft.flag("Enter the country ceiling of the entity's country.")
    else:
        _apply_cap(draft, limit, "C-CEILING", f"country ceiling {limit}", _REFERENCE)
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
        draft.missing("C-MISSING", "No rating to compare with the ceiling.", _STRUCTURED)
        return draft.build()
    if domestic_single_country:
        draft.note(
            "C-CEILING",
            "Single-country deal in the domestic currency: the ceiling does not cap it.",
            _STRUCTURED,
        )
    elif ceiling is None:
        draft.missing("C-CEILING", "Ceiling of the assets' country not entered.", _STRUCTURED)
    elif chosen:
        labels = "; ".join(book.transfer_risk_mitigants[m] for m in chosen)
        draft.note(
            "C-MITIGATED",
            f"Transfer risk mitigated ({labels}): may exceed the ceiling.",
            _STRUCTURED,
        )
        draft.worst = min(start, ceiling)
        draft.judgement = True
        draft.flag("Above the country ceiling only if the mitigants truly reduce transfer risk.")
    else:
        _apply_cap(
            draft, ceiling, "C-CEILING", f"ceiling of the assets' country, {ceiling}", _STRUCTURED
        )
    if sovereign_sensitive:
        draft.flag("Assets sensitive to a sovereign default: unlikely above the sovereign.")
        if sovereign_rating is None:
            draft.missing("C-SOVEREIGN", "Sovereign rating not entered.", _SOVEREIGN)
        else:
            _apply_cap(
                draft, sovereign_rating, "C-SOVEREIGN", f"sovereign {sovereign_rating}", _SOVEREIGN
            )
    elif (
        sovereign_rating is not None
        and draft.current is not None
        and draft.current > sovereign_rating
    ):
        draft.flag("Rated above the sovereign: check how the assets would fare in its default.")
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


def _apply_cap(draft: Draft, limit: Rating, rule_id: str, what: str, citation: str) -> None:
    if draft.current is not None and draft.current > limit:
        draft.move_to(rule_id, limit, f"Capped at the {what}.", citation)
    else:
        draft.note(rule_id, f"Within the {what}.", citation)
    draft.cap(limit)
