"""The demo case with its stress result, exported once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.case import Case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.reports import ExportReport, export_workbook


def demo_with_result(loans: int = 300) -> Case:
    case = build_demo_case(loans=loans)
    case.results = [run_scenario(case, scenario.id) for scenario in case.scenarios]
    return case


@pytest.fixture(scope="module")
def demo() -> Case:
    return demo_with_result()


@pytest.fixture(scope="module")
def exported(demo: Case, tmp_path_factory: pytest.TempPathFactory) -> ExportReport:
    path = tmp_path_factory.mktemp("workbook") / "committee.xlsx"
    return export_workbook(demo, path)


@pytest.fixture(scope="module")
def exported_path(exported: ExportReport) -> Path:
    return exported.path
