"""How static data is refused: one sentence naming the file, sheet, Excel row and column.

Every refusal of :mod:`jcr_desk.structured.rmbs.static_data` is a :class:`StaticDataError`
built here, its message a sentence (context ``StressResult``, like the import's warnings):
English in logs, the analyst's language in the import dialog.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.pool.problems import column_letter
from jcr_desk.structured.rmbs.sentences import STRESS_RESULT, said


class StaticDataError(ExplainedError, ValueError):
    """The static data cannot be used; ``str(error)`` is one line for the analyst in English,
    raised with a sentence (context ``StressResult``) it reads in the analyst's language."""

    CONTEXT = STRESS_RESULT


class Where:
    """Names a cell of one sheet in messages: file, sheet, Excel row, column letter, header."""

    def __init__(self, path: Path, sheet: str, grid: np.ndarray, header_row: int) -> None:
        self.path, self.sheet, self.grid, self.header_row = path, sheet, grid, header_row

    def fail(self, problem: Text) -> StaticDataError:
        return file_refusal(self.path, problem, self.sheet)

    def cell(self, row: int, column: int) -> Text:
        """The cell's place: English in an error message (``str()``), translated in a warning."""
        header = cell_text(self.grid[self.header_row, column])
        place = {
            "file": self.path.name,
            "sheet": self.sheet,
            "row": row + 1,
            "column": column_letter(column),
        }
        if header:
            return said(
                QT_TRANSLATE_NOOP(
                    "StressResult", "{file}, sheet {sheet}, row {row}, column {column} ({header})"
                ),
                header=header,
                **place,
            )
        return said(
            QT_TRANSLATE_NOOP("StressResult", "{file}, sheet {sheet}, row {row}, column {column}"),
            **place,
        )

    def cell_error(self, row: int, column: int, problem: Text) -> StaticDataError:
        return StaticDataError(
            said(
                QT_TRANSLATE_NOOP("StressResult", "{place}: {problem}"),
                place=self.cell(row, column),
                problem=problem,
            )
        )


def file_refusal(path: Path, problem: Text, sheet: str | None = None) -> StaticDataError:
    """A refusal naming the file, and the sheet when there is one."""
    if sheet:
        return StaticDataError(
            said(
                QT_TRANSLATE_NOOP("StressResult", "{file}, sheet {sheet}: {problem}"),
                file=path.name,
                sheet=sheet,
                problem=problem,
            )
        )
    return StaticDataError(
        said(
            QT_TRANSLATE_NOOP("StressResult", "{file}: {problem}"), file=path.name, problem=problem
        )
    )


def cell_text(cell: object) -> str:
    """A cell as text the way the sheet shows it (width-normalised, trimmed)."""
    return unicodedata.normalize("NFKC", str(cell)).strip() if cell is not None else ""
