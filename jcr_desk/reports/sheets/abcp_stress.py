"""ABCP stress: from the population's monthly rates to the required subordination per rating.

Everything the committee should be able to check is a formula over the cells above it: the
base case of each measure (mean, sample SD, least-squares trend, recent mean, peak and the
reading the analysis uses) over the monthly rates, each target rating's stressed credit loss
and dilution (base × multiple, or base + k × SD), the required subordination (the sum of the
four parts), the available subordination, the margin and the result. Commingling and the
servicer-transfer reserve are the analysis's figures, each with its basis and citation. The
US-agency dynamic reserve follows as a reference only. An analysis older than the program's
inputs is shown as plain figures, flagged.
"""

from __future__ import annotations

from typing import Any

from jcr_desk.reports import styles
from jcr_desk.reports.book import Formula, Sheet
from jcr_desk.reports.context import ExportContext, ExportedProgram
from jcr_desk.reports.sheets.committee import LANGUAGE
from jcr_desk.structured.abcp.history import MonthlyRates
from jcr_desk.structured.abcp.reference import LABEL as REFERENCE_LABEL
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.subordination import (
    FAIL,
    OUTCOME_WORDS,
    PART_LABELS,
    PASS,
    PASS_IF_ORIGINATOR_CAPS,
    RatingTest,
)
from jcr_desk.structured.stress_arithmetic import MULTIPLE

MEASURES = (("credit_loss", "Credit loss"), ("cancellation", "Cancellation (dilution)"),
            ("collection", "Collection"))
STALE = "The program changed after this analysis: figures, not formulas; analyse it again."
NO_STRESS = "No large-numbers stress: the program is fully supported (see ABCP program)."
TEST_HEADERS = ("Rating", "Form", "Loss factor", "Stressed credit loss", "Dilution factor",
                "Stressed dilution", "Commingling", "Servicer transfer", "Required",
                "Subordination and reserve", "Sponsor enhancement", "Available", "Margin",
                "Result")
TEST_STYLES = (styles.RATING, styles.TEXT, styles.DECIMAL, styles.FINE_PERCENT, styles.DECIMAL,
               *[styles.FINE_PERCENT] * 8, styles.TEXT)


def has_stress(context: ExportContext) -> bool:
    return any(p.record is not None and p.record.result.tests for p in context.programs)


def write_stress(sheet: Sheet, context: ExportContext) -> None:
    row = sheet.title_block(
        "ABCP stress",
        "Fractions of the population's balance a month. Base case, stressed rates, required "
        "and available subordination, margins and results are formulas.",
    )
    for exported in context.programs:
        if exported.record is not None:
            row = _program(sheet, row, exported) + 1
    sheet.finish(header_row=None, freeze="B4")


def _program(sheet: Sheet, row: int, exported: ExportedProgram) -> int:
    assert exported.record is not None
    result = exported.record.result
    sheet.text(row, 1, result.program, styles.HEADING)
    history = exported.item.history
    if not result.tests or history is None:
        sheet.note(row + 1, NO_STRESS)
        return row + 2
    linked = not exported.stale
    if exported.stale:
        sheet.note(row + 1, STALE, styles.WARNING)
        row += 1
    rates = history.rates()
    first, last = _rates(sheet, row + 2, rates)
    base_cells, row = _base_case(sheet, last + 2, result, first, last, linked)
    row = _tests(sheet, row + 1, result, base_cells, linked)
    sheet.text(row + 1, 1, "Highest rating reached", styles.LABEL)
    sheet.text(row + 1, 2, result.guideline.reached or "none", styles.RATING)
    row = _parts(sheet, row + 3, result)
    return _reference(sheet, row + 1, result)


def _rates(sheet: Sheet, row: int, rates: MonthlyRates) -> tuple[int, int]:
    """The monthly rates, oldest first; returns the first and last data rows."""
    sheet.text(row, 1, "Monthly rates of the population", styles.HEADING)
    sheet.header(row + 1, ("Month", "Step", "Balance (yen)", *(label for _, label in MEASURES)))
    first = row + 2
    for step in range(len(rates.months)):
        balance = None if rates.balance is None else float(rates.balance[step])
        values = [float(rates.measure(key)[step]) for key, _ in MEASURES]
        sheet.row(first + step, [rates.month_text(step), step, balance, *values],
                  [styles.TEXT, styles.INTEGER, styles.YEN, *[styles.FINE_PERCENT] * 3])
    return first, first + len(rates.months) - 1


def _base_case(
    sheet: Sheet, row: int, result: ProgramResult, first: int, last: int, linked: bool
) -> tuple[dict[str, tuple[str, str]], int]:
    """Each measure's statistics as formulas; returns each measure's (base, SD) cells."""
    sheet.text(row, 1, f"Base case (reading: {result.method})", styles.HEADING)
    sheet.header(row + 1, ("Measure", "Months", "Mean", "SD", "Trend a month",
                           "Trend at the latest month", "Recent mean", "Peak", "Base case"))
    cells: dict[str, tuple[str, str]] = {}
    steps = f"$B${first}:$B${last}"
    for offset, (key, label) in enumerate(MEASURES):
        line = row + 2 + offset
        stats = result.statistic(key)
        column = chr(ord("D") + offset)
        values = f"${column}${first}:${column}${last}"
        recent = f"${column}${last - stats.recent_months + 1}:${column}${last}"
        base = stats.reading(result.method)
        sheet.row(line, [
            label,
            _live(f"=COUNT({values})", stats.months, linked),
            _live(f"=AVERAGE({values})", stats.mean, linked),
            _live(f"=STDEV({values})", stats.sd, linked),
            _live(f"=SLOPE({values},{steps})", stats.trend_per_month, linked),
            _live(f"=C{line}+E{line}*(B{line}-1)/2", stats.trend_latest, linked),
            _live(f"=AVERAGE({recent})", stats.recent_mean, linked),
            _live(f"=MAX({values})", stats.peak, linked),
            _live(_reading(result.method, line), base, linked),
        ], [styles.TEXT, styles.INTEGER, *[styles.FINE_PERCENT] * 7])
        cells[key] = (f"$I${line}", f"$D${line}")
    return cells, row + 2 + len(MEASURES)


def _reading(method: str, line: int) -> str:
    """The base case of one measure's line, as ``RateStatistics.reading`` takes it."""
    return {
        "mean": f"=C{line}",
        "recent": f"=G{line}",
        "trend": f"=MAX(F{line},0)",
        "highest": f"=MAX(C{line},G{line},F{line})",
    }[method]


def _tests(
    sheet: Sheet, row: int, result: ProgramResult, base: dict[str, tuple[str, str]], linked: bool
) -> int:
    sheet.text(row, 1, "Required subordination by target rating", styles.HEADING)
    sheet.header(row + 1, TEST_HEADERS)
    line = row + 1
    for test in result.tests:
        line += 1
        sheet.row(line, _test_values(test, base, line, linked), TEST_STYLES)
    return line + 1


def _test_values(
    test: RatingTest, base: dict[str, tuple[str, str]], line: int, linked: bool
) -> list[Any]:
    loss, dilution = test.stressed
    own = test.available - test.sponsor_enhancement
    outcome = (
        f'=IF(L{line}>=I{line},"{OUTCOME_WORDS[PASS]}",IF(AND(G{line}>0,'
        f'L{line}>=I{line}-G{line}),"{OUTCOME_WORDS[PASS_IF_ORIGINATOR_CAPS]}",'
        f'"{OUTCOME_WORDS[FAIL]}"))'
    )
    return [
        test.rating,
        loss.form,
        loss.factor,
        _live(_stressed("C", line, *base["credit_loss"], loss.form), loss.stressed, linked),
        dilution.factor,
        _live(_stressed("E", line, *base["cancellation"], dilution.form), dilution.stressed,
              linked),
        test.part("commingling").value,
        test.part("servicer_transfer").value,
        _live(f"=SUM(D{line},F{line}:H{line})", test.required, linked),
        own,
        test.sponsor_enhancement,
        _live(f"=J{line}+K{line}", test.available, linked),
        _live(f"=L{line}-I{line}", test.available - test.required, linked),
        _live(outcome, OUTCOME_WORDS[test.outcome], linked),
    ]


def _stressed(factor_column: str, line: int, base: str, sd: str, form: str) -> str:
    factor = f"{factor_column}{line}"
    return f"={base}*{factor}" if form == MULTIPLE else f"={base}+{factor}*{sd}"


def _parts(sheet: Sheet, row: int, result: ProgramResult) -> int:
    sheet.text(row, 1, "Each part's basis", styles.HEADING)
    sheet.header(row + 1, ("Rating", "Part", "Value", "Basis", "Citation", "Desk default"))
    line = row + 1
    for test in result.tests:
        for part in test.parts:
            line += 1
            basis = part.basis.in_language(LANGUAGE)
            sheet.row(line, [test.rating, PART_LABELS[part.key], part.value, basis,
                             part.citation, "yes" if part.desk_default else "no"],
                      [styles.RATING, styles.TEXT, styles.FINE_PERCENT, styles.TEXT,
                       styles.TEXT, styles.TEXT])
    return line + 1


def _reference(sheet: Sheet, row: int, result: ProgramResult) -> int:
    sheet.text(row, 1, REFERENCE_LABEL, styles.HEADING)
    if not result.reference:
        note = result.reference_note
        sheet.note(
            row + 1,
            "The history does not allow it." if note is None else note.in_language(LANGUAGE),
        )
        return row + 2
    sheet.header(row + 1, ("Rating", "Stress factor", "Peak loss ratio", "Loss horizon ratio",
                           "Loss reserve", "Expected dilution", "Peak dilution",
                           "Dilution horizon ratio", "Dilution reserve", "Total"))
    line = row + 1
    for reserve in result.reference:
        line += 1
        sheet.row(line, [reserve.rating, reserve.stress_factor, reserve.peak_loss_ratio,
                         reserve.loss_horizon_ratio, reserve.loss_reserve,
                         reserve.expected_dilution, reserve.peak_dilution,
                         reserve.dilution_horizon_ratio, reserve.dilution_reserve,
                         Formula(f"=E{line}+I{line}", reserve.total)],
                  [styles.RATING, styles.DECIMAL, *[styles.FINE_PERCENT] * 8])
    return line + 1


def _live(text: str, value: Any, linked: bool) -> Any:
    """A formula that recalculates to ``value``, or the value alone (a stale analysis)."""
    return Formula(text, value) if linked else value
