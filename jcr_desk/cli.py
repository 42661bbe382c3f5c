"""Headless commands (``jcr-desk-cli``): the same domain functions the window calls.

Each subcommand is one registration function in :data:`COMMANDS` that adds its parser and
sets ``handler``; the handler returns the exit code. Exit codes: 0 success, 1 problems found
in the input, 2 usage or file errors, 3 an unexpected internal error. Every failure prints one
line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from jcr_desk import __version__
from jcr_desk.case import CaseFileError, load_case
from jcr_desk.case.decision_commands import current_decision
from jcr_desk.case.demo import DEMO_LOANS, write_demo
from jcr_desk.case.guidelines import ITEMS, evaluate_entity, tree_order
from jcr_desk.case.model import Case, Decision, Entity
from jcr_desk.cli_abcp import register_abcp, register_abcp_import
from jcr_desk.cli_errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PIPE_CLOSED,
    EXIT_PROBLEMS,  # noqa: F401 - re-exported: callers read every exit code here
    EXIT_USAGE,
    PROG,
    CommandError,
)
from jcr_desk.cli_scenario import register_scenario
from jcr_desk.cli_stress import register_stress
from jcr_desk.cli_tapes import register_check_tape, register_import_tape
from jcr_desk.methodology.guideline import Guideline
from jcr_desk.pool.synthetic import DEFAULT_SEED
from jcr_desk.ratings import Rating, ShortTermRating

SubParsers = Any  # argparse's sub-parser action has no public type
Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error becomes one line instead of the usage block."""

    def error(self, message: str) -> NoReturn:
        raise CommandError(f"{message} (see {self.prog} --help)")


def positive_int(text: str) -> int:
    """argparse type for counts such as ``--loans``."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


def _register_demo(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="write the demo case and its sample loan tapes",
        description="Write demo.jcrcase and the same loans as an English and a Japanese tape.",
    )
    parser.add_argument("directory", metavar="DIR", help="folder to write into (created if absent)")
    parser.add_argument("--loans", type=positive_int, default=DEMO_LOANS, help="pool size")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed of the pool")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=_run_demo)


def _run_demo(args: argparse.Namespace) -> int:
    try:
        files = write_demo(args.directory, args.loans, args.seed)
    except OSError as error:
        raise CommandError(
            f"cannot write the demo files to {args.directory}: {error.strerror or error}"
        ) from error
    if args.json:
        result = {
            "case": str(files.case_path),
            "tape": str(files.tape_path),
            "tape_ja": str(files.tape_ja_path),
            "static_data": str(files.static_path),
            "abcp_history": str(files.abcp_history_path),
            "abcp_receivables": str(files.abcp_receivables_path),
            "loans": args.loans,
        }
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Demo case ({args.loans:,} loans): {files.case_path}")
        print(f"Loan tape, English headers: {files.tape_path}")
        print(f"Loan tape, Japanese headers: {files.tape_ja_path}")
        print(f"Originator's static data (vintages): {files.static_path}")
        print(f"ABCP program's population history: {files.abcp_history_path}")
        print(f"ABCP program's receivables: {files.abcp_receivables_path}")
    return EXIT_OK


def _register_guidelines(subparsers: SubParsers) -> None:
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
        "flags": list(guideline.flags),
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
            item: _decision_report(current_decision(case, entity.id, item)) for item in ITEMS
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


COMMANDS: tuple[Callable[[SubParsers], None], ...] = (
    _register_demo,
    _register_guidelines,
    register_check_tape,
    register_import_tape,
    register_stress,
    register_scenario,
    register_abcp,
    register_abcp_import,
)
"""One registration function per subcommand, in the order ``--help`` lists them."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="JCR Desk without the window.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    subparsers = parser.add_subparsers(metavar="COMMAND", required=True)
    for register in COMMANDS:
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (the console script exits with it).

    When the reader of our output goes away (``jcr-desk-cli … | head``) the command stops
    quietly with ``EXIT_PIPE_CLOSED`` (141, as a shell reports a Unix tool stopped by
    SIGPIPE); nothing is printed, since nobody is reading.
    """
    try:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe shows here rather than at interpreter exit
    except BrokenPipeError:
        # Later writes (the interpreter's own flush at exit) go nowhere instead of failing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_PIPE_CLOSED
    return code


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except CommandError as error:
        return _fail(str(error), error.exit_code, debug=False)
    except SystemExit as stop:  # --help and --version print, then stop here
        return stop.code if isinstance(stop.code, int) else EXIT_OK
    handler: Handler = args.handler
    try:
        return handler(args)
    except CommandError as error:
        return _fail(str(error), error.exit_code, args.debug)
    except BrokenPipeError:
        raise  # main() stops quietly
    except CaseFileError as error:
        return _fail(str(error), EXIT_USAGE, args.debug)
    except OSError as error:
        return _fail(_describe_os_error(error), EXIT_USAGE, args.debug)
    except Exception as error:
        message = f"unexpected failure: {type(error).__name__}: {error}"
        if not args.debug:
            message += " (run with --debug for details)"
        return _fail(message, EXIT_INTERNAL, args.debug)


def _describe_os_error(error: OSError) -> str:
    if error.filename is None:
        return str(error)
    return f"{error.filename}: {error.strerror or error}"


def _fail(message: str, exit_code: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    print(f"{PROG}: error: {' '.join(message.split())}", file=sys.stderr)
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
