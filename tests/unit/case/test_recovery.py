"""Autosaves land in one recovery file per case and are listed, overwritten and discarded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jcr_desk.case import Case, load_case
from jcr_desk.case.document.model import CommitteeInfo
from jcr_desk.case.document.recovery import (
    RecoveryFile,
    discard_recovery,
    pending_recoveries,
    write_recovery,
)

from .factories import rich_case


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "recovery"
    path.mkdir()
    return path


def _named(name: str) -> Case:
    return Case(committee=CommitteeInfo(case_name=name))


def test_write_then_list(folder: Path, tmp_path: Path) -> None:
    case = rich_case(rows=5)
    original = tmp_path / "cases" / "deal.jcrcase"
    path = write_recovery(case, original, folder)
    assert load_case(path) == case
    [pending] = pending_recoveries(folder)
    assert pending.path == path
    assert pending.original_path == original
    assert pending.case_name == "Group review 0"
    assert pending.saved_at.tzinfo is not None


def test_repeated_autosaves_overwrite_one_file(folder: Path, tmp_path: Path) -> None:
    original = tmp_path / "deal.jcrcase"
    first = write_recovery(_named("v1"), original, folder)
    second = write_recovery(_named("v2"), original, folder)
    assert first == second
    [pending] = pending_recoveries(folder)
    assert pending.case_name == "v2" and load_case(pending.path).committee.case_name == "v2"


def test_untitled_case_keeps_its_own_file(folder: Path) -> None:
    one, two = _named("one"), _named("two")
    path_one = write_recovery(one, None, folder)
    assert write_recovery(one, None, folder) == path_one
    path_two = write_recovery(two, None, folder)
    assert path_one != path_two and path_one.name.startswith("untitled-")
    assert {p.original_path for p in pending_recoveries(folder)} == {None}


def test_same_name_in_two_folders_does_not_collide(folder: Path, tmp_path: Path) -> None:
    a = write_recovery(_named("a"), tmp_path / "x" / "deal.jcrcase", folder)
    b = write_recovery(_named("b"), tmp_path / "y" / "deal.jcrcase", folder)
    assert a != b and a.name.startswith("deal-")


def test_newest_first(folder: Path, tmp_path: Path) -> None:
    for name in ("old", "new"):
        path = write_recovery(_named(name), tmp_path / f"{name}.jcrcase", folder)
        sidecar = path.with_name(path.name + ".json")
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        data["saved_at"] = (
            "2024-01-02T00:00:00+00:00" if name == "new" else "2024-01-01T00:00:00+00:00"
        )
        sidecar.write_text(json.dumps(data), encoding="utf-8")
    assert [p.case_name for p in pending_recoveries(folder)] == ["new", "old"]


@pytest.mark.parametrize("how", ["recovery file", "its path", "original path"])
def test_discard(folder: Path, tmp_path: Path, how: str) -> None:
    original = tmp_path / "deal.jcrcase"
    write_recovery(_named("v1"), original, folder)
    path = write_recovery(_named("v2"), original, folder)  # leaves a .bak too
    [pending] = pending_recoveries(folder)
    target: RecoveryFile | Path = {"recovery file": pending, "its path": path}.get(how, original)
    discard_recovery(target, folder)
    assert pending_recoveries(folder) == []
    assert list(folder.iterdir()) == []


def test_corrupt_or_orphaned_sidecars_are_ignored(folder: Path, tmp_path: Path) -> None:
    write_recovery(_named("good"), tmp_path / "good.jcrcase", folder)
    (folder / "broken.jcrcase.json").write_text("{not json", encoding="utf-8")
    (folder / "wrong.jcrcase.json").write_text('{"saved_at": 3}', encoding="utf-8")
    orphan = {"original_path": None, "saved_at": "2024-01-01T00:00:00+00:00", "case_name": "x"}
    (folder / "orphan.jcrcase.json").write_text(json.dumps(orphan), encoding="utf-8")
    assert [p.case_name for p in pending_recoveries(folder)] == ["good"]


def test_default_folder_follows_jcr_desk_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))
    path = write_recovery(_named("x"), None)
    assert path.parent == tmp_path / "home" / "recovery"
    discard_recovery(path)
    assert pending_recoveries() == []
