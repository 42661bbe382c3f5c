"""The committee workbook: the whole case as one formatted, auditable Excel file.

:func:`export_workbook` writes the sheets of :data:`~jcr_desk.reports.sheets.SHEETS` that the
case has, the cover, and on request the loans appendix, then puts the file in place
atomically: a failed or cancelled export leaves the previous file (or none), never half a
workbook. The window and ``jcr-desk-cli export`` both call it.
"""

from __future__ import annotations

import errno
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jcr_desk import __version__
from jcr_desk.case.document._atomic_file import replace_file
from jcr_desk.case.document.file_reasons import os_reason
from jcr_desk.case.document.model import Case
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step, within
from jcr_desk.reports.book import Book
from jcr_desk.reports.context import WORKBOOK_EXPORT, ExportContext, ExportError
from jcr_desk.reports.loans_appendix import LOANS_TITLE, LoansAppendix
from jcr_desk.reports.safe_text import Notice, clean_text
from jcr_desk.reports.settings import workbook_settings
from jcr_desk.reports.sheets import SHEETS
from jcr_desk.reports.sheets.cover import write_cover

COVER_TITLE = "Cover"
#: Share of the progress bar the sheets take when the loans appendix follows them.
_SHEETS_SHARE = 0.25


@dataclass
class ExportReport:
    """What an export wrote: the file, its sheets and what it had to change to write them.

    ``expected`` maps (sheet, cell) of every formula to the value JCR Desk computed for the
    same figure, so a recalculation in another engine can be checked against the case.
    """

    path: Path
    sheets: list[str]
    notices: list[Notice] = field(default_factory=list)
    expected: dict[tuple[str, str], Any] = field(default_factory=dict)
    loans: int = 0


def export_workbook(
    case: Case,
    path: str | Path,
    include_loans: bool = False,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    *,
    scenario: str | None = None,
) -> ExportReport:
    """Write the committee workbook of ``case`` to ``path``.

    ``scenario`` names the scenario the Assumptions, Enhancement and cash-flow sheets show
    (default: the case's first). Raises :class:`ExportError` with one sentence when the file
    cannot be written, and :class:`~jcr_desk.progress.Cancelled` when ``cancel`` is set.
    """
    report = progress or no_progress
    token = cancel or CancelToken()
    target = Path(path)
    context = ExportContext.of(case, scenario, include_loans)
    book = Book(case.committee.case_name)
    cover = book.sheet(COVER_TITLE)
    specs = [spec for spec in SHEETS if spec.applies(context)]
    sheets = [book.sheet(spec.title) for spec in specs]
    appendix = None
    if include_loans and context.pool is not None:
        appendix = LoansAppendix(book.sheet(LOANS_TITLE), context.pool.loans)
        book.notices.extend(appendix.notices)
        for name in context.pool.loans.columns:
            found = appendix.range_of(name)
            if found is not None:
                context.loans_ranges[name] = found
    share = _SHEETS_SHARE if appendix is not None else 0.9
    for number, (spec, sheet) in enumerate(zip(specs, sheets, strict=True)):
        token.raise_if_cancelled()
        report(
            share * number / (len(specs) + 1),
            step(QT_TRANSLATE_NOOP("Progress", "Writing the {sheet} sheet"), sheet=spec.title),
        )
        spec.write(sheet, context)
    contents = [(spec.title, spec.about) for spec in specs]
    if appendix is not None:
        contents.append((LOANS_TITLE, f"every loan of the pool ({appendix.rows:,} rows)"))
    write_cover(cover, context, contents, book.notices, datetime.now(UTC))
    _properties(book, context)
    token.raise_if_cancelled()
    report(share, step(QT_TRANSLATE_NOOP("Progress", "Saving the workbook")))

    def write(temporary: Path) -> None:
        if appendix is None:
            book.workbook.save(temporary)
            return
        buffer = io.BytesIO()
        book.workbook.save(buffer)
        appendix.stream(buffer, temporary, within(report, share, 1.0), token)

    try:
        replace_file(target, write, keep_backup=False)
    except OSError as error:
        raise ExportError(cannot_write(target, error)) from error
    report(1.0, step(QT_TRANSLATE_NOOP("Progress", "Wrote {file}"), file=target.name))
    return ExportReport(
        target,
        [COVER_TITLE, *(spec.title for spec in specs)] + ([LOANS_TITLE] if appendix else []),
        list(book.notices),
        dict(book.expected),
        appendix.rows if appendix else 0,
    )


def cannot_write(target: Path, error: OSError) -> Text:
    """One sentence an analyst can act on, for each way a file cannot be written."""
    folder = target.parent
    if not folder.is_dir():
        return _says(
            QT_TRANSLATE_NOOP(
                "WorkbookExport", "Cannot write {file}: the folder {folder} does not exist."
            ),
            file=target.name,
            folder=str(folder),
        )
    if target.is_dir():
        source = QT_TRANSLATE_NOOP(
            "WorkbookExport", "Cannot write {file}: it is a folder, not a file."
        )
    elif error.errno in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        source = QT_TRANSLATE_NOOP(
            "WorkbookExport",
            "Cannot write {file}: the file is open in another program (close it in Excel) "
            "or you may not write to that folder.",
        )
    elif error.errno == errno.ENOSPC:
        source = QT_TRANSLATE_NOOP("WorkbookExport", "Cannot write {file}: the disk is full.")
    elif error.errno == errno.EROFS:
        source = QT_TRANSLATE_NOOP(
            "WorkbookExport", "Cannot write {file}: the folder is read-only."
        )
    else:
        return _says(
            QT_TRANSLATE_NOOP("WorkbookExport", "Cannot write {file}: {reason}."),
            file=str(target),
            reason=os_reason(error),
        )
    return _says(source, file=str(target))


def _says(source: str, **args: object) -> Text:
    return Text(WORKBOOK_EXPORT, source, args)


def _properties(book: Book, context: ExportContext) -> None:
    """Document properties Excel shows under File → Info."""
    info = context.case.committee
    properties = book.workbook.properties
    properties.title = clean_text(info.case_name)[0][:255]
    properties.subject = "Rating committee workbook"
    properties.creator = f"JCR Desk {__version__}"
    properties.lastModifiedBy = f"JCR Desk {__version__}"
    properties.keywords = "rating committee; JCR Desk"
    properties.category = "Confidential"
    properties.description = str(workbook_settings()["text"]["confidentiality"])
    properties.created = properties.modified = datetime.now(UTC).replace(tzinfo=None)
