"""The status bar's task line speaks the analyst's language, whoever wrote the message.

Found by the Japanese walk: the ABCP analysis reported its step in English from the domain,
and the status bar replaced its translated label with it.
"""

from __future__ import annotations

import threading

import pytest

from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.progress import step
from jcr_desk.ui.task_status import TaskStatus
from jcr_desk.ui.translations import install_language
from jcr_desk.ui.workers import TaskLanes

TIMEOUT_MS = 5_000


@pytest.fixture
def japanese(qapp):
    yield install_language("ja")
    install_language("en")


def reporting(message, gate: threading.Event):
    """Work that reports ``message`` once and waits until the test has looked."""

    def work(progress, cancel):
        progress(0.5, message)
        assert gate.wait(TIMEOUT_MS / 1000)
        return

    return work


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        (step(QT_TRANSLATE_NOOP("Progress", "Analysing {name}"), name="Sakura Funding"),
         "Sakura Funding を分析中"),
        (step(QT_TRANSLATE_NOOP("Progress", "Reading {file}"), file="tape.xlsx"),
         "tape.xlsx を読込み中"),
        ("既に翻訳済みの文", "既に翻訳済みの文"),  # the window's own words, already translated
    ],
)
def test_a_progress_message_is_shown_in_japanese(qtbot, japanese, message, shown):
    lanes = TaskLanes()
    status = TaskStatus(lanes)
    qtbot.addWidget(status)
    lane = lanes.compute("analysis")
    gate = threading.Event()
    lane.start(reporting(message, gate), "label", lambda _result: None, lambda _error: None)
    try:
        qtbot.waitUntil(lambda: status.label.text() == shown, timeout=TIMEOUT_MS)
        assert status.bar.value() == 500
    finally:
        gate.set()
        lane.wait()
    qtbot.waitUntil(lambda: not lane.running, timeout=TIMEOUT_MS)
    assert status.isHidden()
