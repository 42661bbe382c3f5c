"""``jcr-desk-cli demo``: the demo case and the same loans as sample tapes and static data."""

from __future__ import annotations

import argparse
import json
from typing import Any

from jcr_desk.case.demo import DEMO_LOANS, write_demo
from jcr_desk.cli_errors import EXIT_OK, JSON_HELP, CommandError
from jcr_desk.i18n import translate
from jcr_desk.pool.synthetic import DEFAULT_SEED


def positive_int(text: str) -> int:
    """argparse type for counts such as ``--loans``."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CLI", "not a whole number: {text}").format(text=repr(text))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("CLI", "must be at least 1 (got {value})").format(value=value)
        )
    return value


def register_demo(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help=translate("CLI", "write the demo case and its sample loan tapes"),
        description=translate(
            "CLI", "Write demo.jcrcase and the same loans as an English and a Japanese tape."
        ),
    )
    parser.add_argument(
        "directory",
        metavar="DIR",
        help=translate("CLI", "folder to write into (created if absent)"),
    )
    parser.add_argument(
        "--loans",
        type=positive_int,
        default=DEMO_LOANS,
        help=translate("CLI", "pool size"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=translate("CLI", "random seed of the pool"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_HELP),
    )
    parser.set_defaults(handler=_run_demo)


def _run_demo(args: argparse.Namespace) -> int:
    try:
        files = write_demo(args.directory, args.loans, args.seed)
    except OSError as error:
        message = translate("CLI", "cannot write the demo files to {folder}: {reason}")
        raise CommandError(
            message.format(folder=args.directory, reason=error.strerror or error)
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
        lines = (
            translate("CLI", "Demo case ({loans} loans): {path}"),
            translate("CLI", "Loan tape, English headers: {path}"),
            translate("CLI", "Loan tape, Japanese headers: {path}"),
            translate("CLI", "Originator's static data (vintages): {path}"),
            translate("CLI", "ABCP program's population history: {path}"),
            translate("CLI", "ABCP program's receivables: {path}"),
        )
        paths = (
            files.case_path,
            files.tape_path,
            files.tape_ja_path,
            files.static_path,
            files.abcp_history_path,
            files.abcp_receivables_path,
        )
        for line, path in zip(lines, paths, strict=True):
            print(line.format(loans=f"{args.loans:,}", path=path))
    return EXIT_OK
