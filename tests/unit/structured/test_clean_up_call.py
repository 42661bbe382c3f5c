"""The clean-up call is a term of the deal (issue 14, finding 3; seed 002 §2(1)(c)).

No call unless the structure states one; a stated call is tested with and without its
exercise, and the higher enhancement holds, the result saying which.
"""

from __future__ import annotations

from tests.unit.structured.deals import deal, loan_table, run_json, with_assumptions

CLASSES = [
    ("Senior", 0.75, "fixed", 0.0),
    ("Junior", 0.125, "fixed", 0.0),
    ("Seller", 0.125, "residual", 0.0),
]


def one_loan(default: float, call: float | None):
    return deal(
        loan_table([1_000_000], [9], rate=0.0),
        CLASSES,
        default=default,
        recovery=0.5,
        lag=6,
        cpr=0.05,
        clean_up_call=call,
    )


def _senior(result, rating: str = "AAA") -> float:
    return result["ratings"][rating]["tranches"]["Senior"]["bad_loan_ce"]


def test_a_structure_without_a_call_is_run_without_one() -> None:
    stated_none = run_json(one_loan(0.02, None))
    explicit_zero = run_json(one_loan(0.02, 0.0))
    assert stated_none["ratings"] == explicit_zero["ratings"]
    assert stated_none["clean_up_call"]["level"] is None


def test_more_defaults_never_need_less_enhancement_with_a_stated_call() -> None:
    # With the call always exercised, 1.25 % defaults needed 1.05 % at AAA and 1.5 % only
    # 0.74 %: heavier defaults brought the pool to the call level a month earlier.
    needs = [_senior(run_json(one_loan(rate, 0.10))) for rate in (0.01, 0.0125, 0.015, 0.02)]
    assert needs == sorted(needs)


def test_a_stated_call_is_tested_both_ways_and_the_higher_figure_holds() -> None:
    with_call = run_json(one_loan(0.02, 0.10))
    without = run_json(one_loan(0.02, None))
    for rating, line in with_call["ratings"].items():
        assert _senior(with_call, rating) >= _senior(without, rating) - 1e-12
        assert line["clean_up_call"] in ("exercised", "not exercised")
    assert with_call["clean_up_call"]["level"] == 0.10
    assert with_call["clean_up_call"]["tested"] == ["exercised", "not exercised"]


def test_the_demo_deal_states_no_call(demo_inputs) -> None:
    assert demo_inputs.deal.clean_up_call is None
    result = run_json(with_assumptions(demo_inputs, target_ratings=("AAA",)))
    assert result["clean_up_call"]["level"] is None
    assert result["ratings"]["AAA"]["clean_up_call"] == "none stated"
