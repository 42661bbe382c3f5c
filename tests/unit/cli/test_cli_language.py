"""jcr-desk-cli speaks the analyst's language: ``--lang`` or, without it, ``LANG``."""

from __future__ import annotations

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli import EXIT_OK, EXIT_USAGE, main


def test_lang_ja_gives_the_error_line_in_japanese(tmp_path, capsys):
    missing = tmp_path / "missing.jcrcase"
    assert main(["--lang", "ja", "guidelines", str(missing)]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    assert line.startswith("jcr-desk-cli: エラー：")
    assert "missing.jcrcase" in line  # the file named as written, its problem in Japanese


def test_the_usage_hint_follows_lang_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    assert main(["demo"]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    assert line.startswith("jcr-desk-cli: エラー：")
    assert line.endswith("（jcr-desk-cli demo --help を参照）")


def test_lang_en_overrides_a_japanese_environment(monkeypatch, capsys):
    monkeypatch.setenv("LANGUAGE", "ja")
    assert main(["--lang", "en", "demo"]) == EXIT_USAGE
    assert capsys.readouterr().err.startswith("jcr-desk-cli: error: ")


def test_stress_prints_the_results_sentences_in_japanese(tmp_path, capsys):
    """Issue 21: with --lang ja the mechanisms and the notes read in Japanese; the JSON
    keeps the English the case file stores."""
    path = tmp_path / "demo.jcrcase"
    save_case(build_demo_case(loans=60), path)
    assert main(["--lang", "ja", "stress", str(path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    mechanisms = [line for line in lines if line.startswith("仕組み：")]
    assert any("サブリース会社" in line for line in mechanisms)
    assert any(line.startswith("仕組み：セグメント 投資用マンション：") for line in mechanisms)
    assert not any(line.startswith(("Mechanism:", "Note:")) for line in lines)
    assert main(["--lang", "ja", "stress", str(path), "--json"]) == EXIT_OK
    assert "Segment apartment" in capsys.readouterr().out


def test_a_tape_the_cli_cannot_read_is_refused_in_japanese(tmp_path, capsys):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert main(["--lang", "ja", "check-tape", str(empty)]) == EXIT_USAGE
    line = capsys.readouterr().err.strip()
    assert line == "jcr-desk-cli: エラー：empty.xlsx：ファイルが空です（0 バイト）"
    assert main(["--lang", "en", "check-tape", str(empty)]) == EXIT_USAGE
    assert capsys.readouterr().err.strip().endswith("empty.xlsx: the file is empty (0 bytes)")
