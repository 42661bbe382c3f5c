"""Headless commands (``jcr-desk-cli``): the same domain functions the window calls.

Each subcommand is one registration function in :data:`COMMANDS` that adds its parser and
sets ``handler``; the handler returns the exit code. Exit codes: 0 success, 1 problems found
in the input, 2 usage or file errors, 3 an unexpected internal error. Every failure prints one
line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from jcr_desk import __version__
from jcr_desk.case import CaseFileError
from jcr_desk.case.demo import DEMO_LOANS, write_demo
from jcr_desk.pool.synthetic import DEFAULT_SEED

PROG = "jcr-desk-cli"
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3

SubParsers = Any  # argparse's sub-parser action has no public type
Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A failure the user can act on; ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


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
            "loans": args.loans,
        }
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Demo case ({args.loans:,} loans): {files.case_path}")
        print(f"Loan tape, English headers: {files.tape_path}")
        print(f"Loan tape, Japanese headers: {files.tape_ja_path}")
    return EXIT_OK


COMMANDS: tuple[Callable[[SubParsers], None], ...] = (_register_demo,)
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
    """Run one command and return its exit code (the console script exits with it)."""
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
