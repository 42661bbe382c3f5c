"""Exit codes and the user-facing failure of ``jcr-desk-cli``, shared by its command modules."""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP

PROG = "jcr-desk-cli"
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
#: The reader of our output went away (``jcr-desk-cli … | head``): stop quietly with the
#: status a shell reports for a Unix tool stopped by SIGPIPE (128 + 13).
EXIT_PIPE_CLOSED = 141

#: ``--json`` prints English keys and values whatever ``--lang`` says: it is read by programs.
JSON_HELP = QT_TRANSLATE_NOOP(
    "CLI", "print the result as JSON (English keys and values, for programs; not translated)"
)
JSON_IMPORTED_HELP = QT_TRANSLATE_NOOP(
    "CLI", "print what was imported as JSON (English keys and values, for programs)"
)
JSON_CHANGED_HELP = QT_TRANSLATE_NOOP(
    "CLI", "print what changed as JSON (English keys and values, for programs)"
)


class CommandError(Exception):
    """A failure the user can act on; ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
