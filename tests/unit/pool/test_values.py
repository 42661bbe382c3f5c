"""Cell values as originators write them: every format of the issue, junk marked, never raised."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jcr_desk.pool.schema import field_spec
from jcr_desk.pool.values import (
    parse_bools,
    parse_categories,
    parse_dates,
    parse_money,
    parse_numbers,
    parse_rates,
    parse_text,
    unit_from_header,
)

DAY = np.datetime64("2020-04-01", "ns")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1234.5, 1234.5),
        ("1,234", 1234.0),
        ("12,345,678", 12345678.0),
        ("１２３，４５６", 123456.0),
        ("１．５", 1.5),
        ("¥5,000", 5000.0),
        ("￥5,000", 5000.0),
        ("5,000円", 5000.0),
        (" 42 ", 42.0),
        ("▲12", -12.0),
        ("(3)", -3.0),
        ("1.25%", 0.0125),
        ("1.25％", 0.0125),
        ("1e3", 1000.0),
    ],
)
def test_numbers_as_written(cell, expected):
    values, bad = parse_numbers([cell])
    assert values[0] == pytest.approx(expected)
    assert not bad[0]


@pytest.mark.parametrize(
    "cell",
    [
        "#N/A",
        "#DIV/0!",
        "#VALUE!",
        "abc",
        "1,2345",
        "1.2.3",
        True,
        b"12",
        10**400,
        "1e999",
        float("inf"),
        "nan",
        dt.date(2020, 1, 1),
    ],
)
def test_unreadable_numbers_are_bad_cells(cell):
    values, bad = parse_numbers([1.0, cell])
    assert bad.tolist() == [False, True]
    assert np.isnan(values[1])


@pytest.mark.parametrize("cell", [None, np.nan, "", "   ", "　"])
def test_blank_cells_are_missing_not_bad(cell):
    values, bad = parse_numbers([cell, "7"])
    assert np.isnan(values[0]) and values[1] == 7
    assert not bad.any()


def test_numeric_columns_take_the_fast_path():
    values, bad = parse_numbers(pd.Series([1.0, np.nan, np.inf]))
    assert values[0] == 1 and np.isnan(values[1])
    assert bad.tolist() == [False, False, True]


def test_money_in_thousand_yen_becomes_yen():
    values, bad = parse_money(["12,345", 2.5], "thousand_yen")
    assert values.tolist() == [12_345_000.0, 2_500.0]
    assert not bad.any()


def test_rates_in_percent_fraction_and_with_percent_sign():
    assert parse_rates([1.25, "0.5%"], "percent")[0] == pytest.approx([0.0125, 0.005])
    assert parse_rates([0.0125, "0.5%"], "fraction")[0] == pytest.approx([0.0125, 0.005])
    assert parse_rates(["1.25%", "0.475%"])[0] == pytest.approx([0.0125, 0.00475])
    assert parse_rates(["#N/A"])[1].tolist() == [True]


def test_cells_in_a_percent_format_are_fractions_whatever_the_columns_unit():
    formatted = np.array([True, False, False])
    values, bad = parse_rates([0.0125, 1.5, "2%"], "percent", formatted)
    assert values == pytest.approx([0.0125, 0.015, 0.02]) and not bad.any()


def test_cells_shown_in_thousands_hold_yen_under_a_thousand_yen_column():
    values, _bad = parse_money([45_000_000, 45_000], "thousand_yen", np.array([True, False]))
    assert values.tolist() == [45_000_000.0, 45_000_000.0]


@pytest.mark.parametrize(
    ("cell", "date1904"),
    [
        (43922, False),
        (43922.75, False),  # time of day dropped
        (42460, True),
        (dt.date(2020, 4, 1), False),
        (dt.datetime(2020, 4, 1, 13, 30), False),
        (pd.Timestamp("2020-04-01"), False),
        ("2020/04/01", False),
        ("2020/4/1", False),
        ("2020-04-01", False),
        ("2020-04-01 00:00:00", False),
        ("2020.04.01", False),
        ("2020年4月1日", False),
        ("２０２０年４月１日", False),
        ("令和2年4月1日", False),
        ("令和２年４月１日", False),
        ("㋿2年4月1日", False),
        ("R2.4.1", False),
        ("r2/4/1", False),
        ("Ｒ２．４．１", False),
        (20200401, False),
        ("20200401", False),
    ],
)
def test_dates_as_written(cell, date1904):
    values, bad = parse_dates([cell], date1904=date1904)
    assert values[0] == DAY
    assert not bad[0]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("平成31年4月30日", "2019-04-30"),
        ("H31.4.30", "2019-04-30"),
        ("令和元年5月1日", "2019-05-01"),
        ("昭和64年1月7日", "1989-01-07"),
        ("S60.12.1", "1985-12-01"),
        (1, "1900-01-01"),
        (59, "1900-02-28"),
        (61, "1900-03-01"),
        (0, "1904-01-01"),
    ],
)
def test_era_and_early_serial_dates(cell, expected):
    values, bad = parse_dates([cell], date1904=cell == 0)
    assert values[0] == np.datetime64(expected, "ns")
    assert not bad[0]


@pytest.mark.parametrize(
    "cell",
    [
        "#N/A",
        "#DIV/0!",
        "junk",
        "2020/13/01",
        "2020/02/30",
        "R0.1.1",
        "X2.4.1",
        60,
        -5,
        1e12,
        "9999-12-31",
        True,
        b"2020",
    ],
)
def test_unreadable_dates_are_bad_cells(cell):
    values, bad = parse_dates([cell, None])
    assert bad.tolist() == [True, False]
    assert np.isnat(values).all()


def test_datetime_columns_pass_through():
    column = pd.Series(pd.to_datetime(["2020-04-01", None]))
    values, bad = parse_dates(column)
    assert values[0] == DAY and np.isnat(values[1])
    assert values.dtype == np.dtype("datetime64[ns]") and not bad.any()


def test_categories_by_any_spelling():
    spec = field_spec("rate_type")
    cells = [
        "固定",
        "Fixed",
        " fixed rate ",
        "変動金利",
        "ＦＩＸＥＤ",
        "固定期間選択型",
        "Fixed-period selective",
        None,
    ]
    values, bad = parse_categories(cells, spec)
    assert list(values.categories) == list(spec.categories)
    assert values.tolist()[:7] == [
        "fixed",
        "fixed",
        "fixed",
        "variable",
        "fixed",
        "fixed_period_selective",
        "fixed_period_selective",
    ]
    assert pd.isna(values[7]) and not bad.any()


def test_prefectures_by_name_english_and_jis_code():
    values, bad = parse_categories(
        ["東京都", "東京", "Tokyo", 13.0, "13", "01"], field_spec("prefecture")
    )
    assert values.tolist() == ["東京都"] * 5 + ["北海道"]
    assert not bad.any()


def test_unknown_category_value_is_bad():
    values, bad = parse_categories(["固定", "mystery", 7.5], field_spec("rate_type"))
    assert bad.tolist() == [False, True, True]
    assert pd.isna(values[1])


def test_bools_from_words_numbers_and_the_fields_spellings():
    cells = ["1st", "第2順位以下", "有", "なし", True, 0, "yes", "maybe", None]
    values, bad = parse_bools(cells, field_spec("first_lien"))
    assert values.tolist()[:7] == [True, False, True, False, True, False, True]
    assert pd.isna(values[7]) and pd.isna(values[8])
    assert bad.tolist() == [False] * 7 + [True, False]


def test_text_keeps_ids_as_shown():
    values, bad = parse_text([1001.0, " L-0001 ", None, 12.5])
    assert values.tolist()[:2] == ["1001", "L-0001"]
    assert pd.isna(values[2]) and values[3] == "12.5"
    assert not bad.any()


def test_header_without_a_unit_word_names_none():
    assert unit_from_header("Current Balance", "money") is None
    assert unit_from_header("LTV（％）", "ratio") == "percent"


def test_a_large_column_is_parsed_per_distinct_text():
    cells = pd.Series(["1,000", "2,000", "#N/A"] * 50_000, dtype=object)
    values, bad = parse_numbers(cells)
    assert values[:3].tolist()[:2] == [1000.0, 2000.0]
    assert int(bad.sum()) == 50_000


def _blank(cell: object) -> bool:
    if isinstance(cell, str):
        return not cell.strip()
    return cell is None or (isinstance(cell, float) and np.isnan(cell))


junk = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.binary(max_size=6),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["#N/A", "#DIV/0!", "1,2,3", "令和", "R99.99.99", "%", "¥", "（）"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(junk, max_size=15))
def test_no_parser_raises_on_junk(cells):
    parsers = [
        parse_numbers,
        parse_rates,
        lambda c: parse_money(c, "thousand_yen"),
        parse_dates,
        lambda c: parse_dates(c, date1904=True),
        lambda c: parse_categories(c, field_spec("prefecture")),
        lambda c: parse_bools(c, field_spec("first_lien")),
        parse_text,
    ]
    blank = np.array([_blank(cell) for cell in cells], dtype=bool)
    for parse in parsers:
        values, bad = parse(cells)
        assert len(values) == len(cells) and bad.shape == (len(cells),)
        assert not bad[blank].any()
        unread = pd.isna(pd.Series(values, dtype=object)).to_numpy() & ~blank
        # A non-blank cell either reads or is marked bad: nothing is silently lost.
        assert not (unread & ~bad).any()
