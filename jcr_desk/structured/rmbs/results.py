"""The result's parts: each rating's layers and verdicts, each class's rating, the grids."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

import numpy as np

from jcr_desk.i18n import Text
from jcr_desk.methodology.ceilings import structured_cap
from jcr_desk.methodology.rulebook import Rulebook
from jcr_desk.structured.rmbs.class_layout import ClassLayout
from jcr_desk.structured.rmbs.deal import NoteClass
from jcr_desk.structured.rmbs.inputs import StressInputs
from jcr_desk.structured.rmbs.multipliers import Multipliers
from jcr_desk.structured.rmbs.projection import PoolCashflows
from jcr_desk.structured.rmbs.rating_stress import RatingStress
from jcr_desk.structured.rmbs.result import (
    ClassRating,
    ClassVerdict,
    Layers,
    MultiplierLine,
    RatingLine,
    SensitivityGrids,
)
from jcr_desk.structured.rmbs.settings import StressSettings


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
    guaranteed: Text | None = None  # why the bad-loan layer rests on a guarantee at this rating
    desk_defaults: tuple[str, ...] = ()
    segments: Mapping[str, Multipliers] = field(default_factory=dict)


def rating_line(
    stress: RatingStress,
    flows: PoolCashflows,
    row: int,
    layout: ClassLayout,
    required: np.ndarray,
    achievable: np.ndarray,
    breakeven: np.ndarray,
    figures: RatingFigures,
) -> RatingLine:
    """One line of the enhancement table: multipliers, layers and each class's verdict."""
    others = sum(figures.other_layers.values())
    # A class never needs less than the classes above it: losses that reach a senior's
    # attachment point have passed through every junior one first.
    floor = np.fmax.accumulate(np.where(achievable, required, np.inf))
    reachable = np.logical_and.accumulate(achievable)
    verdicts = []
    for slot, position in enumerate(layout.rated):
        available = layout.available(position)
        covered = figures.guaranteed is not None
        bad_loan = 0.0 if covered else (float(floor[slot]) if reachable[slot] else None)
        need = None if bad_loan is None else bad_loan + others
        verdicts.append(
            ClassVerdict(
                name=layout.tranches[position].name,
                required_ce=need,
                bad_loan_ce=bad_loan,
                available_ce=available,
                over_collateralisation=layout.over_collateralisation,
                passed=need is not None and available + 1e-12 >= need,
                achievable=covered or bool(reachable[slot]),
                breakeven_multiple=float(breakeven[slot]),
                clean_up_call=figures.call[slot],
                note=figures.guaranteed,
            )
        )
    pool = float(flows.balance[row, 0])
    defaults = float(flows.defaults[row].sum())
    multipliers = stress.multipliers
    return RatingLine(
        rating=stress.rating.symbol,
        multipliers=MultiplierLine(
            multipliers.first_five_years,
            multipliers.after_five_years,
            multipliers.prepayment,
            tuple(stress.rulebook),  # type: ignore[arg-type]
            stress.interpolated,
            tuple(stress.adjusted),
            MappingProxyType({name: tuple(m) for name, m in figures.segments.items()}),
        ),
        layers=Layers(verdicts[0].bad_loan_ce, **figures.other_layers),
        held_at_lower_rating=figures.held_at_lower_rating,
        stressed_default_rate=float(flows.stressed[row]) / pool,
        realised_default_rate=defaults / pool,
        unapplied_default_rate=float(flows.unapplied[row]) / pool,
        cumulative_loss=(defaults - float(flows.recoveries[row].sum())) / pool,
        interest_rate_path=figures.interest_rate_path,
        interest_rate_paths=MappingProxyType(dict(figures.interest_rate_paths)),
        clean_up_call=verdicts[0].clean_up_call,
        classes=tuple(verdicts),
        desk_defaults=figures.desk_defaults,
    )


def class_ratings(
    inputs: StressInputs,
    classes: tuple[NoteClass, ...],
    lines: list[RatingLine],
    book: Rulebook,
) -> tuple[ClassRating, ...]:
    """Each class's best passing target rating, then under the ceiling rules (METHODOLOGY §5)."""
    summary = []
    for note in classes:
        if not note.rated:
            summary.append(ClassRating(note.name, rated=False))
            continue
        passing = [
            line.rating
            for line in lines
            if (verdict := line.verdict(note.name)) is not None and verdict.passed
        ]
        highest = passing[0] if passing else None
        capped, steps = highest, ()
        if highest is not None:
            parties = inputs.parties
            cap = structured_cap(
                highest,
                parties.asset_country_ceiling,
                parties.sovereign,
                parties.domestic_single_country,
                rulebook=book,
            )
            capped = cap.proposed.symbol if cap.proposed is not None else highest
            steps = tuple(step.reason for step in cap.steps)
        summary.append(ClassRating(note.name, True, highest, capped, steps))
    return tuple(summary)


def sensitivity_grids(
    stress: RatingStress, tranche: str, rules: StressSettings, required: np.ndarray
) -> SensitivityGrids:
    """Required bad-loan CE of the senior class on the two grids (None: not achievable)."""
    multiples = rules.sensitivity_default_multiples
    recoveries = rules.sensitivity_recovery_rates
    cprs = rules.sensitivity_cprs
    split = len(multiples) * len(recoveries)

    def grid(values: np.ndarray, columns: int) -> tuple[tuple[float | None, ...], ...]:
        cells = [None if np.isnan(v) else float(v) for v in values]
        return tuple(tuple(cells[i : i + columns]) for i in range(0, len(cells), columns))

    return SensitivityGrids(
        rating=stress.rating.symbol,
        tranche=tranche,
        default_multiples=tuple(multiples),
        recovery_rates=tuple(recoveries),
        cprs=tuple(cprs),
        by_recovery=grid(required[:split], len(recoveries)),
        by_cpr=grid(required[split:], len(cprs)),
    )
