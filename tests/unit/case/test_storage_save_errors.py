"""A failed save says in one sentence which file and why, in words an analyst can act on —
never SQLite's own "unable to open database file"."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from jcr_desk.case import Case, CaseFileError, save_case

_real_connect = sqlite3.connect


def _files_cannot_be_created(
    monkeypatch: pytest.MonkeyPatch,
    before=lambda: None,
    sqlite_says: str = "unable to open database file",
) -> None:
    """SQLite fails to write the temporary copy beside the case, as in a folder it may not
    write to; the in-memory database the save builds first still works."""

    def connect(target, *args, **kwargs):
        if target == ":memory:":
            return _real_connect(target, *args, **kwargs)
        before()
        raise sqlite3.OperationalError(sqlite_says)

    monkeypatch.setattr(sqlite3, "connect", connect)


def _message(path: Path) -> str:
    with pytest.raises(CaseFileError) as caught:
        save_case(Case(), path)
    message = str(caught.value)
    assert message.startswith(f"{path.name}: could not be saved: ")
    assert "unable to open database file" not in message
    assert message.count("\n") == 0
    return message


def test_a_folder_that_cannot_be_written_to(tmp_path, monkeypatch):
    folder = tmp_path / "committee"
    folder.mkdir()
    _files_cannot_be_created(monkeypatch)
    real_access = os.access
    # The tests may run as root, whom a folder's mode does not stop: deny as a share would.
    monkeypatch.setattr(
        os, "access", lambda p, mode, **k: False if Path(p) == folder else real_access(p, mode)
    )
    message = _message(folder / "deal.jcrcase")
    assert "permission denied" in message and str(folder) in message


def test_a_folder_that_went_away_during_the_save(tmp_path, monkeypatch):
    folder = tmp_path / "share"
    folder.mkdir()
    _files_cannot_be_created(monkeypatch, before=lambda: shutil.rmtree(folder))
    message = _message(folder / "deal.jcrcase")
    assert f"the folder {folder} is missing" in message


def test_a_full_disk(tmp_path, monkeypatch):
    _files_cannot_be_created(monkeypatch, sqlite_says="database or disk is full")
    message = _message(tmp_path / "deal.jcrcase")
    assert f"the disk holding {tmp_path} is full" in message


def test_a_full_disk_seen_by_the_system(tmp_path, monkeypatch):
    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    message = _message(tmp_path / "deal.jcrcase")
    assert "is full" in message
