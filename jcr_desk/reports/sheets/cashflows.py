"""Cash flows and Sensitivity: the stressed flows behind each rating, and the senior class's
bad-loan enhancement over two grids.

A yearly view (sums over the months, as formulas) heads the sheet; then each rating's block
lists the pool's flows and the classes' balances by month from the cut-off, with totals and
the realised default rate and cumulative loss as formulas over them (they equal the
Enhancement sheet's figures), and two line charts. Printing shows the yearly view and the
charts; the months stay on the sheet.
"""

from __future__ import annotations

from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule

from jcr_desk.reports import styles
from jcr_desk.reports.book import Formula, Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.reports.settings import colour
from jcr_desk.structured.result import SensitivityGrids

FLOWS = ("principal", "interest", "defaults", "recoveries")
FLOW_HEADERS = ("Month", "Principal", "Interest", "Defaults", "Recoveries", "Pool balance")


def write_cashflows(sheet: Sheet, context: ExportContext) -> None:
    result = context.result
    assert result is not None
    row = sheet.title_block(
        "Stressed cash flows",
        "Yen from the cut-off; balances at each period's end. Printing shows the yearly view "
        "and each rating's charts; the months follow below on the sheet.",
    )
    lengths = [len(result.pool_cashflows[line.rating].balance) for line in result.ratings]
    years = -(-max(lengths) // 12)
    start = row + years + 5
    printed = [f"A{row}:{sheet.address(row + years + 2, 1 + 3 * len(lengths))}"]
    openings = []
    for line, months in zip(result.ratings, lengths, strict=True):
        opening, charts = _block(sheet, start, context, line.rating)
        openings.append(opening)
        printed.append(charts)
        start += months + _BLOCK_EXTRA_ROWS
    _yearly(sheet, row, context, openings, years)
    sheet.ws.print_area = printed
    sheet.finish(header_row=None)


#: Rows a rating's block takes besides its months: heading, rates, header, month 0, total
#: and two blank rows.
_BLOCK_EXTRA_ROWS = 7
YEARLY = (("defaults", "Defaults", "D"), ("recoveries", "Recoveries", "E"))


def _yearly(
    sheet: Sheet, row: int, context: ExportContext, openings: list[int], years: int
) -> None:
    """Defaults, recoveries and the year-end balance per rating, as sums over the months."""
    result = context.result
    assert result is not None
    sheet.text(row, 1, "By year", styles.HEADING)
    header = row + 2
    sheet.header(header, ["Year"])
    for number, (line, opening) in enumerate(zip(result.ratings, openings, strict=True)):
        column = 2 + 3 * number
        sheet.text(row + 1, column, f"{line.rating} stress", styles.HEADER)
        sheet.ws.merge_cells(
            start_row=row + 1, start_column=column, end_row=row + 1, end_column=column + 2
        )
        sheet.header(header, ["Defaults", "Recoveries", "Pool balance at year end"], column)
        flows = result.pool_cashflows[line.rating]
        months = len(flows.balance)
        for year in range(1, years + 1):
            first, final = 12 * (year - 1), min(12 * year, months)
            if first >= months:
                continue
            cells = [
                Formula(
                    f"=SUM({letter}{opening + 1 + first}:{letter}{opening + final})",
                    float(sum(getattr(flows, name)[first:final])),
                )
                for name, _, letter in YEARLY
            ]
            cells.append(Formula(f"=F{opening + final}", flows.balance[final - 1]))
            sheet.put(header + year, 1, year, styles.INTEGER)
            sheet.row(header + year, cells, styles.YEN, column=column)


def _block(sheet: Sheet, row: int, context: ExportContext, rating: str) -> tuple[int, str]:
    """One rating's months; returns the row of month 0 and the range its charts cover."""
    result = context.result
    assert result is not None and context.scenario is not None
    flows = result.pool_cashflows[rating]
    line = result.line(rating)
    classes = list(result.class_balances.get(rating, {}))
    sheet.text(row, 1, f"{rating} stress", styles.HEADING)
    header = row + 2
    sheet.header(header, [*FLOW_HEADERS, *(f"{name} balance" for name in classes)])
    opening = header + 1
    months = len(flows.balance)
    last = opening + months
    total = last + 1
    sheet.row(
        opening,
        [0, None, None, None, None, result.pool_balance],
        [styles.INTEGER] + [styles.YEN] * 5,
    )
    # The classes' balances at closing: the scenario's, unless it changed after the run.
    notes = (
        {}
        if context.result_is_stale
        else {c.name: c.balance for c in context.scenario.structure.classes}
    )
    for offset, name in enumerate(classes):
        sheet.put(opening, 7 + offset, notes.get(name), styles.YEN)
    for month in range(months):
        values = [month + 1] + [getattr(flows, name)[month] for name in FLOWS]
        values.append(flows.balance[month])
        values += [_at(result.class_balances[rating][name], month) for name in classes]
        sheet.row(opening + 1 + month, values, [styles.INTEGER] + [styles.YEN] * (len(values) - 1))
    sums = [
        Formula(f"=SUM({col}{opening + 1}:{col}{last})", float(sum(getattr(flows, name))))
        for col, name in zip("BCDE", FLOWS, strict=True)
    ]
    sheet.row(total, ["Total", *sums], [styles.LABEL] + [styles.TOTAL_YEN] * 4)
    sheet.text(row + 1, 1, "Realised default rate", styles.LABEL)
    sheet.put(
        row + 1, 2, Formula(f"=D{total}/F{opening}", line.realised_default_rate), styles.PERCENT
    )
    sheet.text(row + 1, 3, "Cumulative loss", styles.LABEL)
    sheet.put(
        row + 1,
        4,
        Formula(f"=(D{total}-E{total})/F{opening}", line.cumulative_loss),
        styles.PERCENT,
    )
    return opening, _charts(sheet, row, header, last, len(classes), rating)


def _at(values: tuple[float, ...], month: int) -> float | None:
    """A class's balance in a month; None after the waterfall's last month (the legal final)."""
    return values[month] if month < len(values) else None


def _charts(sheet: Sheet, top: int, header: int, last: int, classes: int, rating: str) -> str:
    """Balances (pool and classes) and defaults with recoveries, by month, beside the block;
    returns the range they cover, for printing."""
    months = Reference(sheet.ws, min_col=1, min_row=header + 1, max_row=last)
    charts = (
        (f"{rating}: pool and class balances", "yen", 6, 6 + classes),
        (f"{rating}: defaults and recoveries", "yen a month", 4, 5),
    )
    for number, (title, unit, first, final) in enumerate(charts):
        chart = LineChart()
        chart.title = title
        chart.y_axis.title = unit
        chart.x_axis.title = "month"
        chart.y_axis.number_format = "#,##0"
        data = Reference(sheet.ws, min_col=first, max_col=final, min_row=header, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(months)
        chart.height, chart.width = 7.5, 16.0
        chart.x_axis.tickLblSkip = 60
        for series in chart.series:
            series.smooth = False
            series.graphicalProperties.line.width = 15_000
        sheet.ws.add_chart(chart, sheet.address(top + 2 + 16 * number, 8 + classes))
    return f"{sheet.address(top, 8 + classes)}:{sheet.address(top + 34, 18 + classes)}"


def write_sensitivity(sheet: Sheet, context: ExportContext) -> None:
    result = context.result
    assert result is not None
    grids = result.sensitivity
    row = sheet.title_block(
        f"Sensitivity: {grids.tranche} at {grids.rating}",
        "Required bad-loan enhancement (fraction of the pool) as the default multiple moves "
        "against the recovery rate and against the CPR.",
    )
    row = _grid(sheet, row, grids, "recovery rate", grids.recovery_rates, grids.by_recovery)
    _grid(sheet, row + 1, grids, "CPR", grids.cprs, grids.by_cpr)
    sheet.finish(header_row=None)


def _grid(
    sheet: Sheet,
    row: int,
    grids: SensitivityGrids,
    across: str,
    columns: tuple[float, ...],
    cells: tuple[tuple[float | None, ...], ...],
) -> int:
    sheet.text(row, 1, f"Default multiple × {across}", styles.HEADING)
    header = row + 1
    sheet.text(header, 1, f"multiple \\ {across}", styles.HEADER)
    for offset, value in enumerate(columns):
        sheet.put(header, 2 + offset, value, styles.PERCENT)
        sheet.ws.cell(header, 2 + offset).style = styles.HEADER
        sheet.ws.cell(header, 2 + offset).number_format = styles.PERCENT_FORMAT
    for offset, (multiple, values) in enumerate(zip(grids.default_multiples, cells, strict=True)):
        line = header + 1 + offset
        sheet.put(line, 1, multiple, styles.MULTIPLE)
        sheet.row(
            line, ["not achievable" if v is None else v for v in values], styles.PERCENT, column=2
        )
    last = header + len(cells)
    sheet.ws.conditional_formatting.add(
        f"B{header + 1}:{sheet.address(last, 1 + len(columns))}",
        ColorScaleRule(
            start_type="min",
            start_color=colour("pass"),
            end_type="max",
            end_color=colour("shortfall"),
        ),
    )
    return last + 1
