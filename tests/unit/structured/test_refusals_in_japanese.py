"""Every refusal of a stress run's inputs reads in Japanese, its English unchanged (issue 21).

One case per raise site that can be reached from bad records, bad inputs or a bad static-data
workbook: with Japanese chosen, ``explained(error)`` has no English word left but the data it
quotes (keys as written in the file, class names, values, loan ids, file and sheet names,
the ``--set`` names); ``str(error)`` is the English the Desk always wrote (logs, JSON).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from jcr_desk import i18n
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services import stress_run
from jcr_desk.structured.errors import StressInputError
from jcr_desk.structured.fields import Fields
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.class_fit import KEEP_AMOUNTS, KEEP_SHARES, class_fit, refit
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.engine import run_stress
from jcr_desk.structured.rmbs.result import EnhancementResult
from jcr_desk.structured.rmbs.static_data import StaticDataError, read_static_data
from tests.gui.language_walk import english_words
from tests.unit.structured.deals import deal, loan_table, with_assumptions, with_deal
from tests.unit.structured.test_static_data import workbook

CLASSES = [
    ("Class A", 0.85, "fixed", 0.004),
    ("Class B", 0.1, "fixed", 0.008),
    ("Seller", 0.05, "residual", 0.0),
]
#: What a refusal quotes as written: the records' keys and choices, the ``--set`` names,
#: class and loan names, values (repr), the workbook's file and sheet names.
DATA = frozenset(
    {
        "fixed",
        "floating",
        "residual",
        "Class A",
        "Class B",
        "Seller",
        "base_default_rate",
        "cpr",
        "recovery_rate",
        "recovery_lag_months",
        "keep_amounts",
        "keep_shares",
        "true",
        "false",
        "YYYY-MM-DD",
        "Original balance",
        "static.xlsx",
        "Defaults",
        "Prepayments",
        "Sheet",
        "Vintage",
        "Notes",
        "nowhere",
        "JCR Desk",
        "keep-amounts",
        "keep-shares",
        "interest_rate",
        "sequential",
        "pro_rata",
        "investment_condominium",
        "apartment",
        "self_employed",
        "prefecture:NAME",
        "region:NAME",
        "nan",
        # values quoted as found
        "'x'",
        "'yes'",
        "'fast'",
        "'soon'",
        "'a'",
        "'city'",
        "'step-up'",
        "'speed'",
        "'high'",
        "'lots'",
    }
)


def _inputs(**columns):
    loans = loan_table([10e6, 20e6, 30e6], [120, 240, 360])
    for name, values in columns.items():
        loans[name] = values
    return deal(loans, CLASSES)


def _with_class(position: int, **changes):
    inputs = _inputs()
    classes = list(inputs.classes)
    classes[position] = dataclasses.replace(classes[position], **changes)
    return with_deal(inputs, classes=tuple(classes))


def _structure(**changes) -> dict:
    data = _inputs().deal.to_dict()
    data.update(changes)
    return data


def _classes(*changes: dict) -> dict:
    classes = [dict(c) for c in _inputs().deal.to_dict()["classes"]]
    for position, change in enumerate(changes):
        classes[position].update(change)
    return _structure(classes=classes)


def _assumptions(**changes) -> dict:
    data = _inputs().assumptions.to_dict()
    data.update(changes)
    return data


def _adjustment(**changes) -> dict:
    record = {"rating": "AAA", "component": "first_five_years", "value": 1.2, "reason": "x"}
    record.update(changes)
    return record


def _run(inputs) -> Callable[[], object]:
    return lambda: run_stress(inputs)


def _fields(data, method: str, *args, **kwargs) -> Callable[[], object]:
    return lambda: getattr(Fields(data, "scenario"), method)(*args, **kwargs)


def _case_run(spoil: Callable, **overrides) -> Callable[[], object]:
    def run():
        case = build_demo_case(loans=20, seed=3)
        scenario_id = spoil(case)
        return stress_run.run_scenario(case, scenario_id, overrides=overrides)

    return run


def _no_pool(case) -> str:
    case.pools.clear()
    return case.scenarios[0].id


CASES: dict[str, Callable[[], object]] = {
    # structured/fields.py
    "not a table": lambda: Fields([1], "scenario"),
    "unknown field": lambda: Fields({"speed": 1}, "scenario", ("cpr",)),
    "missing": _fields({}, "raw", "cpr"),
    "not text": _fields({"name": 3}, "text", "name"),
    "not a choice": _fields({"payment": "x"}, "choice", "payment", ("sequential", "pro_rata")),
    "not a flag": _fields({"hedged": "yes"}, "flag", "hedged"),
    "out of a span": _fields({"x": 2}, "number", "x", low=0.0, high=1.5),
    "below a floor": _fields({"x": -2}, "number", "x", low=0.0),
    "above a ceiling": _fields({"x": 2}, "number", "x", high=1.0),
    "not a fraction": _fields({"cpr": 2}, "fraction", "cpr"),
    "not a number": _fields({"cpr": "fast"}, "number", "cpr"),
    "not whole": _fields({"lag": 1.5}, "whole", "lag"),
    "whole below": _fields({"lag": -1}, "whole", "lag"),
    "not a day": _fields({"closing": "soon"}, "day", "closing"),
    "not records": _fields({"classes": "A"}, "records", "classes", lambda f: f),
    "not numbers": _fields({"curve": "1"}, "numbers", "curve"),
    "not texts": _fields({"notes": "a"}, "texts", "notes"),
    "not a text item": _fields({"notes": ["a", 1]}, "texts", "notes"),
    # structured/rmbs/deal.py
    "class without a name": lambda: DealStructure.from_dict(_classes({"name": " "})),
    "negative class": lambda: DealStructure.from_dict(_classes({"balance": -1})),
    "same names": lambda: DealStructure.from_dict(_classes({"name": "Class B"})),
    "same ranks": lambda: DealStructure.from_dict(_classes({"rank": 2})),
    "two residuals": lambda: DealStructure.from_dict(_classes({}, {"coupon_type": "residual"})),
    "residual not last": lambda: DealStructure.from_dict(
        _classes({}, {"coupon_type": "residual"}, {"coupon_type": "fixed", "coupon": 0.01})
    ),
    "answer without reason": lambda: DealStructure.from_dict(
        _structure(guarantee={"answers": [{"key": "a", "answer": "yes"}]})
    ),
    "answered twice": lambda: DealStructure.from_dict(
        _structure(guarantee={"answers": [{"key": "a"}, {"key": "a"}]})
    ),
    "classes above the pool": lambda: _inputs().deal.check_against_pool(1.0, 0.0),
    # structured/rmbs/assumptions.py
    "rating twice": lambda: StressAssumptions.from_dict(
        _assumptions(target_ratings=["AAA", "AAA"])
    ),
    "not a rating": lambda: StressAssumptions.from_dict(_assumptions(target_ratings=["QQ"])),
    "event rating": lambda: StressAssumptions.from_dict(_assumptions(target_ratings=["D"])),
    "empty curve": lambda: StressAssumptions.from_dict(_assumptions(timing_curve=[0, 0])),
    "zero multiplier": lambda: StressAssumptions.from_dict(
        _assumptions(multiplier_adjustments=[_adjustment(value=0)])
    ),
    "adjustment without reason": lambda: StressAssumptions.from_dict(
        _assumptions(multiplier_adjustments=[_adjustment(reason=" ")])
    ),
    "adjusted twice": lambda: StressAssumptions.from_dict(
        _assumptions(multiplier_adjustments=[_adjustment(), _adjustment()])
    ),
    "bad segment": lambda: StressAssumptions.from_dict(
        _assumptions(multiplier_adjustments=[_adjustment(segment="city")])
    ),
    "decision without reason": lambda: StressAssumptions.from_dict(
        _assumptions(
            concentration_decisions=[
                {"region": "region:Kanto", "decision": "adjusted", "reason": " "}
            ]
        )
    ),
    "source not a table": lambda: StressAssumptions.from_dict(
        _assumptions(base_case_source="file")
    ),
    # structured/rmbs/inputs.py and loan_table.py
    "no loans": _run(dataclasses.replace(_inputs(), loans=_inputs().loans.iloc[:0])),
    "no column": _run(
        dataclasses.replace(_inputs(), loans=_inputs().loans.drop(columns="interest_rate"))
    ),
    "no base case": _run(with_assumptions(_inputs(), cpr=None, recovery_lag_months=None)),
    "no target rating": _run(with_assumptions(_inputs(), target_ratings=())),
    "cpr above 1": _run(with_assumptions(_inputs(), cpr=1.5)),
    "negative lag": _run(with_assumptions(_inputs(), recovery_lag_months=-1)),
    "trust fee": _run(with_deal(_inputs(), trust_fee=-0.001)),
    "servicing fee": _run(with_deal(_inputs(), servicing_fee=float("nan"))),
    "final before cut-off": _run(with_deal(_inputs(), legal_final_maturity=date(2000, 1, 1))),
    "no classes": _run(with_deal(_inputs(), classes=())),
    "no rated class": _run(with_deal(_inputs(), classes=_inputs().deal.ordered()[2:])),
    "coupon type": _run(_with_class(0, coupon_type="step-up")),
    "class balance": _run(_with_class(0, balance=float("nan"))),
    "class coupon": _run(_with_class(1, coupon=-0.01)),
    "negative loan": _run(_inputs(current_balance=[10e6, -5.0, 30e6])),
    "no term": _run(_inputs(remaining_term_months=[0, 0, 0])),
    "negative term": _run(_inputs(remaining_term_months=[120, -1, 360])),
    "negative deposit": _run(_inputs(deposit_balance=[0.0, -1.0, 0.0])),
    "negative property": _run(_inputs(property_value=[1e7, 2e7, -np.inf])),
    # structured/rmbs/class_fit.py
    "amounts cannot stay": lambda: refit(
        _inputs().deal, class_fit(_inputs().deal, 1.0, 0.0), KEEP_AMOUNTS
    ),
    "shares unknown": lambda: refit(
        _inputs().deal, class_fit(_inputs().deal, 1e9, 0.0), KEEP_SHARES
    ),
    "unknown fit": lambda: refit(_inputs().deal, class_fit(_inputs().deal, 1e9, 0.0), "guess"),
    # structured/rmbs/result.py
    "old result": lambda: EnhancementResult.from_dict({"format": 1}),
    # case/services/stress_run.py
    "no scenario": _case_run(lambda case: "nowhere"),
    "no pool in the case": _case_run(_no_pool),
    "unknown override": _case_run(lambda case: case.scenarios[0].id, speed=1.0),
}


HEADER = ["Vintage", "1M", "2M", "3M"]
#: Workbooks the static-data import refuses, with what ``read_static_data`` is asked.
STATIC: dict[str, tuple[dict[str, list[list[object]]], dict[str, str]]] = {
    "no such sheet": ({"Defaults": [HEADER, ["2015", 0.1, 0.2, 0.3]]}, {"sheet": "Notes"}),
    "one sheet twice": (
        {"Defaults": [HEADER, ["2015", 0.1, 0.2, 0.3]]},
        {"sheet": "Defaults", "prepayment_sheet": "Defaults"},
    ),
    "only prepayments": ({"Prepayments": [HEADER, ["2015", 0.1, 0.2, 0.3]]}, {}),
    "empty sheet": ({"Defaults": [[None]]}, {}),
    "no header": ({"Defaults": [["Notes"], ["x", "y"]]}, {}),
    "no vintage column": ({"Defaults": [["1M", "2M", "3M"], [0.1, 0.2, 0.3]]}, {}),
    "no vintage rows": ({"Defaults": [HEADER, ["Notes", 0.1, 0.2, 0.3]]}, {}),
    "periods jump": ({"Defaults": [[*HEADER, "6M"], ["2015", 0.1, 0.2, 0.3, 0.4]]}, {}),
    "a hole": ({"Defaults": [HEADER, ["2015", 0.1, None, 0.3]]}, {}),
    "not a number": ({"Defaults": [HEADER, ["2015", 0.1, "high", 0.3]]}, {}),
    "amounts without balances": ({"Defaults": [HEADER, ["2015", 1e6, 2e6, 3e6]]}, {}),
    "percent among amounts": (
        {"Defaults": [["Vintage", "Original balance", "1M", "2M"], ["2015", 1e9, 1e6, "5%"]]},
        {},
    ),
    "balance not an amount": (
        {"Defaults": [["Vintage", "Original balance", "1M", "2M"], ["2015", "lots", 1e6, 2e6]]},
        {},
    ),
    "balance blank": (
        {"Defaults": [["Vintage", "Original balance", "1M", "2M"], ["2015", None, 1e6, 2e6]]},
        {},
    ),
    "balance zero": (
        {"Defaults": [["Vintage", "Original balance", "1M", "2M"], ["2015", 0, 1e6, 2e6]]},
        {},
    ),
    "above 100 %": ({"Defaults": [HEADER, ["2015", "10%", "50%", "120%"]]}, {}),
}


def _refusal(raise_it: Callable[[], object]) -> Exception:
    with pytest.raises((StressInputError, StaticDataError)) as caught:
        raise_it()
    return caught.value


def _in_japanese(error: Exception) -> str:
    i18n.set_language("ja")
    try:
        return i18n.explained(error)
    finally:
        i18n.set_language("en")


def _static(tmp_path: Path, name: str) -> Callable[[], object]:
    sheets, arguments = STATIC[name]
    path = workbook(tmp_path / "static.xlsx", sheets)
    return lambda: read_static_data(path, **arguments)


@pytest.mark.parametrize("name", list(CASES))
def test_a_stress_input_refusal_reads_in_japanese(name):
    error = _refusal(CASES[name])
    japanese = _in_japanese(error)
    assert english_words(japanese, DATA | _keys(error)) == [], japanese
    assert str(error) == ENGLISH[name]


@pytest.mark.parametrize("name", list(STATIC))
def test_a_static_data_refusal_reads_in_japanese(name, tmp_path):
    error = _refusal(_static(tmp_path, name))
    japanese = _in_japanese(error)
    assert english_words(japanese, DATA) == [], japanese
    assert str(error) == ENGLISH_STATIC[name]


def _keys(error: Exception) -> frozenset[str]:
    """A field error's key: the place in the file, as written there."""
    key = getattr(error, "key", None)
    return frozenset({key}) if key else frozenset()


#: The English each refusal has always read (logs, JSON), as the Desk wrote it before.
ENGLISH: dict[str, str] = {
    "not a table": "scenario: expected a table of values, got [1]",
    "unknown field": "scenario.speed: is not a field this record has",
    "missing": "scenario.cpr: is missing",
    "not text": "scenario.name: expected text, got 3",
    "not a choice": "scenario.payment: is 'x'; allowed: sequential, pro_rata",
    "not a flag": "scenario.hedged: expected true or false, got 'yes'",
    "out of a span": "scenario.x: is 2; allowed: 0 to 1.5",
    "below a floor": "scenario.x: is -2; allowed: 0 or more",
    "above a ceiling": "scenario.x: is 2; allowed: 1 or less",
    "not a fraction": "scenario.cpr: is 2; allowed: 0 to 1 (a fraction (0.0125 = 1.25 %))",
    "not a number": "scenario.cpr: expected a number, got 'fast'",
    "not whole": "scenario.lag: expected a whole number, got 1.5",
    "whole below": "scenario.lag: is -1; allowed: 0 or more",
    "not a day": "scenario.closing: expected a date YYYY-MM-DD, got 'soon'",
    "not records": "scenario.classes: expected a list of tables, got 'A'",
    "not numbers": "scenario.curve: expected a list of numbers, got '1'",
    "not texts": "scenario.notes: expected a list of texts, got 'a'",
    "not a text item": "scenario.notes[1]: expected text, got 1",
    "class without a name": "structure.classes[0].name: every class needs a name",
    "negative class": "structure.classes[0].balance: is -1; allowed: 0 or more (yen)",
    "same names": "structure.classes: two classes have the same name; each name must be unique",
    "same ranks": "structure.classes: two classes have the same rank; ranks must be unique",
    "two residuals": "structure.classes: 2 residual classes; a structure has at most one",
    "residual not last": "structure.classes: the residual class Class B must have the lowest rank",
    "answer without reason": (
        "structure.guarantee.answers[0].reason: an answered requirement needs its reason"
    ),
    "answered twice": "structure.guarantee.answers: a requirement is answered twice",
    "classes above the pool": (
        "The classes add up to ¥60,000,000, more than the pool's ¥1 current balance."
    ),
    "rating twice": "assumptions.target_ratings: a rating is listed twice",
    "not a rating": "assumptions.target_ratings[0]: 'QQ' is not a rating",
    "event rating": "assumptions.target_ratings[0]: D marks a default event, not a target rating",
    "empty curve": "assumptions.timing_curve: the shares must add up to more than 0",
    "zero multiplier": (
        "assumptions.multiplier_adjustments[0].value: a stress multiplier must be above 0"
    ),
    "adjustment without reason": (
        "assumptions.multiplier_adjustments[0].reason: every adjustment needs its reason"
    ),
    "adjusted twice": "assumptions.multiplier_adjustments: one multiplier is adjusted twice",
    "bad segment": (
        "assumptions.multiplier_adjustments[0].segment: is 'city'; allowed: "
        "investment_condominium, apartment, self_employed, prefecture:NAME, region:NAME"
    ),
    "decision without reason": (
        "assumptions.concentration_decisions[0].reason: a decision needs its reason"
    ),
    "source not a table": "assumptions.base_case_source: expected a table",
    "no loans": "The scenario has no pool: import a loan tape first.",
    "no column": "The pool has no interest rate (interest_rate); the run needs it.",
    "no base case": (
        "The scenario has no prepayment rate (cpr), foreclosure lag (recovery_lag_months): "
        "type it or import the originator's static data."
    ),
    "no target rating": "No target rating chosen.",
    "cpr above 1": "cpr must be a fraction between 0 and 1, got 1.5.",
    "negative lag": "recovery_lag_months must be 0 or more.",
    "trust fee": "The trust fee is an annual fraction between 0 and 1 (0 % to 100 %); got -0.001.",
    "servicing fee": (
        "The servicing fee is an annual fraction between 0 and 1 (0 % to 100 %); got nan."
    ),
    "final before cut-off": (
        "The legal final maturity 2000-01-01 is not after the cut-off 2026-09-30."
    ),
    "no classes": "The structure has no classes.",
    "no rated class": "The structure has no rated class (only a residual class).",
    "coupon type": "Class A: coupon type 'step-up' is not one of fixed, floating, residual.",
    "class balance": "Class A: the balance must be a number of at least 0, got nan.",
    "class coupon": (
        "Class B: the coupon (or the margin of a floating coupon) must be a number of at least "
        "0, got -0.01."
    ),
    "negative loan": (
        "The pool's current balance must be a number of at least 0; it is negative, missing or "
        "infinite for loan L0002 (tape row 3)."
    ),
    "no term": (
        "The pool has no loan with a remaining term of at least one month: there is nothing to "
        "project (check the remaining term or maturity date column)."
    ),
    "negative term": "The remaining term is negative or infinite for loan L0002 (tape row 3).",
    "negative deposit": (
        "The deposit balance must be a number of at least 0; it is negative or infinite for "
        "loan L0002 (tape row 3)."
    ),
    "negative property": (
        "The property value must be a number of at least 0; it is negative or infinite for "
        "loan L0003 (tape row 4)."
    ),
    "amounts cannot stay": (
        "The classes add up to ¥60,000,000, more than the new pool's ¥1, so their amounts "
        "cannot stay: keep their shares instead."
    ),
    "shares unknown": (
        "The structure records no pool its classes were sized for, so their shares are "
        "unknown: keep their amounts, or edit the classes."
    ),
    "unknown fit": "The classes are re-fitted by keep-amounts or keep-shares.",
    "old result": (
        "result.format: the result was computed by another version of JCR Desk (format 1, this "
        "one reads 3)"
    ),
    "no scenario": "The case has no scenario with id 'nowhere'.",
    "no pool in the case": "The case has no pool: import a loan tape first.",
    "unknown override": (
        "Unknown assumption 'speed'; choose one of base_default_rate, cpr, recovery_rate, "
        "recovery_lag_months."
    ),
}
ENGLISH_STATIC: dict[str, str] = {
    "no such sheet": "static.xlsx: there is no sheet named 'Notes' (sheets: Defaults)",
    "one sheet twice": (
        "static.xlsx: sheet 'Defaults' cannot hold both default and prepayment rates"
    ),
    "only prepayments": "static.xlsx: no sheet of default rates (only prepayment sheets)",
    "empty sheet": "static.xlsx, sheet Defaults: the sheet is empty",
    "no header": (
        "static.xlsx, sheet Defaults: no header of months since origination (such as 1M, 12M, "
        "1ヶ月, Q4 or 1, 2, 3) in the first 30 rows"
    ),
    "no vintage column": (
        "static.xlsx, sheet Defaults: no vintage column left of the period headers in row 1"
    ),
    "no vintage rows": (
        "static.xlsx, sheet Defaults: no vintage rows below the header in row 1 (expected "
        "labels such as 2015 or 2015-04 in column A)"
    ),
    "periods jump": (
        "static.xlsx, sheet Defaults, row 1, column E (6M): period headers jump from 3 to 6 "
        "months (expected 4)"
    ),
    "a hole": (
        "static.xlsx, sheet Defaults, row 2, column C (2M): blank cell before a later observed "
        "rate (only the latest periods may be blank)"
    ),
    "not a number": "static.xlsx, sheet Defaults, row 2, column C (2M): 'high' is not a number",
    "amounts without balances": (
        "static.xlsx, sheet Defaults: the cells hold amounts (up to 3,000,000) but there is no "
        "original-balance column (such as Original balance or 実行金額) left of the periods"
    ),
    "percent among amounts": (
        "static.xlsx, sheet Defaults, row 2, column D (2M): a percent among amounts; write one "
        "unit per sheet"
    ),
    "balance not an amount": (
        "static.xlsx, sheet Defaults, row 2, column B (Original balance): 'lots' is not an amount"
    ),
    "balance blank": (
        "static.xlsx, sheet Defaults, row 2, column B (Original balance): original balance is "
        "blank; amounts need it"
    ),
    "balance zero": (
        "static.xlsx, sheet Defaults, row 2, column B (Original balance): original balance is "
        "not above 0; amounts need it"
    ),
    "above 100 %": "static.xlsx, sheet Defaults, row 2, column D (3M): 120.00% is outside 0–100 %",
}
