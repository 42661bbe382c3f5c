"""Headless commands (``jcr-desk-cli``): the same domain functions the window calls.

Each subcommand has a module in :data:`COMMANDS` whose ``register_<command>`` function adds
its parser and sets ``handler``; the handler returns the exit code. A run imports only the
module of the command it runs, so ``stress`` starts without loading openpyxl or the drafts.
Exit codes: 0 success, 1 problems found in the input, 2 usage or file errors, 3 an unexpected
internal error. Every failure prints one line on stderr; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from jcr_desk import __version__
from jcr_desk.cli_errors import (
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_PIPE_CLOSED,
    EXIT_PROBLEMS,  # noqa: F401 - re-exported: callers read every exit code here
    EXIT_USAGE,
    PROG,
    CommandError,
)
from jcr_desk.cli_text import wrap_columns
from jcr_desk.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    ExplainedError,
    language_from_environment,
    set_language,
    translate,
)

Handler = Callable[[argparse.Namespace], int]


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its "usage: " in the reader's language, wrapped by the columns a
    terminal gives each character: Japanese has no spaces to break at and takes two columns
    a character, so it breaks between characters, never inside an English word or option."""

    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        if prefix is None:
            prefix = translate("CLI", "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_columns(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = wrap_columns(" ".join(text.split()), width - len(indent))
        return "\n".join(indent + line for line in lines)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error becomes one line instead of the usage block, and the
    help's own words (headings, ``-h``) are in the reader's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CLI", "positional arguments")
        self._optionals.title = translate("CLI", "options")
        for action in self._actions:
            if "-h" in action.option_strings:
                action.help = translate("CLI", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        hint = translate("CLI", QT_TRANSLATE_NOOP("CLI", "{message} (see {prog} --help)"))
        raise CommandError(hint.format(message=usage_problem(message), prog=self.prog))


#: argparse's own usage errors (it words them in English) and the same sentence as a
#: template of the ``CLI`` context; the first that matches is used, the argument names,
#: values and choices as typed. A message none matches stays as argparse wrote it.
USAGE_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), template)
    for pattern, template in (
        (
            r"the following arguments are required: (?P<names>.+)",
            QT_TRANSLATE_NOOP("CLI", "the following arguments are required: {names}"),
        ),
        (
            r"unrecognized arguments: (?P<words>.+)",
            QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: {words}"),
        ),
        (
            r"one of the arguments (?P<names>.+) is required",
            QT_TRANSLATE_NOOP("CLI", "one of the arguments {names} is required"),
        ),
        (
            r"argument (?P<argument>\S+): expected one argument",
            QT_TRANSLATE_NOOP("CLI", "argument {argument}: expected one argument"),
        ),
        (
            r"argument (?P<argument>\S+): invalid choice: (?P<value>.+) \(choose from "
            r"(?P<choices>.+)\)",
            QT_TRANSLATE_NOOP(
                "CLI", "argument {argument}: invalid choice: {value} (choose from {choices})"
            ),
        ),
        (
            r"argument (?P<argument>\S+): not allowed with argument (?P<other>\S+)",
            QT_TRANSLATE_NOOP("CLI", "argument {argument}: not allowed with argument {other}"),
        ),
        (
            r"argument (?P<argument>\S+): invalid (?P<kind>\S+) value: (?P<value>.+)",
            QT_TRANSLATE_NOOP("CLI", "argument {argument}: invalid {kind} value: {value}"),
        ),
        (
            # a command's own check (already in the reader's language) after the argument
            r"argument (?P<argument>\S+): (?P<problem>.+)",
            QT_TRANSLATE_NOOP("CLI", "argument {argument}: {problem}"),
        ),
    )
)


def usage_problem(message: str) -> str:
    """argparse's ``message`` in the reader's language."""
    for pattern, template in USAGE_PROBLEMS:
        found = pattern.fullmatch(message)
        if found:
            return translate("CLI", template).format(**found.groupdict())
    return message


COMMANDS: tuple[tuple[str, str], ...] = (
    ("demo", "jcr_desk.cli_demo"),
    ("guidelines", "jcr_desk.cli_guidelines"),
    ("check-tape", "jcr_desk.cli_tapes"),
    ("import-tape", "jcr_desk.cli_tapes"),
    ("stress", "jcr_desk.cli_stress"),
    ("scenario", "jcr_desk.cli_scenario"),
    ("export", "jcr_desk.cli_export"),
    ("disclosure", "jcr_desk.cli_disclosure"),
    ("abcp", "jcr_desk.cli_abcp"),
    ("abcp-import", "jcr_desk.cli_abcp"),
)
"""Each subcommand and the module that registers it, in the order ``--help`` lists them."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``command`` alone, of none (``""``), or of every command (``None``:
    ``--help``; a misspelt name, so the error lists the real ones)."""
    parser = _Parser(prog=PROG, description=translate("CLI", "JCR Desk without the window."))
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help=translate("CLI", "show the version and exit"),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=translate("CLI", "show the traceback of a failure"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CLI", "the language of messages (default: from LANG, LC_ALL…)"),
    )
    subparsers = parser.add_subparsers(metavar="COMMAND", required=True)
    known = {name for name, _module in COMMANDS}
    for name, module in COMMANDS:
        if command == name or (command != "" and command not in known):
            registers = importlib.import_module(module)
            getattr(registers, f"register_{name.replace('-', '_')}")(subparsers)
    return parser


def _command_of(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the first word not an option); "" when
    there is none and no help is asked (``--version`` needs no command's module)."""
    named = next((word for word in argv if not word.startswith("-")), None)
    if named is None and not {"-h", "--help"} & set(argv):
        return ""
    return named


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


def _language_of(argv: Sequence[str]) -> str:
    """``--lang ja`` / ``--lang=ja`` when given (read before parsing, so even a usage error
    speaks it), else what ``LANG`` and the other locale variables name."""
    for number, word in enumerate(argv):
        value = word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if word == "--lang" and number + 1 < len(argv):
            value = argv[number + 1]
        if value in LANGUAGES:
            return value
    return language_from_environment()


def _run(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    set_language(_language_of(words))
    parser = build_parser(_command_of(words))
    try:
        args = parser.parse_args(words)
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
    except OSError as error:
        return _fail(_describe_os_error(error), EXIT_USAGE, args.debug)
    except Exception as error:
        if isinstance(error, ExplainedError):  # a case file that cannot be opened, …
            return _fail(error.translated(), EXIT_USAGE, args.debug)
        message = translate(
            "CLI", QT_TRANSLATE_NOOP("CLI", "unexpected failure: {kind}: {error}")
        ).format(kind=type(error).__name__, error=error)
        if not args.debug:
            message += translate("CLI", QT_TRANSLATE_NOOP("CLI", " (run with --debug for details)"))
        return _fail(message, EXIT_INTERNAL, args.debug)


def _describe_os_error(error: OSError) -> str:
    if error.filename is None:
        return str(error)
    return f"{error.filename}: {error.strerror or error}"


def _fail(message: str, exit_code: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    line = translate("CLI", QT_TRANSLATE_NOOP("CLI", "{prog}: error: {message}"))
    print(line.format(prog=PROG, message=" ".join(message.split())), file=sys.stderr)
    return exit_code


if __name__ == "__main__":
    raise SystemExit(main())
