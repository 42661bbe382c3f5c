"""``jcr-desk-cli guidelines``: each entity's rating guideline and recorded decision."""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.case.document.model import Case, Decision, Entity
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.case.services.guidelines import evaluate_entity, tree_order
from jcr_desk.cli_errors import EXIT_OK
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.ratings import Rating, ShortTermRating


def register_guidelines(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "guidelines",
        help="print each entity's rating guideline and recorded decision",
        description=(
            "For every entity of a case: the rule that applies, the proposed long-term, "
            "short-term and issue ratings, the range the methodology allows, what needs "
            "judgement and the decision recorded."
        ),
    )
    parser.add_argument("case", metavar="CASE", help="a .jcrcase file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=_run_guidelines)


def _run_guidelines(args: argparse.Namespace) -> int:
    case = load_case(args.case)
    report = [_entity_report(case, entity) for entity in tree_order(case)]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for entry in report:
            print("\n".join(_entity_lines(entry)))
    return EXIT_OK


def _guideline_report(guideline: Guideline | None) -> dict[str, Any] | None:
    if guideline is None:
        return None
    return {
        "start": _symbol(guideline.start),
        "proposed": _symbol(guideline.proposed),
        "range": guideline.range_text(),
        "needs_judgement": guideline.needs_judgement,
        "flags": [str(flag) for flag in guideline.flags],
        "steps": [
            {"rule_id": s.rule_id, "delta": s.delta, "reason": s.reason, "citation": s.citation}
            for s in guideline.steps
        ],
    }


def _symbol(rating: Rating | ShortTermRating | None) -> str | None:
    return None if rating is None else rating.symbol


def _decision_report(decision: Decision | None) -> dict[str, Any] | None:
    if decision is None:
        return None
    return {
        "rating": decision.rating,
        "guideline_rating": decision.guideline_rating,
        "override": decision.is_override,
        "reason": decision.reason,
        "analyst": decision.analyst,
        "timestamp": decision.timestamp.isoformat(),
    }


def _entity_report(case: Case, entity: Entity) -> dict[str, Any]:
    """One entity's guidelines and decisions as plain JSON-safe data."""
    result = evaluate_entity(case, entity.id)
    return {
        "id": entity.id,
        "name": entity.name,
        "role": entity.role,
        "sector": entity.sector,
        "country": entity.country,
        "rule": result.rule_title,
        "long_term": _guideline_report(result.long_term),
        "short_term": _symbol(result.short_term),
        "issue": _guideline_report(result.issue),
        "double_leverage": result.double_leverage,
        "double_leverage_high": result.double_leverage_high,
        "decisions": {
            item: _decision_report(case.decision(entity.id, item)) for item in ITEMS
        },
    }


def _proposal_text(guideline: dict[str, Any]) -> str:
    proposed = guideline["proposed"] or "left to judgement"
    judgement = ", needs judgement" if guideline["needs_judgement"] else ""
    return f"{proposed} (range {guideline['range']}{judgement})"


def _entity_lines(entry: dict[str, Any]) -> list[str]:
    """The text form of one entity's report: a heading and indented facts."""
    lines = [
        f"{entry['name']} [{entry['role']}, {entry['sector'] or 'no sector'}, {entry['country']}]"
    ]
    lines.append(f"  rule: {entry['rule'] or 'no group rule applies'}")
    flags: list[str] = []
    for item in ITEMS:
        label = item.replace("_", "-")
        if item == "short_term":
            if entry[item] is not None:
                lines.append(f"  {label}: {entry[item]}")
        elif entry[item] is not None:
            lines.append(f"  {label}: {_proposal_text(entry[item])}")
            flags += [flag for flag in entry[item]["flags"] if flag not in flags]
    if entry["double_leverage"] is not None:
        lines.append(
            f"  double leverage: {entry['double_leverage']:.0%} "
            f"(high from {entry['double_leverage_high']:.0%})"
        )
    lines += [f"  flag: {flag}" for flag in flags]
    for item, decision in entry["decisions"].items():
        if decision is not None:
            kind = "override" if decision["override"] else "accepted"
            reason = f": {decision['reason']}" if decision["reason"] else ""
            lines.append(
                f"  decision {item.replace('_', '-')}: {decision['rating']} ({kind}, "
                f"{decision['analyst']}, {decision['timestamp']}){reason}"
            )
    return lines
