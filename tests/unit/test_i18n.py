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


def test_a_guideline_step_reads_in_japanese_with_its_notches_translated():
    from jcr_desk.methodology.groups import financial_holding_guideline

    step = financial_holding_guideline("A", spe_indicated=True).steps[0]
    assert step.reason == (
        "SPE resolution indicated, few restrictions on preventive measures, group "
        "creditworthiness A or higher, no cash-flow problem: 0 notches."
    )
    try:
        i18n.set_language("ja")
        assert step.message.translated() == (
            "SPE による破綻処理が示され、予防的措置への制約が小さく、グループ信用力が A 以上、"
            "キャッシュフローに問題なし：0ノッチ。"
        )
    finally:
        i18n.set_language("en")


def test_a_text_equals_the_english_sentence_it_makes():
    template = i18n.Text("Guideline", "{count} notches", {"count": 2})
    stored = i18n.Text("Guideline", "2 notches")
    assert template == stored and hash(template) == hash(stored)


class _RefusalForTestError(i18n.ExplainedError, ValueError):
    CONTEXT = "CaseFile"


def test_an_explained_error_is_english_in_logs_and_japanese_to_the_analyst():
    sentence = i18n.Text("CaseFile", "is not a JCR Desk case file")
    error = _RefusalForTestError(sentence)
    assert str(error) == "is not a JCR Desk case file"
    assert isinstance(error, ValueError)
    try:
        i18n.set_language(i18n.JAPANESE)
        shown = i18n.explained(error)
    finally:
        i18n.set_language(i18n.ENGLISH)
    assert shown != str(error) and not shown.isascii()
    assert i18n.explained(error) == str(error)


def test_an_error_raised_with_english_keeps_it_and_other_errors_read_as_written():
    error = _RefusalForTestError("the {odd} braces stay")
    assert error.sentence == i18n.Text.as_written("CaseFile", "the {odd} braces stay")
    assert i18n.explained(error, lambda context, source: source) == "the {odd} braces stay"
    assert i18n.explained(KeyError("x")) == "'x'"


def test_a_list_is_joined_pair_by_pair_so_each_language_joins_it_its_own_way():
    words = [i18n.Text("CaseCommand", "outlook"), "B", "C"]
    listed = i18n.chained("CaseCommand", "{first}, {rest}", words, last="{first} and {rest}")
    assert str(listed) == "outlook, B and C"
    assert str(i18n.chained("CaseCommand", "{first}, {rest}", words)) == "outlook, B, C"
    assert i18n.chained("CaseCommand", "{first}, {rest}", ["alone"]) == "alone"
    japanese = listed.built(lambda context, source: {"outlook": "見通し"}.get(source, source))
    assert japanese == "見通し, B and C"  # each piece looked up in its own context
