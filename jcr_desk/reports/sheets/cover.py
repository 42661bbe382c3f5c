"""Cover: which case, which committee, which versions, what the workbook holds and what the
export had to change to write it."""

from __future__ import annotations

from datetime import datetime

from openpyxl.worksheet.hyperlink import Hyperlink

from jcr_desk import __version__
from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.reports.safe_text import Notice
from jcr_desk.reports.settings import workbook_settings

#: Notices listed one by one on the cover; beyond this they are counted.
_LISTED_NOTICES = 200


def write_cover(
    sheet: Sheet,
    context: ExportContext,
    contents: list[tuple[str, str]],
    notices: list[Notice],
    exported_at: datetime,
) -> None:
    case = context.case
    info = case.committee
    row = sheet.title_block(info.case_name, "Committee workbook")
    sheet.text(row, 1, workbook_settings()["text"]["confidentiality"], styles.WARNING)
    row += 2
    facts: list[tuple[str, object, str]] = [
        ("Issuer", info.issuer, styles.TEXT),
        ("Committee date", info.committee_date, styles.DATE),
        ("Analysts", ", ".join(info.analysts), styles.TEXT),
        ("Committee members", ", ".join(info.members), styles.TEXT),
        ("Rulebook version (case)", case.rulebook_version or "not recorded", styles.TEXT),
        ("Application version (case)", case.app_version or "not recorded", styles.TEXT),
        ("Exported by", f"JCR Desk {__version__}", styles.TEXT),
        ("Exported at (UTC)", exported_at.replace(tzinfo=None), styles.DATETIME),
    ]
    facts += _stress_facts(context)
    for label, value, style in facts:
        sheet.text(row, 1, label, styles.LABEL)
        sheet.put(row, 2, value if value is not None else "not set", style)
        row += 1
    if context.result_is_stale:
        sheet.note(
            row,
            "The scenario's inputs changed after its stress result was computed: the "
            "Enhancement, Cash flows and Sensitivity sheets show the earlier run. Run the "
            "stress again before the committee.",
            styles.WARNING,
        )
        row += 1
    if info.rationale:
        row += 1
        for number, paragraph in enumerate(info.rationale, start=1):
            sheet.text(row, 1, f"Rationale ({number})", styles.LABEL)
            sheet.merged_text(row, 2, 6, paragraph, per_line=110)
            row += 1
    row = _contents(sheet, row + 1, contents)
    row = _other_scenarios(sheet, row + 1, context)
    _notices(sheet, row + 1, notices)
    sheet.finish(one_page=True)


def _stress_facts(context: ExportContext) -> list[tuple[str, object, str]]:
    scenario = context.scenario
    if scenario is None:
        return []
    facts: list[tuple[str, object, str]] = [("Scenario", scenario.name, styles.TEXT)]
    stored = context.stored
    if stored is None:
        facts.append(("Stress result", "none stored: run the stress in JCR Desk", styles.TEXT))
    else:
        facts.append(
            ("Stress computed at (UTC)", stored.computed_at.replace(tzinfo=None), styles.DATETIME)
        )
        facts.append(("Rulebook version (run)", stored.result.rulebook_version, styles.TEXT))
    if context.pool is not None:
        facts.append(("Pool", context.pool.name, styles.TEXT))
    return facts


def _contents(sheet: Sheet, row: int, contents: list[tuple[str, str]]) -> int:
    sheet.text(row, 1, "Contents", styles.HEADING)
    for title, about in contents:
        row += 1
        cell = sheet.text(row, 1, title, styles.TEXT)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{title}'!A1", display=title)
        sheet.text(row, 2, about, styles.TEXT)
    return row + 1


def _other_scenarios(sheet: Sheet, row: int, context: ExportContext) -> int:
    others = [s.name for s in context.case.scenarios if s is not context.scenario]
    if not others:
        return row
    sheet.text(row, 1, "Other scenarios", styles.LABEL)
    sheet.text(row, 2, "; ".join(others) + " (not in this workbook)", styles.TEXT)
    return row + 2


def _notices(sheet: Sheet, row: int, notices: list[Notice]) -> None:
    sheet.text(row, 1, "Export notes", styles.HEADING)
    if not notices:
        sheet.text(row + 1, 1, "None: every value was written as it is in the case.", styles.NOTE)
        return
    for notice in notices[:_LISTED_NOTICES]:
        row += 1
        sheet.text(row, 1, f"{notice.sheet}!{notice.cell}", styles.TEXT)
        sheet.text(row, 2, notice.message, styles.TEXT)
    if len(notices) > _LISTED_NOTICES:
        sheet.text(
            row + 1,
            1,
            f"… and {len(notices) - _LISTED_NOTICES:,} more of the same kinds.",
            styles.NOTE,
        )
