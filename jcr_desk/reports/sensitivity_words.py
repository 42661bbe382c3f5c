"""Item 13 of the form for a structured class: its own sensitivity, in words, from the result.

For each rated class: the breakeven default multiple (the largest multiple of the base-case
default rate it survives before a loss). For the class the sensitivity grid covers (the
senior class at the grid's rating): at each recovery rate of the grid below the base case,
the heaviest default multiple its enhancement still covers — the grid's required bad-loan
enhancement plus the other layers of the grid rating's line, against the class's available
enhancement — and the best tested rating whose stress multiple (first five years) that
reaches: the rating the class would fall to.
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.case.services.rated_items import RatedItem
from jcr_desk.reports.templates import phrase
from jcr_desk.structured.result import ClassVerdict, EnhancementResult, RatingLine


@dataclass(frozen=True)
class Fall:
    """At one recovery rate: the heaviest multiple covered and the rating it corresponds to."""

    recovery: float
    covered: float | None  # None: not even the lightest row of the grid
    rating: str | None  # None: below every tested rating


def _verdict(result: EnhancementResult, rating: str | None, name: str) -> ClassVerdict | None:
    line = next((line for line in result.ratings if line.rating == rating), None)
    if line is None:  # a capped rating the run did not test: the best tested line it passed
        line = next((x for x in result.ratings if (v := x.verdict(name)) and v.passed), None)
    return None if line is None else line.verdict(name)


def falls(result: EnhancementResult, name: str) -> list[Fall]:
    """Where the grid's lower recovery cells take the class (empty: the grid is another's)."""
    grid = result.sensitivity
    if grid.tranche != name:
        return []
    line = result.line(grid.rating)
    verdict = line.verdict(name)
    if verdict is None:
        return []
    budget = verdict.available_ce - _other_layers(line, verdict)
    base = float(result.base_case.get("recovery_rate", max(grid.recovery_rates)))
    columns = [j for j, r in enumerate(grid.recovery_rates) if r < base] or [0]
    out = []
    for j in columns:
        covered = [
            multiple
            for multiple, row in zip(grid.default_multiples, grid.by_recovery, strict=True)
            if row[j] is not None and row[j] <= budget
        ]
        heaviest = max(covered) if covered else None
        out.append(Fall(grid.recovery_rates[j], heaviest, _rating_for(result, heaviest)))
    return out


def _other_layers(line: RatingLine, verdict: ClassVerdict) -> float:
    if verdict.required_ce is not None and verdict.bad_loan_ce is not None:
        return verdict.required_ce - verdict.bad_loan_ce
    return line.layers.interest_rate + line.layers.commingling + line.layers.setoff


def _rating_for(result: EnhancementResult, multiple: float | None) -> str | None:
    """The best tested rating whose first-five-years multiple the class still covers."""
    if multiple is None:
        return None
    reached = [line for line in result.ratings if line.multipliers.first_five_years <= multiple]
    return reached[0].rating if reached else None


def class_sensitivity(item: RatedItem, result: EnhancementResult, language: str) -> list[str]:
    """The class's item-13 sentences in ``language``."""
    name = item.class_name
    rating = item.proposal.rating or "-"
    verdict = _verdict(result, item.proposal.rating, name)
    breakeven = "-" if verdict is None else f"{verdict.breakeven_multiple:.1f}"
    grid = result.sensitivity
    if grid.tranche != name:
        return [
            phrase(
                language,
                "disclosure.sensitivity_no_grid",
                item=name,
                rating=rating,
                breakeven=breakeven,
                tranche=grid.tranche,
            )
        ]
    lines = [
        phrase(
            language,
            "disclosure.sensitivity_breakeven",
            item=name,
            rating=rating,
            breakeven=breakeven,
        )
    ]
    lowest = result.ratings[-1].rating if result.ratings else "-"
    for fall in falls(result, name):
        recovery = f"{fall.recovery * 100:.0f}%"
        if fall.covered is None:
            lines.append(
                phrase(
                    language,
                    "disclosure.sensitivity_cell_none",
                    recovery=recovery,
                    grid_rating=grid.rating,
                )
            )
            continue
        fallen = fall.rating or phrase(language, "disclosure.sensitivity_below", lowest=lowest)
        lines.append(
            phrase(
                language,
                "disclosure.sensitivity_cell",
                recovery=recovery,
                covered=f"{fall.covered:g}",
                fallen=fallen,
            )
        )
    lines.append(
        phrase(
            language,
            "disclosure.sensitivity_grid_note",
            tranche=grid.tranche,
            grid_rating=grid.rating,
        )
    )
    return lines
