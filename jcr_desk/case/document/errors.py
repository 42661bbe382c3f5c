"""Errors a user meets: a case file that cannot be opened or saved, an edit that is refused."""

from __future__ import annotations

from pathlib import Path


class CaseFileError(Exception):
    """A case file cannot be opened or written; the message names the file and the problem."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class UnsupportedColumnError(ValueError):
    """A column holds a kind of data the case format does not store."""


class EditRefused(ValueError):  # noqa: N818 - reads as "the edit was refused"
    """An edit would break the case (a cycle of ownership, a missing reason…).

    Raised by :meth:`CaseCommand.check` before anything changes; the message is shown to the
    analyst as it is.
    """
