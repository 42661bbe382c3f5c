"""Words the analyst reads in the window: the Undo menu and a failed save."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from jcr_desk.case.edits.group_commands import SetCountryFields, SetEntityFields
from tests.gui.conftest import wait_idle


def test_the_undo_menu_names_the_change_in_words(qtbot, window, case_file):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    card = next(e for e in window.document.case.entities if e.ownership_pct not in (None, 100))
    assert window.push(SetEntityFields(card.id, ownership_pct=75.0))
    assert window.undo_action.text() == f"&Undo Set ownership by parent of {card.name} to 75 %"
    assert window.push(SetCountryFields("JP", country_ceiling="AA+"))
    assert window.undo_action.text() == "&Undo Set country ceiling of Japan to AA+"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo Set country ceiling of Japan to AA+"


def test_a_failed_save_names_the_file_and_the_cause(qtbot, window, case_file, monkeypatch,
                                                   errors):
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    folder = case_file.parent
    real_connect, real_access = sqlite3.connect, os.access

    def connect(target, *args, **kwargs):
        if target == ":memory:" or str(target).startswith("file:"):
            return real_connect(target, *args, **kwargs)
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(  # root ignores a folder's mode: deny as a read-only share would
        os, "access", lambda p, mode, **k: False if Path(p) == folder else real_access(p, mode)
    )
    window.save_action.trigger()
    wait_idle(qtbot, window)
    assert errors == [(
        "Could not save the case",
        f"group.jcrcase: could not be saved: permission denied — the folder {folder} "
        "cannot be written to",
    )]
