"""Every note and open item of an ABCP analysis is a sentence: English where it is stored
(case file, ``--json``, logs), the analyst's language where it is read (issue 21).

Each case below makes the analysis write one kind of note or open item; under Japanese none
may keep an English word but the program's own data (names, the analyst's reasons), rating
symbols and the rulebook's references.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from jcr_desk.i18n import Text
from jcr_desk.structured.abcp.history import MonthlyRates
from jcr_desk.structured.abcp.program import BackupLine, CheckAnswer, Party
from jcr_desk.structured.abcp.reference import dynamic_reserves, labelled
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.abcp.stress import FactorAdjustment
from tests.gui.language_walk import english_words
from tests.unit.structured.abcp.programs import (
    MEAN_SD,
    analyse,
    history_of,
    internal_program,
)
from tests.unit.structured.abcp.test_guideline import by_seller_history, fully_supported

FLAT = history_of([0.005] * 24, [0.002] * 24)
RISING = history_of([0.001 * m for m in range(1, 25)], [0.002] * 24)
#: The programs' own data: names and the analysts' reasons stay as typed.
DATA = frozenset(
    {
        "Mitsukaze Multi-Seller Funding",
        "Mitsukaze Bank",
        "Unrated Bank",
        "Unrated Card",
        "Sakura Receivables Funding",
        "Sakura Bank",
        "Sakura Card",
        "the sponsor owns the SPC",
    }
)


def _open_check():
    answers = tuple(
        replace(a, answer="open", reason="") if a.key == "timely_supply" else a
        for a in fully_supported().answers
    )
    return analyse(fully_supported(answers=answers), None)


def _answered_no():
    answers = (
        *fully_supported().answers[1:],
        CheckAnswer("spc", "remote_from_parties", "no", "the sponsor owns the SPC"),
    )
    return analyse(fully_supported(answers=answers), None)


def _by_seller(pool: list[float]):
    history = by_seller_history()
    receivables = pd.DataFrame(
        {"receivable_id": ["1", "2"], "receivable_balance": pool, "seller": ["A", "B"]}
    )
    return analyse(internal_program(), history, receivables=receivables)


CASES: dict[str, Callable[[], ProgramResult]] = {
    "an unanswered check": _open_check,
    "a check answered no": _answered_no,
    "documents not received": lambda: analyse(fully_supported(documents=("term_sheet",)), None),
    "an unrated sponsor of a fully supported program": lambda: analyse(
        fully_supported(sponsor=Party("Unrated Bank")), None
    ),
    "a fully supported program": lambda: analyse(fully_supported(), None),
    "a partially supported program": lambda: analyse(
        internal_program(backup=BackupLine("liquidity_and_credit", 0.02)), FLAT
    ),
    "no monthly history": lambda: analyse(internal_program(), None),
    "too short a history": lambda: analyse(internal_program(), history_of([0.005] * 6)),
    "a short history and rising rates": lambda: analyse(
        internal_program(), history_of([0.001 * m for m in range(1, 13)]), MEAN_SD
    ),
    "no receivables tape": lambda: analyse(internal_program(), RISING, MEAN_SD),
    "a pool unlike its population": lambda: _by_seller([90_000.0, 10_000.0]),
    "an unrated originator": lambda: analyse(
        internal_program(commingling_mitigated=False, sellers=(Party("Unrated Card"),)), FLAT
    ),
    "an unrated sponsor of the liquidity line": lambda: analyse(
        internal_program(backup=BackupLine("liquidity_only", 1.0), sponsor=Party("Unrated Bank")),
        FLAT,
    ),
    "a missing country ceiling": lambda: analyse(
        internal_program(cross_border=True, asset_country="XX"), FLAT
    ),
    "a sovereign-sensitive program": lambda: analyse(
        internal_program(sovereign_sensitive=True), FLAT, sovereign="A"
    ),
}


def _sentences(result: ProgramResult) -> list[Text]:
    return [*result.guideline.open_items, *result.notes]


@pytest.mark.parametrize("case", CASES)
def test_the_notes_and_open_items_read_in_japanese(case):
    sentences = _sentences(CASES[case]())
    assert sentences
    assert all(isinstance(sentence, Text) for sentence in sentences)
    found = {
        sentence.in_language("ja"): english_words(sentence.in_language("ja"), DATA)
        for sentence in sentences
    }
    assert {line: words for line, words in found.items() if words} == {}


def test_the_notes_in_english_are_unchanged():
    result = analyse(fully_supported(sponsor=Party("Unrated Bank")), None)
    assert tuple(map(str, result.guideline.open_items)) == (
        "The short-term rating of Unrated Bank is not known.",
    )
    assert tuple(map(str, result.notes)) == (
        "The sponsor's rating already carries its country's ceiling (corporate methodology, "
        "003 No. 1 footnote 1); no structured cap is added.",
    )
    short = analyse(internal_program(), history_of([0.005] * 6))
    assert str(short.guideline.open_items[-1]) == (
        "The population's monthly history is needed (6 months; at least 12 months, "
        "003 No. 2 §3(2)(ii)(a))."
    )
    rules = abcp_rules()
    assert rules.history_min_months == 12


def test_the_notes_read_back_from_the_case_file_keep_their_sentences():
    result = CASES["a short history and rising rates"]()
    loaded = ProgramResult.from_dict(result.to_dict())
    assert [t.in_language("ja") for t in _sentences(loaded)] == [
        t.in_language("ja") for t in _sentences(result)
    ]
    assert loaded.to_dict()["notes"] == [str(note) for note in result.notes]


def test_notes_stored_before_the_sentences_read_as_written():
    data = CASES["a fully supported program"]().to_dict()
    data["notes"] = ["An older note."]
    data["guideline"]["open_items"] = ["An older open item."]
    data.pop("notes_sentence", None)
    data["guideline"].pop("open_items_sentence", None)
    loaded = ProgramResult.from_dict(data)
    assert [str(n) for n in loaded.notes] == ["An older note."]
    assert [str(i) for i in loaded.guideline.open_items] == ["An older open item."]


def _rates(months: int, balance: bool) -> MonthlyRates:
    flat = np.full(months, 0.005)
    return MonthlyRates(
        np.array([f"2024-{m + 1:02d}" for m in range(months)], dtype="datetime64[M]"),
        np.full(months, 1e6) if balance else None,
        flat,
        flat,
        flat,
    )


@pytest.mark.parametrize(
    ("rates", "english"),
    [
        (
            _rates(12, balance=False),
            "Reference only: US-agency dynamic reserve (not JCR methodology): the history gives "
            "rates without the monthly balances the horizons need",
        ),
        (
            _rates(6, balance=True),
            "Reference only: US-agency dynamic reserve (not JCR methodology): the history has "
            "6 months; the reference needs 12",
        ),
    ],
)
def test_why_the_reference_is_not_shown_reads_in_japanese(rates, english):
    reserves, reason = dynamic_reserves(rates, ("J-1+", "J-1"), abcp_rules())
    note = labelled(reason)
    assert reserves == () and str(note) == english
    assert english_words(note.in_language("ja")) == []


def test_the_reference_label_reads_in_japanese():
    note = analyse(internal_program(), FLAT).reference_note
    assert str(note) == "Reference only: US-agency dynamic reserve (not JCR methodology)"
    assert english_words(note.in_language("ja")) == []


PART_CASES: dict[str, Callable[[], ProgramResult]] = {
    "multiple form, commingling mitigated": lambda: analyse(internal_program(), FLAT),
    "SD form, an analyst's factor": lambda: analyse(
        internal_program(),
        FLAT,
        replace(MEAN_SD, adjustments=(FactorAdjustment("J-3", "sd", 3.5, "seasonal"),)),
    ),
    "commingling over the Desk default's period": lambda: analyse(
        internal_program(commingling_mitigated=False), FLAT
    ),
    "commingling over the program's period, its own transfer estimate": lambda: analyse(
        internal_program(
            commingling_mitigated=False,
            collection_period_months=2,
            transfer_reserve=0.01,
            transfer_reserve_reason="backup quote",
        ),
        FLAT,
    ),
}
#: The analysts' reasons in these programs, as typed.
PART_DATA = frozenset({"backup servicer appointed; collections swept daily", "backup quote"})


@pytest.mark.parametrize("case", PART_CASES)
def test_what_each_required_part_rests_on_reads_in_japanese(case):
    result = PART_CASES[case]()
    tooltips = [part.basis for test in result.tests for part in test.parts]
    tooltips += [test.stressed[0].words for test in result.tests]
    assert all(isinstance(text, Text) for text in tooltips)
    found = {
        text.in_language("ja"): english_words(text.in_language("ja"), PART_DATA)
        for text in tooltips
    }
    assert {line: words for line, words in found.items() if words} == {}


def test_what_each_part_rests_on_is_kept_with_its_sentence():
    result = PART_CASES["SD form, an analyst's factor"]()
    loaded = ProgramResult.from_dict(result.to_dict())
    part = loaded.test("J-3").part("credit_loss")
    assert part.basis.in_language("ja") == result.test("J-3").part("credit_loss").basis.in_language(
        "ja"
    )
    assert str(part.basis) == (
        "base 0.500% (mean of every month) stressed as base + 3.5 × SD (SD 0.000%), factor set "
        "by the analyst"
    )
