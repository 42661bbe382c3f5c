"""Saving replaces the file atomically, keeps the previous version, and cleans up failures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jcr_desk.case import Case, CaseFileError, load_case, save_case
from jcr_desk.case.document._atomic_file import temporaries
from jcr_desk.case.document.model import CommitteeInfo

from .factories import rich_case


def _named(name: str) -> Case:
    return Case(committee=CommitteeInfo(case_name=name))


def test_second_save_keeps_the_first_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "deal.jcrcase"
    first, second = rich_case(rows=5, seed=1), rich_case(rows=7, seed=2)
    save_case(first, path)
    assert not (tmp_path / "deal.jcrcase.bak").exists()
    save_case(second, path)
    assert load_case(path) == second
    assert load_case(tmp_path / "deal.jcrcase.bak") == first
    assert temporaries(path) == []


def test_bak_is_the_version_just_before_the_last_save(tmp_path: Path) -> None:
    path = tmp_path / "deal.jcrcase"
    for name in ("one", "two", "three"):
        save_case(_named(name), path)
    assert load_case(path).committee.case_name == "three"
    assert load_case(tmp_path / "deal.jcrcase.bak").committee.case_name == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deal.jcrcase", "deal.jcrcase.bak"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "deal.jcrcase"
    save_case(_named("old"), path)

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    full = r"deal\.jcrcase: could not be saved: the disk holding .* is full"
    with pytest.raises(CaseFileError, match=full):
        save_case(_named("new"), path)
    monkeypatch.undo()
    assert load_case(path).committee.case_name == "old"
    assert temporaries(path) == []


def test_save_into_a_read_only_folder_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "deal.jcrcase"
    save_case(_named("old"), path)

    def denied(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)  # root ignores chmod, so deny where it matters
    with pytest.raises(CaseFileError, match="permission denied"):
        save_case(_named("new"), path)
    monkeypatch.undo()
    assert load_case(path).committee.case_name == "old"
    assert temporaries(path) == []


def test_save_into_a_missing_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match=r"deal\.jcrcase: could not be saved: the folder"):
        save_case(Case(), tmp_path / "nowhere" / "deal.jcrcase")


def test_stale_temporaries_of_a_killed_save_are_removed_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "deal.jcrcase"
    stale = [tmp_path / ".deal.jcrcase.0123abcd.tmp", tmp_path / ".deal.jcrcase.89abcdef.bak.tmp"]
    unrelated = tmp_path / ".other.jcrcase.0123abcd.tmp"
    for file in [*stale, unrelated]:
        file.write_bytes(b"half a database")
    save_case(Case(), path)
    assert not any(file.exists() for file in stale)
    assert unrelated.exists()
