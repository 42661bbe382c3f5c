"""``jcr-desk-cli check-tape`` and ``import-tape``: the Pool tab's tape reading, headless.

The text report reads like the tab's: how the tape was read (header rows, totals, footnotes,
the cut-off and where it came from, the unit of each amount and rate and its evidence), then
the problems, errors first and repeated warnings on one line, then the summary, where a column
the tape lacks says "not in the tape". ``--json`` keeps every problem. What the tape leaves
undecided is given on the command line, as the mapping dialog asks for it: ``--unit
FIELD=UNIT`` and ``--cut-off YYYY-MM-DD``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from jcr_desk.case import Case, load_case, save_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.lock import acquire_lock
from jcr_desk.case.edits.class_fit_commands import ClassesDoNotFit
from jcr_desk.case.edits.pool_commands import ADD, REPLACE, ImportPool
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandError
from jcr_desk.pool.mapping import MappingProfile, load_profiles, profile_path, read_profile
from jcr_desk.pool.problem_groups import group_problems
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.schema import LOANS, schema
from jcr_desk.pool.strats import NOT_IN_TAPE, PoolSummary
from jcr_desk.pool.tape import ReadChoices, TapeImport, read_tape
from jcr_desk.pool.values import UNITS
from jcr_desk.structured.rmbs.class_fit import CLASS_FITS

SubParsers = Any  # argparse's sub-parser action has no public type


def register_check_tape(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "check-tape",
        help="read and validate a loan tape without changing any case",
        description=(
            "Print how the tape was read (header, cut-off, units and their evidence), its "
            "problems (errors by row, repeated warnings on one line; --json lists every one) "
            "and the pool summary. Exit 0 without errors, 1 with errors, 2 when the file "
            "cannot be read."
        ),
    )
    _add_tape_arguments(parser)
    parser.set_defaults(handler=_run_check_tape)


def register_import_tape(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "import-tape",
        help="make a loan tape a pool of a case (rows with errors are left out)",
        description=(
            "Import the tape's valid rows as the case's pool, replacing its first pool or the "
            "one --replace names (its scenarios move to the new one), or beside the others "
            "with --add (scenarios keep theirs); "
            "the audit log records it and the case is saved atomically. The excluded rows "
            "stay listed in the pool's report. Exit codes as check-tape."
        ),
    )
    parser.add_argument("case", metavar="CASE", help="a .jcrcase file")
    _add_tape_arguments(parser)
    parser.add_argument(
        "--add", action="store_true", help="add the tape as another pool instead of replacing"
    )
    parser.add_argument(
        "--replace", metavar="POOL", help="name (or id) of the pool to replace (default: the first)"
    )
    parser.add_argument(
        "--classes",
        choices=CLASS_FITS,
        help="when the new pool is not the size the scenario's classes were sized for: keep "
        "their amounts (the difference becomes over-collateralisation) or their shares "
        "(every class resized); needs --reason",
    )
    parser.add_argument("--reason", default="", help="why the classes are re-fitted so")
    parser.set_defaults(handler=_run_import_tape)


def _add_tape_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="loan tape: .xlsx .xlsm .xls .xlsb .ods .csv")
    parser.add_argument("--sheet", help="sheet to read (default: the one that looks like loans)")
    parser.add_argument("--profile", help="name of a saved column-mapping profile")
    parser.add_argument(
        "--unit",
        action="append",
        default=[],
        type=unit_choice(),
        metavar="FIELD=UNIT",
        help="the unit of an amount (yen, thousand_yen) or a rate (percent, fraction), "
        "e.g. current_balance=thousand_yen; wins over the tape's evidence",
    )
    parser.add_argument(
        "--cut-off",
        type=_cut_off_date,
        metavar="YYYY-MM-DD",
        help="the tape's cut-off date, when its title rows state none (or state another)",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def unit_choice(tape_kinds: tuple[str, ...] = (LOANS,)) -> Callable[[str], tuple[str, str]]:
    """The argparse type of ``--unit FIELD=UNIT`` for the amount and rate fields of tapes of
    ``tape_kinds``."""
    kinds = {
        spec.name: spec.kind for kind in tape_kinds for spec in schema(kind) if spec.kind in UNITS
    }

    def choice(text: str) -> tuple[str, str]:
        name, _, unit = text.partition("=")
        if name not in kinds:
            raise argparse.ArgumentTypeError(
                f"{name!r} is no amount or rate field (fields: {', '.join(kinds)})"
            )
        if unit not in UNITS[kinds[name]]:
            choices = " or ".join(UNITS[kinds[name]])
            raise argparse.ArgumentTypeError(f"the unit of {name} is {choices} (got {unit!r})")
        return name, unit

    return choice


def _cut_off_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _run_check_tape(args: argparse.Namespace) -> int:
    tape = _read_tape(args)
    _print_tape(tape, args.json, {})
    return _tape_exit_code(tape)


def _run_import_tape(args: argparse.Namespace) -> int:
    case_path = Path(args.case)
    if not case_path.is_file():
        raise CommandError(f"{case_path}: no such case file")
    if args.add and args.replace is not None:
        raise CommandError("--add and --replace exclude each other: a tape adds or replaces a pool")
    tape = _read_tape(args)
    pool = pool_from_tape(tape, Path(args.file).stem)
    with acquire_lock(case_path):
        case = load_case(case_path)
        replacing = None if args.replace is None else _named_pool(case, case_path, args.replace)
        command = ImportPool(
            pool, ADD if args.add else REPLACE, replacing, classes=args.classes, reason=args.reason
        )
        try:
            command.check(case)
        except ClassesDoNotFit as error:
            _print_tape(tape, args.json, {})
            found = "; ".join(m.sentence() for m in error.misfits)
            raise CommandError(
                f"{case_path}: {found}: choose --classes keep-amounts (the difference becomes "
                "over-collateralisation) or --classes keep-shares (every class resized), "
                "with --reason",
                EXIT_PROBLEMS,
            ) from error
        except EditRefused as error:
            _print_tape(tape, args.json, {})
            raise CommandError(f"{args.file}: {error}", EXIT_PROBLEMS) from error
        command.redo(case)
        save_case(case, case_path)
    _print_tape(tape, args.json, {"case": str(case_path), "pool": pool.name})
    return _tape_exit_code(tape)


def _named_pool(case: Case, case_path: Path, name: str) -> str:
    """The id of the case's pool called ``name`` (or with that id)."""
    for pool in case.pools:
        if name in (pool.name, pool.id):
            return pool.id
    names = ", ".join(repr(p.name) for p in case.pools) or "none"
    raise CommandError(f"{case_path}: no pool {name!r} to replace (its pools: {names})")


def _read_tape(args: argparse.Namespace) -> TapeImport:
    profile = None if args.profile is None else _find_profile(args.profile)
    choices = ReadChoices(units=dict(args.unit), cut_off=args.cut_off)
    try:
        return read_tape(args.file, sheet=args.sheet, profile=profile, choices=choices)
    except TapeError as error:
        raise CommandError(error.sentence.translated(), EXIT_USAGE) from error


def _find_profile(name: str) -> MappingProfile:
    profiles = load_profiles()
    for profile in profiles:
        if profile.name == name:
            return profile
    saved = profile_path(name)
    if saved.is_file():  # skipped by load_profiles as damaged: say why instead of "no profile"
        try:
            read_profile(saved)
        except ValueError as error:
            raise CommandError(f"cannot use {error}") from None
    known = ", ".join(sorted(p.name for p in profiles)) or "none saved yet"
    raise CommandError(f"no mapping profile named {name!r} (saved profiles: {known})")


def _tape_exit_code(tape: TapeImport) -> int:
    has_errors = any(problem.severity == "error" for problem in tape.problems)
    return EXIT_PROBLEMS if has_errors else EXIT_OK


def _tape_report(tape: TapeImport) -> dict[str, Any]:
    """The JSON shape: row counts, how the tape was read, every problem, the summary."""
    cut_off = tape.cut_off
    return _plain(
        {
            "rows": tape.row_count,
            "imported": tape.importable_count,
            "excluded": tape.excluded_count,
            "cut_off": None if cut_off is None else {
                "date": cut_off.date,
                "source": cut_off.source,
                "detail": cut_off.detail,
                "inferred": cut_off.inferred,
            },
            "units": {
                name: {
                    "unit": reading.unit,
                    "chosen": reading.chosen,
                    "evidence": [
                        {"unit": e.unit, "source": e.source, "detail": e.detail}
                        for e in reading.evidence
                    ],
                }
                for name, reading in tape.readings.items()
            },
            "problems": [problem.to_dict() for problem in tape.problems],
            "summary": tape.summary.to_dict(),
        }
    )


def _print_tape(tape: TapeImport, as_json: bool, extra: dict[str, Any]) -> None:
    if as_json:
        report = {**extra, **_tape_report(tape)}
        print(json.dumps(report, ensure_ascii=False, indent=2, allow_nan=False))
        return
    source = tape.source
    counts = {
        severity: sum(p.severity == severity for p in tape.problems)
        for severity in ("error", "warning")
    }
    print(
        f"{source.get('file', '')}, sheet {source.get('sheet', '')}: {tape.row_count:,} rows, "
        f"{tape.importable_count:,} importable, {tape.excluded_count:,} excluded "
        f"({counts['error']:,} errors, {counts['warning']:,} warnings)"
    )
    if "case" in extra:
        print(f"Imported as pool {extra['pool']!r} into {extra['case']}")
    print("\n".join(_reading_lines(tape)))
    groups = group_problems(tape.problems)
    if groups:
        print("Problems (errors first; warnings of one kind on one line, --json lists every row):")
    for group in groups:
        where = group.rows_text().translated()
        problem = group.problems[0]
        if group.count == 1 and problem.column and problem.row is not None:
            where += f" {problem.column}"
        print(f"  {group.severity:<7} {where}: {group.sentence.translated()}")
    if any(p.rule == "unit_undecided" for p in tape.blocking):
        print("Figures below read undecided units provisionally; give them with --unit.")
    print("\n".join(_summary_lines(tape.summary)))


def _reading_lines(tape: TapeImport) -> list[str]:
    """How the tape was read: header, totals, footnotes, the cut-off and the units."""
    source = tape.source
    header = source.get("header_row")
    rows = source.get("header_rows", 1)
    layout = f"Header: row {header}" if rows == 1 else f"Header: rows {header}-{header + rows - 1}"
    if source.get("totals_row"):
        layout += f"; totals row {source['totals_row']}"
    if source.get("footnotes"):
        layout += f"; {len(source['footnotes'])} footnote rows"
    lines = [layout]
    if tape.cut_off is not None:
        lines.append(f"Cut-off: {tape.cut_off.text()}")
    if tape.readings:
        lines.append("Units:")
        lines += [f"  {reading.summary()}" for reading in tape.readings.values()]
    return lines


def _summary_lines(summary: PoolSummary) -> list[str]:
    """The committee's view of the pool: size, averages, mixes and concentration flags; a
    column the tape lacks reads "not in the tape", never as a zero."""
    percent = {spec.name for spec in schema() if spec.kind in ("rate", "ratio")}
    missing = set(summary.missing)

    def measure(field: str, value: float | None) -> str:
        if field in missing:
            return NOT_IN_TAPE
        if value is None or value != value:
            return "–"
        return f"{value:.2%}" if field in percent else f"{value:,.1f}"

    as_of = summary.as_of.isoformat() if summary.as_of else "unknown"
    if summary.as_of_inferred:
        as_of += ", inferred"
    borrowers = (
        NOT_IN_TAPE if summary.borrower_count is None else f"{summary.borrower_count:,}"
    )
    original = (
        NOT_IN_TAPE
        if summary.total_original_balance is None
        else f"{summary.total_original_balance:,.0f} yen"
    )
    lines = [
        f"Summary (as of {as_of}): {summary.loan_count:,} loans, {borrowers} borrowers, "
        f"current balance {summary.total_current_balance:,.0f} yen (original {original})",
        "  averages: simple / balance-weighted",
    ]
    lines += [
        f"    {a.label:<24} {NOT_IN_TAPE}"
        if a.field in missing
        else f"    {a.label:<24} {measure(a.field, a.simple):>10} / {measure(a.field, a.weighted)}"
        for a in summary.averages
    ]
    for table in summary.mixes:
        if table.missing:
            lines.append(f"  {table.title}: {NOT_IN_TAPE}")
            continue
        lines.append(f"  {table.title}: count, balance (yen), share of balance")
        lines += [
            f"    {label:<24} {count:>9,} {balance:>18,.0f} {share:>8.1%}"
            for label, count, balance, share in zip(
                table.labels, table.counts, table.balances, table.shares, strict=True
            )
        ]
    lines.append("  concentrations:")
    for flag in summary.concentrations:
        if flag.share is None:
            lines.append(f"    {flag.name}: {NOT_IN_TAPE}")
            continue
        lines.append(
            f"    {flag.name} ({flag.subject}): {flag.share:.1%} of balance, Desk threshold "
            f"{flag.threshold:.1%}" + (" — FLAGGED" if flag.flagged else "")
        )
    return lines


def _plain(value: Any) -> Any:
    """Summary and report data as plain JSON values: numpy scalars, dates, NaN/NA → null."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, str | bool | int) or value is None:
        return value
    if pd.isna(value):  # NaN, NaT, pandas NA
        return None
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)

