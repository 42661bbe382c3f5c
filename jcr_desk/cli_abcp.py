"""``jcr-desk-cli abcp`` and ``abcp-import``: an ABCP program's analysis and imports, headless.

``abcp`` analyses a case's program and prints, per target short-term rating, the required
subordination by part against what the program has, pass or fail, the highest rating reached
and the caps applied; the case is not changed (``--set`` tries other terms or stress choices
for one run, ``--history`` another history file). ``abcp-import`` makes a history or a
receivables tape the program's, as the tab does, and saves the case atomically. A history
that cannot be used exits 1 naming its file, sheet, row and column.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

from jcr_desk.case import load_case, save_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.lock import acquire_lock
from jcr_desk.case.document.model import Case, StoredProgram
from jcr_desk.case.edits.abcp_commands import ImportHistory, ImportReceivables
from jcr_desk.case.services.abcp_run import ProgramRunError, analyse_case_program, program_inputs
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.cli_abcp_report import TRIAL, format_result
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, JSON_HELP, JSON_IMPORTED_HELP, CommandError
from jcr_desk.cli_tapes import unit_choice
from jcr_desk.i18n import QT_TRANSLATE_NOOP, explained, translate
from jcr_desk.pool.problems import Problem, TapeError
from jcr_desk.pool.schema import RECEIVABLES, RECEIVABLES_HISTORY
from jcr_desk.pool.tape import ReadChoices, read_tape
from jcr_desk.pool.units import unit_fields
from jcr_desk.structured.abcp.analysis import analyse_program
from jcr_desk.structured.abcp.history import HistoryError
from jcr_desk.structured.abcp.history_file import read_history
from jcr_desk.structured.abcp.rules import BASE_CASE_METHODS, TARGET_RATINGS, abcp_rules
from jcr_desk.structured.abcp.stress import FactorAdjustment, StressChoices
from jcr_desk.structured.stress_arithmetic import STRESS_FORMS

SubParsers = Any
TERMS: Final = {
    "subordination": "fraction",
    "cash_reserve": "fraction",
    "transfer_reserve": "fraction",
    "collection_period_months": "months",
    "commingling_mitigated": "yes/no",
}
#: The kinds of value as ``--help`` names them.
TERM_KINDS: Final = {
    "fraction": QT_TRANSLATE_NOOP("CLI", "fraction"),
    "months": QT_TRANSLATE_NOOP("CLI", "months"),
    "yes/no": QT_TRANSLATE_NOOP("CLI", "yes/no"),
}
CHOICES: Final = ("form", "method")


def register_abcp(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "abcp",
        help=translate(
            "CLI", "analyse a case's ABCP program: required subordination per short-term rating"
        ),
        description=translate(
            "CLI",
            "Print the program's guideline and, for internal enhancement, each target rating's "
            "required subordination by part (stressed credit loss, stressed dilution, "
            "commingling, servicer-transfer reserve) against its subordination and reserves, "
            "pass or fail, the highest rating reached and the caps applied. Fractions are of "
            "the purchased pool. The case is not changed. Exit 1 when a history cannot be used.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    parser.add_argument(
        "--program",
        help=translate("CLI", "program name (default: the case's first)"),
    )
    parser.add_argument(
        "--set",
        metavar="NAME=VALUE",
        action="append",
        default=[],
        dest="overrides",
        help=translate(
            "CLI",
            "try another value for this run: {terms}, form ({forms}), method ({methods}), "
            "multiple.RATING or k.RATING (e.g. multiple.J-1=4)",
        ).format(
            terms=", ".join(
                translate("CLI", "{name} ({kind})").format(
                    name=name, kind=translate("CLI", TERM_KINDS[kind])
                )
                for name, kind in TERMS.items()
            ),
            forms="/".join(STRESS_FORMS),
            methods="/".join(BASE_CASE_METHODS),
        ),
    )
    parser.add_argument(
        "--history",
        metavar="FILE",
        help=translate("CLI", "analyse with this history file"),
    )
    _add_read_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_HELP),
    )
    parser.set_defaults(handler=_run_abcp)


def register_abcp_import(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "abcp-import",
        help=translate("CLI", "make a monthly history or a receivables tape an ABCP program's"),
        description=translate(
            "CLI",
            "Read the population's monthly history (--history) or the purchased receivables "
            "(--receivables) with the tape importer and make it the program's; the audit log "
            "records it and the case is saved atomically. A history is refused at its first "
            "problem (exit 1, naming file, sheet, row and column); receivables rows with "
            "errors are left out and listed.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--history",
        metavar="FILE",
        help=translate("CLI", "the population's monthly history"),
    )
    source.add_argument(
        "--receivables",
        metavar="FILE",
        help=translate("CLI", "the purchased receivables tape"),
    )
    parser.add_argument(
        "--program",
        help=translate("CLI", "program name (default: the case's first)"),
    )
    _add_read_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_IMPORTED_HELP),
    )
    parser.set_defaults(handler=_run_import)


def _add_read_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sheet",
        help=translate("CLI", "sheet to read (default: the one that looks like it)"),
    )
    kinds = (RECEIVABLES_HISTORY, RECEIVABLES)
    fields = [spec.name for kind in kinds for spec in unit_fields(kind)]
    parser.add_argument(
        "--unit",
        action="append",
        default=[],
        type=unit_choice(kinds),
        metavar="FIELD=UNIT",
        help=translate(
            "CLI",
            "the unit of an amount (yen, thousand_yen) or a rate (percent, fraction) the "
            "file leaves open; fields: {fields}",
        ).format(fields=", ".join(fields)),
    )


# --- abcp ------------------------------------------------------------------------------------


def _run_abcp(args: argparse.Namespace) -> int:
    terms, choices = _overrides(args.overrides)
    case = load_case(args.case)
    item = _program(case, args.program, args.case)
    if args.history:
        item = _with_history(item, args)
    if choices:
        item.choices = _choices(item.choices, choices)
    try:
        if args.history or choices:
            inputs = replace(
                program_inputs(case, item.id, terms), history=item.history, choices=item.choices
            )
            result = analyse_program(inputs)
        else:
            result = analyse_case_program(case, item.id, overrides=terms).result
    except ProgramRunError as error:
        line = translate("CLI", "--set: {problem}")
        raise CommandError(line.format(problem=explained(error))) from error
    if args.json:
        print(json.dumps({"case": str(args.case), **result.to_dict()}, ensure_ascii=False))
    else:
        print(format_result(result))
    return EXIT_OK


def _program(case: Case, name: str | None, path: str) -> StoredProgram:
    if not case.programs:
        message = translate("CLI", "{path}: the case has no ABCP program")
        raise CommandError(message.format(path=path), EXIT_PROBLEMS)
    if name is None:
        return case.programs[0]
    for item in case.programs:
        if item.program.name == name:
            return item
    names = ", ".join(repr(p.program.name) for p in case.programs)
    message = translate("CLI", "{path}: no ABCP program {name} (it has {names})")
    raise CommandError(message.format(path=path, name=repr(name), names=names))


def _with_history(item: StoredProgram, args: argparse.Namespace) -> StoredProgram:
    history = _read_history(args.history, args)
    return StoredProgram(item.id, item.program, item.choices, history, item.receivables)


def _read_history(path: str, args: argparse.Namespace) -> Any:
    try:
        return read_history(path, args.sheet, units=dict(args.unit))
    except HistoryError as error:
        raise CommandError(error.translated(), EXIT_PROBLEMS) from error


def _overrides(pairs: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``--set`` pairs split into program terms and stress choices, each checked."""
    terms: dict[str, Any] = {}
    choices: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = (part.strip() for part in pair.partition("="))
        if not sep:
            raise CommandError(_set_problem(pair, translate("CLI", "expected NAME=VALUE")))
        if name in TERMS:
            terms[name] = _term(pair, name, text)
        elif name in CHOICES:
            allowed = STRESS_FORMS if name == "form" else BASE_CASE_METHODS
            if text not in allowed:
                problem = translate("CLI", "{name} is one of {allowed}")
                raise CommandError(
                    _set_problem(pair, problem.format(name=name, allowed=", ".join(allowed)))
                )
            choices[name] = text
        elif name.partition(".")[0] in ("multiple", "k") and name.partition(".")[2] in (
            TARGET_RATINGS
        ):
            choices[name] = _number(pair, text)
        else:
            raise CommandError(
                _set_problem(pair, translate("CLI", "unknown name (see jcr-desk-cli abcp --help)"))
            )
    return terms, choices


def _term(pair: str, name: str, text: str) -> Any:
    if TERMS[name] == "yes/no":
        if text not in ("yes", "no"):
            raise CommandError(
                _set_problem(pair, translate("CLI", "{name} is yes or no").format(name=name))
            )
        return text == "yes"
    value = _number(pair, text)
    if TERMS[name] == "months":
        if not value.is_integer() or value < 1:
            raise CommandError(
                _set_problem(pair, translate("CLI", "a whole number of months from 1"))
            )
        return int(value)
    return value


def _number(pair: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise CommandError(
            _set_problem(pair, translate("CLI", "{text} is not a number").format(text=repr(text)))
        ) from None


def _set_problem(pair: str, problem: str) -> str:
    return translate("CLI", "--set {pair}: {problem}").format(pair=repr(pair), problem=problem)


def _choices(current: StressChoices, changes: dict[str, Any]) -> StressChoices:
    choices = current
    if "form" in changes:
        choices = replace(choices, form=changes["form"], form_reason=TRIAL)
    if "method" in changes:
        choices = replace(choices, method=changes["method"], method_reason=TRIAL)
    adjustments = list(choices.adjustments)
    for name, value in changes.items():
        kind, _, rating = name.partition(".")
        if kind in ("multiple", "k"):
            form = "multiple" if kind == "multiple" else "sd"
            adjustments = [a for a in adjustments if (a.rating, a.form) != (rating, form)]
            adjustments.append(FactorAdjustment(rating, form, value, TRIAL))
    choices = replace(choices, adjustments=tuple(adjustments))
    problem = choices.order_problem(abcp_rules())
    if problem:
        line = translate("CLI", "--set: {problem}")
        raise CommandError(line.format(problem=problem.translated()))
    return choices


# --- abcp-import -----------------------------------------------------------------------------


def _run_import(args: argparse.Namespace) -> int:
    case_path = Path(args.case)
    if not case_path.is_file():
        raise CommandError(translate("CLI", "{path}: no such case file").format(path=case_path))
    left_out: list[Problem] = []  # receivables rows with errors, listed after the summary
    if args.history:
        history = _read_history(args.history, args)
        summary: dict[str, Any] = {"history": args.history, "months": history.month_count}
    else:
        try:
            tape = read_tape(
                args.receivables,
                args.sheet,
                kind=RECEIVABLES,
                choices=ReadChoices(units=dict(args.unit)),
            )
        except TapeError as error:
            raise CommandError(error.sentence.translated()) from error
        pool = pool_from_tape(tape, Path(args.receivables).stem)
        left_out = [p for p in tape.problems if p.severity == "error"]
        summary = {
            "receivables": args.receivables,
            "imported": len(pool.loans),
            "excluded": tape.excluded_count,
            "problems": [p.to_dict() for p in left_out],
        }
    with acquire_lock(case_path):
        case = load_case(case_path)
        item = _program(case, args.program, args.case)
        command = (
            ImportHistory(item.id, history) if args.history else ImportReceivables(item.id, pool)
        )
        try:
            command.check(case)
        except EditRefused as error:
            raise CommandError(
                f"{args.history or args.receivables}: {explained(error)}", EXIT_PROBLEMS
            ) from error
        command.redo(case)
        save_case(case, case_path)
    summary["program"] = item.program.name
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(_summary_line(summary))
        line = translate("CLI", "  row {row}, column {column}: {message}")
        for problem in left_out[:20]:
            print(
                line.format(
                    row=problem.row, column=problem.column, message=problem.sentence.translated()
                )
            )
    return EXIT_PROBLEMS if summary.get("problems") else EXIT_OK


def _summary_line(summary: dict[str, Any]) -> str:
    """What was imported, in one line (``--json`` has the same facts under English keys)."""
    if "history" in summary:
        line = translate("CLI", "history: {file}; months: {months}; program: {program}")
        return line.format(
            file=summary["history"], months=summary["months"], program=summary["program"]
        )
    line = translate(
        "CLI", "receivables: {file}; imported: {imported}; excluded: {excluded}; program: {program}"
    )
    return line.format(
        file=summary["receivables"],
        imported=summary["imported"],
        excluded=summary["excluded"],
        program=summary["program"],
    )
