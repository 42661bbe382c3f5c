"""Fixtures shared by the stress engine's tests."""

from __future__ import annotations

import pytest

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import stress_inputs
from jcr_desk.structured.inputs import StressInputs


@pytest.fixture(scope="session")
def demo_inputs() -> StressInputs:
    """The demo case's scenario over 400 loans."""
    case = build_demo_case(loans=400)
    return stress_inputs(case, case.scenarios[0])
