"""History and Audit: the rating history and every change made to the case."""

from __future__ import annotations

from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext

HISTORY_HEADERS = ("Issuer", "Issue", "Publication date", "Rating", "Outlook / direction")
AUDIT_HEADERS = ("When (UTC)", "Who", "What", "Detail")


def write_history(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block("Rating history")
    header_row = row
    sheet.header(row, HISTORY_HEADERS)
    lines = sorted(context.case.history, key=lambda h: (h.issuer, h.issue, h.publication_date))
    for line in lines:
        row += 1
        sheet.row(
            row,
            [line.issuer, line.issue, line.publication_date, line.rating, line.outlook],
            [styles.TEXT, styles.TEXT, styles.DATE, styles.RATING, styles.TEXT],
        )
    sheet.finish(
        header_row=header_row,
        freeze=f"A{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(row, len(HISTORY_HEADERS))}",
    )


def write_audit(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block("Audit log", "Every change to the case, oldest first.")
    header_row = row
    sheet.header(row, AUDIT_HEADERS)
    for entry in context.case.audit:
        row += 1
        sheet.row(
            row,
            [entry.timestamp.replace(tzinfo=None), entry.user, entry.action, entry.detail],
            [styles.DATETIME, styles.TEXT, styles.TEXT, styles.WRAP],
        )
    sheet.finish(
        header_row=header_row,
        freeze=f"A{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(row, len(AUDIT_HEADERS))}",
    )
