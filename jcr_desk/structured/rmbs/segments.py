"""Segments of the pool with multipliers of their own (seed 002 §2(1)(b), §2(2)(b)).

Investment condominium loans and apartment loans are usually stressed harder than
owner-occupied loans: the rulebook's Desk default uplift applies to their default
multipliers, and the analyst may set any segment's multiplier for a rating instead (an
investment segment, apartment loans, a prefecture or region, self-employed borrowers). A
loan in several segments takes the highest multiplier of them, the prudent reading.

The projection needs, per loan, which segments it belongs to (a code per combination) and,
per stress, each combination's multipliers as multiples of the pool's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.multipliers import COMPONENTS, Multipliers
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.settings import StressSettings

_DEFAULT_COMPONENTS = ("first_five_years", "after_five_years")
_PURPOSES = ("investment_condominium", "apartment")


@dataclass(frozen=True)
class SegmentPlan:
    """The segments a run applies, each loan's combination of them, and their multipliers."""

    names: tuple[str, ...]  # segments with loans in the pool
    codes: np.ndarray  # (loans,) index of each loan's combination in ``combinations``
    combinations: tuple[frozenset[str], ...]  # combination 0 is "in no segment"
    shares: Mapping[str, float]  # each segment's share of the pool's balance

    def multipliers(
        self, stress: RatingStress, assumptions: StressAssumptions, rules: StressSettings
    ) -> dict[str, Multipliers]:
        """Each segment's multipliers at ``stress``'s rating: adjusted, uplifted or the pool's."""
        return {name: segment_multipliers(name, stress, assumptions, rules) for name in self.names}

    def factors(
        self, stress: RatingStress, assumptions: StressAssumptions, rules: StressSettings
    ) -> np.ndarray:
        """(C, 3) each combination's multipliers as multiples of the pool's at the rating."""
        own = self.multipliers(stress, assumptions, rules)
        pool = stress.multipliers
        table = np.ones((len(self.combinations), len(COMPONENTS)))
        for index, members in enumerate(self.combinations):
            for k, component in enumerate(COMPONENTS):
                base = getattr(pool, component)
                best = max((getattr(own[name], component) for name in members), default=base)
                table[index, k] = best / base if base > 0 else 1.0
        return table


def segment_plan(
    loans: pd.DataFrame, assumptions: StressAssumptions, rules: StressSettings
) -> SegmentPlan:
    """Which segments apply (Desk uplifts and the analyst's adjustments) and who is in them."""
    wanted = [name for name in _PURPOSES if rules.segment_uplift.get(name, 1.0) != 1.0]
    for adjustment in assumptions.multiplier_adjustments:
        if adjustment.segment is not None and adjustment.segment not in wanted:
            wanted.append(adjustment.segment)
    balance = pd.to_numeric(loans["current_balance"], errors="coerce").fillna(0).to_numpy(float)
    total = float(balance.sum()) or 1.0
    members = {name: membership(loans, name, rules.regions) for name in wanted}
    present = [name for name in wanted if members[name].any()]
    if not present:
        return SegmentPlan((), np.zeros(len(loans), dtype=np.int64), (frozenset(),), {})
    bits = np.zeros(len(loans), dtype=np.int64)
    for position, name in enumerate(present):
        bits |= members[name].astype(np.int64) << position
    used, codes = np.unique(bits, return_inverse=True)
    if used[0] != 0:  # keep combination 0 for "in no segment"
        used = np.concatenate(([0], used))
        codes = codes + 1
    combinations = tuple(
        frozenset(name for position, name in enumerate(present) if value >> position & 1)
        for value in used
    )
    shares = {name: float(balance[members[name]].sum() / total) for name in present}
    return SegmentPlan(tuple(present), codes.reshape(-1), combinations, shares)


def membership(
    loans: pd.DataFrame, segment: str, regions: Mapping[str, Sequence[str]]
) -> np.ndarray:
    """Whether each loan belongs to ``segment`` (False where the tape does not say)."""
    kind, _, name = segment.partition(":")
    if segment in _PURPOSES:
        return _equals(loans, "loan_purpose", segment)
    if segment == "self_employed":
        return _equals(loans, "employment_type", "self_employed")
    if kind == "prefecture":
        return _equals(loans, "prefecture", name)
    if kind == "region":
        if "prefecture" not in loans:
            return np.zeros(len(loans), dtype=bool)
        return loans["prefecture"].isin(regions.get(name, ())).to_numpy(dtype=bool)
    raise ValueError(f"unknown segment {segment!r}")


def segment_multipliers(
    segment: str, stress: RatingStress, assumptions: StressAssumptions, rules: StressSettings
) -> Multipliers:
    """A segment's multipliers at one rating: the analyst's, else the uplifted pool's."""
    rating = stress.rating.symbol
    uplift = rules.segment_uplift.get(segment, 1.0)
    values = {}
    for component in COMPONENTS:
        adjustment = assumptions.adjustment(rating, component, segment)
        if adjustment is not None:
            values[component] = adjustment.value
            continue
        base = getattr(stress.multipliers, component)
        values[component] = base * uplift if component in _DEFAULT_COMPONENTS else base
    return Multipliers(**values)


def _equals(loans: pd.DataFrame, column: str, value: str) -> np.ndarray:
    if column not in loans:
        return np.zeros(len(loans), dtype=bool)
    return loans[column].astype("object").eq(value).to_numpy(dtype=bool)
