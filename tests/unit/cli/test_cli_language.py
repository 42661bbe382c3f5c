"""jcr-desk-cli speaks the analyst's language: ``--lang`` or, without it, ``LANG``."""

from __future__ import annotations

from jcr_desk.cli import EXIT_USAGE, main


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
