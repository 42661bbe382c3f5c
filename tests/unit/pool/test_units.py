"""Units by evidence: each case worked by hand from the rulebook's plausible ranges
(resources/pool/readings.toml: interest rate 0.05-15 %, original balance ¥1m-¥2bn, current
balance ¥100k-¥2bn, property value ¥3m-¥10bn; 90 % of the values decide)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from jcr_desk.pool.cell_formats import PERCENT, THOUSANDS, format_kind
from jcr_desk.pool.units import CROSS_FIELD, FORMAT, HEADER, TAPE, TITLE, VALUES, UnitSource
from jcr_desk.pool.units import decide_units as _decide


def decide(headers, rows, *, title=(), formats=None, **options):
    """Readings of a sheet given as headers and rows (each column maps by its header)."""
    from jcr_desk.pool.mapping import auto_map

    cells = pd.DataFrame(rows, dtype=object)
    mapping = auto_map(headers)
    source = UnitSource(headers, mapping.columns, cells, title, None, formats)
    return _decide(source, **options)


def sources(reading) -> list[tuple[str, str]]:
    return [(item.source, item.unit) for item in reading.evidence]


def test_header_words_and_values_agree():
    readings = decide(
        ["Loan No", "残高（千円）", "金利（%）"],
        [["A1", 30_000, 1.25], ["A2", 25_500, 0.475]],
    )
    balance, rate = readings["current_balance"], readings["interest_rate"]
    assert balance.unit == "thousand_yen"
    assert sources(balance) == [(HEADER, "thousand_yen"), (VALUES, "thousand_yen")]
    assert rate.unit == "percent"
    assert sources(rate) == [(HEADER, "percent"), (VALUES, "percent")]


def test_large_loans_in_thousand_yen_are_not_read_as_yen():
    # ¥150m apartment loans written in thousand yen: 150,000 is above the old median rule's
    # 100,000 (read as yen, 1,000x too small); as yen ¥150,000 is no original loan amount.
    readings = decide(
        ["Loan No", "Original Balance", "Balance"],
        [["A1", 150_000, 148_200], ["A2", 180_000, 171_000], ["A3", 120_000, 119_500]],
    )
    original = readings["original_balance"]
    assert original.unit == "thousand_yen"
    assert (VALUES, "thousand_yen") in sources(original)
    # the current balances fit both readings (¥148,200 or ¥148.2m); the original decides
    current = readings["current_balance"]
    assert current.unit == "thousand_yen"
    assert sources(current) == [(CROSS_FIELD, "thousand_yen")]


def test_a_header_saying_yen_over_thousand_yen_figures_is_asked():
    reading = decide(["No", "当初貸出額（円）"], [["A", 30_000], ["B", 45_000]])[
        "original_balance"
    ]
    assert reading.unit is None
    assert sources(reading) == [(HEADER, "yen"), (VALUES, "thousand_yen")]
    assert "header" in reading.summary() and "not decided" in reading.summary()


def test_no_evidence_is_asked():
    # ¥500k-¥900k balances or ¥500m-¥900m: both plausible, no word anywhere
    reading = decide(["No", "Balance"], [["A", 500_000], ["B", 900_000]])["current_balance"]
    assert reading.unit is None and reading.evidence == ()


def test_title_words_apply_to_amounts_without_their_own():
    readings = decide(
        ["No", "Balance", "Property Value (JPY)"],
        [["A", 500_000, 40_000_000], ["B", 900_000, 60_000_000]],
        title=[("住宅ローン債権明細",), ("単位：千円",)],
    )
    balance = readings["current_balance"]
    assert balance.unit == "thousand_yen"
    assert [(item.source, item.detail) for item in balance.evidence] == [
        (TITLE, 'title row 2 "単位：千円"')
    ]
    assert readings["property_value"].unit == "yen"  # its own header word governs it


def test_the_analysts_choice_stands_and_keeps_the_evidence():
    reading = decide(
        ["No", "Balance"], [["A", 500_000]], chosen={"current_balance": "yen"}
    )["current_balance"]
    assert reading.unit == "yen" and reading.chosen


def test_percent_formatted_fractions_under_a_percent_header_are_fractions():
    # 0.0125 formatted 0.000% shows 1.250 %: the header describes what Excel shows.
    formats = {PERCENT: {1: np.array([True, True])}}
    reading = decide(
        ["No", "金利（%）"], [["A", 0.0125], ["B", 0.00475]], formats=formats
    )["interest_rate"]
    assert reading.unit == "fraction"
    assert sources(reading) == [(FORMAT, "fraction")]


def test_fractions_under_a_percent_header_without_a_format_are_asked():
    # as percent numbers 0.0125 % and 0.00475 % are below 0.05 %: no housing-loan rate
    reading = decide(["No", "金利（%）"], [["A", 0.0125], ["B", 0.00475]])["interest_rate"]
    assert reading.unit is None
    assert sources(reading) == [(HEADER, "percent"), (VALUES, "fraction")]


def test_rates_written_with_percent_signs_need_no_unit():
    reading = decide(["No", "Rate"], [["A", "1.25%"], ["B", "0.475%"]])["interest_rate"]
    assert reading.unit == "fraction"
    assert [item.detail for item in reading.evidence] == ["no figure depends on the unit"]


def test_amounts_shown_in_thousands_hold_yen():
    formats = {THOUSANDS: {1: np.array([True, True])}}
    reading = decide(
        ["No", "残高（千円）"], [["A", 45_000_000], ["B", 30_000_000]], formats=formats
    )["current_balance"]
    assert reading.unit == "yen"
    assert sources(reading) == [(FORMAT, "yen")]


def test_deposits_without_evidence_follow_the_balances():
    readings = decide(
        ["No", "Balance (千円)", "Deposits"], [["A", 25_000, 50_000], ["B", 31_000, 1_200]]
    )
    deposits = readings["deposit_balance"]
    assert deposits.unit == "thousand_yen"
    assert sources(deposits) == [(TAPE, "thousand_yen")]


def test_ltv_tells_the_property_values_unit():
    # balance ¥30m written in yen, property 40,000 (thousand yen), stated LTV 75 %:
    # 30,000,000 / 40,000 / 0.75 = 1,000, so the property value is in thousand yen.
    readings = decide(
        ["No", "Balance (円)", "Property Value", "LTV (%)"],
        [["A", 30_000_000, 40_000, 75.0], ["B", 20_000_000, 25_000, 80.0]],
    )
    value = readings["property_value"]
    assert value.unit == "thousand_yen"
    assert (CROSS_FIELD, "thousand_yen") in sources(value)


def test_a_profile_unit_contradicted_by_the_header_is_asked():
    reading = decide(
        ["No", "残高（円）"], [["A", 30_000_000]], saved={"current_balance": "thousand_yen"},
        profile="Sakura",
    )["current_balance"]
    assert reading.unit is None
    assert ("profile", "thousand_yen") in sources(reading)


def test_number_format_kinds():
    assert format_kind("0.000%") == PERCENT
    assert format_kind('0.0"%"') is None  # a literal percent sign changes nothing
    assert format_kind("#,##0,") == THOUSANDS
    assert format_kind('#,##0,"千円";[Red]-#,##0,') == THOUSANDS
    assert format_kind("#,##0") is None
    assert format_kind("yyyy/mm/dd") is None
