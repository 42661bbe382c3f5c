"""Every way a case file can fail to open ends in a CaseFileError an analyst can read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jcr_desk.case import CaseFileError, load_case, save_case
from jcr_desk.case.document.storage import APPLICATION_ID, SCHEMA_VERSION

from .factories import rich_case

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def _saved(tmp_path: Path, rows: int = 200) -> Path:
    path = tmp_path / "deal.jcrcase"
    save_case(rich_case(rows=rows), path)
    return path


def _problem(path: Path) -> str:
    with pytest.raises(CaseFileError) as caught:
        load_case(path)
    assert caught.value.path == path
    message = str(caught.value)
    assert message.startswith(f"{path.name}: ")
    return message


def _edit(path: Path, sql: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()


def test_missing_file(tmp_path: Path) -> None:
    assert "was not found" in _problem(tmp_path / "deal.jcrcase")


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "deal.jcrcase"
    folder.mkdir()
    assert "is a folder" in _problem(folder)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _saved(tmp_path)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)  # the tests may run as root, which chmod won't stop
    assert "permission denied" in _problem(path)


@pytest.mark.parametrize("content", [b"", b"Case notes\nnot a database\n", PNG])
def test_not_a_database_at_all(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "deal.jcrcase"
    path.write_bytes(content)
    assert "is not a JCR Desk case file" in _problem(path)


def test_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "deal.jcrcase"
    _edit(path, "CREATE TABLE photos (id INTEGER)")
    message = _problem(path)
    assert "is not a JCR Desk case file" in message and "another program" in message


def test_our_database_with_tables_missing(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    _edit(path, "DROP TABLE decisions")
    assert "is damaged: the decisions table is missing" in _problem(path)


def test_empty_database_with_our_id(tmp_path: Path) -> None:
    path = tmp_path / "deal.jcrcase"
    _edit(path, f"PRAGMA application_id = {APPLICATION_ID}")
    _edit(path, "CREATE TABLE x (y)")
    assert "is damaged: the schema_version table is missing" in _problem(path)


@pytest.mark.parametrize("keep", [50, 0.5])
def test_truncated(tmp_path: Path, keep: float) -> None:
    path = _saved(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(keep if keep > 1 else len(data) * keep)])
    assert "is damaged" in _problem(path)


def test_corrupted_pages(tmp_path: Path) -> None:
    path = _saved(tmp_path, rows=2000)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start : start + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))
    assert "is damaged" in _problem(path)


def test_damaged_file_points_to_the_backup(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    save_case(rich_case(rows=3), path)
    path.write_bytes(path.read_bytes()[:3000])
    assert "previous version is kept in deal.jcrcase.bak" in _problem(path)


def test_newer_format(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    _edit(path, "UPDATE schema_version SET version = 7")
    assert (
        "was saved by a newer JCR Desk (case format 7); "
        f"this version reads format {SCHEMA_VERSION}"
        " — update JCR Desk" in _problem(path)
    )


def test_format_without_an_upgrade(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    _edit(path, "UPDATE schema_version SET version = 0")
    assert "uses case format 0, which this version of JCR Desk cannot read" in _problem(path)


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE entities SET inputs = '{not json'", "the entities table holds an invalid value"),
        ("UPDATE decisions SET timestamp = 'yesterday'", "the decisions table"),
        ("UPDATE rating_history SET publication_date = 'April 1st'", "the rating_history table"),
        ("DELETE FROM committee", "the committee table has 0 rows"),
        ("DELETE FROM meta WHERE key = 'app_version'", "the meta table"),
        ("UPDATE pool_0_loans SET loan_id = NULL", "the pool_0_loans table"),
        ("UPDATE pool_0_loans SET maturity = 'soon'", "the pool_0_loans table"),
        ("UPDATE pool_columns SET dtype = '{' WHERE column_position = 2", "pool_0_loans"),
        ("DELETE FROM pool_0_loans WHERE _row = 3", "missing or extra rows"),
        ("UPDATE pool_0_loans SET grade = 'Z' WHERE _row = 1", "the pool_0_loans table"),
    ],
)
def test_malformed_rows(tmp_path: Path, sql: str, words: str) -> None:
    path = _saved(tmp_path)
    _edit(path, sql)
    message = _problem(path)
    assert "is damaged: " in message and words in message


def test_a_case_opened_with_some_loan_columns_reads_them_and_refuses_to_be_saved(tmp_path):
    from jcr_desk.case import CaseFileError, load_case, save_case
    from jcr_desk.case.demo import build_demo_case

    path = tmp_path / "demo.jcrcase"
    save_case(build_demo_case(loans=30), path)
    case = load_case(path, loan_columns=("loan_id", "current_balance"))
    assert list(case.pools[0].loans.columns) == ["loan_id", "current_balance"]
    with pytest.raises(CaseFileError, match="only some of its loan columns"):
        save_case(case, path)
    assert len(load_case(path).pools[0].loans.columns) > 2
