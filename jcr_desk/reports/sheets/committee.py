"""Rating action and Disclosure: the committee tab's outputs as the workbook shows them.

Both sheets are read from the same functions as the release draft and the Rule 17g-7 form
(:func:`~jcr_desk.reports.release.rating_action_rows`,
:func:`~jcr_desk.reports.disclosure.disclosure_items`), so a committee member checks the
workbook and the drafts against one source. They are written in English, the workbook's
language; the drafts carry the Japanese.
"""

from __future__ import annotations

from jcr_desk.case.services.rated_items import rated_items
from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.reports.disclosure import disclosure_items
from jcr_desk.reports.release import rating_action_rows

ACTION_HEADERS = (
    "Issuer",
    "Rated item",
    "Current rating",
    "Current outlook",
    "Published",
    "Proposed rating",
    "Proposed outlook",
    "Proposal from",
    "Action",
    "Action set by",
    "Reason",
    "CP maximum",
    "Notes",
)
LANGUAGE = "en"


def has_rated_items(context: ExportContext) -> bool:
    return bool(rated_items(context.case))


def write_rating_action(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "Rating action",
        "Each rated item: its current rating, the committee's proposal and the action it "
        "makes; an action the analyst chose says so with the reason.",
    )
    header_row = row
    sheet.header(row, ACTION_HEADERS)
    for line in rating_action_rows(context.case, LANGUAGE):
        row += 1
        values = [
            line.issuer,
            line.item,
            line.current_rating or "none",
            line.current_outlook,
            line.current_date,
            line.proposed_rating or "no proposal",
            line.proposed_outlook,
            line.proposal_source,
            line.action,
            "analyst" if line.action_chosen_by_analyst else "derived",
            line.action_reason,
            line.cp_maximum,
            line.notes,
        ]
        cell_styles = [styles.TEXT, styles.TEXT, styles.RATING, styles.TEXT, styles.DATE]
        cell_styles += [styles.RATING, styles.TEXT, styles.TEXT, styles.TEXT, styles.TEXT]
        cell_styles += [styles.WRAP, styles.TEXT, styles.WRAP]
        sheet.row(row, values, cell_styles)
    sheet.finish(
        header_row=header_row,
        freeze=f"C{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(row, len(ACTION_HEADERS))}",
    )


def write_disclosure(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "Information disclosure (Rule 17g-7)",
        "The form's items as drafted from the case; what is still to be filled follows each "
        "item's lines.",
    )
    header_row = row
    sheet.header(row, ("Item", "Content"))
    for item in disclosure_items(context.case, LANGUAGE):
        lines = [line.replace("\t", "  |  ") for line in item.lines] or [""]
        lines += [f"Still to fill: {missing}" for missing in item.missing]
        for index, line in enumerate(lines):
            row += 1
            sheet.row(row, [item.title if index == 0 else "", line], [styles.LABEL, styles.WRAP])
    sheet.finish(header_row=header_row, freeze=f"A{header_row + 1}")
