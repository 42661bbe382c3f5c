"""The text report of ``jcr-desk-cli stress``: the enhancement table in the reader's language.

Each line is one template of the ``CLI`` translation context with named fields, so Japanese
can order its words; the risk layers keep their ``EnhancementLayers`` titles and the rate
paths, clean-up calls and valuation bases the window's ``ResultDetails`` words, so each has
one translation. The table is laid out in terminal columns (a Japanese character takes
two). Figures, rating symbols, class names and rulebook references stay as written; the
Desk defaults are named in words (:func:`desk_default_name`), not by their rulebook keys.
"""

from __future__ import annotations

from typing import Final

from jcr_desk.cli_text import columns
from jcr_desk.i18n import QT_TRANSLATE_NOOP, translate
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.rmbs.desk_defaults import desk_default_name
from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.structured.rmbs.result import EnhancementResult, RatingLine

#: The words the window's result details register (ui/stress/result_details.py).
WINDOW_WORDS: Final = "ResultDetails"
_PATHS: Final = {"up": "rising", "down": "falling", "none": "none"}
PASS: Final = QT_TRANSLATE_NOOP("CLI", "pass")
FAIL: Final = QT_TRANSLATE_NOOP("CLI", "FAIL")
DESK_DEFAULT: Final = "Desk default"


def format_table(result: EnhancementResult) -> str:
    """The enhancement table as text: one line per rating, then what the figures rest on."""
    lines = _table(result)
    if result.over_collateralisation > 0:
        line = translate(
            "CLI",
            "Over-collateralisation: {share} of the pool ({amount}), enhancement every class has",
        )
        lines.append(
            line.format(
                share=_percent(result.over_collateralisation),
                amount=f"¥{result.over_collateralisation_amount:,.0f}",
            )
        )
    reaches = translate("CLI", "{name}: reaches {rating}")
    for name in result.rated_classes:
        reached = result.class_rating(name).capped_rating or translate(
            "CLI", "none of the target ratings"
        )
        lines.append(reaches.format(name=name, rating=reached))
    lines += [_rating_line(line) for line in result.ratings]
    reserve = result.liquidity_reserve
    lines.append(
        translate("CLI", "Liquidity reserve: {amount} ({months} month(s))").format(
            amount=f"¥{reserve['amount']:,.0f}", months=reserve["months"]
        )
    )
    lines.append(
        translate("CLI", "Collateral values declined from the {basis}").format(
            basis=translate(WINDOW_WORDS, result.recovery["valuation_basis"])
        )
    )
    lines.append(translate("CLI", "Rulebook {version}").format(version=result.rulebook_version))
    for label, texts in (
        (QT_TRANSLATE_NOOP("CLI", "Mechanism: {text}"), result.mechanisms),
        (QT_TRANSLATE_NOOP("CLI", "Open decision: {text}"), result.open_decisions),
        (QT_TRANSLATE_NOOP("CLI", "Note: {text}"), result.warnings),
    ):
        lines.extend(translate("CLI", label).format(text=text.translated()) for text in texts)
    lines += [_desk_default(d) for d in result.desk_defaults]
    return "\n".join(lines)


def _table(result: EnhancementResult) -> list[str]:
    names = result.rated_classes
    header = [
        translate("CLI", "Rating"),
        *(translate("EnhancementLayers", label) for _, label in LAYERS),
        translate("CLI", "Total"),
        *(translate("CLI", "{name} need/has").format(name=name) for name in names),
    ]
    rows = [header]
    for line in result.ratings:
        row = [line.rating, *(_percent(line.layers.value(key)) for key, _ in LAYERS)]
        row.append(_percent(line.total))
        for name in names:
            verdict = line.verdict(name)
            if verdict is None:
                row.append("—")
                continue
            row.append(
                translate("CLI", "{required}/{available} {verdict}").format(
                    required=_percent(verdict.required_ce),
                    available=_percent(verdict.available_ce),
                    verdict=translate("CLI", PASS if verdict.passed else FAIL),
                )
            )
        rows.append(row)
    widths = [max(columns(row[i]) for row in rows) for i in range(len(header))]
    return [
        "  ".join(
            " " * (width - columns(cell)) + cell for cell, width in zip(row, widths, strict=True)
        )
        for row in rows
    ]


def _rating_line(line: RatingLine) -> str:
    template = translate(
        "CLI",
        "{rating}: defaults stressed {stressed}, realised {realised}; interest-rate path "
        "{path}; clean-up call {call}",
    )
    path = _PATHS.get(line.interest_rate_path, line.interest_rate_path)
    return template.format(
        rating=line.rating,
        stressed=_percent(line.stressed_default_rate),
        realised=_percent(line.realised_default_rate),
        path=translate(WINDOW_WORDS, path),
        call=translate(WINDOW_WORDS, line.clean_up_call),
    )


def _desk_default(default: DeskDefault) -> str:
    """A Desk default by name with its value and the rulebook's reference (the citation's
    English note is in the JSON and the committee workbook)."""
    name = desk_default_name(default.key).translated()
    reference = default.citation.split(" (", 1)[0]
    if reference == DESK_DEFAULT:  # the rulebook cites no methodology section for it
        line = translate("CLI", "Desk default: {name} = {value}")
        return line.format(name=name, value=default.value)
    line = translate("CLI", "Desk default: {name} = {value} [{reference}]")
    return line.format(name=name, value=default.value, reference=reference)


def _percent(value: float | None) -> str:
    return translate("CLI", "n/a") if value is None else f"{value:.2%}"
