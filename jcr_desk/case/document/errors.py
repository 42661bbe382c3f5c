"""Errors a user meets: a case file that cannot be opened or saved, an edit that is refused."""

from __future__ import annotations

from pathlib import Path

from jcr_desk.i18n import Text

#: The translation context of a case file's problems (``jcr_desk_ja.ts``).
CASE_FILE = "CaseFile"


class CaseFileError(Exception):
    """A case file cannot be opened or written; the message names the file and the problem.

    ``problem`` is the English (logs, the window today); a problem written as a
    :class:`Text` also reads in the analyst's language (:meth:`translated`)."""

    def __init__(self, path: str | Path, problem: str | Text) -> None:
        self.path = Path(path)
        self.sentence = (
            problem if isinstance(problem, Text) else Text.as_written(CASE_FILE, problem)
        )
        self.problem = str(self.sentence)
        super().__init__(f"{self.path.name}: {self.problem}")

    def translated(self) -> str:
        """The message in the language :func:`jcr_desk.i18n.set_language` chose."""
        return f"{self.path.name}: {self.sentence.translated()}"


class UnsupportedColumnError(ValueError):
    """A column holds a kind of data the case format does not store."""


class EditRefused(ValueError):  # noqa: N818 - reads as "the edit was refused"
    """An edit would break the case (a cycle of ownership, a missing reason…).

    Raised by :meth:`CaseCommand.check` before anything changes; the message is shown to the
    analyst as it is.
    """
