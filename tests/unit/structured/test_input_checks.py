"""Bad input is refused before any projection, naming the field and the loan or class.

Issue 14, findings 7 and 8: these used to end in a ValueError deep in the engine (a "bug" on
the command line, exit 3) or in a layer above 100 % of the pool.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli import EXIT_PROBLEMS, main
from jcr_desk.structured.rmbs.engine import run_stress
from jcr_desk.structured.rmbs.inputs import StressInputError
from tests.unit.structured.deals import deal, loan_table, with_deal

CLASSES = [
    ("Class A", 0.85, "fixed", 0.004),
    ("Class B", 0.1, "fixed", 0.008),
    ("Seller", 0.05, "residual", 0.0),
]


def _inputs(**columns):
    loans = loan_table([10e6, 20e6, 30e6], [120, 240, 360])
    for name, values in columns.items():
        loans[name] = values
    return deal(loans, CLASSES)


def _with_class(inputs, position: int, **changes):
    classes = list(inputs.classes)
    classes[position] = dataclasses.replace(classes[position], **changes)
    return with_deal(inputs, classes=tuple(classes))


@pytest.mark.parametrize(
    ("inputs", "words"),
    [
        (_inputs(remaining_term_months=[0, 0, 0]), ["remaining term", "no loan"]),
        (_inputs(current_balance=[10e6, -5.0, 30e6]), ["current balance", "L0002", "row 3"]),
        (_inputs(current_balance=[10e6, 20e6, np.nan]), ["current balance", "L0003", "row 4"]),
        (_inputs(current_balance=[np.inf, 20e6, 30e6]), ["current balance", "L0001", "row 2"]),
        (_inputs(deposit_balance=[0.0, -1.0, 0.0]), ["deposit balance", "L0002"]),
        (_inputs(property_value=[1e7, 2e7, -3e7]), ["property value", "L0003"]),
        (_with_class(_inputs(), 1, coupon=-0.01), ["Class B", "coupon"]),
        (_with_class(_inputs(), 0, balance=float("nan")), ["Class A", "balance"]),
        (with_deal(_inputs(), trust_fee=-0.001), ["trust fee"]),
        (with_deal(_inputs(), servicing_fee=float("nan")), ["servicing fee"]),
    ],
)
def test_bad_input_is_a_refusal_naming_the_field(inputs, words) -> None:
    with pytest.raises(StressInputError) as refused:
        run_stress(inputs)
    for word in words:
        assert word in str(refused.value)


def test_a_negative_loan_rate_is_a_warning_not_a_refusal() -> None:
    result = run_stress(_inputs(interest_rate=[0.01, -0.002, 0.01]))
    warnings = [str(warning) for warning in result.warnings]
    assert any("negative interest rate" in w and "L0002" in w for w in warnings)


def test_a_layer_above_the_whole_pool_refuses_the_inputs() -> None:
    # Every loan matures in month 1: one collection period holds 100 % of the pool plus a
    # month's interest, so the commingling layer alone is above 100 %.
    loans = loan_table([10e6, 20e6], [1, 1], rate=0.12)
    with pytest.raises(StressInputError, match=r"commingling.*above 100 %"):
        run_stress(deal(loans, CLASSES, default=0.0))


def test_the_cli_answers_bad_input_with_exit_1(tmp_path, capsys) -> None:
    case = build_demo_case(loans=60, seed=2)
    case.pools[0].loans.loc[5, "deposit_balance"] = -10.0
    path = tmp_path / "bad.jcrcase"
    save_case(case, path)
    assert main(["stress", str(path)]) == EXIT_PROBLEMS
    error = capsys.readouterr().err
    assert "deposit balance" in error
    assert error.count("\n") == 1
