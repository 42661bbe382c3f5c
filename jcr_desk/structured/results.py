"""The result's tables: each rating's layers and verdicts, each class's rating, the grids.

Plain data in the layout the case stores, the CLI prints and the tab draws.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from jcr_desk.methodology.ceilings import structured_cap
from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.structured.class_layout import ClassLayout
from jcr_desk.structured.inputs import StressInputs, Tranche
from jcr_desk.structured.projection import PoolCashflows
from jcr_desk.structured.rating_stress import RatingStress
from jcr_desk.structured.settings import StressSettings

JsonDict = dict[str, object]


@dataclass(frozen=True)
class RatingFloors:
    """Per rating (best first): bad-loan CE per class, achievability, interest-rate layer."""

    required: np.ndarray  # (R, C)
    achievable: np.ndarray  # (R, C)
    interest_rate: np.ndarray  # (R,)
    raised: np.ndarray  # (R,) True where a lower rating's figure was taken


def held_at_lower_ratings(
    required: np.ndarray, achievable: np.ndarray, interest_rate: np.ndarray
) -> RatingFloors:
    """A higher target rating never needs less than a lower one.

    A class rated AAA must also come through the A and BBB stresses. Heavier defaults can
    very occasionally need less enhancement — the clean-up call comes a month earlier and
    spares the trust that month's defaults — so each rating takes the largest figure of
    itself and every rating below it, and says when it did. Ratings are ordered best first.
    """
    need = np.where(achievable, required, np.inf)
    floored = np.flip(np.fmax.accumulate(np.flip(need, axis=0), axis=0), axis=0)
    reachable = np.flip(np.logical_and.accumulate(np.flip(achievable, axis=0), axis=0), axis=0)
    rate = np.flip(np.fmax.accumulate(np.flip(interest_rate)))
    raised = np.any((floored > need) & reachable, axis=1) | (rate > interest_rate)
    return RatingFloors(np.where(reachable, floored, np.nan), reachable, rate, raised)


@dataclass(frozen=True)
class RatingFigures:
    """What one target rating's line reports besides the bad-loan figures."""

    other_layers: dict[str, float]
    interest_rate_path: str
    interest_rate_paths: dict[str, float]
    call: list[str]  # per rated class: "none stated", "exercised" or "not exercised"
    held_at_lower_rating: bool


def rating_result(
    stress: RatingStress,
    flows: PoolCashflows,
    row: int,
    layout: ClassLayout,
    required: np.ndarray,
    achievable: np.ndarray,
    breakeven: np.ndarray,
    figures: RatingFigures,
) -> JsonDict:
    """One line of the enhancement table: multipliers, layers and each class's verdict."""
    others = sum(figures.other_layers.values())
    classes: JsonDict = {}
    # A class never needs less than the classes above it: losses that reach a senior's
    # attachment point have passed through every junior one first.
    floor = np.fmax.accumulate(np.where(achievable, required, np.inf))
    reachable = np.logical_and.accumulate(achievable)
    for slot, position in enumerate(layout.rated):
        available = layout.available(position)
        bad_loan = float(floor[slot]) if reachable[slot] else None
        need = None if bad_loan is None else bad_loan + others
        classes[layout.tranches[position].name] = {
            "required_ce": need,
            "bad_loan_ce": bad_loan,
            "available_ce": available,
            "over_collateralisation": layout.over_collateralisation,
            "pass": need is not None and available + 1e-12 >= need,
            "achievable": bool(reachable[slot]),
            "breakeven_multiple": float(breakeven[slot]),
            "clean_up_call": figures.call[slot],
        }
    senior = classes[layout.tranches[layout.rated[0]].name]
    senior_bad_loan = senior["bad_loan_ce"]  # type: ignore[index]
    layers = {"bad_loan": senior_bad_loan, **figures.other_layers}
    pool = float(flows.balance[row, 0])
    defaults = float(flows.defaults[row].sum())
    return {
        "multipliers": {
            **stress.multipliers._asdict(),
            "interpolated": stress.interpolated,
            "rulebook": stress.rulebook._asdict(),
            "adjusted": list(stress.adjusted),
        },
        "layers": layers,
        "total": None if senior_bad_loan is None else senior_bad_loan + others,
        "held_at_lower_rating": figures.held_at_lower_rating,
        "stressed_default_rate": float(flows.stressed[row]) / pool,
        "realised_default_rate": defaults / pool,
        "unapplied_default_rate": float(flows.unapplied[row]) / pool,
        "cumulative_loss": (defaults - float(flows.recoveries[row].sum())) / pool,
        "interest_rate_path": figures.interest_rate_path,
        "interest_rate_paths": dict(figures.interest_rate_paths),
        "clean_up_call": senior["clean_up_call"],  # type: ignore[index]
        "tranches": classes,
    }


def tranche_summary(
    inputs: StressInputs, tranches: tuple[Tranche, ...], per_rating: JsonDict, book: Rulebook
) -> JsonDict:
    """Each class's best passing target rating, then under the ceiling rules (METHODOLOGY §5)."""
    summary: JsonDict = {}
    for tranche in tranches:
        if tranche.coupon_type == "residual":
            summary[tranche.name] = {
                "rated": False,
                "highest_rating": None,
                "capped_rating": None,
                "cap_steps": [],
            }
            continue
        passing = [
            symbol
            for symbol, line in per_rating.items()
            if line["tranches"][tranche.name]["pass"]  # type: ignore[index]
        ]
        highest = passing[0] if passing else None
        capped, steps = highest, []
        if highest is not None:
            cap = structured_cap(
                highest,
                inputs.asset_country_ceiling,
                inputs.sovereign,
                inputs.domestic_single_country,
                rulebook=book,
            )
            capped = cap.proposed.symbol if cap.proposed is not None else highest
            steps = [step.reason for step in cap.steps]
        summary[tranche.name] = {
            "rated": True,
            "highest_rating": highest,
            "capped_rating": capped,
            "cap_steps": steps,
        }
    return summary


def sensitivity_grids(
    stress: RatingStress, tranche: str, rules: StressSettings, required: np.ndarray
) -> JsonDict:
    """Required bad-loan CE of the senior class on the two grids (None: not achievable)."""
    multiples = rules.sensitivity_default_multiples
    recoveries = rules.sensitivity_recovery_rates
    cprs = rules.sensitivity_cprs
    split = len(multiples) * len(recoveries)

    def grid(values: np.ndarray, columns: int) -> list[list[float | None]]:
        cells = [None if np.isnan(v) else float(v) for v in values]
        return [cells[i : i + columns] for i in range(0, len(cells), columns)]

    return {
        "rating": stress.rating.symbol,
        "tranche": tranche,
        "default_multiples": list(multiples),
        "recovery_rates": list(recoveries),
        "cprs": list(cprs),
        "by_recovery": grid(required[:split], len(recoveries)),
        "by_cpr": grid(required[split:], len(cprs)),
    }
