"""The stress tab names the Desk defaults a result rests on in words, not by rulebook keys
(issue 21): "Timing of defaults", in Japanese in a Japanese window; the keys stay in the JSON."""

from __future__ import annotations

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.i18n import catalogue_path
from jcr_desk.structured.rmbs.desk_defaults import DESK_DEFAULT_NAMES
from jcr_desk.ui.stress.result_details import detail_text
from jcr_desk.ui.translations import install_language
from tests.gui.language_walk import english_words


@pytest.fixture(scope="module")
def result():
    case = build_demo_case(loans=200, seed=7)
    return run_scenario(case, case.scenarios[0].id).result


def _defaults_line(text: str) -> str:
    return next(line for line in text.splitlines() if "(rulebook" in line or "ルールブック" in line)


@pytest.mark.parametrize("language", ["en", "ja"])
def test_desk_defaults_are_named_in_words(qapp, result, language):
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    install_language(language)
    try:
        line = _defaults_line(detail_text(result))
    finally:
        install_language("en")
    keys = [d.key for d in result.desk_defaults]
    assert keys and all(key in DESK_DEFAULT_NAMES for key in keys)
    assert not [key for key in keys if key.removeprefix("stress.") in line], line
    if language == "en":
        assert "Timing of defaults" in line
    else:
        assert english_words(line, frozenset({result.rulebook_version})) == []
