"""What another rulebook changes in a case: guidelines that would move, results to rerun.

A case opened under a rulebook other than the one it was saved with keeps the committee's
decisions and the stored stress results as they were computed. This module lists, for the
analyst, which recorded guidelines the running rulebook would propose differently (worked
out now, cheaply) and which stored stress results were computed under another rulebook (a
run is needed to know their new figures); and, once rerun, how a result's figures moved.
"""

from __future__ import annotations

from dataclasses import dataclass

from jcr_desk.case.document.model import Case
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.result import EnhancementResult


@dataclass(frozen=True)
class RulebookReview:
    """The figures of a case that another rulebook may change."""

    rulebook: str  # the running rulebook's version
    guideline_changes: tuple[str, ...]  # "Sakura Bank, long-term: A+ → A (rulebook 2026.1)"
    results_to_rerun: tuple[tuple[str, str], ...]  # (scenario id, "name (rulebook 2026.1)")

    @property
    def empty(self) -> bool:
        return not self.guideline_changes and not self.results_to_rerun


def review(case: Case) -> RulebookReview:
    """Recorded guidelines and stored results that the running rulebook may change."""
    current = load_rulebook().version
    changes = []
    for decision in case.decisions:
        recorded = decision.guideline.get("rulebook_version") or case.rulebook_version
        if recorded == current:
            continue
        try:
            now = evaluate_entity(case, decision.entity_id)
        except (KeyError, ValueError):
            continue
        guideline = now.issue if decision.item == "issue" else now.long_term
        if decision.item == "short_term":
            proposed = None if now.short_term is None else str(now.short_term)
        else:
            proposed = (
                None if guideline is None or guideline.proposed is None else str(guideline.proposed)
            )
        if proposed != decision.guideline_rating:
            entity = case.entity(decision.entity_id).name
            changes.append(
                f"{entity}, {decision.item.replace('_', '-')}: guideline "
                f"{decision.guideline_rating or 'none'} (rulebook {recorded or 'not recorded'}) "
                f"→ {proposed or 'none'} now"
            )
    names = {s.id: s.name for s in case.scenarios}
    reruns = tuple(
        (
            stored.scenario_id,
            f"{names[stored.scenario_id]} (rulebook {stored.result.rulebook_version})",
        )
        for stored in case.results
        if stored.scenario_id in names and stored.result.rulebook_version != current
    )
    return RulebookReview(current, tuple(changes), reruns)


def result_changes(before: EnhancementResult, after: EnhancementResult) -> list[str]:
    """How a rerun moved the figures: each rating's total and each class's verdict."""
    lines = []
    for line in after.ratings:
        try:
            old = before.line(line.rating)
        except KeyError:
            lines.append(f"{line.rating}: new target rating")
            continue
        if not _same(old.total, line.total):
            lines.append(f"{line.rating} total {_pct(old.total)} → {_pct(line.total)}")
        for verdict in line.classes:
            was = old.verdict(verdict.name)
            if was is not None and was.passed != verdict.passed:
                lines.append(
                    f"{line.rating} {verdict.name}: {'pass' if was.passed else 'fail'} → "
                    f"{'pass' if verdict.passed else 'fail'}"
                )
    for rating in after.classes:
        was = next((c for c in before.classes if c.name == rating.name), None)
        if was is not None and was.capped_rating != rating.capped_rating:
            lines.append(
                f"{rating.name} reaches {rating.capped_rating or 'none'} "
                f"(was {was.capped_rating or 'none'})"
            )
    return lines


def _same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 5e-5)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2%}"
