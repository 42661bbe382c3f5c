"""Every value an ABCP program or its stress choices refuse is explained in the analyst's
language (issue 21): the refusal names the field where the case file keeps it (a path, as
written) and says what is wrong in Japanese; the English stays as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from jcr_desk import i18n
from jcr_desk.i18n import explained
from jcr_desk.structured.abcp.program import AbcpProgram
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.abcp.stress import FactorAdjustment, StressChoices
from jcr_desk.structured.errors import StressInputError
from tests.gui.language_walk import english_words
from tests.unit.structured.abcp.programs import internal_program

ANSWER = {"checklist": "spc", "key": "true_sale", "answer": "yes", "reason": "opinion"}
ADJUSTMENT = {"rating": "J-1", "form": "multiple", "value": 3.0, "reason": "seasonal"}


def _program(**changes: Any) -> dict[str, Any]:
    return {**internal_program().to_dict(), **changes}


def _choices(**changes: Any) -> dict[str, Any]:
    return {**StressChoices().to_dict(), **changes}


#: Each refusal: what triggers it, and the English it has always read.
REFUSALS: dict[str, tuple[Callable[[], object], str]] = {
    "a rating that is not short-term": (
        lambda: AbcpProgram.from_dict(_program(sponsor={"name": "S", "short_term_rating": "AA"})),
        "program.sponsor.short_term_rating: 'AA' is not a short-term rating",
    ),
    "an answer without its reason": (
        lambda: AbcpProgram.from_dict(_program(answers=[{**ANSWER, "reason": " "}])),
        "program.answers[0].reason: an answered check needs its reason",
    ),
    "a program without a name": (
        lambda: AbcpProgram.from_dict(_program(name=" ")),
        "program.name: a program needs a name",
    ),
    "a check answered twice": (
        lambda: AbcpProgram.from_dict(_program(answers=[ANSWER, ANSWER])),
        "program.answers: a check is answered twice",
    ),
    "a mitigation without its reason": (
        lambda: AbcpProgram.from_dict(_program(commingling_mitigated=True, commingling_reason="")),
        "program.commingling_reason: a mitigation needs its reason",
    ),
    "an estimate without its reason": (
        lambda: AbcpProgram.from_dict(_program(transfer_reserve=0.01)),
        "program.transfer_reserve_reason: the program's own estimate needs a reason",
    ),
    "a target rating the methodology has not": (
        lambda: AbcpProgram.from_dict(_program(target_ratings=["J-1", "J-4"])),
        "program.target_ratings[1]: is 'J-4'; allowed: J-1+, J-1, J-2, J-3",
    ),
    "a target rating named twice": (
        lambda: AbcpProgram.from_dict(_program(target_ratings=["J-1", "J-1"])),
        "program.target_ratings: name each target rating once",
    ),
    "a stress factor of zero": (
        lambda: StressChoices.from_dict(_choices(adjustments=[{**ADJUSTMENT, "value": 0.0}])),
        "stress.adjustments[0].value: a stress factor must be above zero",
    ),
    "an adjusted factor without its reason": (
        lambda: StressChoices.from_dict(_choices(adjustments=[{**ADJUSTMENT, "reason": ""}])),
        "stress.adjustments[0].reason: an adjusted factor needs its reason",
    ),
    "a choice without its reason": (
        lambda: StressChoices.from_dict(_choices(form="sd")),
        "stress.form_reason: the analyst's choice needs a reason",
    ),
    "a factor adjusted twice": (
        lambda: StressChoices.from_dict(_choices(adjustments=[ADJUSTMENT, ADJUSTMENT])),
        "stress.adjustments: a rating's factor is adjusted twice",
    ),
    "an analysis stored by another version": (
        lambda: ProgramResult.from_dict({"format": 0}),
        "result: stored by another version of JCR Desk",
    ),
    "an analysis that cannot be read": (
        lambda: ProgramResult.from_dict({"format": 1}),
        "result: cannot be read ('program')",
    ),
}
#: Where the case file keeps the value (a path as written) and the values quoted.
DATA = frozenset(
    {
        "short_term_rating",
        "program",
        "sponsor",
        "answers",
        "reason",
        "name",
        "commingling_reason",
        "transfer_reserve_reason",
        "target_ratings",
        "stress",
        "adjustments",
        "value",
        "form_reason",
        "result",
    }
)


def _refusal(case: str) -> StressInputError:
    trigger, _english = REFUSALS[case]
    with pytest.raises(StressInputError) as caught:
        trigger()
    return caught.value


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_reads_in_japanese(case):
    error = _refusal(case)
    i18n.set_language("ja")
    try:
        japanese = explained(error)
    finally:
        i18n.set_language("en")
    assert japanese != str(error)
    assert english_words(japanese, DATA) == []


@pytest.mark.parametrize("case", REFUSALS)
def test_each_refusal_in_english_is_unchanged(case):
    error = _refusal(case)
    assert str(error) == REFUSALS[case][1]
    assert explained(error) == REFUSALS[case][1]


@pytest.mark.parametrize(
    ("adjustment", "english"),
    [
        (
            FactorAdjustment("J-1", "multiple", 1.0, "seasonal"),
            "the multiple of J-1 (1) would be below that of J-2 (3): a higher target rating "
            "never takes a weaker stress",
        ),
        (
            FactorAdjustment("J-1", "sd", 99.0, "seasonal"),
            "the k of J-1+ (6) would be below that of J-1 (99): a higher target rating never "
            "takes a weaker stress",
        ),
    ],
)
def test_factors_out_of_order_are_explained_in_japanese(adjustment, english):
    problem = StressChoices(adjustments=(adjustment,)).order_problem(abcp_rules())
    assert str(problem) == english
    assert english_words(problem.in_language("ja")) == []
