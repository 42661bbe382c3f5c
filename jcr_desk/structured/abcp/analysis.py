"""Analyse a program: the one function the tab, the CLI and the tests call.

A fully supported program's guideline follows its sponsor (weak link) once the SPC's
bankruptcy remoteness and the facility are confirmed; a program with internal enhancement, or
a partially supported one (003 No. 2 footnote 1), is tested by the large-numbers stress of
its population's history. Either way every open check, missing document or unknown rating
keeps the guideline open, and the result says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook
from jcr_desk.progress import CancelToken, ProgressCallback, no_progress, step
from jcr_desk.structured.abcp.base_case import RateStatistics, rate_statistics
from jcr_desk.structured.abcp.caps import CapParties, apply_caps
from jcr_desk.structured.abcp.composition import compare_composition
from jcr_desk.structured.abcp.history import MEASURES, MonthlyHistory
from jcr_desk.structured.abcp.program import (
    FULLY_SUPPORTED,
    PARTIALLY_SUPPORTED,
    AbcpProgram,
)
from jcr_desk.structured.abcp.reference import dynamic_reserves, labelled
from jcr_desk.structured.abcp.result import (
    NOT_REACHED,
    OPEN,
    PROPOSED,
    GuidelineStep,
    ProgramGuideline,
    ProgramResult,
)
from jcr_desk.structured.abcp.rules import AbcpRules, abcp_rules
from jcr_desk.structured.abcp.sentences import noted, rulebook_word, said
from jcr_desk.structured.abcp.stress import StressChoices
from jcr_desk.structured.abcp.subordination import SubordinationInputs, rating_tests
from jcr_desk.structured.desk_default import DeskDefault
from jcr_desk.structured.frozen import freeze

_FULLY: Final = "003 No. 2 §3(1)"
_INTERNAL: Final = "003 No. 2 §3(2)"
_WEAK_LINK: Final = "003 No. 2 §3(1); No. 1 footnote 1 (weak link)"
#: The checklists by the names the open items give them.
_CHECKLISTS: Final = {
    "spc": QT_TRANSLATE_NOOP("AbcpAnalysis", "bankruptcy remoteness of the SPC"),
    "facility": QT_TRANSLATE_NOOP("AbcpAnalysis", "backup facility"),
    "internal": QT_TRANSLATE_NOOP("AbcpAnalysis", "triggers and liquidity"),
}
#: A rate that rises on trend above the base case, one sentence per rate.
_RISING: Final = {
    "credit_loss": QT_TRANSLATE_NOOP(
        "AbcpAnalysis",
        "The credit-loss rate rises by {rise} a year on trend, to {latest} at the latest "
        "month, above the base case of {base} (003 No. 2 §3(2)(ii)(c): weigh the trend).",
    ),
    "cancellation": QT_TRANSLATE_NOOP(
        "AbcpAnalysis",
        "The cancellation rate rises by {rise} a year on trend, to {latest} at the latest "
        "month, above the base case of {base} (003 No. 2 §3(2)(ii)(c): weigh the trend).",
    ),
}


@dataclass(frozen=True)
class ProgramInputs:
    """Everything an analysis reads: the terms, the history and the receivables (None when
    not imported), the analyst's stress choices and the parties' ratings."""

    program: AbcpProgram
    history: MonthlyHistory | None
    receivables: pd.DataFrame | None
    choices: StressChoices
    parties: CapParties


def analyse_program(
    inputs: ProgramInputs,
    rulebook: Rulebook | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ProgramResult:
    """The program's guideline and, for internal enhancement, its figures per target rating."""
    report = progress or no_progress
    token = cancel or CancelToken()
    book = rulebook or load_rulebook()
    rules = abcp_rules(book)
    program = inputs.program
    support = program.support(rules.fully_supported_share)
    report(0.0, step(QT_TRANSLATE_NOOP("Progress", "Analysing {name}"), name=program.name))
    lists = ("spc", "facility") if support == FULLY_SUPPORTED else ("spc", "internal")
    steps, open_items = _checks(program, rules, lists)
    open_items += _documents(program, rules, support)
    if support == FULLY_SUPPORTED:
        result = _fully_supported(program, inputs.parties, rules, steps, open_items)
    else:
        result = _internal(inputs, rules, book, support, steps, open_items, token)
    report(1.0, step(QT_TRANSLATE_NOOP("Progress", "{name} analysed"), name=program.name))
    return result


# --- checks and documents -------------------------------------------------------------------


def _checks(
    program: AbcpProgram, rules: AbcpRules, lists: tuple[str, ...]
) -> tuple[list[GuidelineStep], list[Text]]:
    steps: list[GuidelineStep] = []
    open_items: list[Text] = []
    counted = {
        "spc": QT_TRANSLATE_NOOP(
            "AbcpGuideline",
            "Bankruptcy remoteness of the SPC: {yes} of {count} points answered yes.",
        ),
        "facility": QT_TRANSLATE_NOOP(
            "AbcpGuideline", "Backup facility: {yes} of {count} points answered yes."
        ),
        "internal": QT_TRANSLATE_NOOP(
            "AbcpGuideline", "Triggers and liquidity: {yes} of {count} points answered yes."
        ),
    }
    for name in lists:
        items = rules.checks[name]
        answers = [program.answer(name, item.key) for item in items]
        yes = sum(a.answer == "yes" for a in answers)
        citation = "; ".join(dict.fromkeys(item.citation for item in items))
        steps.append(
            GuidelineStep(
                f"CHECK-{name.upper()}",
                said(counted[name], yes=yes, count=len(items)),
                citation,
            )
        )
        checklist = noted(_CHECKLISTS[name])
        for item, answer in zip(items, answers, strict=True):
            point = rulebook_word(item.text)
            if answer.answer == "open":
                open_items.append(
                    noted(
                        QT_TRANSLATE_NOOP("AbcpAnalysis", "Unanswered ({checklist}): {point}"),
                        checklist=checklist,
                        point=point,
                    )
                )
            elif answer.answer == "no":
                open_items.append(
                    noted(
                        QT_TRANSLATE_NOOP(
                            "AbcpAnalysis", "Answered no ({checklist}): {point} — {reason}"
                        ),
                        checklist=checklist,
                        point=point,
                        reason=answer.reason.strip(),
                    )
                )
    return steps, open_items


def _documents(program: AbcpProgram, rules: AbcpRules, support: str) -> list[Text]:
    kind = "fully_supported" if support == FULLY_SUPPORTED else "internal"
    return [
        noted(
            QT_TRANSLATE_NOOP("AbcpAnalysis", "Document not received ({citation}): {document}"),
            citation=_FULLY if kind == "fully_supported" else _INTERNAL,
            document=rulebook_word(document.text),
        )
        for document in rules.documents[kind]
        if document.key not in program.documents
    ]


# --- fully supported ------------------------------------------------------------------------


def _fully_supported(
    program: AbcpProgram,
    parties: CapParties,
    rules: AbcpRules,
    steps: list[GuidelineStep],
    open_items: list[Text],
) -> ProgramResult:
    sponsor = parties.sponsor
    name: Text | str = program.sponsor.name or noted(
        QT_TRANSLATE_NOOP("AbcpAnalysis", "the sponsor")
    )
    if sponsor is None:
        open_items.append(
            noted(
                QT_TRANSLATE_NOOP("AbcpAnalysis", "The short-term rating of {name} is not known."),
                name=name,
            )
        )
        linked = said(
            QT_TRANSLATE_NOOP("AbcpGuideline", "Linked to {name}, whose rating is not known."),
            name=name,
        )
        steps.append(GuidelineStep("FS-LINK", linked, _WEAK_LINK))
    else:
        steps.append(
            GuidelineStep(
                "FS-LINK",
                said(
                    QT_TRANSLATE_NOOP(
                        "AbcpGuideline",
                        "Fully supported ({share} backup line): the guideline follows {name}'s "
                        "short-term rating {rating}.",
                    ),
                    share=f"{program.backup.share:.0%}",
                    name=name,
                    rating=str(sponsor),
                ),
                _WEAK_LINK,
            )
        )
    reached = None if sponsor is None else sponsor.symbol
    status = OPEN if open_items else PROPOSED
    guideline = ProgramGuideline(
        status, reached if status == PROPOSED else None, reached, tuple(steps), tuple(open_items)
    )
    return ProgramResult(
        program=program.name,
        support=FULLY_SUPPORTED,
        multi_seller=program.multi_seller,
        guideline=guideline,
        rulebook_version=rules.version,
        notes=(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "The sponsor's rating already carries its country's ceiling (corporate "
                    "methodology, 003 No. 1 footnote 1); no structured cap is added.",
                )
            ),
        ),
    )


# --- internal enhancement -------------------------------------------------------------------


def _internal(
    inputs: ProgramInputs,
    rules: AbcpRules,
    book: Rulebook,
    support: str,
    steps: list[GuidelineStep],
    open_items: list[Text],
    token: CancelToken,
) -> ProgramResult:
    program, history = inputs.program, inputs.history
    notes: list[Text] = []
    if support == PARTIALLY_SUPPORTED:
        notes.append(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "Partially supported ({share} backup line): analysed like internal "
                    "enhancement (003 No. 2 footnote 1); the sponsor's enhancement counts at "
                    "ratings no higher than the sponsor's (Desk default).",
                ),
                share=f"{program.backup.share:.0%}",
            )
        )
    if history is None or history.month_count < rules.history_min_months:
        open_items.append(_history_needed(history, rules))
        guideline = ProgramGuideline(OPEN, None, None, tuple(steps), tuple(open_items))
        return ProgramResult(
            program.name,
            support,
            program.multi_seller,
            guideline,
            rules.version,
            notes=tuple(notes),
        )
    rates = history.rates()
    statistics = {name: rate_statistics(rates, name, rules.recent_months) for name in MEASURES}
    tests = rating_tests(
        program,
        SubordinationInputs(statistics, inputs.choices, inputs.parties.sponsor),
        rules,
    )
    token.raise_if_cancelled()
    capped = apply_caps(program, tests, inputs.parties, rules, book)
    open_items += capped.open_items
    token.raise_if_cancelled()
    compositions, composition_notes = compare_composition(inputs.receivables, history, rules)
    reference, reference_note = dynamic_reserves(rates, program.target_ratings, rules)
    method = inputs.choices.resolved_method(rules)
    notes += _notes(history, statistics, method, rules, compositions, composition_notes)
    notes += [
        noted(QT_TRANSLATE_NOOP("AbcpAnalysis", "Judgement (003 No. 1): {judgement}"), judgement=t)
        for t in capped.judgements
    ]
    steps += _figure_steps(tests, capped.reached, capped.capped)
    steps += [GuidelineStep(f"CAP-{c.kind.upper()}", c.statement, c.citation) for c in capped.caps]
    if capped.capped is None:
        status = OPEN if open_items else NOT_REACHED
    else:
        status = OPEN if open_items else PROPOSED
    guideline = ProgramGuideline(
        status,
        capped.capped if status == PROPOSED else None,
        capped.capped,
        tuple(steps),
        tuple(open_items),
    )
    choices = inputs.choices
    return ProgramResult(
        program=program.name,
        support=support,
        multi_seller=program.multi_seller,
        guideline=guideline,
        rulebook_version=rules.version,
        statistics=tuple(statistics.values()),
        method=choices.resolved_method(rules),
        form=choices.resolved_form(rules),
        choices=freeze(
            {
                "method": f"analyst: {choices.method_reason}" if choices.method else "Desk default",
                "form": f"analyst: {choices.form_reason}" if choices.form else "Desk default",
            }
        ),
        tests=tests,
        caps=capped.caps,
        compositions=compositions,
        reference=reference,
        reference_note=labelled(reference_note),
        notes=tuple(notes),
        desk_defaults=desk_defaults(program, choices, rules, book),
        history=freeze(_history_summary(history, rates.months)),
    )


def _history_needed(history: MonthlyHistory | None, rules: AbcpRules) -> Text:
    """The open item of a history too short for a base case (or none imported)."""
    if history is None:
        return noted(
            QT_TRANSLATE_NOOP(
                "AbcpAnalysis",
                "The population's monthly history is needed (no monthly history; at least "
                "{minimum} months, 003 No. 2 §3(2)(ii)(a)).",
            ),
            minimum=rules.history_min_months,
        )
    return noted(
        QT_TRANSLATE_NOOP(
            "AbcpAnalysis",
            "The population's monthly history is needed ({months} months; at least {minimum} "
            "months, 003 No. 2 §3(2)(ii)(a)).",
        ),
        months=history.month_count,
        minimum=rules.history_min_months,
    )


def _figure_steps(tests: tuple, reached: str | None, capped: str | None) -> list[GuidelineStep]:
    passed = [t.rating for t in tests if t.outcome == "pass"]
    text = (
        said(
            QT_TRANSLATE_NOOP(
                "AbcpGuideline",
                "Subordination and reserves meet the requirement of {rating} (the best target "
                "rating passed in full).",
            ),
            rating=passed[0],
        )
        if passed
        else said(
            QT_TRANSLATE_NOOP(
                "AbcpGuideline", "Required subordination is met at none of the target ratings."
            )
        )
    )
    steps = [GuidelineStep("IE-FIGURES", text, "003 No. 2 §3(2)(ii)(a)-(f)")]
    if reached is not None and capped != reached:
        steps.append(
            GuidelineStep(
                "IE-CAPPED",
                said(
                    QT_TRANSLATE_NOOP(
                        "AbcpGuideline", "Reached {reached}; after the caps {capped}."
                    ),
                    reached=reached,
                    capped=capped,
                ),
                _INTERNAL,
            )
        )
    return steps


def _notes(
    history: MonthlyHistory,
    statistics: dict[str, RateStatistics],
    method: str,
    rules: AbcpRules,
    compositions: tuple,
    composition_notes: tuple[Text, ...],
) -> list[Text]:
    notes: list[Text] = []
    if history.month_count < rules.history_short_months:
        notes.append(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "The base case rests on {months} months of history (fewer than {short}, "
                    "abcp.history.short_months).",
                ),
                months=history.month_count,
                short=rules.history_short_months,
            )
        )
    for name, source in _RISING.items():
        figures = statistics[name]
        base = figures.reading(method)
        if figures.trend_latest > base:
            notes.append(
                noted(
                    source,
                    rise=f"{figures.trend_per_month * 12:.3%}",
                    latest=f"{figures.trend_latest:.3%}",
                    base=f"{base:.3%}",
                )
            )
    for composition in compositions:
        if composition.flagged:
            notes.append(
                noted(
                    QT_TRANSLATE_NOOP(
                        "AbcpAnalysis",
                        "By {dimension}, the pool differs from the population by {difference} "
                        "(above {flag}): weigh it in the stress multiple "
                        "(003 No. 2 §3(2)(ii)(b)).",
                    ),
                    dimension=rulebook_word(composition.dimension),
                    difference=f"{composition.difference:.1%}",
                    flag=f"{rules.composition_flag:.0%}",
                )
            )
    notes.extend(composition_notes)
    return notes


def desk_defaults(
    program: AbcpProgram, choices: StressChoices, rules: AbcpRules, book: Rulebook
) -> tuple[DeskDefault, ...]:
    """Every Desk default the figures rest on, in the rulebook's words."""
    keys = ["abcp.history.min_months", "abcp.base_case.recent_months"]
    if choices.method is None:
        keys.append("abcp.base_case.method")
    if choices.form is None:
        keys.append("abcp.stress.form")
    form = choices.resolved_form(rules)
    if any(choices.adjustment(r, form) is None for r in program.target_ratings):
        keys.append("abcp.stress.multiple" if form == "multiple" else "abcp.stress.sd_multiple")
        if form == "multiple":
            keys.append("abcp.stress.long_term_floor")
    if not program.commingling_mitigated:
        keys.append("abcp.commingling.basis")
        if program.collection_period_months is None:
            keys.append("abcp.commingling.collection_period_months")
    if program.transfer_reserve is None:
        keys.append("abcp.servicer_transfer.reserve")
    if program.backup.kind != "none":
        keys.append("abcp.caps.sponsor_liquidity")
    keys += ["abcp.composition.difference_flag", "abcp.reference.stress_factor"]
    found = []
    for key in keys:
        entry = book.entry(key)
        if entry.is_desk_default:
            found.append(DeskDefault(key, _shown(entry.value), entry.citation))
    return tuple(found)


def _shown(value: object) -> str:
    if hasattr(value, "items"):
        return ", ".join(f"{k} {v}" for k, v in value.items())  # type: ignore[attr-defined]
    return str(value)


def _history_summary(history: MonthlyHistory, months: np.ndarray) -> dict[str, object]:
    source = history.source
    return {
        "file": source.get("file"),
        "sheet": source.get("sheet"),
        "sha256": source.get("sha256"),
        "first_month": str(np.datetime_as_string(months[0], unit="M")),
        "last_month": str(np.datetime_as_string(months[-1], unit="M")),
        "months": int(months.size),
        "segments": list(history.segments),
    }
