"""Enhancement: required credit enhancement by layer and rating, against each class's.

The four layers per rating are the run's figures (METHODOLOGY §6). Everything a committee
member should be able to check is a formula: each rating's total (the defined names
``ce_total_AAA`` …), each class's required enhancement (its bad-loan figure plus the other
three layers), its available enhancement (the classes below it and the pool above all the
classes, from the class balances), the shortfall and the verdict. Shortfalls turn red.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill

from jcr_desk.reports import styles
from jcr_desk.reports.book import Formula, Sheet
from jcr_desk.reports.context import ExportContext
from jcr_desk.reports.settings import colour
from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.result import EnhancementResult, RatingLine

NOT_ACHIEVABLE = "not achievable"
#: The run counts a class as passing when its available enhancement plus this reaches the
#: required one (``jcr_desk.structured.rmbs.results``); the verdict formula does the same.
PASS_TOLERANCE = "1E-12"
CLASS_FIELDS = ("bad-loan CE", "required CE", "available CE", "shortfall", "result")
DETAIL_HEADERS = (
    "Rating",
    "Stressed default rate",
    "Realised default rate",
    "Not applied (no loan left)",
    "Cumulative loss",
    "Interest-rate path",
    "Clean-up call",
    "Held at a lower rating's figure",
)


def write_enhancement(sheet: Sheet, context: ExportContext) -> None:
    result = context.result
    assert result is not None and context.scenario is not None
    row = sheet.title_block(
        f"Credit enhancement: {context.scenario.name}",
        "Fractions of the pool's cut-off balance. Layers are the run's figures; totals, "
        "required and available enhancement, shortfalls and results are formulas.",
    )
    if context.result_is_stale:
        sheet.note(
            row - 1, "The scenario changed after this run: run the stress again.", styles.WARNING
        )
    row = _pool_lines(sheet, row, result)
    available = _classes(sheet, row, result, context)
    row += 3 + len(available) + 1
    row = _table(sheet, row, result, available)
    row = _details(sheet, row + 1, result)
    _facts(sheet, row + 1, result)
    sheet.finish(header_row=None, freeze="B4")


def _pool_lines(sheet: Sheet, row: int, result: EnhancementResult) -> int:
    sheet.text(row, 1, "Pool balance at cut-off (yen)", styles.LABEL)
    sheet.put(row, 2, result.pool_balance, styles.YEN)
    sheet.book.define("stress_pool_balance", sheet.title, f"$B${row}")
    sheet.text(row + 1, 1, "Cut-off date", styles.LABEL)
    sheet.put(row + 1, 2, result.cut_off, styles.DATE)
    return row + 3


def _classes(
    sheet: Sheet, row: int, result: EnhancementResult, context: ExportContext
) -> dict[str, str]:
    """The classes with their balances and available enhancement; returns each rated class's
    available-enhancement cell."""
    assert context.scenario is not None
    ordered = context.scenario.structure.ordered()
    sheet.text(row, 1, "Classes", styles.HEADING)
    header = row + 1
    sheet.header(
        header,
        (
            "Class",
            "Rank",
            "Balance (yen)",
            "Share of the pool",
            "Available CE",
            "Highest passing rating",
            "After ceiling rules",
        ),
    )
    first, last = header + 1, header + len(ordered)
    over = last + 1
    pool = "stress_pool_balance"
    linked = not context.result_is_stale
    cells: dict[str, str] = {}
    for offset, note in enumerate(ordered):
        line = first + offset
        balance_ref = context.input_cells.get(f"structure.classes[{offset}].balance")
        balance: Any = note.balance
        if linked and balance_ref:
            balance = Formula(f"={balance_ref}", note.balance)
        juniors = f"SUM(C{line + 1}:C{over})"
        available = _available(result, note.name, ordered, offset, linked)
        rating = next((c for c in result.classes if c.name == note.name), None)
        sheet.row(
            line,
            [
                note.name,
                note.rank,
                balance,
                Formula(f"=C{line}/{pool}", note.balance / result.pool_balance),
                Formula(f"={juniors}/{pool}", available) if note.rated else "not rated",
                (rating.highest_rating or "none passes") if rating and note.rated else "",
                (rating.capped_rating or "") if rating else "",
            ],
            [
                styles.TEXT,
                styles.INTEGER,
                styles.YEN,
                styles.PERCENT,
                styles.PERCENT,
                styles.RATING,
                styles.RATING,
            ],
        )
        if note.rated:
            cells[note.name] = f"$E${line}"
    spare_amount = max(result.pool_balance - sum(c.balance for c in ordered), 0.0)
    if linked:
        spare_amount = result.over_collateralisation_amount
    spare = Formula(f"=MAX({pool}-SUM(C{first}:C{last}),0)", spare_amount)
    sheet.row(
        over,
        [
            "Over-collateralisation",
            None,
            spare,
            Formula(f"=C{over}/{pool}", spare_amount / result.pool_balance),
            None,
            "",
            "",
        ],
        [
            styles.TEXT,
            styles.INTEGER,
            styles.YEN,
            styles.PERCENT,
            styles.PERCENT,
            styles.TEXT,
            styles.TEXT,
        ],
    )
    return cells


def _available(
    result: EnhancementResult, name: str, ordered: Any, position: int, from_run: bool
) -> float:
    """A class's available enhancement: the run's figure while the scenario is the run's;
    after a change, what the current balances give (the sheet says the run is stale)."""
    for line in result.ratings:
        verdict = line.verdict(name)
        if verdict is not None and from_run:
            return verdict.available_ce
    spare = max(result.pool_balance - sum(c.balance for c in ordered), 0.0)
    return (sum(c.balance for c in ordered[position + 1 :]) + spare) / result.pool_balance


def _table(sheet: Sheet, row: int, result: EnhancementResult, available: Mapping[str, str]) -> int:
    sheet.text(row, 1, "Required credit enhancement by rating", styles.HEADING)
    top, header = row + 1, row + 2
    layers = [title for _, title in LAYERS]
    sheet.header(header, ["Rating", *layers, "Total"])
    column = 7
    for name in result.rated_classes:
        sheet.text(top, column, name, styles.HEADER)
        sheet.ws.merge_cells(
            start_row=top,
            start_column=column,
            end_row=top,
            end_column=column + len(CLASS_FIELDS) - 1,
        )
        sheet.header(header, CLASS_FIELDS, column=column)
        column += len(CLASS_FIELDS)
    row = header
    for line in result.ratings:
        row += 1
        _rating_row(sheet, row, line, result, available)
    _shortfall_formatting(sheet, header + 1, row, len(result.rated_classes))
    return row + 1


def _rating_row(
    sheet: Sheet,
    row: int,
    line: RatingLine,
    result: EnhancementResult,
    available: Mapping[str, str],
) -> None:
    layer_values: list[Any] = [line.layers.value(key) for key, _ in LAYERS]
    achievable = line.layers.bad_loan is not None
    total: Any = Formula(f"=SUM(B{row}:E{row})", line.total) if achievable else NOT_ACHIEVABLE
    sheet.row(
        row,
        [line.rating, *[NOT_ACHIEVABLE if v is None else v for v in layer_values], total],
        [styles.RATING] + [styles.PERCENT] * 5,
    )
    if achievable:
        sheet.book.define(f"ce_total_{_name_part(line.rating)}", sheet.title, f"$F${row}")
    column = 7
    for name in result.rated_classes:
        verdict = line.verdict(name)
        if verdict is not None:
            _verdict_cells(sheet, row, column, verdict, available[name])
        column += len(CLASS_FIELDS)


def _verdict_cells(sheet: Sheet, row: int, column: int, verdict: Any, available: str) -> None:
    bad, required, have = (sheet.address(row, column + i) for i in range(3))
    if verdict.required_ce is None:
        values: list[Any] = [
            NOT_ACHIEVABLE,
            NOT_ACHIEVABLE,
            Formula(f"={available}", verdict.available_ce),
            NOT_ACHIEVABLE,
            "fail (not achievable)",
        ]
    else:
        values = [
            verdict.bad_loan_ce,
            Formula(f"={bad}+C{row}+D{row}+E{row}", verdict.required_ce),
            Formula(f"={available}", verdict.available_ce),
            Formula(
                f"=MAX({required}-{have},0)", max(verdict.required_ce - verdict.available_ce, 0.0)
            ),
            Formula(
                f'=IF({have}+{PASS_TOLERANCE}>={required},"pass","fail")',
                "pass" if verdict.passed else "fail",
            ),
        ]
    sheet.row(row, values, [styles.PERCENT] * 4 + [styles.RATING], column=column)


def _shortfall_formatting(sheet: Sheet, first: int, last: int, classes: int) -> None:
    """Red where a class falls short, green where it passes."""
    red = PatternFill("solid", bgColor=colour("shortfall"))
    green = PatternFill("solid", bgColor=colour("pass"))
    red_text, green_text = Font(color=colour("shortfall_text")), Font(color=colour("pass_text"))
    for index in range(classes):
        start = 7 + index * len(CLASS_FIELDS)
        short = sheet.address(first, start + 3)
        shortfall_range = f"{short}:{sheet.address(last, start + 3)}"
        result_range = f"{sheet.address(first, start + 4)}:{sheet.address(last, start + 4)}"
        required_range = f"{sheet.address(first, start + 1)}:{sheet.address(last, start + 1)}"
        sheet.ws.conditional_formatting.add(
            shortfall_range,
            CellIsRule(operator="greaterThan", formula=["0"], fill=red, font=red_text),
        )
        sheet.ws.conditional_formatting.add(
            required_range, FormulaRule(formula=[f"{short}>0"], fill=red, font=red_text)
        )
        first_result = sheet.address(first, start + 4)
        sheet.ws.conditional_formatting.add(
            result_range,
            FormulaRule(formula=[f'LEFT({first_result},4)="fail"'], fill=red, font=red_text),
        )
        sheet.ws.conditional_formatting.add(
            result_range,
            FormulaRule(formula=[f'{first_result}="pass"'], fill=green, font=green_text),
        )


def _details(sheet: Sheet, row: int, result: EnhancementResult) -> int:
    sheet.text(row, 1, "Each rating's stress", styles.HEADING)
    sheet.header(row + 1, DETAIL_HEADERS)
    row += 1
    for line in result.ratings:
        row += 1
        sheet.row(
            row,
            [
                line.rating,
                line.stressed_default_rate,
                line.realised_default_rate,
                line.unapplied_default_rate,
                line.cumulative_loss,
                line.interest_rate_path,
                line.clean_up_call,
                "yes" if line.held_at_lower_rating else "no",
            ],
            [styles.RATING] + [styles.PERCENT] * 4 + [styles.TEXT] * 3,
        )
    return row + 1


def _facts(sheet: Sheet, row: int, result: EnhancementResult) -> None:
    """Reserve, commingling, mechanisms, Desk defaults and warnings the figures rest on."""
    sheet.text(row, 1, "What the figures rest on", styles.HEADING)
    lines: list[tuple[str, str]] = []
    lines += [(f"Liquidity reserve: {k}", _plain(v)) for k, v in result.liquidity_reserve.items()]
    lines += [
        (f"Commingling: {k}", _plain(v))
        for k, v in result.commingling.items()
        if not k.endswith("_sentence")  # the note's template, for the window's language
    ]
    lines += [(f"Recovery: {k}", _plain(v)) for k, v in result.recovery.items()]
    # the result's sentences in English, as the case file keeps them
    lines += [("Mechanism", str(text)) for text in result.mechanisms]
    lines += [(f"Desk default {d.key}", f"{d.value} ({d.citation})") for d in result.desk_defaults]
    lines += [("Open decision", str(text)) for text in result.open_decisions]
    lines += [("Warning", str(text)) for text in result.warnings]
    for label, text in lines:
        row += 1
        sheet.merged_text(row, 1, 16, f"{label}: {text}", per_line=170)


def _plain(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.6g}"
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def _name_part(rating: str) -> str:
    """A rating as part of a workbook name: AA+ → AA_plus, A- → A_minus."""
    return rating.replace("+", "_plus").replace("-", "_minus")
