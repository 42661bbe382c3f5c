"""Whether a scenario's classes still fit the pool under them, and how to re-fit them.

Classes are sized against a pool. When the pool is replaced by one of another size, the
difference must neither become over-collateralisation without a word (a larger pool) nor be
refused without a way out (a smaller one). The analyst keeps the classes' amounts — the
difference is over-collateralisation, its own line in the result — or keeps their shares —
every class resized by the ratio of the pools. Either is a judgement recorded with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import StressInputError, refused
from jcr_desk.structured.rmbs.deal import DealStructure, NoteClass
from jcr_desk.structured.rmbs.sentences import said

KEEP_AMOUNTS = "keep-amounts"
KEEP_SHARES = "keep-shares"
CLASS_FITS = (KEEP_AMOUNTS, KEEP_SHARES)
FIT_WORDS = {
    KEEP_AMOUNTS: "kept the classes' amounts (the difference is over-collateralisation)",
    KEEP_SHARES: "kept the classes' shares of the pool (every class resized)",
}


@dataclass(frozen=True)
class ClassFit:
    """A structure's classes against a pool: their total, the pool they were sized for (None
    when nobody recorded it) and the pool they now sit on."""

    notes: float
    sized_for: float | None
    pool: float
    tolerance: float

    @property
    def matches(self) -> bool:
        """Whether the pool is the one the classes were sized for (an unknown one matches)."""
        return self.sized_for is None or abs(self.pool - self.sized_for) <= self.tolerance

    @property
    def amounts_fit(self) -> bool:
        """Whether the classes' amounts can stay: they do not exceed the pool."""
        return self.notes <= self.pool + self.tolerance

    @property
    def over_collateralisation(self) -> float:
        """What the pool holds above the classes, in yen (never below 0)."""
        return max(self.pool - self.notes, 0.0)


def class_fit(
    deal: DealStructure, pool: float, tolerance: float, previous_pool: float | None = None
) -> ClassFit:
    """The classes of ``deal`` on ``pool``; ``previous_pool`` stands in for the pool they were
    sized for when the structure does not record one (the pool being replaced)."""
    sized_for = deal.sized_for_pool if deal.sized_for_pool is not None else previous_pool
    return ClassFit(deal.notes_total, sized_for, pool, tolerance)


def refit(deal: DealStructure, fit: ClassFit, choice: str) -> DealStructure:
    """The structure re-fitted to ``fit.pool`` by ``choice``; :class:`StressInputError` when
    the choice cannot apply (amounts above a smaller pool, shares of an unknown pool)."""
    if choice == KEEP_AMOUNTS:
        if not fit.amounts_fit:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "The classes add up to {notes}, more than the new pool's {pool}, so "
                        "their amounts cannot stay: keep their shares instead.",
                    ),
                    notes=f"¥{fit.notes:,.0f}",
                    pool=f"¥{fit.pool:,.0f}",
                )
            )
        return deal.with_classes(deal.classes, fit.pool)
    if choice == KEEP_SHARES:
        if not fit.sized_for:
            raise StressInputError(
                refused(
                    QT_TRANSLATE_NOOP(
                        "StressInput",
                        "The structure records no pool its classes were sized for, so their "
                        "shares are unknown: keep their amounts, or edit the classes.",
                    )
                )
            )
        return deal.with_classes(_scaled(deal, fit.pool / fit.sized_for), fit.pool)
    raise StressInputError(
        refused(
            QT_TRANSLATE_NOOP("StressInput", "The classes are re-fitted by {first} or {second}."),
            first=KEEP_AMOUNTS,
            second=KEEP_SHARES,
        )
    )


def _scaled(deal: DealStructure, ratio: float) -> tuple[NoteClass, ...]:
    """Every class times ``ratio``, in whole yen; the most junior class takes the rounding so
    the classes' total is exactly the old total times ``ratio``."""
    *senior, junior = deal.ordered()
    resized = [replace(c, balance=float(round(c.balance * ratio))) for c in senior]
    rest = deal.notes_total * ratio - sum(c.balance for c in resized)
    return (*resized, replace(junior, balance=rest))


def fit_warning(deal: DealStructure, pool: float, tolerance: float) -> Text | None:
    """What a stress result must say when its classes do not fit its pool, or None."""
    fit = class_fit(deal, pool, tolerance)
    if not fit.matches:
        return said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "The classes (¥{notes:,.0f}) were sized for a pool of ¥{sized_for:,.0f}, but "
                "this pool is ¥{pool:,.0f}: the ¥{excess:,.0f} above the classes counts as "
                "over-collateralisation until they are re-fitted (keep their amounts or their "
                "shares).",
            ),
            notes=fit.notes,
            sized_for=fit.sized_for,
            pool=pool,
            excess=fit.over_collateralisation,
        )
    if fit.sized_for is None and fit.over_collateralisation > tolerance:
        return said(
            QT_TRANSLATE_NOOP(
                "StressResult",
                "The structure records no pool its classes were sized for; the "
                "¥{excess:,.0f} ({share:.2%}) this pool holds above them is taken as "
                "over-collateralisation.",
            ),
            excess=fit.over_collateralisation,
            share=fit.over_collateralisation / pool,
        )
    return None
