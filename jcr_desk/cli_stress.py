"""``jcr-desk-cli stress``: run a case's stress scenario and print the enhancement table.

The command reads the case and never changes it: ``--set`` tries other base-case values for
one run, the way an analyst would before proposing a change in the window. Its help, its
report (:mod:`jcr_desk.cli_stress_report`) and its refusals read in the language of
``--lang`` or ``LANG``; ``--json`` stays English.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.case.services.stress_run import NUMERIC_ASSUMPTIONS, run_scenario
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, JSON_HELP, CommandError
from jcr_desk.cli_stress_report import format_table
from jcr_desk.i18n import explained, translate
from jcr_desk.structured.rmbs.inputs import StressInputError
from jcr_desk.structured.rmbs.loan_table import STRESS_COLUMNS


def register_stress(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stress",
        help=translate(
            "CLI",
            "run the case's stress scenario: required vs available enhancement per rating",
        ),
        description=translate(
            "CLI",
            "Stress the pool at each target rating, run the cash flows through the waterfall "
            "and print the credit enhancement each class needs by risk layer against what it "
            "has. Fractions are of the pool's cut-off balance; cash flows are yen per month. "
            "The case is not changed. Exit 1 when an input the run needs is missing.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    parser.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        dest="overrides",
        help=translate("CLI", "override an assumption for this run ({names})").format(
            names=", ".join(NUMERIC_ASSUMPTIONS)
        ),
    )
    parser.add_argument(
        "--scenario", help=translate("CLI", "scenario name (default: the case's first)")
    )
    parser.add_argument("--json", action="store_true", help=translate("CLI", JSON_HELP))
    parser.set_defaults(handler=_run_stress)


def _run_stress(args: argparse.Namespace) -> int:
    overrides = _overrides(args.overrides)
    case = load_case(args.case, loan_columns=STRESS_COLUMNS)
    if not case.scenarios:
        message = translate("CLI", "{path}: the case has no stress scenario")
        raise CommandError(message.format(path=args.case), EXIT_PROBLEMS)
    chosen = case.scenarios[0]
    if args.scenario is not None:
        named = [s for s in case.scenarios if s.name == args.scenario]
        if not named:
            names = ", ".join(repr(s.name) for s in case.scenarios)
            message = translate("CLI", "{path}: no scenario {name} (it has {names})")
            raise CommandError(
                message.format(path=args.case, name=repr(args.scenario), names=names)
            )
        chosen = named[0]
    try:
        result = run_scenario(case, chosen.id, overrides=overrides)
    except StressInputError as error:
        message = translate("CLI", "{path}: {problem}")
        raise CommandError(
            message.format(path=args.case, problem=explained(error)), EXIT_PROBLEMS
        ) from error
    if args.json:
        print(json.dumps(result.result.to_dict(), ensure_ascii=False))
    else:
        print(format_table(result.result))
    return EXIT_OK


def _overrides(pairs: list[str]) -> dict[str, float]:
    overrides: dict[str, float] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        name = name.strip()
        if not sep or name not in NUMERIC_ASSUMPTIONS:
            problem = translate("CLI", "expected NAME=VALUE with NAME one of {names}")
            raise CommandError(
                _set_problem(pair, problem.format(names=", ".join(NUMERIC_ASSUMPTIONS)))
            )
        try:
            value = float(text)
        except ValueError:
            problem = translate("CLI", "{text} is not a number").format(text=repr(text))
            raise CommandError(_set_problem(pair, problem)) from None
        if name == "recovery_lag_months":
            if not value.is_integer() or value < 0:
                problem = translate("CLI", "the lag is a whole number of months")
                raise CommandError(_set_problem(pair, problem))
            value = int(value)
        elif not 0 <= value <= 1:
            problem = translate("CLI", "{name} is a fraction between 0 and 1")
            raise CommandError(_set_problem(pair, problem.format(name=name)))
        overrides[name] = value
    return overrides


def _set_problem(pair: str, problem: str) -> str:
    return translate("CLI", "--set {pair}: {problem}").format(pair=repr(pair), problem=problem)
