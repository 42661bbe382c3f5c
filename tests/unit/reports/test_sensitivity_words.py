"""Item 13 for a structured class, worked by hand on a small result."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from jcr_desk.reports.sensitivity_words import Fall, falls
from jcr_desk.structured.rmbs.result import MultiplierLine, SensitivityGrids
from tests.unit.case.factories import sample_result


def _result():
    """Class A needs 3.1 % bad-loan and 2.1 % other enhancement at AAA and has 10 %; so the
    grid's bad-loan figure may reach 7.9 % before the class falls short."""
    base = sample_result()
    aaa = base.ratings[0]

    def line(rating: str, first: float):
        return replace(
            aaa,
            rating=rating,
            multipliers=MultiplierLine(first, first, 0.5, (first, first, 0.5), False),
        )

    grid = SensitivityGrids(
        "AAA",
        "Class A",
        (1.0, 2.0, 3.0, 4.0),
        (0.3, 0.5),
        (0.05,),
        ((0.01, 0.0), (0.05, 0.02), (0.08, 0.04), (0.12, 0.07)),
        ((None,), (None,), (None,), (None,)),
    )
    return replace(
        base,
        ratings=(line("AAA", 3.5), line("A", 2.5), line("BBB", 2.0)),
        sensitivity=grid,
        base_case=MappingProxyType({"recovery_rate": 0.45}),
    )


def test_the_lower_recovery_takes_the_senior_class_to_bbb() -> None:
    # At 30 % recovery the class covers the 1x (1 %) and 2x (5 %) rows but not 3x (8 % >
    # 7.9 %): 2x is the BBB stress multiple (AAA 3.5, A 2.5 are beyond it).
    assert falls(_result(), "Class A") == [Fall(0.3, 2.0, "BBB")]


def test_below_every_tested_rating_and_not_even_the_base_case() -> None:
    result = _result()
    heavy = replace(
        result.sensitivity, by_recovery=((0.085, 0.0), (0.09, 0.0), (0.1, 0.0), (0.2, 0.0))
    )
    assert falls(replace(result, sensitivity=heavy), "Class A") == [Fall(0.3, None, None)]
    low = replace(result, ratings=(result.ratings[0],))  # only AAA tested (3.5x)
    assert falls(low, "Class A") == [Fall(0.3, 2.0, None)]


def test_a_class_the_grid_does_not_cover_has_no_falls() -> None:
    assert falls(_result(), "Class B") == []
