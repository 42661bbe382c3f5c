"""The deal's classes as the waterfall sees them: rank order, shares, and the pool above them.

Whatever the pool holds above the classes' total is over-collateralisation: enhancement every
class has (seed 002 Figure 1: "collateral in excess of claims"), shown as its own line. The
waterfall carries it as a last, unrated position that earns nothing and is paid only after
every class, so the last class of a structure without a residual class can be rated and
passes when the waterfall repays it in full.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.structured.rmbs.deal import NoteClass
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.layers import liquidity_reserve
from jcr_desk.structured.rmbs.settings import StressSettings
from jcr_desk.structured.rmbs.waterfall import WaterfallTerms

OVER_COLLATERALISATION = "Over-collateralisation"


@dataclass(frozen=True)
class ClassLayout:
    """The classes in rank order, then the over-collateralisation position."""

    tranches: tuple[NoteClass, ...]  # the deal's classes, most senior first
    shares: np.ndarray  # (K + 1,) of the pool; the last is the over-collateralisation
    pool: float

    @property
    def rated(self) -> list[int]:
        """Positions of the classes the run tests (every class but a residual one)."""
        return [j for j, t in enumerate(self.tranches) if t.coupon_type != "residual"]

    @property
    def rated_mask(self) -> np.ndarray:
        mask = np.zeros(len(self.shares), dtype=bool)
        mask[self.rated] = True
        return mask

    @property
    def over_collateralisation(self) -> float:
        """Share of the pool above the classes' total."""
        return float(self.shares[-1])

    def available(self, position: int) -> float:
        """Enhancement below class ``position``: the junior classes and the pool above all."""
        return float(self.shares[position + 1 :].sum())

    def coupon_types(self) -> list[str]:
        """Each position's coupon type; the over-collateralisation earns nothing."""
        return [t.coupon_type for t in self.tranches] + ["residual"]

    def balances(self) -> np.ndarray:
        return self.shares * self.pool


def class_layout(classes: tuple[NoteClass, ...], pool: float) -> ClassLayout:
    ordered = tuple(sorted(classes, key=lambda t: t.rank))
    shares = np.array([t.balance for t in ordered], dtype=float) / pool
    spare = max(1.0 - float(shares.sum()), 0.0)
    return ClassLayout(ordered, np.append(shares, spare), pool)


def waterfall_terms(
    inputs: StressInputs,
    layout: ClassLayout,
    months: int,
    rules: StressSettings,
    *,
    call: bool,
) -> WaterfallTerms:
    """The deal's payment terms; ``call`` False runs it without exercising a stated call."""
    deal = inputs.deal
    reference = rules.reference_rate if deal.reference_rate is None else deal.reference_rate
    legal_final = inputs.legal_final_month or months
    coupons = [_coupon(t, reference) for t in layout.tranches] + [0.0]
    return WaterfallTerms(
        coupons=np.array(coupons),
        fee_rate=deal.trust_fee + deal.servicing_fee,
        sequential=deal.payment == "sequential",
        trigger=_trigger(deal.sequential_trigger, rules),
        default_trap=deal.default_trap,
        clean_up_call=(deal.clean_up_call or 0.0) if call else 0.0,
        legal_final_month=min(legal_final, months),
        rated=layout.rated_mask,
    )


def _coupon(tranche: NoteClass, reference: float) -> float:
    if tranche.coupon_type == "residual":
        return 0.0
    return tranche.coupon + (reference if tranche.coupon_type == "floating" else 0.0)


def _trigger(stated: float | None, rules: StressSettings) -> float:
    """The deal's trigger, the rulebook's when it states none; 0 means no trigger at all."""
    level = rules.sequential_trigger if stated is None else stated
    return level if level > 0 else np.inf


def reserve_target(inputs: StressInputs, layout: ClassLayout, terms: WaterfallTerms) -> float:
    """The liquidity reserve of seed 002 §6 on the senior class, funded at closing."""
    if not inputs.deal.liquidity_reserve:
        return 0.0
    senior = layout.tranches[0]
    return liquidity_reserve(
        senior.balance,
        float(terms.coupons[0]),
        terms.fee_rate * layout.pool,
        senior.coupon_type == "floating",
    )
