"""Where a tape's header, loans, totals and footnotes are on its sheet.

Originators put title rows above the header; write the header in up to three rows (a group
header "金額（円）" merged over "当初貸出額 | 貸出残高", other headers merged down over both rows,
or a Japanese row above an English one); and close the loans with a totals row and footnotes
("※1 残高は基準日現在…"). None of these is a loan. The header block is the rows around the
first row that names enough pool fields; each column's header is its parts joined with " / "
(parent first), which the mapping matches part by part. Below the loans, text-only rows are
footnotes and the last row with figures may be the totals row.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np

from jcr_desk.pool.archive import limits
from jcr_desk.pool.mapping import HEADER_JOIN, auto_map
from jcr_desk.pool.schema import header_stem, normalise

Grid = np.ndarray
Merge = tuple[tuple[int, int], tuple[int, int]]
"""A merged range: (first row, first column), (last row, last column), 0-based, inclusive."""

_NUMBER_TEXT: Final = re.compile(
    r"^[\s¥￥\\+\-−0-9０-９,，.．%％]*[0-9０-９][\s0-9０-９,，.．%％]*$"
)
_DATE_TEXT: Final = re.compile(r"^\s*\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")
_TITLE_TEXT: Final = re.compile(
    r"\d{4}\s*[-/.年]|(?:令和|平成|昭和)\s*\d|単位|as of|cut-?off|基準日|現在", re.IGNORECASE
)
"""Words of a title row (a date, a unit statement), never of a parent header row."""


@dataclass(frozen=True)
class HeaderBlock:
    """The header rows (0-based, inclusive) and each column's combined header text."""

    first: int
    last: int
    headers: list[str]


@dataclass(frozen=True)
class Trailer:
    """What follows the loans: the totals row (0-based) and footnote rows (0-based, text)."""

    totals: int | None
    footnotes: tuple[tuple[int, str], ...]


def find_header(
    grid: Grid, blank: np.ndarray, known: frozenset[str], merges: Sequence[Merge] = ()
) -> HeaderBlock | None:
    """The first header block, among the first rows, that names enough pool fields."""
    settings = limits()
    minimum = settings["header_min_matches"]
    filled_rows = np.flatnonzero(~blank.all(axis=1))[: settings["header_search_rows"]]
    for index in filled_rows:
        if not _text_row(grid[index], blank[index], at_least=minimum):
            continue
        first, last = _block(grid, blank, int(index), known, merges)
        headers = _combined(grid, blank, first, last, merges)
        if matches(headers, known) >= minimum:
            return HeaderBlock(first, last, headers)
    return None


def matches(headers: list[str], known: frozenset[str]) -> int:
    """How many cells name a pool field, by the schema's aliases or by the known headers
    (whole, or without a bracketed unit: "残高（円）" is known as "残高")."""
    by_alias = len(auto_map(headers).columns)
    by_known = sum(
        normalise(text) in known or header_stem(text) in known for text in headers if text
    )
    return max(by_alias, by_known)


def normalised(texts: Collection[str]) -> frozenset[str]:
    return frozenset(normalise(text) for text in texts)


def _text_row(row: np.ndarray, blank: np.ndarray, at_least: int) -> bool:
    """Mostly words: at least ``at_least`` text cells, more than the header share of the
    filled ones, and none of them a number or a date written as text."""
    filled = row[~blank]
    texts = [cell for cell in filled if isinstance(cell, str)]
    share = limits()["header_text_share"]
    if len(texts) < at_least or len(texts) <= share * filled.size:
        return False
    return not any(_looks_like_figure(cell) for cell in texts)


def _block(
    grid: Grid, blank: np.ndarray, index: int, known: frozenset[str], merges: Sequence[Merge]
) -> tuple[int, int]:
    """The rows of the header block around row ``index``: parents above, children below."""
    depth = limits()["header_max_rows"]
    first = last = index
    while last - first + 1 < depth and last + 1 < len(grid):
        below = last + 1
        if not _text_row(grid[below], blank[below], 1) or not _belongs(
            grid, blank, first, below, known, merges
        ):
            break
        last = below
    while last - first + 1 < depth and first > 0:
        above = first - 1
        if not _text_row(grid[above], blank[above], 1) or not _parent(
            grid, blank, above, first, merges
        ):
            break
        first = above
    return first, last


def _belongs(
    grid: Grid,
    blank: np.ndarray,
    first: int,
    row: int,
    known: frozenset[str],
    merges: Sequence[Merge],
) -> bool:
    """A text row under the header is part of it when it names fields itself (a second
    language) or adds fields to the header above (sub-headers under a group header)."""
    own = ["" if blank[row, j] else str(grid[row, j]) for j in range(grid.shape[1])]
    if matches(own, known) >= 1:
        above = _combined(grid, blank, first, row - 1, merges)
        return matches(_combined(grid, blank, first, row, merges), known) > matches(
            above, known
        ) or matches(own, known) >= limits()["header_min_matches"]
    return False


def _parent(grid: Grid, blank: np.ndarray, row: int, child: int, merges: Sequence[Merge]) -> bool:
    """A text row right above the header is a parent row when a merge runs from it into the
    header, or (without merges) each of its words stands over a blank header cell or heads a
    group of sub-headers; a title (a date, a unit statement) never is."""
    if any(top == row and bottom >= child for (top, _), (bottom, _) in merges):
        return True
    words = np.flatnonzero(~blank[row])
    if any(_TITLE_TEXT.search(str(grid[row, column])) for column in words):
        return False
    if words.size == 1 and words[0] <= np.argmax(~blank[child]):
        return False  # one text at the left edge: a title, not a group header
    width = grid.shape[1]
    for column in words:
        heads_group = (
            column + 1 < width
            and blank[row, column + 1]
            and not blank[child, column]
            and not blank[child, column + 1]
        )
        if not (blank[child, column] or heads_group):
            return False
    return True


def _combined(
    grid: Grid, blank: np.ndarray, first: int, last: int, merges: Sequence[Merge]
) -> list[str]:
    """Each column's header: the texts of the block's rows, parent first, joined."""
    filled = _merged_values(grid, blank, first, last, merges)
    headers = []
    for column in range(grid.shape[1]):
        parts: list[str] = []
        for row in range(first, last + 1):
            text = filled.get((row, column))
            if text and text not in parts:
                parts.append(text)
        headers.append(HEADER_JOIN.join(parts))
    return headers


def _merged_values(
    grid: Grid, blank: np.ndarray, first: int, last: int, merges: Sequence[Merge]
) -> dict[tuple[int, int], str]:
    """The block's texts, a merged range's text in each of its cells. Without merge data
    (CSV, .xls) a group header's text runs right over the blank cells beside it that have
    sub-headers below, as Excel shows a merged group header."""
    values = {
        (row, column): str(grid[row, column]).strip()
        for row in range(first, last + 1)
        for column in np.flatnonzero(~blank[row])
    }
    for (top, left), (bottom, right) in merges:
        text = values.get((top, left))
        if text is None or bottom < first or top > last:
            continue
        for row in range(max(top, first), min(bottom, last) + 1):
            for column in range(left, right + 1):
                values.setdefault((row, column), text)
    if merges or first == last:
        return values
    for row in range(first, last):
        below = row + 1
        for column in range(1, grid.shape[1]):
            left = values.get((row, column - 1))
            if (
                (row, column) not in values
                and left
                and (below, column) in values
                and (below, column - 1) in values
            ):
                values[(row, column)] = left
    return values


def split_trailer(grid: Grid, blank: np.ndarray, rows: np.ndarray, headers: list[str]) -> Trailer:
    """The totals row and footnotes among the last of ``rows`` (the filled rows under the
    header). Rows of words alone at the end are footnotes when the row above them is the
    totals row, or when they open with a footnote mark (※, 注…); a row with figures, or
    words without either, stays a loan row and is reported as one."""
    settings = limits()
    columns = auto_map(headers).columns
    marks = tuple(normalise(mark) for mark in settings["footnote_marks"])
    last = len(rows) - 1
    while last >= 0 and len(rows) - last <= settings["trailer_search_rows"]:
        if not _words_only(grid[rows[last]], blank[rows[last]]):
            break
        last -= 1
    totals = None
    if last >= 0 and _is_totals(grid[rows[last]], blank[rows[last]], columns):
        totals = int(rows[last])
    notes = []
    for row in rows[last + 1 :]:
        text = " ".join(str(cell).strip() for cell in grid[row][~blank[row]])
        if totals is None and not normalise(text).startswith(marks):
            notes = []  # not a footnote: it and what follows stay loan rows
            continue
        notes.append((int(row), text))
    return Trailer(totals, tuple(notes))


def _words_only(row: np.ndarray, blank: np.ndarray) -> bool:
    """Words only, in at most two cells: a note, not a loan (a loan has figures)."""
    filled = row[~blank]
    return 0 < filled.size <= 2 and all(
        isinstance(cell, str) and not _looks_like_figure(cell) for cell in filled
    )


def _is_totals(row: np.ndarray, blank: np.ndarray, columns: dict[str, int]) -> bool:
    """A label such as "Total"/"合計" first, or no loan id, no words and some numbers."""
    filled = row[~blank]
    first = filled[0]
    if isinstance(first, str) and normalise(first) in _totals_labels():
        return True
    id_column = columns.get("loan_id")
    if id_column is None or not blank[id_column]:
        return False
    numeric = [is_number(cell) for cell in filled]
    return all(numeric) and any(numeric)


def _totals_labels() -> set[str]:
    return {normalise(label) for label in limits()["totals_labels"]}


def is_number(cell: object) -> bool:
    """A number, or text that shows only a number ("1,234", "¥5,000")."""
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float):
        return True
    return isinstance(cell, str) and _NUMBER_TEXT.match(cell) is not None


def _looks_like_figure(text: str) -> bool:
    return _NUMBER_TEXT.match(text) is not None or _DATE_TEXT.match(text) is not None
