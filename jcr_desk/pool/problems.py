"""What the tape import reports: problems found in the tape, and files it cannot read at all.

A problem names the cell the analyst must look at (sheet, Excel row, column letter, header),
so a report line can be checked against the originator's workbook without the Desk open.
Problems travel into the case file and the CLI's JSON, hence the plain-dict round trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Final

ERROR: Final = "error"
WARNING: Final = "warning"
SEVERITIES: Final = (ERROR, WARNING)

_LETTERS: Final = 26


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

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"severity must be one of {SEVERITIES} (got {self.severity!r})")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """Rebuild a problem saved by ``to_dict``; keys it does not know are ignored."""
        row = data.get("row")
        return cls(
            **{f.name: data.get(f.name) for f in fields(cls) if f.name != "row"},
            row=None if row is None else int(row),
        )


class TapeError(Exception):
    """The file cannot be read at all; ``str(error)`` is one line for the analyst."""


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
