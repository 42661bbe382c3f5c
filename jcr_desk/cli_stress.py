"""``jcr-desk-cli stress``: run a case's stress scenario and print the enhancement table.

The command reads the case and never changes it: ``--set`` tries other base-case values for
one run, the way an analyst would before proposing a change in the window.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.case.services.stress_run import NUMERIC_ASSUMPTIONS, run_scenario
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, CommandError
from jcr_desk.i18n import QT_TRANSLATE_NOOP, translate
from jcr_desk.structured.rmbs.inputs import StressInputError
from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.loan_table import STRESS_COLUMNS
from jcr_desk.structured.rmbs.result import EnhancementResult


def register_stress(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "stress",
        help="run the case's stress scenario: required vs available enhancement per rating",
        description=(
            "Stress the pool at each target rating, run the cash flows through the waterfall "
            "and print the credit enhancement each class needs by risk layer against what it "
            "has. Fractions are of the pool's cut-off balance; cash flows are yen per month. "
            "The case is not changed. Exit 1 when an input the run needs is missing."
        ),
    )
    parser.add_argument("case", metavar="CASE", help="a .jcrcase file")
    parser.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        dest="overrides",
        help=f"override an assumption for this run ({', '.join(NUMERIC_ASSUMPTIONS)})",
    )
    parser.add_argument("--scenario", help="scenario name (default: the case's first)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.set_defaults(handler=_run_stress)


def _run_stress(args: argparse.Namespace) -> int:
    overrides = _overrides(args.overrides)
    case = load_case(args.case, loan_columns=STRESS_COLUMNS)
    if not case.scenarios:
        raise CommandError(f"{args.case}: the case has no stress scenario", EXIT_PROBLEMS)
    chosen = case.scenarios[0]
    if args.scenario is not None:
        named = [s for s in case.scenarios if s.name == args.scenario]
        if not named:
            names = ", ".join(repr(s.name) for s in case.scenarios)
            raise CommandError(f"{args.case}: no scenario {args.scenario!r} (it has {names})")
        chosen = named[0]
    try:
        result = run_scenario(case, chosen.id, overrides=overrides)
    except StressInputError as error:
        raise CommandError(f"{args.case}: {error}", EXIT_PROBLEMS) from error
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
            raise CommandError(
                f"--set {pair!r}: expected NAME=VALUE with NAME one of "
                f"{', '.join(NUMERIC_ASSUMPTIONS)}"
            )
        try:
            value = float(text)
        except ValueError:
            raise CommandError(f"--set {pair!r}: {text!r} is not a number") from None
        if name == "recovery_lag_months":
            if not value.is_integer() or value < 0:
                raise CommandError(f"--set {pair!r}: the lag is a whole number of months")
            value = int(value)
        elif not 0 <= value <= 1:
            raise CommandError(f"--set {pair!r}: {name} is a fraction between 0 and 1")
        overrides[name] = value
    return overrides


def format_table(result: EnhancementResult) -> str:
    """The enhancement table as text: one line per rating, then each class's verdict."""
    names = result.rated_classes
    header = ["Rating", *(label for _, label in LAYERS), "Total"]
    header += [f"{name} need/has" for name in names]
    rows = [header]
    for line in result.ratings:
        row = [line.rating, *(_percent(line.layers.value(key)) for key, _ in LAYERS)]
        row.append(_percent(line.total))
        for name in names:
            verdict = line.verdict(name)
            if verdict is None:
                row.append("—")
                continue
            mark = "pass" if verdict.passed else "FAIL"
            row.append(f"{_percent(verdict.required_ce)}/{_percent(verdict.available_ce)} {mark}")
        rows.append(row)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    if result.over_collateralisation > 0:
        lines.append(
            f"Over-collateralisation: {_percent(result.over_collateralisation)} of the pool "
            f"(¥{result.over_collateralisation_amount:,.0f}), enhancement every class has"
        )
    for name in names:
        reached = result.class_rating(name).capped_rating or "none of the target ratings"
        lines.append(f"{name}: reaches {reached}")
    for line in result.ratings:
        lines.append(
            f"{line.rating}: defaults stressed {_percent(line.stressed_default_rate)}, "
            f"realised {_percent(line.realised_default_rate)}; interest-rate path "
            f"{_PATHS.get(line.interest_rate_path, line.interest_rate_path)}; clean-up call "
            f"{line.clean_up_call}"
        )
    reserve = result.liquidity_reserve
    lines.append(f"Liquidity reserve: ¥{reserve['amount']:,.0f} ({reserve['months']} month(s))")
    lines.append(f"Collateral values declined from the {result.recovery['valuation_basis']}")
    lines.append(f"Rulebook {result.rulebook_version}")
    # the result's sentences in the language of --lang or LANG
    for label, texts in (
        (QT_TRANSLATE_NOOP("CLI", "Mechanism: {text}"), result.mechanisms),
        (QT_TRANSLATE_NOOP("CLI", "Open decision: {text}"), result.open_decisions),
        (QT_TRANSLATE_NOOP("CLI", "Note: {text}"), result.warnings),
    ):
        lines.extend(translate("CLI", label).format(text=text.translated()) for text in texts)
    return "\n".join(lines)


_PATHS = {"up": "rising", "down": "falling", "none": "none"}


def _percent(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2%}"
