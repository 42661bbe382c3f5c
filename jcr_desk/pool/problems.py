"""What the tape import reports: problems found in the tape, and files it cannot read at all.

A problem names the cell the analyst must look at (sheet, Excel row, column letter, header),
so a report line can be checked against the originator's workbook without the Desk open.
Problems travel into the case file and the CLI's JSON, hence the plain-dict round trip. Each
keeps its English ``message`` (the workbook's Exceptions sheet, the CSV, older readers) and the
same sentence as a template with its arguments (``sentence``), so the Pool tab and
``jcr-desk-cli --lang ja`` show it in the analyst's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text, chained

ERROR: Final = "error"
WARNING: Final = "warning"
SEVERITIES: Final = (ERROR, WARNING)

_LETTERS: Final = 26
#: The translation context of the problems' sentences (``[context.TapeProblems]``).
PROBLEM_CONTEXT: Final = "TapeProblems"


def problem_text(source: str, **args: Any) -> Text:
    """A problem's sentence: ``source`` is an English template marked with
    ``QT_TRANSLATE_NOOP("TapeProblems", ...)`` where it is written."""
    return Text(PROBLEM_CONTEXT, source, args)


def listed(items: Sequence[Text]) -> Text:
    """Sentences one after another ("a; b; c"), each translated on its own and joined as the
    language joins them (a Japanese list takes "；"); an empty list is an empty text."""
    if not items:
        return problem_text("")
    return chained(PROBLEM_CONTEXT, QT_TRANSLATE_NOOP("TapeProblems", "{first}; {rest}"), items)


@dataclass(frozen=True)
class Problem:
    """One finding of the import; ``row`` is the Excel row number, ``None`` for the whole file."""

    sheet: str
    row: int | None
    column: str | None
    header: str | None
    field: str | None
    value: str
    rule: str
    severity: str
    message: str
    sentence: Text = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    """``message`` as a template and its arguments; without one, the English as written."""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES} (got {self.severity!r})")
        if self.sentence is None:
            object.__setattr__(self, "sentence", Text.as_written(PROBLEM_CONTEXT, self.message))

    @classmethod
    def saying(cls, sentence: Text, *where: Any, **named: Any) -> Problem:
        """A problem whose message is ``sentence`` (its English kept beside it)."""
        return cls(*where, **named, message=str(sentence), sentence=sentence)

    def to_dict(self) -> dict[str, Any]:
        """Plain data: every field as English, the sentence under ``message_sentence``."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "sentence"}
        data["message_sentence"] = self.sentence.to_data()
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """Rebuild a problem saved by ``to_dict``; keys it does not know are ignored, and a
        problem saved before the sentences reads its English as written."""
        row = data.get("row")
        known = {f.name for f in fields(cls)} - {"row", "sentence"}
        return cls(
            **{name: data.get(name) for name in known},
            row=None if row is None else int(row),
            sentence=Text.read(data, "message", PROBLEM_CONTEXT),
        )


class TapeError(ExplainedError):
    """The file cannot be read at all; ``str(error)`` is one line for the analyst in English,
    ``sentence`` the same line to show in the analyst's language."""

    CONTEXT = PROBLEM_CONTEXT


def column_letter(index: int) -> str:
    """Excel column letters of a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA"."""
    if index < 0:
        raise ValueError(f"column index must not be negative (got {index})")
    letters = ""
    number = index + 1
    while number:
        number, remainder = divmod(number - 1, _LETTERS)
        letters = chr(ord("A") + remainder) + letters
    return letters
