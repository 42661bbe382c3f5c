"""The Stress tab's words around the figures read in the analyst's language (issue 21): where
the base case comes from (typed by an analyst, or read from static data), the sensitivity
grid's row headings; the English as it always read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jcr_desk.i18n import catalogue_path
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.ui.stress.base_case_panel import source_text
from jcr_desk.ui.stress.qt_sensitivity_model import SensitivityModel
from jcr_desk.ui.translations import install_language
from tests.gui.language_walk import english_words

TYPED = {"kind": "analyst", "analyst": "Sato", "timestamp": "2026-11-30T09:00", "reason": "pack"}
READ = {
    "kind": "static_data",
    "file": "static.xlsx",
    "sheet": "代位弁済",
    "method": "mean_plus_sd",
    "sd_multiple": 1.5,
    "reading": "mean + 1.5 standard deviations of 3 vintages",
    "statistics": {"vintages": ["2013", "2014", "2024"]},
    "pool_seasoning_months": 30,
    "imported_at": "2026-11-30T09:00",
}
DATA = frozenset({"Sato", "pack", "static.xlsx", "代位弁済"})
ENGLISH = {
    "typed": "typed by Sato on 2026-11-30: pack",
    "read": "static data static.xlsx, sheet 代位弁済 · "
    "rate: mean + 1.5 standard deviations of 3 vintages · 3 vintages (2013–2024) · "
    "pool seasoning 30 months · imported 2026-11-30",
    "one vintage": "static data static.xlsx, sheet 代位弁済 · 1 vintage (2013)",
    "grid": "Defaults ×1.5",
}


def _words(qapp) -> dict[str, str]:
    grid = SensitivityModel("CPR")
    grid.set_grid([1.0, 1.5], [0.05], [[0.01], [0.02]])
    one = {"kind": "static_data", "file": "static.xlsx", "sheet": "代位弁済"}
    one["statistics"] = {"vintages": ["2013"]}
    return {
        "typed": source_text(StressAssumptions(base_case_source=TYPED)),
        "read": source_text(StressAssumptions(base_case_source=READ)),
        "one vintage": source_text(StressAssumptions(base_case_source=one)),
        "grid": grid.headerData(1, Qt.Orientation.Vertical),
    }


@pytest.mark.parametrize("name", list(ENGLISH))
def test_the_words_read_in_japanese(qapp, name):
    assert catalogue_path("ja").with_suffix(".qm").is_file(), "run make (compiles the .qm)"
    install_language("ja")
    try:
        text = _words(qapp)[name]
    finally:
        install_language("en")
    assert english_words(text, DATA) == [], text


@pytest.mark.parametrize("name", list(ENGLISH))
def test_the_words_in_english_are_unchanged(qapp, name):
    assert _words(qapp)[name] == ENGLISH[name]
