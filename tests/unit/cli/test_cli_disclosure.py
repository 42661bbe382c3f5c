"""jcr-desk-cli disclosure: the drafts written from a case, exit 0; a bad case or folder, 2."""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from jcr_desk.case import load_case, save_case
from jcr_desk.cli import EXIT_OK, EXIT_USAGE, main
from tests.unit.case.committee_cases import seed_000_case

PREFIX = "jcr-desk-cli: error: "


def _case(tmp_path: Path) -> Path:
    path = tmp_path / "jsf.jcrcase"
    save_case(seed_000_case(), path)
    return path


def test_writes_every_draft_and_lists_what_is_missing(tmp_path: Path, capsys) -> None:
    path = _case(tmp_path)
    before = load_case(path)
    assert main(["disclosure", str(path), "-o", str(tmp_path / "out")]) == EXIT_OK
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted(
        f"{kind}_{lang}.{fmt}"
        for kind in ("release", "disclosure")
        for lang in ("en", "ja")
        for fmt in ("docx", "html", "txt")
    )
    out = capsys.readouterr().out
    assert "disclosure_en: missing: responsible person for the attestation not entered" in out
    release_missing = [line for line in out.splitlines() if line.startswith("release_en:")]
    assert release_missing == ["release_en: missing: rationale not written"]
    assert load_case(path) == before
    text = (tmp_path / "out" / "release_ja.txt").read_text("utf-8")
    assert "日本証券金融株式会社" in text and "【据置】" in text
    document = Document(str(tmp_path / "out" / "disclosure_en.docx"))
    assert document.tables[0].rows[1].cells[2].text == "March 11, 2003"


def test_json_and_one_language_one_format(tmp_path: Path, capsys) -> None:
    path = _case(tmp_path)
    code = main(
        [
            "disclosure",
            str(path),
            "-o",
            str(tmp_path / "o"),
            "--language",
            "en",
            "--format",
            "txt",
            "--json",
        ]
    )
    assert code == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert [Path(f).name for f in report["files"]] == ["release_en.txt", "disclosure_en.txt"]
    assert report["missing"]["release_en"] == ["rationale not written"]


def test_a_missing_case_or_an_unwritable_folder_exits_2(tmp_path: Path, capsys) -> None:
    assert main(["disclosure", str(tmp_path / "none.jcrcase"), "-o", str(tmp_path)]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith(PREFIX + "none.jcrcase: was not found")
    path = _case(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["disclosure", str(path), "-o", str(blocker / "sub")]) == EXIT_USAGE
    assert "the folder could not be made" in capsys.readouterr().err
