"""The tape import's problems as sentences: the English the workbook, the CSV and older case
files keep, and a template with its arguments that a Japanese analyst reads translated."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

from jcr_desk import i18n
from jcr_desk.pool.cut_off import resolve_cut_off
from jcr_desk.pool.mapping import ColumnMapping
from jcr_desk.pool.problem_groups import group_problems
from jcr_desk.pool.problems import PROBLEM_CONTEXT, Problem
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.validation import check_totals, validate
from tests.unit.pool import finding_tapes

SHEET = "債権明細"


@pytest.fixture
def japanese():
    i18n.set_language("ja")
    yield
    i18n.set_language("en")


def _loans() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "loan_id": pd.Series(["L1", "L2", "L2"], dtype="str"),
            "origination_date": pd.to_datetime(["2020-04-01", "2021-05-10", "2019-01-31"]),
            "maturity_date": pd.to_datetime(["2055-04-01", "2020-05-10", "2049-01-31"]),
            "original_balance": [30_000_000.0, 25_000_000.0, 40_000_000.0],
            "current_balance": [-1_000.0, 26_000_000.0, 33_000_000.0],
            "borrower_age": [40.0, 95.0, 52.0],
        }
    )


def _problems() -> list[Problem]:
    loans = _loans()
    mapping = ColumnMapping(
        columns={field: index for index, field in enumerate(loans.columns)},
        headers=["債権番号", "実行日", "最終期日", "当初貸出金額", "貸出残高", "年齢"],
        units={},
        unmapped=[],
    )
    rows = np.arange(5, 8)
    problems = validate(loans, rows, mapping, SHEET, {})
    problems += check_totals(loans, {"current_balance": 60_000_000}, SHEET, 9, mapping=mapping)
    problems += resolve_cut_off(None, None, "title", dt.date(2021, 5, 10), SHEET)[1]
    return problems


def test_the_english_of_each_problem_is_todays_message():
    """Hand-written: the workbook's Exceptions sheet and the CSV keep these sentences."""
    messages = {(p.rule, p.row): p.message for p in _problems()}
    assert messages == {
        ("balance_not_positive", 5): "貸出残高: balance -1000 is zero or negative",
        ("duplicate_loan_id", 6): "債権番号: loan L2 appears 2 times (first on row 6)",
        ("duplicate_loan_id", 7): "債権番号: loan L2 appears 2 times (first on row 6)",
        ("maturity_before_origination", 6):
            "最終期日: maturity 2020-05-10 is before the origination date 2021-05-10",
        ("current_above_original", 6):
            "貸出残高: current balance 26000000 is above the original balance 25000000",
        ("outlier", 6): "年齢: 95 is outside the usual range 18 – 85",
        ("totals_mismatch", 9):
            "the totals row says 60,000,000 for 貸出残高; the loans add up to 58,999,000",
        ("required_column_missing", None):
            "no column of the tape is mapped to the required field Interest rate",
        ("cut_off_inferred", None):
            "the tape states no cut-off date in its title rows: seasoning and remaining terms "
            "run to the newest origination date, 2021-05-10 (inferred); enter the cut-off in "
            "the mapping dialog (command line: --cut-off YYYY-MM-DD)",
    }
    assert all(str(p.sentence) == p.message for p in _problems())


def test_a_problem_keeps_its_sentence_through_the_case_file(japanese):
    for problem in _problems():
        data = problem.to_dict()
        assert data["message"] == problem.message  # older readers and the exports
        read = Problem.from_dict(data)
        assert read == problem
        assert read.sentence.source == problem.sentence.source != problem.message
        assert read.sentence.translated() == problem.sentence.translated() != problem.message


def test_a_problem_stored_in_english_only_reads_as_written(japanese):
    data = {
        "sheet": SHEET, "row": 6, "column": "E", "header": "貸出残高",
        "field": "current_balance", "value": "-5", "rule": "balance_not_positive",
        "severity": "error", "message": "貸出残高: balance -5 is zero or {negative}",
    }
    problem = Problem.from_dict(data)
    assert problem.message == str(problem.sentence) == data["message"]
    assert problem.sentence.context == PROBLEM_CONTEXT
    assert problem.sentence.translated() == data["message"]


@pytest.mark.parametrize(
    "tape",
    ["f07_many_warnings", "f05_no_valid_rows", "f03_no_cut_off", "f02_thousand_yen_title",
     "f02_yen_header_thousand_figures", "f01_percent_format", "f03_cut_off_in_title"],
)
def test_every_sentence_of_a_tapes_report_has_its_japanese(tape):
    problems = read_tape(finding_tapes.path(tape)).problems + _problems()
    japanese = i18n.catalogue("ja")
    sentences = [p.sentence for p in problems]
    sentences += [g.sentence for g in group_problems(problems)]
    sentences += [r.reasons_said() for r in read_tape(finding_tapes.path(tape)).readings.values()]
    missing = set()
    for sentence in sentences:
        assert str(sentence)  # builds with its arguments
        missing |= _untranslated(sentence, japanese)
    assert missing == set()


def _untranslated(text: i18n.Text, japanese: dict) -> set[tuple[str, str]]:
    """The templates of ``text`` and its nested sentences without a Japanese translation
    (a list's joining template, only placeholders and separators, reads the same in both)."""
    found = set()
    if re.sub(r"\{[^}]*\}|[;,\s]", "", text.source) and (text.context, text.source) not in japanese:
        found.add((text.context, text.source))
    for value in text.args.values():
        if isinstance(value, i18n.Text):
            found |= _untranslated(value, japanese)
    return found


def test_a_group_headline_is_a_sentence_with_the_english_of_today():
    problems = _problems()
    problems += [
        Problem(SHEET, row, "F", "年齢", "borrower_age", "95", "outlier", "warning",
                "年齢: 95 is outside the usual range 18 – 85")
        for row in (11, 12)
    ]
    [group] = [g for g in group_problems(problems) if g.rule == "outlier"]
    assert group.headline == str(group.sentence) == (
        "年齢: 3 values outside the usual range 18 – 85"
    )


def test_a_units_reasons_read_as_before_in_english_and_join_as_japanese_does(japanese):
    from jcr_desk.pool.units import HEADER, VALUES, Evidence, UnitReading

    reading = UnitReading("current_balance", None, (
        Evidence.saying("yen", HEADER, i18n.Text(PROBLEM_CONTEXT, 'header "{header}"',
                                                 {"header": "残高（円）"})),
        Evidence("thousand_yen", VALUES, "40 of 40 values are plausible"),  # as a file kept it
    ))
    assert reading.reasons() == (
        'header "残高（円）" → yen; 40 of 40 values are plausible → thousand yen'
    )
    assert reading.reasons_said().translated() == (
        "見出し「残高（円）」 → 円；40 of 40 values are plausible → 千円"
    )
    assert str(UnitReading("ltv", None, ()).reasons_said()) == "the tape gives no evidence"
    assert str(UnitReading("ltv", "percent", (), chosen=True).details_said()) == ""


def test_a_group_of_outliers_names_its_range_in_japanese_also_from_an_english_only_report(
    japanese,
):
    saved = [
        {"sheet": SHEET, "row": row, "column": "F", "header": "年齢", "field": "borrower_age",
         "value": "95", "rule": "outlier", "severity": "warning",
         "message": "年齢: 95 is outside the usual range 18 – 85"}
        for row in (11, 12)
    ]
    [old] = group_problems(saved)
    [new] = [g for g in group_problems(_problems() + _problems()) if g.rule == "outlier"]
    assert old.headline == "年齢: 2 values outside the usual range 18 – 85"
    assert old.sentence.translated() == new.sentence.translated() == (
        "年齢：通常の範囲（18 – 85）外の値が 2 件"
    )
