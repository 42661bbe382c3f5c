"""Errors a user meets: a case file that cannot be opened or saved, an edit that is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jcr_desk.i18n import ExplainedError, Text

#: The translation context of a case file's problems (``jcr_desk_ja.ts``).
CASE_FILE = "CaseFile"


class CaseFileError(ExplainedError):
    """A case file cannot be opened or written; the message names the file and the problem.

    ``problem`` is the English (logs); a problem written as a :class:`Text` also reads in the
    analyst's language (:meth:`translated`)."""

    CONTEXT = CASE_FILE

    def __init__(self, path: str | Path, problem: str | Text) -> None:
        self.path = Path(path)
        super().__init__(problem)
        self.problem = str(self.sentence)

    def __str__(self) -> str:
        return f"{self.path.name}: {self.problem}"

    def built(self, lookup: Callable[[str, str], str]) -> str:
        return f"{self.path.name}: {self.sentence.built(lookup)}"


class UnsupportedColumnError(ValueError):
    """A column holds a kind of data the case format does not store."""


class EditRefused(ExplainedError, ValueError):  # noqa: N818 - reads as "the edit was refused"
    """An edit would break the case (a cycle of ownership, a missing reason…).

    Raised by :meth:`CaseCommand.check` before anything changes; the message is shown to the
    analyst as it is, in their language when raised with a :class:`Text` (context
    ``EditRefused``).
    """

    CONTEXT = "EditRefused"


def refused(source: str, **args: Any) -> EditRefused:
    """A refusal as a sentence: ``source`` is its English template, marked with
    ``QT_TRANSLATE_NOOP("EditRefused", ...)`` where it is written; numbers in ``args`` are
    formatted already, names of fields are words (``case.document.refusal_words``)."""
    return EditRefused(Text(EditRefused.CONTEXT, source, args))
