"""The value step's dialog: its model, the choices it offers and the profile it saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox

from jcr_desk.pool.mapping import MappingProfile, load_profiles
from jcr_desk.ui.pool.value_map_dialog import (
    CHOICES_ROLE,
    LEAVE_AS_ERROR,
    ValueMapDialog,
    ValueMapModel,
)

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
UNKNOWN = {
    "rate_type": [("2", 29), ("3", 9), ("1", 2)],
    "employment_type": [("01", 12)],
}
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture(autouse=True)
def _own_home(tmp_path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))


def test_model_lists_each_value_with_its_count_and_offers_the_fields_codes():
    model = ValueMapModel(UNKNOWN)
    QAbstractItemModelTester(model, FATAL)
    assert model.rowCount() == 4 and model.columnCount() == 4
    assert [model.index(0, c).data() for c in range(4)] == [
        "Rate type",
        "2",
        "29",
        "(leave as error)",
    ]
    assert model.index(3, 0).data() == "Employment type"
    choices = model.index(0, model.CODE_COLUMN).data(CHOICES_ROLE)
    assert [code for code, _text in choices] == [
        LEAVE_AS_ERROR,
        "fixed",
        "variable",
        "fixed_period_selective",
    ]
    assert choices[1][1] == "Fixed (fixed)"
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag(0)
    assert model.flags(model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable


def test_model_takes_only_the_rows_own_codes_and_reports_the_chosen_maps():
    model = ValueMapModel(UNKNOWN)
    code = model.CODE_COLUMN
    assert model.setData(model.index(0, code), "variable", EDIT)
    assert model.index(0, code).data() == "Variable (variable)"
    assert model.index(0, code).data(EDIT) == "variable"
    assert not model.setData(model.index(1, code), "salaried", EDIT)  # not a rate type
    assert not model.setData(model.index(1, 1), "fixed", EDIT)  # the value column is read-only
    assert model.setData(model.index(3, code), "salaried", EDIT)
    assert model.value_maps() == {
        "rate_type": {"2": "variable"},
        "employment_type": {"01": "salaried"},
    }
    assert model.setData(model.index(0, code), LEAVE_AS_ERROR, EDIT)
    assert model.value_maps() == {"employment_type": {"01": "salaried"}}


def test_ok_saves_the_choices_beside_the_maps_the_profile_had(qtbot):
    saved = MappingProfile(
        "Originator R",
        {"loan_id": "No"},
        {"current_balance": "yen"},
        {"loan_purpose": {"A": "investment_condominium"}},
    )
    dialog = ValueMapDialog("coded.xlsx", UNKNOWN, saved)
    qtbot.addWidget(dialog)
    assert dialog.save_choices.isEnabled() and dialog.save_choices.isChecked()
    model = dialog.model
    for row, code in enumerate(["variable", "fixed_period_selective", "fixed"]):
        model.setData(model.index(row, model.CODE_COLUMN), code, EDIT)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [profile] = load_profiles()
    assert profile.columns == saved.columns and profile.units == saved.units
    assert profile.values == {
        "loan_purpose": {"A": "investment_condominium"},
        "rate_type": {"2": "variable", "3": "fixed_period_selective", "1": "fixed"},
    }


def test_without_an_originator_name_nothing_is_saved(qtbot):
    dialog = ValueMapDialog("coded.xlsx", UNKNOWN, MappingProfile("", {"loan_id": "No"}))
    qtbot.addWidget(dialog)
    assert not dialog.save_choices.isEnabled() and not dialog.save_choices.isChecked()
    model = dialog.model
    model.setData(model.index(0, model.CODE_COLUMN), "variable", EDIT)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_profiles() == []
    assert dialog.profile().values == {"rate_type": {"2": "variable"}}


def test_dialog_shows_and_renders(qtbot, tmp_path):
    dialog = ValueMapDialog("coded.xlsx", UNKNOWN, MappingProfile("Originator R", {}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.isVisible() and dialog.table.model() is dialog.model
    target = tmp_path / "value_map_dialog.png"
    assert dialog.grab().save(str(target))
    assert target.stat().st_size > 0
