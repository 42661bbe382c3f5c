"""One streamed pass over a sheet's XML before calamine reads it: is it safe, and what do
its cells' types and formats say that calamine's values do not?

Calamine allocates the sheet's used range (first cell to last) in one block before it reads a
value, so a tiny file with one cell at XFD1048576 asks for 549 GB and ends the program; and
XML that unpacks to gigabytes without rows keeps it busy for minutes. The scan measures both
first, in blocks of the unpacked XML, with numpy over the bytes (no XML parser, no object per
cell): the last row and column any cell reference names, and how much XML came per row read.
On the way it notes what calamine drops: Excel error cells (``#N/A`` becomes a blank) and the
cells in percent or thousands-scaled number formats (see :mod:`jcr_desk.pool.cell_formats`).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.pool.archive import DAMAGED, Refuse, limits
from jcr_desk.pool.problems import column_letter, problem_text

_CHUNK: Final = 1 << 22
_WINDOW: Final = 12
"""Bytes read after ``r="``: three column letters and up to nine row digits."""
_TOO_FAR: Final = 10**12
_ERROR_MARK: Final = b't="e"'
_CELL_REF: Final = re.compile(rb'\br="([A-Z]+)([0-9]+)"')
_CELL_VALUE: Final = re.compile(rb"<v>([^<]*)</v>")
_SPACES: Final = (32, 9, 10, 13)
_LT, _GT, _SLASH, _QUOTE, _EQUALS = 60, 62, 47, 34, 61



@dataclass
class SheetScan:
    """What the scan found: error cells, formatted cells and the used range's extent."""

    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    """0-based (row, column) → the error text ("#N/A")."""
    formatted: dict[str, dict[int, np.ndarray]] = field(default_factory=dict)
    """Format kind → 0-based column → the 0-based rows of its cells in that format."""
    last_row: int = 0
    last_column: int = 0


def scan_sheet(
    path: Path, part: str, style_kinds: dict[int, str], refuse: Refuse, sheet: str
) -> SheetScan:
    """Stream ``part`` of the workbook at ``path``; ``refuse(reason)`` stops an unsafe sheet."""
    settings = limits()
    scanner = _Scanner(style_kinds)
    carry = b""
    unpacked = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
            while chunk := stream.read(_CHUNK):
                unpacked += len(chunk)
                buffer = carry + chunk
                cut = _cut(buffer)
                if cut:
                    scanner.take(buffer[:cut])
                    carry = buffer[cut:]
                else:  # inside a text node or padding: nothing in it the scan needs
                    carry = buffer[-_WINDOW:]
                _check(scanner, unpacked, settings, refuse, sheet)
            scanner.take(carry)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError):
        raise refuse(DAMAGED) from None
    _check(scanner, unpacked, settings, refuse, sheet)
    return scanner.result()


def _cut(buffer: bytes) -> int:
    """Where the block ends: after the last whole row, else after the last tag (0: none)."""
    row_end = buffer.rfind(b"</row>")
    return row_end + 6 if row_end >= 0 else buffer.rfind(b">") + 1


def _check(scanner: _Scanner, unpacked: int, settings: dict, refuse: Refuse, sheet: str) -> None:
    allowed = settings["unpacked_slack_bytes"] + scanner.rows_seen * settings["max_bytes_per_row"]
    if unpacked > allowed:
        raise refuse(problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "refused: sheet {sheet} unpacks to {megabytes} MB of XML with only {rows:,} "
                "rows in it (padding, not loans: a zip bomb)",
            ),
            sheet=sheet,
            megabytes=f"{unpacked / 1e6:,.0f}",
            rows=scanner.rows_seen,
        ))
    rows, columns = scanner.extent()
    if rows * columns > settings["max_sheet_cells"]:
        where = (
            problem_text(QT_TRANSLATE_NOOP("TapeProblems", "a row beyond any sheet"))
            if rows >= _TOO_FAR
            else problem_text(QT_TRANSLATE_NOOP("TapeProblems", "row {row:,}"), row=rows)
        )
        letters = (
            problem_text(QT_TRANSLATE_NOOP("TapeProblems", "a column beyond any sheet"))
            if columns >= _TOO_FAR
            else problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "column {column}"),
                column=column_letter(columns - 1),
            )
        )
        raise refuse(problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "refused: sheet {sheet} has cells as far as {where} and {letters}, a range of "
                "{cells:,} cells; the largest tape the Desk reads needs {most:,} (a stray cell "
                "far out, or a hostile file)",
            ),
            sheet=sheet,
            where=where,
            letters=letters,
            cells=rows * columns,
            most=settings["max_sheet_cells"],
        ))


class _Scanner:
    """Accumulates the scan over blocks that each end at a tag's ``>``."""

    def __init__(self, style_kinds: dict[int, str]) -> None:
        self._kinds = style_kinds
        self._wanted = np.array(sorted(style_kinds), dtype=np.int64)
        self.rows_seen = 0
        self._last_row = 0
        self._last_column = 0
        self._rows_without_reference = 0
        self._widest_unreferenced_row = 0
        self._errors: dict[tuple[int, int], str] = {}
        self._formatted: dict[str, dict[int, list[np.ndarray]]] = {}

    def extent(self) -> tuple[int, int]:
        """Upper bounds of the used range: last row and last column (1-based)."""
        rows = self._last_row + self._rows_without_reference
        return rows, max(self._last_column, self._widest_unreferenced_row)

    def take(self, block: bytes) -> None:
        if not block:
            return
        data = np.frombuffer(block + bytes(_WINDOW), dtype=np.uint8)
        equals = np.flatnonzero(data == _EQUALS)
        references = _attribute_values(data, equals, ord("r"))
        columns = np.ascontiguousarray(_windows(data, references).T)
        letters, ends = _shape(columns)
        last_row, last_column = _largest(columns, letters, ends)
        self._last_row = max(self._last_row, last_row)
        self._last_column = max(self._last_column, last_column)
        cell_references = int(np.count_nonzero(letters))
        row_references = references.size - cell_references
        # Counting "<row" and "<c" is cheap; their exact places are needed only when some
        # rows or cells have no reference (placed by position) or formats are looked for.
        rows, cells = _count(block, b"<row"), _count(block, b"<c")
        exact = rows > row_references or cells > cell_references or bool(self._kinds)
        row_tags = _tag_starts(block, data, b"<row") if exact else None
        cell_tags = _tag_starts(block, data, b"<c") if exact else None
        self.rows_seen += rows if row_tags is None else row_tags.size
        if row_tags is not None and cell_tags is not None:
            row_tags.sort()
            cell_tags.sort()
            self._rows_without_reference += max(row_tags.size - row_references, 0)
            if cell_tags.size > cell_references:  # cells placed by position: count per row
                widest = int(np.bincount(np.searchsorted(row_tags, cell_tags)).max())
                self._widest_unreferenced_row = max(self._widest_unreferenced_row, widest)
            if self._kinds and cell_tags.size:
                self._collect_formats(data, equals, (references, letters > 0), row_tags,
                                      cell_tags)
        if _has_error_cells(data, equals):
            _collect_errors(block, self._errors)

    def _collect_formats(
        self,
        data: np.ndarray,
        equals: np.ndarray,
        references: tuple[np.ndarray, np.ndarray],
        row_tags: np.ndarray,
        cell_tags: np.ndarray,
    ) -> None:
        """Note the cells whose style ``s="N"`` is one of the formats that matter."""
        positions, of_cells = references
        at = _attribute_values(data, equals, ord("s"))
        styles = _number(_windows(data, at))
        keep = np.isin(styles, self._wanted)
        at, styles = at[keep], styles[keep]
        if not at.size:
            return
        cell = np.searchsorted(cell_tags, at) - 1
        start = cell_tags[np.maximum(cell, 0)]
        row_before = np.searchsorted(row_tags, at) - 1
        valid = (cell >= 0) & (
            (row_before < 0) | (row_tags[np.maximum(row_before, 0)] < start)
        )  # an s="…" of a row element styles its empty cells, not a value
        reference = np.minimum(np.searchsorted(positions, start), max(positions.size - 1, 0))
        following = np.append(cell_tags, np.iinfo(np.int64).max)[cell + 1]
        if not positions.size:
            return
        valid &= (positions[reference] > start) & (positions[reference] < following)
        valid &= of_cells[reference]
        rows, columns = _cell_references(_windows(data, positions[reference[valid]]))
        for style, row, column in zip(styles[valid], rows - 1, columns - 1, strict=True):
            kind = self._kinds[int(style)]
            self._formatted.setdefault(kind, {}).setdefault(int(column), []).append(row)

    def result(self) -> SheetScan:
        formatted = {
            kind: {column: np.asarray(rows, dtype=np.int64) for column, rows in columns.items()}
            for kind, columns in self._formatted.items()
        }
        rows, columns = self.extent()
        return SheetScan(self._errors, formatted, rows, columns)


def _count(block: bytes, tag: bytes) -> int:
    """How often ``tag`` (2 or 4 bytes) occurs: an upper bound of the tags it opens."""
    width = len(tag)
    key = int.from_bytes(tag, "little")
    total = 0
    for offset in range(width):
        count = (len(block) - offset) // width
        words = np.frombuffer(block, dtype=f"<u{width}", count=count, offset=offset)
        total += int(np.count_nonzero(words == key))
    return total


def _has_error_cells(data: np.ndarray, equals: np.ndarray) -> bool:
    """Whether a cell of type ``t="e"`` (an Excel error such as #N/A) is in the block."""
    found = equals[(equals >= 1) & (equals + 3 < data.size)]
    return bool(np.any(
        (data[found - 1] == ord("t")) & (data[found + 1] == _QUOTE)
        & (data[found + 2] == ord("e")) & (data[found + 3] == _QUOTE)
    ))


def _tag_starts(block: bytes, data: np.ndarray, tag: bytes) -> np.ndarray:
    """Offsets (unsorted) of ``<tag`` followed by a space, ``>`` or ``/`` (so ``<c`` is not
    ``<cols``): the tag's 2 or 4 bytes compared as one integer at each alignment."""
    width = len(tag)
    key = int.from_bytes(tag, "little")
    found = []
    for offset in range(width):
        count = (len(block) - offset) // width
        words = np.frombuffer(block, dtype=f"<u{width}", count=count, offset=offset)
        found.append(np.flatnonzero(words == key) * width + offset)
    starts = np.concatenate(found)
    after = data[starts + len(tag)]
    return starts[(after == _GT) | (after == _SLASH) | np.isin(after, _SPACES)]


def _attribute_values(data: np.ndarray, equals: np.ndarray, name: int) -> np.ndarray:
    """Offsets where the value of every `` name="…"`` attribute (one-letter name) starts,
    among the offsets of ``=`` (``equals``)."""
    found = equals[equals >= 2]
    found = found[(data[found - 1] == name) & (data[found + 1] == _QUOTE)]
    return found[np.isin(data[found - 2], _SPACES)] + 2


def _windows(data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The ``_WINDOW`` bytes from each start, one row each (``data`` is padded at its end)."""
    return sliding_window_view(data, _WINDOW)[starts]


def _shape(columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per reference (a column of ``columns``, the windows' bytes by position): how many
    column letters open it, and where its closing quote is (``_WINDOW`` when it has none
    in the window: a reference too long for any sheet). Column-wise, so each step is one
    vector operation over all references."""
    count = columns.shape[1]
    letters = np.zeros(count, dtype=np.int64)
    run = np.ones(count, dtype=bool)
    for place in range(4):
        run &= (columns[place] >= 65) & (columns[place] <= 90)
        letters += run
    ends = np.full(count, _WINDOW, dtype=np.int64)
    open_ = np.ones(count, dtype=bool)
    for place in range(_WINDOW):
        hit = open_ & (columns[place] == _QUOTE)
        ends[hit] = place
        open_ &= ~hit
    return letters, ends


def _largest(columns: np.ndarray, letters: np.ndarray, ends: np.ndarray) -> tuple[int, int]:
    """The largest row and column the references name; only the longest are read, so a
    block of 100,000 cells costs a few dozen vector operations."""
    if not letters.size:
        return 0, 0
    last_column = 0
    most = int(letters.max())
    if most > 3:
        last_column = _TOO_FAR
    elif most:
        last_column = int(_value(columns, 0, most, letters == most, 26, 64).max())
    lengths = ends - letters
    longest = int(lengths.max())
    if longest > _WINDOW - 3 or int(ends.max()) >= _WINDOW:
        return _TOO_FAR, last_column
    last_row = 0
    for count in range(4):
        chosen = (lengths == longest) & (letters == count)
        if chosen.any():
            row = _value(columns, count, count + longest, chosen, 10, 48).max()
            last_row = max(last_row, int(row))
    return last_row, last_column


def _value(
    columns: np.ndarray, first: int, end: int, chosen: np.ndarray, base: int, zero: int
) -> np.ndarray:
    """Numbers written one character per row of ``columns[first:end]`` (most significant
    first), for the references ``chosen``; a 1-D selection per row is far quicker than one
    2-D selection."""
    number = np.zeros(int(np.count_nonzero(chosen)), dtype=np.int64)
    for row in columns[first:end]:
        number = number * base + (row[chosen].astype(np.int64) - zero)
    return number


def _letters_value(letters: np.ndarray) -> np.ndarray:
    """1-based column numbers of equal-length letter groups ("A" → 1, "AA" → 27)."""
    columns = np.ascontiguousarray(letters.T)
    return _value(columns, 0, len(columns), np.ones(len(letters), dtype=bool), 26, 64)


def _number(digits: np.ndarray) -> np.ndarray:
    """The number each row starts with (``_TOO_FAR`` when it fills the row; 0 with none)."""
    values = digits.astype(np.int64) - 48
    run = np.logical_and.accumulate((values >= 0) & (values <= 9), axis=1)
    number = np.zeros(len(digits), dtype=np.int64)
    for place in range(digits.shape[1]):
        number = np.where(run[:, place], number * 10 + values[:, place], number)
    return np.where(run[:, -1], _TOO_FAR, number)


def _cell_references(window: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Exact 1-based rows and columns of cell references (letters then digits)."""
    letters, _ends = _shape(np.ascontiguousarray(window.T))
    rows = np.zeros(len(window), dtype=np.int64)
    columns = np.zeros(len(window), dtype=np.int64)
    for count in np.unique(letters):
        chosen = letters == count
        if 0 < count <= 3:
            columns[chosen] = _letters_value(window[chosen, :count])
            rows[chosen] = _number(window[chosen, count:])
    return rows, columns


def _collect_errors(text: bytes, found: dict[tuple[int, int], str]) -> None:
    position = text.find(_ERROR_MARK)
    while position >= 0:
        start = text.rfind(b"<c ", 0, position)
        end = text.find(b"</c>", position)
        cell = text[start : end if end >= 0 else len(text)]
        reference, value = _CELL_REF.search(cell), _CELL_VALUE.search(cell)
        if reference and value:
            found[(int(reference[2]) - 1, _column_index(reference[1]))] = value[1].decode()
        position = text.find(_ERROR_MARK, position + 1)


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - ord("A") + 1
    return index - 1
