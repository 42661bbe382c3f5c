"""Errors a user can meet when opening or saving a case file."""

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
