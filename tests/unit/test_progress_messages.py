"""What long domain work reports as it goes is a sentence the status bar can show in Japanese.

Found by the Japanese walk: the ABCP analysis reported ``f"Analysing {name}"`` and the status
bar showed it in English over the window's translated label. Every progress message of the
tape reader, the stress engine, the ABCP analysis, the workbook export and the drafts is a
``Text`` of the ``Progress`` context whose template the Japanese catalogue translates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jcr_desk.case.demo import DemoFiles, write_demo
from jcr_desk.case.document.storage import load_case
from jcr_desk.case.services.abcp_run import analyse_case_program
from jcr_desk.case.services.stress_run import run_scenario
from jcr_desk.i18n import JAPANESE, Text, catalogue
from jcr_desk.pool.schema import LOANS, RECEIVABLES, RECEIVABLES_HISTORY
from jcr_desk.pool.tape import read_tape
from jcr_desk.progress import PROGRESS, ProgressMessage, step, within
from jcr_desk.reports import export_workbook
from jcr_desk.reports.drafts import write_drafts
from jcr_desk.structured.rmbs.static_data import read_static_data


class Recorder:
    """A progress sink that keeps every message and fraction."""

    def __init__(self) -> None:
        self.messages: list[ProgressMessage] = []
        self.fractions: list[float] = []

    def __call__(self, fraction: float, message: ProgressMessage) -> None:
        self.fractions.append(fraction)
        self.messages.append(message)


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> DemoFiles:
    return write_demo(tmp_path_factory.mktemp("demo"), loans=120)


def _run_everything(files: DemoFiles, folder: Path) -> Recorder:
    recorder = Recorder()
    case = load_case(files.case_path)
    read_tape(files.tape_path, progress=recorder, kind=LOANS)
    read_tape(files.abcp_receivables_path, progress=recorder, kind=RECEIVABLES)
    read_tape(files.abcp_history_path, progress=recorder, kind=RECEIVABLES_HISTORY)
    read_static_data(files.static_path, progress=recorder)
    run_scenario(case, case.scenarios[0].id, progress=recorder)
    analyse_case_program(case, case.programs[0].id, progress=recorder)
    export_workbook(case, folder / "committee.xlsx", include_loans=True, progress=recorder)
    write_drafts(case, folder / "drafts", progress=recorder)
    return recorder


@pytest.fixture(scope="module")
def reported(demo_files: DemoFiles, tmp_path_factory: pytest.TempPathFactory) -> Recorder:
    return _run_everything(demo_files, tmp_path_factory.mktemp("out"))


def test_every_progress_message_of_the_domain_is_a_translatable_sentence(reported):
    assert len(reported.messages) > 30  # the work reported, step by step
    plain = sorted({str(m) for m in reported.messages if not isinstance(m, Text)})
    assert plain == []
    assert {m.context for m in reported.messages} == {PROGRESS}


def test_the_japanese_catalogue_translates_every_progress_template(reported):
    japanese = catalogue(JAPANESE)
    templates = {m.source for m in reported.messages if isinstance(m, Text)}
    missing = sorted(t for t in templates if (PROGRESS, t) not in japanese)
    assert missing == []


def test_the_analysis_names_the_program_in_the_japanese_sentence():
    message = step("Analysing {name}", name="Sakura Blossom Receivables Funding")
    japanese = message.built(lambda context, source: catalogue(JAPANESE)[(context, source)])
    assert japanese == "Sakura Blossom Receivables Funding を分析中"
    assert str(message) == "Analysing Sakura Blossom Receivables Funding"


def test_a_step_within_a_task_reports_its_share_of_the_whole_bar():
    recorder = Recorder()
    half = within(recorder, 0.5, 0.75)
    half(0.0, "start")
    half(0.5, "middle")
    half(1.0, "end")
    assert recorder.fractions == [0.5, 0.625, 0.75]
    assert recorder.messages == ["start", "middle", "end"]
