"""Exit codes and the user-facing failure of ``jcr-desk-cli``, shared by its command modules."""

from __future__ import annotations

PROG = "jcr-desk-cli"
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
#: The reader of our output went away (``jcr-desk-cli … | head``): stop quietly with the
#: status a shell reports for a Unix tool stopped by SIGPIPE (128 + 13).
EXIT_PIPE_CLOSED = 141


class CommandError(Exception):
    """A failure the user can act on; ``exit_code`` says which kind."""

    def __init__(self, message: str, exit_code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
