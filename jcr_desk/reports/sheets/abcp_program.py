"""ABCP program: each program's terms, checks, documents, guideline and caps.

What the committee reads before the figures: who issues and who supports the paper, how much
of it the backup line covers, the sellers, what the bankruptcy-remoteness and facility checks
were answered with (and why), the documents received, then the guideline with each step's
citation and every cap considered. The figures behind it are on the ABCP stress sheet.
"""

from __future__ import annotations

from jcr_desk.case.document.model import Case
from jcr_desk.case.services.abcp_run import party_rating
from jcr_desk.reports import styles
from jcr_desk.reports.book import Sheet
from jcr_desk.reports.context import ExportContext, ExportedProgram
from jcr_desk.reports.sheets.committee import LANGUAGE
from jcr_desk.structured.abcp.program import AbcpProgram, Party

NOT_ANALYSED = "not analysed yet: open the program on the ABCP program tab"
STALE = "The program changed after this analysis: analyse it again before the committee."


def write_program(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "ABCP programs",
        "Terms as the case holds them; the guideline and caps of the stored analysis.",
    )
    for exported in context.programs:
        row = _program(sheet, row, exported, context) + 1
    sheet.finish(header_row=None, freeze="A4")


def _program(sheet: Sheet, row: int, exported: ExportedProgram, context: ExportContext) -> int:
    program = exported.item.program
    sheet.text(row, 1, program.name, styles.HEADING)
    if exported.stale:
        sheet.note(row + 1, STALE, styles.WARNING)
        row += 1
    row = _terms(sheet, row + 1, program, context)
    row = _sellers(sheet, row + 1, program, context.case)
    row = _answers(sheet, row + 1, program)
    sheet.text(row + 1, 1, "Documents received", styles.LABEL)
    sheet.text(row + 1, 2, "; ".join(program.documents) or "none recorded")
    return _guideline(sheet, row + 3, exported)


def _terms(sheet: Sheet, row: int, program: AbcpProgram, context: ExportContext) -> int:
    sponsor = program.sponsor
    sponsor_name = sponsor.name or context.entity_name(sponsor.entity_id) or "not named"
    facts = (
        ("Issuer SPC", f"{program.spc_name or 'not named'} ({program.spc_form}, "
                       f"{program.spc_country})", styles.TEXT),
        ("Sponsor", f"{sponsor_name} ({_rating(context.case, sponsor)})", styles.TEXT),
        ("Backup line", program.backup.kind.replace("_", " "), styles.TEXT),
        ("Share of the program the backup line covers", program.backup.share, styles.PERCENT),
        ("Sellers", "multi-seller" if program.multi_seller else "single-seller", styles.TEXT),
        ("Purchased assets", program.purchased_assets.replace("_", " "), styles.TEXT),
        ("Subordination", program.subordination, styles.FINE_PERCENT),
        ("Cash reserve", program.cash_reserve, styles.FINE_PERCENT),
        ("Commingling mitigated", _yes_no(program.commingling_mitigated,
                                          program.commingling_reason), styles.TEXT),
        ("Asset country / cross-border", f"{program.asset_country} / "
                                         f"{'yes' if program.cross_border else 'no'}", styles.TEXT),
    )
    for offset, (label, value, style) in enumerate(facts):
        sheet.text(row + offset, 1, label, styles.LABEL)
        sheet.put(row + offset, 2, value, style)
    return row + len(facts)


def _sellers(sheet: Sheet, row: int, program: AbcpProgram, case: Case) -> int:
    sheet.header(row, ("Seller (originator)", "Short-term rating", "Country"))
    for offset, seller in enumerate(program.sellers, start=1):
        sheet.row(row + offset, [seller.name, _rating(case, seller), seller.country],
                  [styles.TEXT, styles.RATING, styles.TEXT])
    return row + len(program.sellers) + 1


def _answers(sheet: Sheet, row: int, program: AbcpProgram) -> int:
    sheet.header(row, ("Checklist", "Point", "Answer", "Reason", "Analyst"))
    for offset, answer in enumerate(program.answers, start=1):
        sheet.row(row + offset, [answer.checklist, answer.key.replace("_", " "), answer.answer,
                                 answer.reason, answer.analyst], styles.TEXT)
    if not program.answers:
        sheet.text(row + 1, 1, "no check answered yet (each one keeps the guideline open)")
        return row + 2
    return row + len(program.answers) + 1


def _guideline(sheet: Sheet, row: int, exported: ExportedProgram) -> int:
    if exported.record is None:
        sheet.text(row, 1, "Guideline", styles.LABEL)
        sheet.text(row, 2, NOT_ANALYSED, styles.WARNING)
        return row + 1
    result = exported.record.result
    guideline = result.guideline
    facts = (
        ("Support", result.support.replace("_", " ")),
        ("Guideline", guideline.status.replace("_", " ")),
        ("Proposed short-term rating", guideline.proposed or "none (open)"),
        ("Highest rating reached", guideline.reached or "none"),
    )
    for offset, (label, value) in enumerate(facts):
        sheet.text(row + offset, 1, label, styles.LABEL)
        sheet.text(row + offset, 2, value, styles.RATING if offset > 1 else styles.TEXT)
    row += len(facts) + 1
    sheet.header(row, ("Guideline step", "Why", "Citation"))
    for step in guideline.steps:
        row += 1
        sheet.row(row, [step.rule_id, step.text.in_language(LANGUAGE), step.citation],
                  styles.TEXT)
    for item in guideline.open_items:
        row += 1
        sheet.row(row, ["open", item.in_language(LANGUAGE), ""],
                  [styles.WARNING, styles.TEXT, styles.TEXT])
    row += 2
    sheet.header(row, ("Cap", "Limit", "Applied", "Why", "Citation"))
    for cap in result.caps:
        row += 1
        sheet.row(row, [cap.kind, cap.limit or "not known", "yes" if cap.applied else "no",
                        cap.statement.in_language(LANGUAGE), cap.citation],
                  [styles.TEXT, styles.RATING, styles.TEXT, styles.TEXT, styles.TEXT])
    return row + 1


def _rating(case: Case, party: Party) -> str:
    """The short-term rating the analysis uses: a group entity's, else the one typed."""
    rating = party_rating(case, party)
    return "not known" if rating is None else str(rating)


def _yes_no(flag: bool, reason: str) -> str:
    word = "yes" if flag else "no"
    return f"{word}: {reason}" if reason else word
