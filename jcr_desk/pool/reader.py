"""Read one sheet of an originator's tape safely, as raw cells below its header row.

Tapes come from outside the Desk, so the file is checked before anything parses it: its
signature (a renamed text file or image is not a spreadsheet), encryption (Excel's
password-protected files are OLE containers with an ``EncryptionInfo`` stream), the zip
directory and the prolog of every XML part (:mod:`jcr_desk.pool.archive`: zip and entity
bombs), and each sheet's XML in one streamed pass (:mod:`jcr_desk.pool.sheet_scan`: the used
range calamine would allocate, padding without rows). Only then does calamine read the sheet,
once. Every refusal is a ``TapeError`` whose text is one line naming the file (and sheet) and
the reason.

The same pass finds what calamine's values lose: Excel error cells (``#N/A`` would be a
blank), and cells whose number format changes their meaning (percent, thousands).
"""

from __future__ import annotations

import csv
import gc
import io
import mmap
import zipfile
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np
import pandas as pd
from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook, PasswordError

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.archive import (
    DAMAGED,
    check_directory,
    check_prologs,
    limits,
    workbook_facts,
)
from jcr_desk.pool.cell_formats import style_kinds
from jcr_desk.pool.problems import TapeError, problem_text
from jcr_desk.pool.sheet_layout import Merge, find_header, matches, normalised, split_trailer
from jcr_desk.pool.sheet_scan import SheetScan, scan_sheet
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step

_ZIP: Final = b"PK\x03\x04"
_OLE: Final = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_STREAM: Final = "EncryptionInfo".encode("utf-16-le")
_NOT_SPREADSHEETS: Final = {
    b"\x89PNG": QT_TRANSLATE_NOOP("TapeProblems", "a PNG image"),
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("TapeProblems", "a JPEG image"),
    b"GIF8": QT_TRANSLATE_NOOP("TapeProblems", "a GIF image"),
    b"%PDF": QT_TRANSLATE_NOOP("TapeProblems", "a PDF document"),
}
_CSV_SUFFIXES: Final = (".csv", ".txt")
_PASSWORD: Final = problem_text(
    QT_TRANSLATE_NOOP(
        "TapeProblems",
        "the workbook is password-protected; remove the password in Excel and save again",
    )
)

Grid = np.ndarray  # 2-D object array, Excel row i+1 and column j+1 at [i, j]; blanks are None
Formats = dict[str, dict[int, np.ndarray]]
"""Number-format kind → 0-based sheet column → rows of its cells in that format."""
SheetContent = tuple[Grid, Formats, list[Merge]]


@dataclass
class RawSheet:
    """The cells of a tape below its header row, with where each came from in the workbook.

    ``cells`` has one object column per sheet column (0-based, as ``ColumnMapping.columns``);
    blank cells are ``None`` and blank rows are gone. ``totals`` maps header text to the
    totals row's cell, ``None`` when the tape has no totals row.
    """

    path: Path
    sheet: str
    sheets: list[str]
    header_row: int
    """Excel row of the header's first row (a header may take up to three rows)."""
    headers: list[str]
    cells: pd.DataFrame
    excel_rows: np.ndarray
    totals: dict[str, object] | None
    totals_row: int | None
    date1904: bool
    title_rows: tuple[tuple[object, ...], ...] = ()
    """The rows above the header (blank cells ``None``): titles, originator, cut-off date."""
    formats: Formats = field(default_factory=dict)
    """Number-format kind → sheet column → which loan rows (of ``cells``) carry the format."""
    header_rows: int = 1
    """How many rows the header takes."""
    footnotes: tuple[tuple[int, str], ...] = ()
    """Excel row and text of each footnote row under the loans."""


def list_sheets(path: str | Path) -> list[str]:
    """The sheet names of a workbook (a CSV file has one sheet, named after the file)."""
    return open_workbook(Path(path)).names


def choose_sheet(path: str | Path, known_headers: Collection[str] = ()) -> str:
    """The sheet that looks most like a loan list: the most header cells naming pool fields."""
    book = open_workbook(Path(path))
    return book.names[_best_sheet(book, normalised(known_headers))]


def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    *,
    known_headers: Collection[str] = (),
) -> RawSheet:
    """Check the file, read one sheet (``sheet`` or the likeliest one) and find its header.

    ``known_headers`` (a mapping profile's header texts) count as field names beside the
    schema's aliases, so a profiled layout with unusual headers is found too.
    """
    with gc_paused():
        return _read_sheet(path, sheet, progress, cancel, known_headers)


def _read_sheet(
    path: str | Path,
    sheet: str | None,
    progress: ProgressCallback | None,
    cancel: CancelToken | None,
    known_headers: Collection[str],
) -> RawSheet:
    report = progress or no_progress
    token = cancel or CancelToken()
    path = Path(path)
    report(0.0, step(QT_TRANSLATE_NOOP("Progress", "Checking {file}"), file=path.name))
    book = open_workbook(path)
    token.raise_if_cancelled()
    report(0.05, step(QT_TRANSLATE_NOOP("Progress", "Reading {file}"), file=path.name))
    known = normalised(known_headers)
    if sheet is None:
        index = _best_sheet(book, known)
    elif sheet in book.names:
        index = book.names.index(sheet)
    else:
        raise _fail(path, problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems", "there is no sheet named {sheet!r} (sheets: {sheets})"
            ),
            sheet=sheet,
            sheets=", ".join(book.names),
        ))
    name = book.names[index]
    grid, blank = book.grid(index)
    token.raise_if_cancelled()
    report(
        0.9, step(QT_TRANSLATE_NOOP("Progress", "Finding the header of sheet {sheet}"), sheet=name)
    )
    if not blank.size or blank.all():
        raise _empty(book, index)
    block = find_header(grid, blank, known, book.merges(index))
    if block is None:
        settings = limits()
        reason = problem_text(
            QT_TRANSLATE_NOOP(
                "TapeProblems",
                "no header row found in the first {rows} rows: expected at least {least} column "
                "names such as Loan No., Current Balance, 債権番号, 残高",
            ),
            rows=settings["header_search_rows"],
            least=settings["header_min_matches"],
        )
        raise _fail(path, reason, name)
    headers = block.headers
    rows = np.flatnonzero(~blank.all(axis=1))
    rows = rows[rows > block.last]
    trailer = split_trailer(grid, blank, rows, headers)
    totals, totals_row = None, None
    if trailer.totals is not None:
        last = trailer.totals
        totals = {headers[j]: grid[last, j] for j in np.flatnonzero(~blank[last])}
        totals_row = last + 1
    rows = rows[(rows != trailer.totals) & ~np.isin(rows, [row for row, _ in trailer.footnotes])]
    report(
        1.0,
        step(
            QT_TRANSLATE_NOOP("Progress", "Read {count} rows of sheet {sheet}"),
            count=rows.size,
            sheet=name,
        ),
    )
    return RawSheet(
        path=path,
        sheet=name,
        sheets=list(book.names),
        header_row=block.first + 1,
        headers=headers,
        cells=_cells_frame(_take_rows(grid, rows)),
        excel_rows=(rows + 1).astype(np.int64),
        totals=totals,
        totals_row=totals_row,
        date1904=book.date1904,
        title_rows=tuple(tuple(grid[index]) for index in range(block.first)),
        formats=_loan_formats(book.formats(index), rows),
        header_rows=block.last - block.first + 1,
        footnotes=tuple((row + 1, text) for row, text in trailer.footnotes),
    )


def _loan_formats(found: Formats, rows: np.ndarray) -> Formats:
    """The scan's formatted cells as masks over the loan rows (0-based sheet rows ``rows``)."""
    return {
        kind: {column: np.isin(rows, cells) for column, cells in columns.items()}
        for kind, columns in found.items()
    }


#: Whole-sheet work on object cells runs in blocks of rows: a numpy or pandas call holds the
#: GIL until it returns, and blocks this size keep the window's thread waiting ~10 ms at most
#: (one call over a 100,000-loan sheet held it ~100 ms).
_BLOCK_ROWS = 10_000


def _row_blocks(count: int) -> list[slice]:
    return [slice(start, start + _BLOCK_ROWS) for start in range(0, count, _BLOCK_ROWS)]


def _cells_frame(grid: Grid) -> pd.DataFrame:
    """One object column per sheet column, each its own array (see :func:`release_cells`)."""
    return pd.DataFrame(
        {
            column: pd.Series(np.array(grid[:, column]), dtype=object, copy=False)
            for column in range(grid.shape[1])
        },
        index=pd.RangeIndex(grid.shape[0]),
        copy=False,
    )


def release_cells(raw: RawSheet) -> None:
    """Free the sheet's cells one column at a time, on the thread that calls it.

    A 100,000-loan sheet holds millions of cell objects; freeing them in one go holds the
    GIL ~100 ms, long enough to freeze the window when it happens at the end of an import.
    Column by column, each free is a few milliseconds. The sheet keeps its headers and rows
    but no cells afterwards.
    """
    cells = raw.cells
    raw.cells = cells.iloc[:, :0]
    for name in list(cells.columns):
        del cells[name]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a tape's millions of cells are built.

    Building them triggers full collections that walk every live object while holding the
    GIL (~120 ms for 100,000 loans); reference counting still frees what the import drops,
    and the collector runs again afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _take_rows(grid: Grid, rows: np.ndarray) -> Grid:
    """The rows' cells; a view when they are consecutive (no blank rows), a copy otherwise."""
    if rows.size and rows[-1] - rows[0] + 1 == rows.size:
        return grid[rows[0] : rows[-1] + 1]
    return grid[rows]


def _fail(path: Path, reason: Text, sheet: str | None = None) -> TapeError:
    """The refusal of ``path``: "tape.xlsx, sheet Data: the sheet is empty"."""
    if sheet:
        return TapeError(problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "{file}, sheet {sheet}: {reason}"),
            file=path.name,
            sheet=sheet,
            reason=reason,
        ))
    return TapeError(problem_text(
        QT_TRANSLATE_NOOP("TapeProblems", "{file}: {reason}"), file=path.name, reason=reason
    ))


class Workbook:
    """The sheets of one checked file; each sheet's grid is read at most once."""

    def __init__(
        self,
        path: Path,
        names: list[str],
        date1904: bool,
        read: Callable[[int], SheetContent],
    ) -> None:
        self.path = path
        self.names = names
        self.date1904 = date1904
        self._read = read
        self._grids: dict[int, tuple[Grid, np.ndarray]] = {}
        self._formats: dict[int, Formats] = {}
        self._merges: dict[int, list[Merge]] = {}

    def merges(self, index: int) -> list[Merge]:
        """The sheet's merged ranges (none for CSV and formats calamine gives none for)."""
        self.grid(index)
        return self._merges[index]

    def formats(self, index: int) -> Formats:
        """Format kind → column → 0-based rows of the sheet's cells in that number format."""
        self.grid(index)
        return self._formats[index]

    def grid(self, index: int) -> tuple[Grid, np.ndarray]:
        """The sheet's cells with blanks as ``None``, and the blank mask."""
        if index not in self._grids:
            grid, self._formats[index], self._merges[index] = self._read(index)
            blank = np.empty(grid.shape, dtype=bool)
            for block in _row_blocks(len(grid)):
                part = grid[block]
                empty = np.asarray(part == "", dtype=bool).reshape(part.shape)
                part[empty] = None
                blank[block] = empty
            self._grids[index] = (grid, blank)
        return self._grids[index]


def _excel_reader(
    path: Path, workbook: CalamineWorkbook, parts: dict[str, str], kinds: dict[int, str]
) -> Callable[[int], SheetContent]:
    def read(index: int) -> SheetContent:
        name = workbook.sheet_names[index]
        scan = SheetScan()
        if name in parts:  # xlsx/xlsm: measured before calamine allocates the sheet
            scan = scan_sheet(path, parts[name], kinds, lambda why: _fail(path, why), name)
        try:
            sheet = workbook.get_sheet_by_index(index)
            rows = _sheet_rows(sheet)
            merges = list(sheet.merged_cell_ranges or [])
        except PasswordError:
            raise _fail(path, _PASSWORD) from None
        except (CalamineError, OSError, ValueError):
            raise _fail(path, DAMAGED, name) from None
        grid = _rectangle(rows)
        for (row, column), text in scan.errors.items():
            if row < grid.shape[0] and column < grid.shape[1]:
                grid[row, column] = text
        return grid, scan.formatted, merges

    return read


def _sheet_rows(sheet: CalamineSheet) -> list[list[Any]]:
    """The sheet's cells from A1, row by row.

    ``to_python`` builds every cell object in one call that holds the GIL (0.4 s for 100,000
    loans, a frozen window); ``iter_rows`` costs the same in total but hands the GIL back
    between rows. It may leave out the empty rows above and columns left of the used range,
    so the grid is padded back to A1 from the range's end: Excel row and column numbers stay
    exact whatever ``iter_rows`` includes.
    """
    # A comprehension, not list(): list() drains the native iterator in one C loop that
    # never hands the GIL back; bytecode per row lets the window's thread in every few ms.
    rows = [row for row in sheet.iter_rows()]  # noqa: C416
    if sheet.end is None:
        return rows
    height, width = sheet.end[0] + 1, sheet.end[1] + 1
    rows[:0] = [[] for _ in range(height - len(rows))]
    missing = width - max((len(row) for row in rows), default=width)
    if missing > 0:
        rows = [[""] * missing + row if row else row for row in rows]
    return rows


def _csv_reader(path: Path, text: str) -> Callable[[int], SheetContent]:
    def read(_index: int) -> SheetContent:
        try:
            rows = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error as error:
            raise _fail(path, problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "the CSV text cannot be read ({error})"),
                error=str(error),
            )) from None
        return _rectangle(rows), {}, []

    return read


def _rectangle(rows: list[list[Any]]) -> Grid:
    """The rows as one object array; short rows (CSV) are padded with blanks."""
    width = max((len(row) for row in rows), default=0)
    grid = np.empty((len(rows), width), dtype=object)
    if all(len(row) == width for row in rows):
        for block in _row_blocks(len(rows)):
            grid[block] = rows[block]
        return grid
    grid[:] = ""
    for index, row in enumerate(rows):
        grid[index, : len(row)] = row
    return grid


def open_workbook(path: Path) -> Workbook:
    """Check the file's kind and safety, then open it for reading (nothing parsed yet)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise _fail(path, problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "the file cannot be opened ({error})"),
            error=str(error.strerror or error),
        )) from None
    if not head:
        raise _fail(
            path, problem_text(QT_TRANSLATE_NOOP("TapeProblems", "the file is empty (0 bytes)"))
        )
    for signature, kind in _NOT_SPREADSHEETS.items():
        if head.startswith(signature):
            raise _fail(path, _not_a_spreadsheet(problem_text(kind)))
    if head.startswith(_OLE):
        return _ole_book(path)
    if head.startswith(_ZIP):
        return _zip_book(path)
    return _csv_book(path)


def _ole_book(path: Path) -> Workbook:
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        if data.find(_ENCRYPTED_STREAM) >= 0:
            raise _fail(path, _PASSWORD)
    return _calamine_book(path, date1904=False, parts={}, kinds={})


def _zip_book(path: Path) -> Workbook:
    def refuse(reason: str) -> TapeError:
        return _fail(path, reason)

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _fail(path, DAMAGED) from None
    with archive:
        check_directory(archive, refuse)
        check_prologs(archive, refuse)
        date1904, parts = workbook_facts(archive, refuse)
        kinds = style_kinds(archive)
    return _calamine_book(path, date1904, parts, kinds)


def _calamine_book(
    path: Path, date1904: bool, parts: dict[str, str], kinds: dict[int, str]
) -> Workbook:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise _fail(path, _PASSWORD) from None
    except (CalamineError, OSError, ValueError):
        raise _fail(path, DAMAGED) from None
    if not workbook.sheet_names:
        raise _fail(path, problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "the workbook is empty (it has no sheets)")
        ))
    return Workbook(
        path, list(workbook.sheet_names), date1904, _excel_reader(path, workbook, parts, kinds)
    )


def _csv_book(path: Path) -> Workbook:
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise _fail(path, _not_a_spreadsheet(problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "binary data, neither a workbook nor CSV")
        )))
    if path.suffix.lower() not in _CSV_SUFFIXES:
        raise _fail(path, _not_a_spreadsheet(problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "plain text (save a CSV tape as .csv)")
        )))
    for encoding in limits()["csv_encodings"]:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return Workbook(path, [path.stem], False, _csv_reader(path, text))
    raise _fail(path, problem_text(
        QT_TRANSLATE_NOOP("TapeProblems", "the CSV file is neither UTF-8 nor Shift_JIS text")
    ))


def _not_a_spreadsheet(kind: Text) -> Text:
    return problem_text(
        QT_TRANSLATE_NOOP("TapeProblems", "not a spreadsheet: the file is {kind}"), kind=kind
    )


def _best_sheet(book: Workbook, known: frozenset[str]) -> int:
    """Index of the sheet whose header names the most pool fields (the first on a tie)."""
    if len(book.names) == 1:
        return 0
    scores = []
    for index in range(len(book.names)):
        grid, blank = book.grid(index)
        found = find_header(grid, blank, known, book.merges(index))
        scores.append(matches(found.headers, known) if found else -1)
    return int(np.argmax(scores))


def _empty(book: Workbook, index: int) -> TapeError:
    """The chosen sheet has no filled cell: say whether the whole workbook is empty."""
    if all(book.grid(i)[1].all() for i in range(len(book.names))):
        return _fail(book.path, problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "the workbook is empty (no sheet has a filled cell)")
        ))
    empty = problem_text(QT_TRANSLATE_NOOP("TapeProblems", "the sheet is empty"))
    return _fail(book.path, empty, book.names[index])
