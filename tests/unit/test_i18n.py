"""The Qt-free half of the languages: LANG decides the command line's, the .ts answers."""

from __future__ import annotations

import pytest

from jcr_desk import i18n


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANGUAGE": "ja:en", "LANG": "en_US.UTF-8"}, "ja"),
        ({"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_first_locale_variable_set_names_the_language(environ, expected):
    assert i18n.language_from_environment(environ) == expected


def test_a_text_is_english_until_japanese_is_chosen():
    text = i18n.Text("MainWindow", "Saved {path}", {"path": "deal.jcrcase"})
    assert str(text) == "Saved deal.jcrcase"
    try:
        i18n.set_language("ja")
        assert text.translated() == "deal.jcrcase を保存しました"
    finally:
        i18n.set_language("en")
    assert text.translated() == "Saved deal.jcrcase"


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="ja, en"):
        i18n.set_language("fr")
