"""The stress result's sentences (mechanisms, open decisions, warnings, the commingling note)
survive the case file as templates with their arguments, so a case read back shows them in
the analyst's language; a file that kept only the English reads as written."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jcr_desk import i18n
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.i18n import Text
from jcr_desk.structured.rmbs.layers import commingling_trigger
from jcr_desk.structured.rmbs.result import EnhancementResult
from jcr_desk.structured.rmbs.sentences import STRESS_RESULT

SENTENCES = ("mechanisms", "open_decisions", "warnings")


@pytest.fixture(scope="module")
def result() -> EnhancementResult:
    case = build_demo_case(loans=50)
    found = run_scenario(case, case.scenarios[0].id).result
    warned = Text(STRESS_RESULT, "The pool has no deposit balances: the setoff layer is zero.")
    decided = Text(STRESS_RESULT, "{prefecture} holds {share:.1%} of the pool", {
        "prefecture": "東京都", "share": 0.6})  # fmt: skip
    return replace(found, warnings=(warned,), open_decisions=(decided,))


def test_the_demo_states_its_mechanisms_as_sentences(result):
    assert result.mechanisms and all(isinstance(text, Text) for text in result.mechanisms)
    segment = next(text for text in result.mechanisms if "Segment apartment" in str(text))
    assert segment.source.startswith("Segment {segment}: {share:.1%} of the pool; ")
    assert str(result.commingling_note).startswith("Servicer rated A+ is not below BBB")


def test_sentences_read_back_keep_their_templates_and_arguments(result):
    data = result.to_dict()
    for key in SENTENCES:  # the English lists stay for older readers, the workbook, the JSON
        assert data[key] == [str(text) for text in getattr(result, key)]
    loaded = EnhancementResult.from_dict(data)
    for key in SENTENCES:
        for before, after in zip(getattr(result, key), getattr(loaded, key), strict=True):
            assert (after.source, after.args) == (before.source, before.args)
    assert loaded.open_decisions[0].args == {"prefecture": "東京都", "share": 0.6}
    note = loaded.commingling_note
    assert note.source == result.commingling_note.source
    assert note.args == {"rating": "A+", "trigger": "BBB"}


def test_a_result_stored_as_english_only_reads_as_written(result):
    """Files written before the sentences were kept: the English, braces and all."""
    data = result.to_dict()
    for key in SENTENCES:
        data.pop(f"{key}_sentences")
    data["warnings"] = ["Loan {L1}: no rate."]
    data["commingling"].pop("note_sentence")
    loaded = EnhancementResult.from_dict(data)
    assert [str(text) for text in loaded.mechanisms] == data["mechanisms"]
    assert str(loaded.warnings[0]) == "Loan {L1}: no rate."
    assert str(loaded.commingling_note) == data["commingling"]["note"]


def test_the_sentences_read_in_japanese(result):
    i18n.set_language("ja")
    try:
        lines = [text.translated() for text in (*result.mechanisms, result.commingling_note)]
    finally:
        i18n.set_language("en")
    assert lines[0].startswith("サブリース会社")
    assert all("Segment" not in line and "Servicer" not in line for line in lines)


def test_a_class_resting_on_a_guarantee_keeps_its_note_as_a_sentence(result):
    """The enhancement table's tooltip says why a class needs no bad-loan layer."""
    relied = Text(STRESS_RESULT, "Guarantee company rated {rating} relied on", {"rating": "A"})
    line = result.ratings[-1]
    noted = replace(line, classes=(replace(line.classes[0], note=relied), *line.classes[1:]))
    data = replace(result, ratings=(*result.ratings[:-1], noted)).to_dict()
    verdict = data["ratings"][line.rating]["tranches"][line.classes[0].name]
    assert verdict["note"] == "Guarantee company rated A relied on"  # the English stays
    loaded = EnhancementResult.from_dict(data).line(line.rating)
    assert (loaded.classes[0].note.source, loaded.classes[0].note.args) == (
        relied.source,
        relied.args,
    )
    assert loaded.classes[1].note is None  # no guarantee, no note
    del verdict["note_sentence"]
    older = EnhancementResult.from_dict(data).line(line.rating).classes[0].note
    assert str(older) == "Guarantee company rated A relied on"


@pytest.mark.parametrize(
    ("outlook", "stated"),
    [
        ("Negative", "BBB（ネガティブ）"),
        ("Credit Monitor (Negative)", "BBB（クレジット・モニター（ネガティブ））"),
    ],
)
def test_the_servicers_direction_reads_in_japanese(outlook, stated):
    note = commingling_trigger("BBB", outlook).note
    assert f"Servicer rated BBB ({outlook}) is below BBB flat" in str(note)
    i18n.set_language("ja")
    try:
        assert note.translated().startswith(f"サービサーの格付 {stated} はネガティブ方向の")
    finally:
        i18n.set_language("en")
