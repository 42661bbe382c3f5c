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
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.case import Case, load_case, save_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.lock import acquire_lock
from jcr_desk.case.edits.class_fit_commands import ClassesDoNotFit
from jcr_desk.case.edits.pool_commands import ADD, REPLACE, ImportPool
from jcr_desk.case.services.pool_import import pool_from_tape
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, JSON_HELP, CommandError
from jcr_desk.cli_text import columns
from jcr_desk.i18n import QT_TRANSLATE_NOOP, explained, translate
from jcr_desk.pool.mapping import MappingProfile, load_profiles, profile_path, read_profile
from jcr_desk.pool.problem_groups import group_problems
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.schema import LOANS, schema
from jcr_desk.pool.strats import PoolSummary
from jcr_desk.pool.tape import ReadChoices, TapeImport, read_tape
from jcr_desk.pool.values import UNITS
from jcr_desk.structured.rmbs.class_fit import CLASS_FITS

SubParsers = Any  # argparse's sub-parser action has no public type
#: The translation context of these commands' report, help and errors.
CONTEXT: Final = "TapeReport"
#: A problem's severity as the report's first column names it.
SEVERITY_WORDS: Final = {
    "error": QT_TRANSLATE_NOOP("TapeReport", "error"),
    "warning": QT_TRANSLATE_NOOP("TapeReport", "warning"),
}
#: The concentration measures of ``resources/pool/strats.toml`` as the summary names them.
FLAG_NAMES: Final = {
    "largest_prefecture_share": QT_TRANSLATE_NOOP("StratPanel", "largest prefecture share"),
    "largest_borrower_share": QT_TRANSLATE_NOOP("StratPanel", "largest borrower share"),
    "investment_condominium_share": QT_TRANSLATE_NOOP("StratPanel", "investment condominium share"),
}


def _padded(text: str, width: int, right: bool = False) -> str:
    """``text`` filled to ``width`` terminal columns (a Japanese character takes two)."""
    fill = " " * max(width - columns(text), 0)
    return fill + text if right else text + fill


def register_check_tape(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "check-tape",
        help=translate("TapeReport", "read and validate a loan tape without changing any case"),
        description=translate(
            "TapeReport",
            "Print how the tape was read (header, cut-off, units and their evidence), its "
            "problems (errors by row, repeated warnings on one line; --json lists every one) "
            "and the pool summary. Exit 0 without errors, 1 with errors, 2 when the file "
            "cannot be read.",
        ),
    )
    _add_tape_arguments(parser)
    parser.set_defaults(handler=_run_check_tape)


def register_import_tape(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "import-tape",
        help=translate(
            "TapeReport", "make a loan tape a pool of a case (rows with errors are left out)"
        ),
        description=translate(
            "TapeReport",
            "Import the tape's valid rows as the case's pool, replacing its first pool or the "
            "one --replace names (its scenarios move to the new one), or beside the others "
            "with --add (scenarios keep theirs); "
            "the audit log records it and the case is saved atomically. The excluded rows "
            "stay listed in the pool's report. Exit codes as check-tape.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("TapeReport", "a .jcrcase file"))
    _add_tape_arguments(parser)
    parser.add_argument(
        "--add",
        action="store_true",
        help=translate("TapeReport", "add the tape as another pool instead of replacing"),
    )
    parser.add_argument(
        "--replace",
        metavar="POOL",
        help=translate("TapeReport", "name (or id) of the pool to replace (default: the first)"),
    )
    parser.add_argument(
        "--classes",
        choices=CLASS_FITS,
        help=translate(
            "TapeReport",
            "when the new pool is not the size the scenario's classes were sized for: keep "
            "their amounts (the difference becomes over-collateralisation) or their shares "
            "(every class resized); needs --reason",
        ),
    )
    parser.add_argument(
        "--reason", default="", help=translate("TapeReport", "why the classes are re-fitted so")
    )
    parser.set_defaults(handler=_run_import_tape)


def _add_tape_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        help=translate("TapeReport", "loan tape: .xlsx .xlsm .xls .xlsb .ods .csv"),
    )
    parser.add_argument(
        "--sheet",
        help=translate("TapeReport", "sheet to read (default: the one that looks like loans)"),
    )
    parser.add_argument(
        "--profile", help=translate("TapeReport", "name of a saved column-mapping profile")
    )
    parser.add_argument(
        "--unit",
        action="append",
        default=[],
        type=unit_choice(),
        metavar="FIELD=UNIT",
        help=translate(
            "TapeReport",
            "the unit of an amount (yen, thousand_yen) or a rate (percent, fraction), "
            "e.g. current_balance=thousand_yen; wins over the tape's evidence",
        ),
    )
    parser.add_argument(
        "--cut-off",
        type=_cut_off_date,
        metavar="YYYY-MM-DD",
        help=translate(
            "TapeReport",
            "the tape's cut-off date, when its title rows state none (or state another)",
        ),
    )
    parser.add_argument("--json", action="store_true", help=translate("CLI", JSON_HELP))


def unit_choice(tape_kinds: tuple[str, ...] = (LOANS,)) -> Callable[[str], tuple[str, str]]:
    """The argparse type of ``--unit FIELD=UNIT`` for the amount and rate fields of tapes of
    ``tape_kinds``."""
    kinds = {
        spec.name: spec.kind for kind in tape_kinds for spec in schema(kind) if spec.kind in UNITS
    }

    def choice(text: str) -> tuple[str, str]:
        name, _, unit = text.partition("=")
        if name not in kinds:
            problem = translate(
                "TapeReport", "{name} is no amount or rate field (fields: {fields})"
            )
            raise argparse.ArgumentTypeError(
                problem.format(name=repr(name), fields=", ".join(kinds))
            )
        if unit not in UNITS[kinds[name]]:
            first, second = UNITS[kinds[name]]
            problem = translate(
                "TapeReport", "the unit of {name} is {first} or {second} (got {unit})"
            )
            raise argparse.ArgumentTypeError(
                problem.format(name=name, first=first, second=second, unit=repr(unit))
            )
        return name, unit

    return choice


def _cut_off_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        problem = translate("TapeReport", "not a date YYYY-MM-DD: {text}")
        raise argparse.ArgumentTypeError(problem.format(text=repr(text))) from None


def _run_check_tape(args: argparse.Namespace) -> int:
    tape = _read_tape(args)
    _print_tape(tape, args.json, {})
    return _tape_exit_code(tape)


def _run_import_tape(args: argparse.Namespace) -> int:
    case_path = Path(args.case)
    if not case_path.is_file():
        raise CommandError(
            translate("TapeReport", "{path}: no such case file").format(path=case_path)
        )
    if args.add and args.replace is not None:
        raise CommandError(
            translate(
                "TapeReport",
                "--add and --replace exclude each other: a tape adds or replaces a pool",
            )
        )
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
            raise CommandError(_classes_problem(case_path, error), EXIT_PROBLEMS) from error
        except EditRefused as error:
            _print_tape(tape, args.json, {})
            raise CommandError(f"{args.file}: {explained(error)}", EXIT_PROBLEMS) from error
        command.redo(case)
        save_case(case, case_path)
    _print_tape(tape, args.json, {"case": str(case_path), "pool": pool.name})
    return _tape_exit_code(tape)


def _classes_problem(case_path: Path, error: ClassesDoNotFit) -> str:
    """The classes sized for another pool, and the two ways to fit them."""
    misfit = translate(
        "TapeReport",
        "the classes of scenario {scenario} (¥{notes}) were sized for a pool of ¥{sized_for}; "
        "the new pool is ¥{pool}",
    )
    found = translate("TapeReport", "; ").join(
        misfit.format(
            scenario=m.scenario.name,
            notes=f"{m.fit.notes:,.0f}",
            sized_for=f"{m.fit.sized_for:,.0f}",
            pool=f"{m.fit.pool:,.0f}",
        )
        for m in error.misfits
    )
    return translate(
        "TapeReport",
        "{path}: {found}: choose --classes keep-amounts (the difference becomes "
        "over-collateralisation) or --classes keep-shares (every class resized), with --reason",
    ).format(path=case_path, found=found)


def _named_pool(case: Case, case_path: Path, name: str) -> str:
    """The id of the case's pool called ``name`` (or with that id)."""
    for pool in case.pools:
        if name in (pool.name, pool.id):
            return pool.id
    names = ", ".join(repr(p.name) for p in case.pools) or translate("TapeReport", "none")
    problem = translate("TapeReport", "{path}: no pool {name} to replace (its pools: {names})")
    raise CommandError(problem.format(path=case_path, name=repr(name), names=names))


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
            problem = translate("TapeReport", "cannot use {error}")
            raise CommandError(problem.format(error=explained(error))) from None
    known = ", ".join(sorted(p.name for p in profiles)) or translate("TapeReport", "none saved yet")
    problem = translate("TapeReport", "no mapping profile named {name} (saved profiles: {known})")
    raise CommandError(problem.format(name=repr(name), known=known))


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
            "cut_off": None
            if cut_off is None
            else {
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
    counted = translate(
        "TapeReport",
        "{file}, sheet {sheet}: {rows} rows, {importable} importable, {excluded} excluded "
        "({errors} errors, {warnings} warnings)",
    )
    print(
        counted.format(
            file=source.get("file", ""),
            sheet=source.get("sheet", ""),
            rows=f"{tape.row_count:,}",
            importable=f"{tape.importable_count:,}",
            excluded=f"{tape.excluded_count:,}",
            errors=f"{counts['error']:,}",
            warnings=f"{counts['warning']:,}",
        )
    )
    if "case" in extra:
        imported = translate("TapeReport", "Imported as pool {pool} into {case}")
        print(imported.format(pool=repr(extra["pool"]), case=extra["case"]))
    print("\n".join(_reading_lines(tape)))
    print("\n".join(_problem_lines(tape)))
    print("\n".join(_summary_lines(tape.summary)))


def _problem_lines(tape: TapeImport) -> list[str]:
    """Errors first, one line each; warnings of one kind on one line."""
    groups = group_problems(tape.problems)
    lines = []
    if groups:
        lines.append(
            translate(
                "TapeReport",
                "Problems (errors first; warnings of one kind on one line, --json lists "
                "every row):",
            )
        )
    width = max(columns(translate(CONTEXT, word)) for word in SEVERITY_WORDS.values())
    for group in groups:
        where = group.rows_text().translated()
        problem = group.problems[0]
        if group.count == 1 and problem.column and problem.row is not None:
            where += f" {problem.column}"
        severity = _padded(translate(CONTEXT, SEVERITY_WORDS[group.severity]), width)
        found = translate("TapeReport", "{where}: {problem}").format(
            where=where, problem=group.sentence.translated()
        )
        lines.append(f"  {severity} {found}")
    if any(p.rule == "unit_undecided" for p in tape.blocking):
        lines.append(
            translate(
                "TapeReport",
                "Figures below read undecided units provisionally; give them with --unit.",
            )
        )
    return lines


def _reading_lines(tape: TapeImport) -> list[str]:
    """How the tape was read: header, totals, footnotes, the cut-off and the units."""
    source = tape.source
    header = source.get("header_row")
    rows = source.get("header_rows", 1)
    parts = [
        translate("TapeReport", "Header: row {row}").format(row=header)
        if rows == 1
        else translate("TapeReport", "Header: rows {first}-{last}").format(
            first=header, last=header + rows - 1
        )
    ]
    if source.get("totals_row"):
        parts.append(translate("TapeReport", "totals row {row}").format(row=source["totals_row"]))
    if source.get("footnotes"):
        parts.append(
            translate("TapeReport", "{count} footnote rows").format(count=len(source["footnotes"]))
        )
    lines = [translate("TapeReport", "; ").join(parts)]
    if tape.cut_off is not None:
        lines.append(
            translate("TapeReport", "Cut-off: {cut_off}").format(
                cut_off=tape.cut_off.said().translated()
            )
        )
    if tape.readings:
        lines.append(translate("TapeReport", "Units:"))
        lines += [f"  {reading.said().translated()}" for reading in tape.readings.values()]
    return lines


def _summary_lines(summary: PoolSummary) -> list[str]:
    """The committee's view of the pool: size, averages, mixes and concentration flags; a
    column the tape lacks reads "not in the tape", never as a zero."""
    percent = {spec.name for spec in schema() if spec.kind in ("rate", "ratio")}
    missing = set(summary.missing)
    not_in_tape = translate("StratPanel", "not in the tape")

    def measure(field: str, value: float | None) -> str:
        if field in missing:
            return not_in_tape
        if value is None or value != value:
            return "–"
        return f"{value:.2%}" if field in percent else f"{value:,.1f}"

    as_of = summary.as_of.isoformat() if summary.as_of else translate("TapeReport", "unknown")
    if summary.as_of_inferred:
        as_of = translate("TapeReport", "{date}, inferred").format(date=as_of)
    borrowers = not_in_tape if summary.borrower_count is None else f"{summary.borrower_count:,}"
    original = (
        not_in_tape
        if summary.total_original_balance is None
        else translate("TapeReport", "{amount} yen").format(
            amount=f"{summary.total_original_balance:,.0f}"
        )
    )
    headline = translate(
        "TapeReport",
        "Summary (as of {as_of}): {loans} loans, {borrowers} borrowers, current balance "
        "{balance} yen (original {original})",
    )
    lines = [
        headline.format(
            as_of=as_of,
            loans=f"{summary.loan_count:,}",
            borrowers=borrowers,
            balance=f"{summary.total_current_balance:,.0f}",
            original=original,
        ),
        "  " + translate("TapeReport", "averages: simple / balance-weighted"),
    ]
    for a in summary.averages:
        label = _padded(translate("PoolFields", a.label), 24)
        if a.field in missing:
            lines.append(f"    {label} {not_in_tape}")
        else:
            simple = _padded(measure(a.field, a.simple), 10, right=True)
            lines.append(f"    {label} {simple} / {measure(a.field, a.weighted)}")
    for table in summary.mixes:
        title = translate("PoolFields", table.title)
        if table.missing:
            lines.append(
                "  "
                + translate("TapeReport", "{name}: {missing}").format(
                    name=title, missing=not_in_tape
                )
            )
            continue
        heading = translate("TapeReport", "{title}: count, balance (yen), share of balance")
        lines.append("  " + heading.format(title=title))
        lines += [
            f"    {_padded(translate('PoolCodes', label), 24)} {count:>9,} {balance:>18,.0f} "
            f"{share:>8.1%}"
            for label, count, balance, share in zip(
                table.labels, table.counts, table.balances, table.shares, strict=True
            )
        ]
    lines.append("  " + translate("TapeReport", "concentrations:"))
    for flag in summary.concentrations:
        name = translate("StratPanel", FLAG_NAMES.get(flag.name, flag.name))
        if flag.share is None:
            lines.append(
                "    "
                + translate("TapeReport", "{name}: {missing}").format(
                    name=name, missing=not_in_tape
                )
            )
            continue
        shown = translate(
            "TapeReport", "{name} ({subject}): {share} of balance, Desk threshold {threshold}"
        )
        if flag.flagged:
            shown = translate(
                "TapeReport",
                "{name} ({subject}): {share} of balance, Desk threshold {threshold} — FLAGGED",
            )
        line = shown.format(
            name=name,
            subject=translate("PoolCodes", flag.subject),
            share=f"{flag.share:.1%}",
            threshold=f"{flag.threshold:.1%}",
        )
        lines.append("    " + line)
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
