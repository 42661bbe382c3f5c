"""The text report of ``jcr-desk-cli abcp``: an ABCP program's analysis in the reader's language.

Each line is one template of the ``CLI`` translation context with named fields, so Japanese
can order its words; the domain's coded words (support, reading, stress form, measures, cap
kinds, outcomes) are registered here under the English the report has always printed, so
the English report stays as it was. Sentences the domain hands over as
:class:`~jcr_desk.i18n.Text` (guideline steps, caps, open items, notes) are shown translated;
Desk defaults by the names the ABCP program tab gives them; figures, rating symbols,
rulebook references and the analyst's own reasons as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from jcr_desk.cli_text import columns
from jcr_desk.i18n import QT_TRANSLATE_NOOP, translate
from jcr_desk.structured.abcp.citation_words import citation_in
from jcr_desk.structured.abcp.desk_default_words import desk_default_name, desk_default_word
from jcr_desk.structured.abcp.result import NOT_REACHED, ProgramResult
from jcr_desk.structured.abcp.subordination import PART_KEYS, PART_LABELS

#: The domain's codes as the report writes them in English (the source of each word).
CODE_WORDS: Final[Mapping[str, str]] = {
    # the program's support
    "fully_supported": QT_TRANSLATE_NOOP("CLI", "fully supported"),
    "partially_supported": QT_TRANSLATE_NOOP("CLI", "partially supported"),
    "internal": QT_TRANSLATE_NOOP("CLI", "internal"),
    # the base-case readings and the stress forms
    "mean": QT_TRANSLATE_NOOP("CLI", "mean"),
    "recent": QT_TRANSLATE_NOOP("CLI", "recent"),
    "trend": QT_TRANSLATE_NOOP("CLI", "trend"),
    "highest": QT_TRANSLATE_NOOP("CLI", "highest"),
    "multiple": QT_TRANSLATE_NOOP("CLI", "multiple"),
    "sd": QT_TRANSLATE_NOOP("CLI", "sd"),
    # the history's rates
    "credit_loss": QT_TRANSLATE_NOOP("CLI", "credit loss"),
    "cancellation": QT_TRANSLATE_NOOP("CLI", "cancellation"),
    "collection": QT_TRANSLATE_NOOP("CLI", "collection"),
    # the caps
    "originator": QT_TRANSLATE_NOOP("CLI", "originator"),
    "sponsor": QT_TRANSLATE_NOOP("CLI", "sponsor"),
    "country": QT_TRANSLATE_NOOP("CLI", "country"),
    # the composition's dimensions
    "seller": QT_TRANSLATE_NOOP("CLI", "seller"),
    "merchant category": QT_TRANSLATE_NOOP("CLI", "merchant category"),
}
#: The table's headings and outcomes.
TABLE_WORDS: Final[Mapping[str, str]] = {
    "credit_loss": QT_TRANSLATE_NOOP("CLI", "Stressed credit loss"),
    "dilution": QT_TRANSLATE_NOOP("CLI", "Stressed dilution"),
    "commingling": QT_TRANSLATE_NOOP("CLI", "Commingling"),
    "servicer_transfer": QT_TRANSLATE_NOOP("CLI", "Servicer-transfer reserve"),
    "pass": QT_TRANSLATE_NOOP("CLI", "pass"),
    "pass_originator_cap": QT_TRANSLATE_NOOP(
        "CLI", "pass only under the originator's rating (commingling not covered)"
    ),
    "fail": QT_TRANSLATE_NOOP("CLI", "fail"),
}
ANALYST_PREFIX: Final = "analyst: "
#: The reason ``--set`` gives a stress choice it tries (kept in English in ``--json``).
TRIAL: Final = QT_TRANSLATE_NOOP("CLI", "trial value (--set)")
DESK_DEFAULT: Final = "Desk default"


def word(code: str) -> str:
    """A coded word of the analysis in the reader's language (unknown codes as written)."""
    return translate("CLI", CODE_WORDS.get(code, code.replace("_", " ")))


def format_result(result: ProgramResult) -> str:
    """The analysis as text: the guideline, the table per rating, caps, notes, reference."""
    lines = [_heading(result), _guideline(result)]
    if result.tests:
        line = translate("CLI", "Base case: {method} ({method_by}); stress form {form} ({form_by})")
        lines.append(
            line.format(
                method=word(result.method),
                method_by=_chosen_by(result.choices.get("method")),
                form=word(result.form),
                form_by=_chosen_by(result.choices.get("form")),
            )
        )
        line = translate(
            "CLI",
            "  {measure}: mean {mean}, SD {sd}, trend {trend}/year, latest {months} months "
            "{recent}, peak {peak} ({month})",
        )
        lines += [
            line.format(
                measure=word(s.measure),
                mean=f"{s.mean:.3%}",
                sd=f"{s.sd:.3%}",
                trend=f"{s.trend_per_month * 12:+.3%}",
                months=s.recent_months,
                recent=f"{s.recent_mean:.3%}",
                peak=f"{s.peak:.3%}",
                month=s.peak_month,
            )
            for s in result.statistics
        ]
        lines += _table(result)
    step = translate("CLI", "Step: {text} [{citation}]")
    lines += [
        step.format(text=s.text.translated(), citation=_citation(s.citation))
        for s in result.guideline.steps
        if not s.rule_id.startswith("CAP-")  # the caps follow, with whether they applied
    ]
    applied = translate("CLI", "Cap ({kind}, applied): {statement}")
    not_limiting = translate("CLI", "Cap ({kind}, not limiting): {statement}")
    lines += [
        (applied if cap.applied else not_limiting).format(
            kind=word(cap.kind), statement=cap.statement.translated()
        )
        for cap in result.caps
    ]
    lines += [
        translate("CLI", "Open: {item}").format(item=item.translated())
        for item in result.guideline.open_items
    ]
    lines += [
        translate("CLI", "Note: {note}").format(note=note.translated()) for note in result.notes
    ]
    lines += _compositions(result)
    lines += _reference(result)
    default = translate("CLI", "Desk default: {name} = {value} [{citation}]")
    lines += [
        default.format(
            name=desk_default_name(d.key, _abcp_word),
            value=desk_default_word(d.value, _abcp_word),
            citation=_citation(d.citation),
        )
        for d in result.desk_defaults
    ]
    lines.append(translate("CLI", "Rulebook {version}").format(version=result.rulebook_version))
    return "\n".join(lines)


def _citation(citation: str) -> str:
    """A citation with its notes in the reader's language, the references as written (the
    notes are the ABCP program tab's: one translation of each)."""
    return citation_in(citation, _abcp_word)


def _abcp_word(text: str) -> str:
    """A word the ABCP program tab registered (``AbcpWords``), in the reader's language."""
    return translate("AbcpWords", text)


def _heading(result: ProgramResult) -> str:
    line = (
        translate("CLI", "{program}: {support}, multi-seller")
        if result.multi_seller
        else translate("CLI", "{program}: {support}")
    )
    return line.format(program=result.program, support=word(result.support))


def _guideline(result: ProgramResult) -> str:
    guideline = result.guideline
    if guideline.status == NOT_REACHED:
        return translate("CLI", "Guideline: none of the target ratings is reached")
    if guideline.proposed:
        return translate("CLI", "Guideline: {rating}").format(rating=guideline.proposed)
    line = translate("CLI", "Guideline: open (figures reach {reached})")
    return line.format(reached=guideline.reached or translate("CLI", "none"))


def _chosen_by(choice: str | None) -> str:
    """Who chose a reading: "analyst: why" (the why as written) or the Desk default."""
    if choice is None:
        return ""
    if choice.startswith(ANALYST_PREFIX):
        line = translate("CLI", "analyst: {reason}")
        reason = choice.removeprefix(ANALYST_PREFIX)
        return line.format(reason=translate("CLI", TRIAL) if reason == TRIAL else reason)
    return translate("CLI", "Desk default") if choice == DESK_DEFAULT else choice


def _table(result: ProgramResult) -> list[str]:
    header = [
        translate("CLI", "Rating"),
        *(translate("CLI", TABLE_WORDS.get(key, PART_LABELS[key])) for key in PART_KEYS),
        translate("CLI", "Required"),
        translate("CLI", "Has"),
        translate("CLI", "Result"),
    ]
    rows = [header]
    for test in result.tests:
        rows.append(
            [
                test.rating,
                *(f"{test.part(key).value:.2%}" for key in PART_KEYS),
                f"{test.required:.2%}",
                f"{test.available:.2%}",
                translate("CLI", TABLE_WORDS.get(test.outcome, test.outcome)),
            ]
        )
    widths = [max(columns(row[i]) for row in rows) for i in range(len(header) - 1)]
    return [
        "  ".join(
            " " * (width - columns(cell)) + cell
            for cell, width in zip(row[:-1], widths, strict=True)
        )
        + "  "
        + row[-1]
        for row in rows
    ]


def _compositions(result: ProgramResult) -> list[str]:
    heading = translate(
        "CLI",
        "Composition by {dimension} (pool / population, latest {months} months): "
        "difference {difference}",
    )
    lines = []
    for composition in result.compositions:
        lines.append(
            heading.format(
                dimension=word(composition.dimension),
                months=composition.population_months,
                difference=f"{composition.difference:.1%}",
            )
        )
        lines += [
            f"  {row.value}: {row.pool_share:.1%} / {row.population_share:.1%}"
            for row in composition.rows
        ]
    return lines


def _reference(result: ProgramResult) -> list[str]:
    """The US-agency cross-check: its label, and why the history does not allow it."""
    lines = []
    if result.reference_note is not None:
        lines.append(result.reference_note.translated())
    line = translate("CLI", "  {rating}: {total} (loss {loss}, dilution {dilution})")
    lines += [
        line.format(
            rating=r.rating,
            total=f"{r.total:.2%}",
            loss=f"{r.loss_reserve:.2%}",
            dilution=f"{r.dilution_reserve:.2%}",
        )
        for r in result.reference
    ]
    return lines
