"""An ABCP program the analysis cannot use is said in the analyst's language (issue 21)."""

from __future__ import annotations

import pytest

from jcr_desk import i18n
from jcr_desk.case.services.abcp_run import ProgramRunError, analyse_case_program, find_program
from tests.gui.language_walk import english_words
from tests.unit.case.abcp_cases import program_case

ID = "prog00000001"


def test_a_missing_program_is_said_in_japanese():
    with pytest.raises(ProgramRunError) as caught:
        find_program(program_case(), "no such id")
    error = caught.value
    assert isinstance(error, ValueError)
    assert str(error) == "The case has no such ABCP program."
    i18n.set_language("ja")
    try:
        japanese = error.translated()
    finally:
        i18n.set_language("en")
    assert japanese != str(error) and english_words(japanese, frozenset({"ABCP"})) == []


def test_an_override_out_of_range_keeps_the_field_check_sentence():
    with pytest.raises(ProgramRunError) as caught:
        analyse_case_program(program_case(), ID, overrides={"subordination": 2.0})
    error = caught.value
    assert error.__cause__ is None
    assert str(error).startswith("program.subordination: is 2; allowed: 0 to 1")
    assert error.sentence.context == "StressInput"  # translated where the field check is
