"""The rating history as an Excel table, in the layout of a published history (seed ``000``).

One sheet: a title, then the header row — issuer name, issue name, publication date, rating,
outlook/direction — then one line per rating. Import reads a sheet in that layout (English or
Japanese headers, dates as Excel dates or as text in English or Japanese form) and refuses
the whole file when a line cannot be read, naming file, sheet, row, column and problem; the
case changes only when every line is read. Export writes the same layout, so a history
imported and exported again comes out as it went in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from jcr_desk.case.document._atomic_file import replace_file
from jcr_desk.case.document.file_reasons import os_reason
from jcr_desk.case.document.model import RatingHistoryEntry
from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.reader import Workbook as CheckedWorkbook
from jcr_desk.pool.reader import open_workbook
from jcr_desk.ratings import Outlook, Rating, ShortTermRating

FIELDS = ("issuer", "issue", "publication_date", "rating", "outlook")
#: The translation context of the history file's sentences (``[context.HistoryFile]``).
HISTORY_FILE = "HistoryFile"
#: Each column named for the analyst (the English is the English header of ``HEADERS``).
COLUMN_NAMES = {
    "issuer": QT_TRANSLATE_NOOP("HistoryFile", "Issuer Name"),
    "issue": QT_TRANSLATE_NOOP("HistoryFile", "Issue Name"),
    "publication_date": QT_TRANSLATE_NOOP("HistoryFile", "Publication Date"),
    "rating": QT_TRANSLATE_NOOP("HistoryFile", "Rating"),
    "outlook": QT_TRANSLATE_NOOP("HistoryFile", "Outlook/Direction"),
}
HEADERS = {
    "en": tuple(COLUMN_NAMES[field] for field in FIELDS),
    "ja": ("発行体名", "銘柄名", "公表日", "格付", "見通し/方向性"),
}
TITLES = {"en": "Rating history", "ja": "格付の推移"}
SHEET_NAMES = {"en": "Rating history", "ja": "格付履歴"}
DATE_FORMATS = {"en": "mmmm d, yyyy", "ja": 'yyyy"年"m"月"d"日"'}
#: Other headers the import recognises for each column, beside those of ``HEADERS``.
_ALIASES = {
    "issuer": ("Issuer", "発行体"),
    "issue": ("Issue", "Item", "銘柄", "対象"),
    "publication_date": ("Date", "Publication date", "公表日付", "日付"),
    "rating": ("Rating symbol", "格付け", "格付記号"),
    "outlook": ("Outlook", "Direction", "Outlook / direction", "見通し", "方向性"),
}
_HEADER_SEARCH_ROWS = 20
_TEXT_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%Y/%m/%d", "%d %B %Y")
_JAPANESE_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_PROBLEMS_SHOWN = 12


class HistoryFileError(ExplainedError, ValueError):
    """A history file that cannot be read or written; the text names file and problems.

    ``problems`` are the lines that could not be read, in English; ``sentences`` the same
    lines to show in the analyst's language, after the message (the first
    ``_PROBLEMS_SHOWN`` of them)."""

    CONTEXT = HISTORY_FILE

    def __init__(self, message: Text | str, problems: Sequence[Text] = ()) -> None:
        self.sentences = tuple(problems)
        self.problems = tuple(str(problem) for problem in self.sentences)
        super().__init__(message)

    def __str__(self) -> str:
        return self.built(lambda _context, source: source)

    def built(self, lookup: Callable[[str, str], str]) -> str:
        shown = self.sentences[:_PROBLEMS_SHOWN]
        lines = [self.sentence.built(lookup), *(line.built(lookup) for line in shown)]
        more = len(self.sentences) - len(shown)
        if more:
            tail = _says(QT_TRANSLATE_NOOP("HistoryFile", "… and {count} more"), count=more)
            lines.append(tail.built(lookup))
        return "\n".join(lines)


def _says(source: str, **args: Any) -> Text:
    return Text(HISTORY_FILE, source, args)


@dataclass(frozen=True)
class HistoryImport:
    """The lines read from a file, where they came from, and rows skipped as titles."""

    rows: tuple[RatingHistoryEntry, ...]
    path: Path
    sheet: str
    skipped: tuple[str, ...]


def _folded(text: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


def _header_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for headers in HEADERS.values():
        for field, header in zip(FIELDS, headers, strict=True):
            names[_folded(header)] = field
    for field, aliases in _ALIASES.items():
        for alias in aliases:
            names[_folded(alias)] = field
    return names


# --- import --------------------------------------------------------------------------------


def read_history(path: str | Path) -> HistoryImport:
    """Read the history table of ``path``; HistoryFileError lists every line it cannot read."""
    source = Path(path)
    try:
        book = open_workbook(source)
        sheet, index, header_row, columns = _find_table(book)
        grid, _blank = book.grid(index)
    except TapeError as error:
        raise HistoryFileError(error.sentence) from None
    rows: list[RatingHistoryEntry] = []
    problems: list[Text] = []
    skipped: list[str] = []
    header_names = _header_names()
    for offset, cells in enumerate(grid[header_row + 1 :], start=header_row + 2):
        values = {field: _cell(cells, column) for field, column in columns.items()}
        filled = [value for value in values.values() if value is not None]
        if not filled:
            continue
        if all(_folded(value) in header_names for value in filled):
            skipped.append(f"row {offset}: the header repeated")
            continue
        if len(filled) == 1 and values["issuer"] is not None and isinstance(values["issuer"], str):
            skipped.append(f"row {offset}: a title line ({values['issuer']})")
            continue
        line, line_problems = _read_line(values, offset, columns, book.date1904)
        if line_problems:
            problems.extend(
                _says(
                    QT_TRANSLATE_NOOP("HistoryFile", "{file}, sheet {sheet}, {problem}"),
                    file=source.name,
                    sheet=sheet,
                    problem=problem,
                )
                for problem in line_problems
            )
        elif line is not None:
            rows.append(line)
    if problems:
        head = QT_TRANSLATE_NOOP("HistoryFile", "{file}: {count} problem(s); nothing was imported.")
        raise HistoryFileError(_says(head, file=source.name, count=len(problems)), problems)
    if not rows:
        empty = QT_TRANSLATE_NOOP(
            "HistoryFile", "{file}, sheet {sheet}: the table has no rating lines."
        )
        raise HistoryFileError(_says(empty, file=source.name, sheet=sheet))
    return HistoryImport(tuple(rows), source, sheet, tuple(skipped))


def _find_table(book: CheckedWorkbook) -> tuple[str, int, int, dict[str, int]]:
    """The first sheet with a header row naming the five columns: sheet, index, row, columns."""
    names = _header_names()
    for index, sheet in enumerate(book.names):
        grid, _blank = book.grid(index)
        for row_number, cells in enumerate(grid[:_HEADER_SEARCH_ROWS]):
            columns: dict[str, int] = {}
            for column, cell in enumerate(cells):
                field = names.get(_folded(cell)) if cell is not None else None
                if field is not None and field not in columns:
                    columns[field] = column
            if len(columns) == len(FIELDS):
                return sheet, index, row_number, columns
    source = QT_TRANSLATE_NOOP(
        "HistoryFile",
        "{file}: no sheet has the rating history's header row ({headers}, or the same in "
        "Japanese) in its first {rows} rows",
    )
    headers = QT_TRANSLATE_NOOP(
        "HistoryFile", "Issuer Name, Issue Name, Publication Date, Rating, Outlook/Direction"
    )
    raise TapeError(
        _says(source, file=book.path.name, headers=_says(headers), rows=_HEADER_SEARCH_ROWS)
    )


def _cell(cells: Any, column: int) -> Any:
    value = cells[column] if column < len(cells) else None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _read_line(
    values: dict[str, Any], row: int, columns: dict[str, int], date1904: bool
) -> tuple[RatingHistoryEntry | None, list[Text]]:
    problems: list[Text] = []

    def refuse(field: str, problem: str, **args: Any) -> None:
        source = QT_TRANSLATE_NOOP(
            "HistoryFile", "row {row}, column {column} ({header}): {problem}"
        )
        problems.append(
            _says(
                source,
                row=row,
                column=get_column_letter(columns[field] + 1),
                header=_says(COLUMN_NAMES[field]),
                problem=_says(problem, **args),
            )
        )

    def text(field: str) -> str:
        value = values[field]
        if value is None:
            refuse(field, QT_TRANSLATE_NOOP("HistoryFile", "empty"))
            return ""
        return _plain(value)

    issuer, issue = text("issuer"), text("issue")
    when = None
    if values["publication_date"] is None:
        refuse("publication_date", QT_TRANSLATE_NOOP("HistoryFile", "empty"))
    else:
        when = _date(values["publication_date"], date1904)
        if when is None:
            refuse(
                "publication_date",
                QT_TRANSLATE_NOOP("HistoryFile", "{value} is not a date"),
                value=repr(values["publication_date"]),
            )
    rating = canonical_rating(text("rating")) if values["rating"] is not None else None
    if values["rating"] is not None and rating is None:
        refuse(
            "rating",
            QT_TRANSLATE_NOOP("HistoryFile", "{value} is not a rating symbol"),
            value=repr(values["rating"]),
        )
    outlook = ""
    if values["outlook"] is not None:
        try:
            outlook = str(Outlook.parse(_plain(values["outlook"])))
        except ValueError:
            refuse(
                "outlook",
                QT_TRANSLATE_NOOP(
                    "HistoryFile", "{value} is not an outlook or credit monitor direction"
                ),
                value=repr(values["outlook"]),
            )
    if problems or when is None or rating is None:
        return None, problems
    return RatingHistoryEntry(issuer, issue, when, rating, outlook), []


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def canonical_rating(text: str) -> str | None:
    """The symbol of a long-term or short-term rating (a history holds both), or None."""
    for scale in (Rating, ShortTermRating):
        try:
            return str(scale.parse(text))
        except ValueError:
            continue
    return None


def _date(value: Any, date1904: bool) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:  # Excel's first and last day
            return None
        start = date(1904, 1, 1) if date1904 else date(1899, 12, 30)
        return start + timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    match = _JAPANESE_DATE.match(text.replace(" ", ""))
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    for layout in _TEXT_DATE_FORMATS:
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


# --- export --------------------------------------------------------------------------------


def write_history(rows: Sequence[RatingHistoryEntry], path: str | Path, language: str) -> None:
    """Write the history in the table's layout, headers in ``language`` ("en" or "ja")."""
    target = Path(path)
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_NAMES[language]
    sheet.append([TITLES[language]])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADERS[language]))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for entry in rows:
        sheet.append(
            [entry.issuer, entry.issue, entry.publication_date, entry.rating, entry.outlook or None]
        )
        line = sheet.max_row
        sheet.cell(line, 3).number_format = DATE_FORMATS[language]
        for column in (1, 2, 4, 5):
            cell = sheet.cell(line, column)
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text, never a formula
    for column, width in zip("ABCDE", (44, 28, 22, 10, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:E{max(sheet.max_row, 2)}"
    if not target.parent.is_dir():
        source = QT_TRANSLATE_NOOP("HistoryFile", "{file}: the folder {folder} does not exist")
        raise HistoryFileError(_says(source, file=target.name, folder=str(target.parent)))
    try:
        replace_file(target, lambda temporary: book.save(temporary), keep_backup=False)
    except OSError as error:
        source = QT_TRANSLATE_NOOP("HistoryFile", "{file}: could not be written ({reason})")
        raise HistoryFileError(_says(source, file=target.name, reason=os_reason(error))) from error
