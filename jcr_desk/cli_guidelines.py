"""``jcr-desk-cli guidelines``: each entity's rating guideline and recorded decision."""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.case.document.entity_words import ENTITY_WORDS, ROLE_LABELS, SECTOR_LABELS
from jcr_desk.case.document.model import Case, Decision
from jcr_desk.case.document.rule_inputs import ITEMS
from jcr_desk.case.services.guidelines import EntityGuidelines, evaluate_entity, tree_order
from jcr_desk.cli_errors import EXIT_OK, JSON_HELP
from jcr_desk.i18n import Text, translate
from jcr_desk.methodology.guideline import GUIDELINE, Guideline
from jcr_desk.ratings import Rating, ShortTermRating


def register_guidelines(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "guidelines",
        help=translate("CLI", "print each entity's rating guideline and recorded decision"),
        description=translate(
            "CLI",
            "For every entity of a case: the rule that applies, the proposed long-term, "
            "short-term and issue ratings, the range the methodology allows, what needs "
            "judgement and the decision recorded.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_HELP),
    )
    parser.set_defaults(handler=_run_guidelines)


def _run_guidelines(args: argparse.Namespace) -> int:
    case = load_case(args.case)
    results = [evaluate_entity(case, entity.id) for entity in tree_order(case)]
    report = [_entity_report(case, result) for result in results]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        for entry, result in zip(report, results, strict=True):
            print("\n".join(_entity_lines(entry, result)))
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


def _entity_report(case: Case, result: EntityGuidelines) -> dict[str, Any]:
    """One entity's guidelines and decisions as plain JSON-safe data."""
    entity = case.entity(result.entity_id)
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
        "decisions": {item: _decision_report(case.decision(entity.id, item)) for item in ITEMS},
    }


def _item_word(item: str) -> str:
    """A rated item as the report names it ("long-term")."""
    words = {
        "long_term": translate("CLI", "long-term"),
        "short_term": translate("CLI", "short-term"),
        "issue": translate("CLI", "issue"),
    }
    return words.get(item, item.replace("_", "-"))


def _code_word(code: str | None, labels: dict[str, str]) -> str:
    """A role or sector: its code in English (as the case file writes it), its label in a
    language that translates the label."""
    if not code:
        return translate("CLI", "no sector")
    label = labels.get(code, code)
    shown = translate(ENTITY_WORDS, label)
    return shown if shown != label else code


def _range_text(guideline: Guideline) -> str:
    """The allowed range in words, best first (``Guideline.range_text`` in the reader's
    language)."""
    best, worst = guideline.best, guideline.worst
    if best is None:
        return translate("CLI", "not set")
    if worst is None:
        return translate("CLI", "{best} or lower").format(best=best)
    if best == worst:
        return str(best)
    return translate("CLI", "{best} to {worst}").format(best=best, worst=worst)


def _proposal_text(entry: dict[str, Any], guideline: Guideline) -> str:
    proposed = entry["proposed"] or translate("CLI", "left to judgement")
    if entry["needs_judgement"]:
        line = translate("CLI", "{proposed} (range {range}, needs judgement)")
    else:
        line = translate("CLI", "{proposed} (range {range})")
    return line.format(proposed=proposed, range=_range_text(guideline))


def _entity_lines(entry: dict[str, Any], result: EntityGuidelines) -> list[str]:
    """The text form of one entity's report: a heading and indented facts."""
    heading = translate("CLI", "{name} [{role}, {sector}, {country}]")
    lines = [
        heading.format(
            name=entry["name"],
            role=_code_word(entry["role"], ROLE_LABELS),
            sector=_code_word(entry["sector"], SECTOR_LABELS),
            country=entry["country"],
        )
    ]
    rule = (
        translate(GUIDELINE, result.rule_title)
        if result.rule_title
        else translate("CLI", "no group rule applies")
    )
    lines.append(translate("CLI", "  rule: {rule}").format(rule=rule))
    flags: list[Text] = []
    for item in ITEMS:
        if item == "short_term":
            if entry[item] is not None:
                line = translate("CLI", "  {item}: {rating}")
                lines.append(line.format(item=_item_word(item), rating=entry[item]))
            continue
        guideline: Guideline | None = getattr(result, item)
        if entry[item] is not None and guideline is not None:
            line = translate("CLI", "  {item}: {proposal}")
            lines.append(
                line.format(item=_item_word(item), proposal=_proposal_text(entry[item], guideline))
            )
            flags += [flag for flag in guideline.flags if flag not in flags]
    if entry["double_leverage"] is not None:
        line = translate("CLI", "  double leverage: {ratio} (high from {high})")
        lines.append(
            line.format(
                ratio=f"{entry['double_leverage']:.0%}", high=f"{entry['double_leverage_high']:.0%}"
            )
        )
    lines += [translate("CLI", "  flag: {flag}").format(flag=flag.translated()) for flag in flags]
    for item, decision in entry["decisions"].items():
        if decision is not None:
            kind = (
                translate("CLI", "override")
                if decision["override"]
                else translate("CLI", "accepted")
            )
            line = translate("CLI", "  decision {item}: {rating} ({kind}, {analyst}, {timestamp})")
            text = line.format(
                item=_item_word(item),
                rating=decision["rating"],
                kind=kind,
                analyst=decision["analyst"],
                timestamp=decision["timestamp"],
            )
            if decision["reason"]:
                text += translate("CLI", ": {reason}").format(reason=decision["reason"])
            lines.append(text)
    return lines
