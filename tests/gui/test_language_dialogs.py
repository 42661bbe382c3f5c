"""Every dialog of JCR Desk in Japanese: nothing still English, nothing cut off.

The window walk (``test_language_walk.py``) opens the tabs, menus and the dialogs the menus
lead to; the dialogs here open from a button or an import, each with the data it is shown
with in use: a tape with its mapping, units, cut-off and problems, a pool that no longer fits
its classes, an originator's static data, an ABCP check, a committee's disclosure inputs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.model import Case
from jcr_desk.case.edits.class_fit_commands import Misfit
from jcr_desk.case.services.static_base_case import propose_static_base_case
from jcr_desk.pool.cut_off import find_cut_off
from jcr_desk.pool.mapping import MappingProfile, auto_map
from jcr_desk.pool.problem_groups import group_problems
from jcr_desk.pool.reader import read_sheet
from jcr_desk.pool.strats import pool_profile
from jcr_desk.pool.tape import read_tape, unit_readings
from jcr_desk.structured.rmbs.class_fit import class_fit
from jcr_desk.structured.rmbs.settings import stress_settings
from jcr_desk.structured.rmbs.synthetic_static import write_synthetic_static
from jcr_desk.ui.translations import install_language
from jcr_desk.ui.workers import ComputeLane
from tests.gui.language_walk import cut_off, english_words, visible_texts

TAPES = Path(__file__).resolve().parents[1] / "data" / "tapes"
#: The tapes' and dialogs' own data: file, sheet, profile and party names.
FILES = frozenset(
    {
        "tape.xlsx", "coded.xlsx", "static.xlsx", "Loans", "Notes", "Default rates",
        "Prepayment rates", "Originator R", "Mitsukaze Bank",
    }
)

Factory = Callable[[Case, Path], QDialog]


def case_words(case: Case) -> frozenset[str]:
    """The case's own names: entities, pools, scenarios and their classes."""
    names = {entity.name for entity in case.entities} | {pool.name for pool in case.pools}
    for scenario in case.scenarios:
        names |= {scenario.name} | {note.name for note in scenario.structure.classes}
    return frozenset(names)


@pytest.fixture(scope="module")
def case() -> Case:
    return build_demo_case(loans=200)


@pytest.fixture
def japanese(qapp):
    yield install_language("ja")
    install_language("en")


def _override(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.group.guideline_panel import OverrideDialog

    return OverrideDialog("Mitsukaze Bank", "A+", "Sato")


def _export(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.export.export_dialog import ExportDialog

    return ExportDialog(case, folder / "committee.xlsx", ComputeLane("export"), None)


def _disclosure(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.committee.disclosure_dialog import DisclosureDialog

    return DisclosureDialog(case.disclosure)


def _sheet(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.pool.import_dialog import SheetDialog

    return SheetDialog("tape.xlsx", ["Loans", "Notes"], "Loans")


def _mapping(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.pool.mapping_dialog import MappingDialog

    raw = read_sheet(TAPES / "f02_thousand_yen_bare.xlsx")
    mapping = auto_map(raw.headers)
    readings = unit_readings(raw, mapping)
    cut = find_cut_off(raw.title_rows, raw.date1904)
    return MappingDialog("f02_thousand_yen_bare.xlsx", raw, mapping, readings, cut)


def _review(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.pool.review_dialog import ImportReviewDialog, TapeReview

    tape = read_tape(TAPES / "f07_many_warnings.xlsx")
    profile = pool_profile(tape.inspectable(), date(2026, 9, 30))
    review = TapeReview(tape, profile, group_problems(tape.problems))
    return ImportReviewDialog("f07_many_warnings.xlsx", review, case.pools, "Pool 2")


def _value_map(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.pool.value_map_dialog import ValueMapDialog

    unknown = {"rate_type": [("2", 29), ("3", 9)], "employment_type": [("01", 12)]}
    return ValueMapDialog("coded.xlsx", unknown, MappingProfile("Originator R", {}))


def _segment(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.stress.segment_dialog import SegmentAdjustmentDialog

    return SegmentAdjustmentDialog(["AAA", "AA", "A", "BBB"], ["東京都", "大阪府"])


def _class_fit(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.stress.class_fit_dialog import ClassFitDialog

    scenario = case.scenarios[0]
    structure = scenario.structure
    fit = class_fit(structure, structure.notes_total * 1.4, stress_settings().class_fit_tolerance)
    return ClassFitDialog([Misfit(scenario, fit)])


def _static(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.stress.static_dialog import StaticBaseCaseDialog

    path = write_synthetic_static(folder / "static.xlsx", lifetime_default=0.02, cpr=0.05)
    scenario = case.scenarios[0]
    proposal = propose_static_base_case(case, scenario.id, path)
    return StaticBaseCaseDialog(proposal, scenario.assumptions)


def _answer(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.abcp.abcp_words import abcp_word
    from jcr_desk.ui.abcp.checks_panel import AnswerDialog

    point = "The SPC is bankruptcy remote from the sponsor and the sellers."
    return AnswerDialog(abcp_word(point), "open", "")


def _party(case: Case, folder: Path) -> QDialog:
    from jcr_desk.ui.abcp.party_dialog import PartyDialog

    return PartyDialog("売り手を追加", case)


DIALOGS: dict[str, Factory] = {
    "override": _override,
    "export": _export,
    "disclosure": _disclosure,
    "sheet": _sheet,
    "mapping": _mapping,
    "review": _review,
    "value map": _value_map,
    "segment": _segment,
    "class fit": _class_fit,
    "static data": _static,
    "ABCP check": _answer,
    "ABCP party": _party,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_dialog_reads_in_japanese_and_cuts_nothing_off(
    qtbot, japanese, case, tmp_path, name
):
    dialog = DIALOGS[name](case, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    texts = visible_texts(dialog, rows=50)
    assert len(texts) > 3  # the walk saw the dialog's words
    data = FILES | case_words(case) | {path.name for path in TAPES.iterdir()}
    english = sorted({f"{t.where}: {t.text!r}" for t in texts if english_words(t.text, data)})
    assert english == []
    assert sorted({f"{c.where}: {c.text}" for c in cut_off(dialog)}) == []
    dialog.close()
