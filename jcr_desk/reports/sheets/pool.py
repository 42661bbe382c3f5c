"""Pool and Exceptions: where the loans came from, what they look like, what was left out.

Totals and shares of the strat tables are formulas over their rows, and the pool's current
balance and loan count (the defined names ``pool_current_balance`` and ``pool_loan_count``)
are the first table's totals. With the loans appendix, the averages are formulas over it.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.pagebreak import Break

from jcr_desk.case.edits.pool_commands import excluded_rows
from jcr_desk.pool.problems import ERROR
from jcr_desk.pool.schema import schema
from jcr_desk.pool.strats import PoolSummary, StratTable, strat_fields, stratify
from jcr_desk.reports import styles
from jcr_desk.reports.book import Formula, Sheet
from jcr_desk.reports.context import ExportContext

STRAT_HEADERS = ("Bucket", "Loans", "Current balance (yen)", "% of balance")
#: Rows a strat block takes at least, so that its chart fits beside it.
_BLOCK_ROWS = 15
#: Strat blocks printed on one page.
_BLOCKS_A_PAGE = 3
_SOURCE_LABELS = {
    "file": "File",
    "sheet": "Sheet",
    "sha256": "SHA-256",
    "profile": "Mapping profile",
    "header_row": "Header row",
    "totals_row": "Totals row",
    "imported_at": "Imported at (UTC)",
    "as_of": "Cut-off date",
    "rows": "Rows read",
    "imported": "Loans imported",
    "excluded": "Rows excluded",
}


def write_pool(sheet: Sheet, context: ExportContext) -> None:
    pool = context.pool
    summary = context.summary
    assert pool is not None and summary is not None
    row = sheet.title_block(f"Pool: {pool.name}", "Balances are current balances in yen.")
    row = _source(sheet, row, pool.source, list(pool.loans.columns))
    strat_start = row + _summary_rows(summary) + 3
    tables = [stratify(pool.loans, name, as_of=summary.as_of) for name in strat_fields()]
    first_totals = strat_start + 2 + len(tables[0].labels) if tables else None
    row = _summary(sheet, row + 1, summary, context, first_totals)
    assert row < strat_start - 1, "the summary ran into the strat tables"
    row = strat_start
    sheet.text(row - 1, 1, "Strat tables", styles.HEADING)
    for number, table in enumerate(tables):
        if number % _BLOCKS_A_PAGE == 0:
            sheet.ws.row_breaks.append(Break(id=row - 2))
        row = _strat_block(sheet, row, table)
    sheet.finish()


def _source(sheet: Sheet, row: int, source: dict[str, Any], columns: list[str]) -> int:
    sheet.text(row, 1, "Source", styles.HEADING)
    for key, value in source.items():
        if key in ("units", "derived") or value is None:
            continue
        row += 1
        sheet.text(
            row, 1, _SOURCE_LABELS.get(key, key.replace("_", " ").capitalize()), styles.LABEL
        )
        if isinstance(value, int | float):
            sheet.put(row, 2, value, styles.INTEGER)
        else:  # file names and the SHA-256 spill over the empty cells beside them
            sheet.text(row, 2, str(value), measure=False)
    labels = {spec.name: spec.label for spec in schema()}
    for field, unit in (source.get("units") or {}).items():
        row += 1
        sheet.text(row, 1, f"Unit of {labels.get(field, field)}", styles.LABEL)
        sheet.text(row, 2, f"{unit} (as read or confirmed at import)", measure=False)
    if source.get("derived"):
        row += 1
        sheet.text(row, 1, "Derived fields", styles.LABEL)
        sheet.text(row, 2, ", ".join(labels.get(f, f) for f in source["derived"]), measure=False)
    row += 1
    sheet.text(row, 1, "Fields mapped", styles.LABEL)
    sheet.merged_text(row, 2, 5, ", ".join(labels[c] for c in columns if c in labels), 75)
    return row + 1


def _summary_rows(summary: PoolSummary) -> int:
    return 6 + len(summary.averages) + 2 + len(summary.concentrations)


def _summary(
    sheet: Sheet,
    row: int,
    summary: PoolSummary,
    context: ExportContext,
    first_totals: int | None,
) -> int:
    sheet.text(row, 1, "Summary", styles.HEADING)
    count = (
        Formula(f"=$B${first_totals}", summary.loan_count) if first_totals else summary.loan_count
    )
    balance = (
        Formula(f"=$C${first_totals}", summary.total_current_balance)
        if first_totals
        else summary.total_current_balance
    )
    lines = (
        ("Loans", count, styles.INTEGER, "pool_loan_count"),
        ("Borrowers", summary.borrower_count, styles.INTEGER, None),
        ("Current balance (yen)", balance, styles.YEN, "pool_current_balance"),
        ("Original balance (yen)", summary.total_original_balance, styles.YEN, None),
    )
    for label, value, style, name in lines:
        row += 1
        sheet.text(row, 1, label, styles.LABEL)
        sheet.put(row, 2, value, style)
        if name:
            sheet.book.define(name, sheet.title, f"$B${row}")
    row += 2
    sheet.header(row, ("Measure", "Simple average", "Balance-weighted average"))
    for average in summary.averages:
        row += 1
        style = (
            styles.PERCENT if average.field in ("interest_rate", "ltv", "dti") else styles.DECIMAL
        )
        if average.field == "interest_rate":
            style = styles.FINE_PERCENT
        sheet.text(row, 1, average.label, styles.TEXT)
        sheet.row(
            row,
            _averages(context, average.field, average.simple, average.weighted),
            style,
            column=2,
        )
    row += 2
    sheet.header(row, ("Concentration", "Largest", "Share of balance", "Threshold", "Above it"))
    for flag in summary.concentrations:
        row += 1
        above = Formula(f'=IF(C{row}>D{row},"yes","no")', "yes" if flag.flagged else "no")
        sheet.row(
            row,
            [
                flag.name.replace("_", " ").capitalize(),
                flag.subject,
                flag.share,
                flag.threshold,
                above,
            ],
            [styles.TEXT, styles.TEXT, styles.PERCENT, styles.PERCENT, styles.TEXT],
        )
    return row


def _averages(
    context: ExportContext, field: str, simple: float | None, weighted: float | None
) -> list[Any]:
    """Formulas over the loans appendix when the export has it, else the pool's figures."""
    values = context.loans_ranges.get(field)
    balances = context.loans_ranges.get("current_balance")
    if values is None or balances is None or simple is None or weighted is None:
        return [simple, weighted]
    return [
        Formula(f"=AVERAGE({values})", simple),
        Formula(f'=SUMPRODUCT({balances},{values})/SUMIFS({balances},{values},"<>")', weighted),
    ]


def _strat_block(sheet: Sheet, row: int, table: StratTable) -> int:
    """One strat table with its totals as formulas and a bar chart of its shares."""
    sheet.text(row, 1, table.title, styles.LABEL)
    header = row + 1
    sheet.header(header, STRAT_HEADERS)
    first = header + 1
    total = first + len(table.labels)
    for offset, (label, count, balance, share) in enumerate(
        zip(table.labels, table.counts, table.balances, table.shares, strict=True)
    ):
        line = first + offset
        sheet.row(
            line,
            [label, count, balance, Formula(f"=C{line}/$C${total}", share)],
            [styles.TEXT, styles.INTEGER, styles.YEN, styles.PERCENT],
        )
    last = total - 1
    sheet.row(
        total,
        [
            "Total",
            Formula(f"=SUM(B{first}:B{last})", sum(table.counts)),
            Formula(f"=SUM(C{first}:C{last})", float(sum(table.balances))),
            Formula(f"=SUM(D{first}:D{last})", float(sum(table.shares))),
        ],
        [styles.LABEL, styles.TOTAL_INTEGER, styles.TOTAL_YEN, styles.TOTAL_PERCENT],
    )
    chart = BarChart()
    chart.type = "bar"
    chart.style = 10
    chart.title = f"{table.title}: % of balance"
    chart.legend = None
    chart.y_axis.number_format = "0%"
    chart.y_axis.majorGridlines = None
    chart.x_axis.scaling.orientation = "maxMin"  # buckets top-down, as the table lists them
    chart.add_data(
        Reference(sheet.ws, min_col=4, min_row=header, max_row=last), titles_from_data=True
    )
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))
    chart.height = 6.0
    chart.width = 13.0
    sheet.ws.add_chart(chart, f"F{row}")
    return row + max(total - row + 2, _BLOCK_ROWS)


EXCEPTION_HEADERS = (
    "Severity",
    "Sheet",
    "Row",
    "Column",
    "Header",
    "Field",
    "Value",
    "Rule",
    "Message",
)


def write_exceptions(sheet: Sheet, context: ExportContext) -> None:
    pool = context.pool
    assert pool is not None
    problems = sorted(
        pool.report,
        key=lambda p: (p.get("severity") != ERROR, p.get("row") is not None, p.get("row") or 0),
    )
    errors = sum(1 for p in problems if p.get("severity") == ERROR)
    row = sheet.title_block(
        "Exceptions",
        f"{excluded_rows(pool):,} row(s) excluded at import for errors; {errors:,} error(s) and "
        f"{len(problems) - errors:,} warning(s) found in {pool.source.get('file', 'the tape')}. "
        "Rows are the tape's Excel rows.",
    )
    header_row = row
    sheet.header(row, EXCEPTION_HEADERS)
    for problem in problems:
        row += 1
        sheet.row(
            row,
            [_text(problem, key) for key in ("severity", "sheet")]
            + [problem.get("row")]
            + [
                _text(problem, key)
                for key in ("column", "header", "field", "value", "rule", "message")
            ],
            [styles.TEXT, styles.TEXT, styles.INTEGER] + [styles.TEXT] * 5 + [styles.WRAP],
        )
    sheet.finish(
        header_row=header_row,
        freeze=f"A{header_row + 1}",
        filter_range=f"A{header_row}:{sheet.address(row, len(EXCEPTION_HEADERS))}",
    )


def _text(problem: dict[str, Any], key: str) -> str:
    value = problem.get(key)
    return "" if value is None else str(value)
