"""The task lanes on their own: replacement, cancel, queue order and clean-up in every case."""

from __future__ import annotations

import threading
import time

import pytest

from jcr_desk.progress import Cancelled
from jcr_desk.ui.workers import ComputeLane, FileQueue, TaskLanes

TIMEOUT_MS = 5_000


class Record:
    """What a lane delivered, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def callbacks(self, name: str) -> dict:
        return {
            "on_success": lambda result: self.events.append((f"{name} succeeded", result)),
            "on_error": lambda error: self.events.append((f"{name} failed", str(error))),
            "on_cancel": lambda: self.events.append((f"{name} cancelled", None)),
            "cleanup": lambda: self.events.append((f"{name} cleaned up", None)),
        }

    def of(self, name: str) -> list[str]:
        return [event for event, _ in self.events if event.startswith(f"{name} ")]


def until_cancelled(started: threading.Event | None = None):
    """Work that runs until its token is set, as a stress run does between months."""

    def work(progress, cancel):
        if started is not None:
            started.set()
        while not cancel.cancelled:
            time.sleep(0.005)
        raise Cancelled()

    return work


def gated(gate: threading.Event, value: object):
    def work(progress, cancel):
        assert gate.wait(TIMEOUT_MS / 1000)
        return value

    return work


def returns(value: object):
    return lambda progress, cancel: value


def fails(message: str):
    def work(progress, cancel):
        raise ValueError(message)

    return work


def settle(qtbot, lane) -> None:
    """Let every task of ``lane`` end and deliver, so nothing is left queued for a lane
    that is about to be deleted."""
    lane.wait()
    qtbot.waitUntil(lambda: not lane.running, timeout=TIMEOUT_MS)


@pytest.fixture
def lane(qtbot):
    lane = ComputeLane("test")
    yield lane
    lane.cancel()
    settle(qtbot, lane)


@pytest.fixture
def queue(qtbot):
    queue = FileQueue("files")
    yield queue
    queue.drain()
    settle(qtbot, queue)


def test_compute_success_delivers_then_cleans_up(qtbot, lane):
    record = Record()
    with qtbot.waitSignals([lane.started, lane.finished], order="strict", timeout=TIMEOUT_MS):
        lane.start(returns(42), "answer", **record.callbacks("a"))
    qtbot.waitUntil(lambda: ("a cleaned up", None) in record.events, timeout=TIMEOUT_MS)
    assert record.of("a") == ["a succeeded", "a cleaned up"]
    assert record.events[0] == ("a succeeded", 42)
    assert not lane.busy


def test_compute_failure_reports_then_cleans_up(qtbot, lane):
    record = Record()
    lane.start(fails("no pool"), "broken", **record.callbacks("a"))
    qtbot.waitUntil(lambda: len(record.events) == 2, timeout=TIMEOUT_MS)
    assert record.events == [("a failed", "no pool"), ("a cleaned up", None)]


def test_a_new_compute_task_replaces_the_last_and_its_clean_up_still_runs(qtbot, lane):
    record = Record()
    started = threading.Event()
    lane.start(until_cancelled(started), "first run", **record.callbacks("first"))
    assert started.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(lane.finished, timeout=TIMEOUT_MS):
        lane.start(returns("fresh"), "second run", **record.callbacks("second"))
    qtbot.waitUntil(
        lambda: ("first cleaned up", None) in record.events
        and ("second cleaned up", None) in record.events,
        timeout=TIMEOUT_MS,
    )
    # The replaced run delivers nothing, not even a cancel; only its clean-up runs.
    assert record.of("first") == ["first cleaned up"]
    assert record.of("second") == ["second succeeded", "second cleaned up"]


def test_a_replaced_task_that_finishes_late_is_dropped(qtbot, lane):
    record = Record()
    gate = threading.Event()
    lane.start(gated(gate, "stale"), "slow", **record.callbacks("old"))
    lane.start(returns("new"), "quick", **record.callbacks("new"))
    gate.set()
    qtbot.waitUntil(lambda: len(record.events) == 3, timeout=TIMEOUT_MS)
    assert ("old succeeded", "stale") not in record.events
    assert record.of("old") == ["old cleaned up"]


def test_cancel_calls_on_cancel_and_clean_up_when_the_work_stops(qtbot, lane):
    record = Record()
    started = threading.Event()
    lane.start(until_cancelled(started), "run", **record.callbacks("a"))
    assert started.wait(TIMEOUT_MS / 1000)
    with qtbot.waitSignal(lane.finished, timeout=TIMEOUT_MS):
        lane.cancel()
    assert not lane.busy
    qtbot.waitUntil(lambda: len(record.events) == 2, timeout=TIMEOUT_MS)
    assert record.events == [("a cancelled", None), ("a cleaned up", None)]


def test_one_lane_never_touches_another(qtbot):
    lanes = TaskLanes()
    stress, pool = lanes.compute("stress"), lanes.compute("pool")
    record = Record()
    started = threading.Event()
    stress.start(until_cancelled(started), "stress run", **record.callbacks("stress"))
    assert started.wait(TIMEOUT_MS / 1000)
    pool.start(returns("tape"), "tape", **record.callbacks("pool"))
    lanes.files.submit(returns("saved"), "save", **record.callbacks("save"))
    qtbot.waitUntil(
        lambda: ("pool cleaned up", None) in record.events
        and ("save cleaned up", None) in record.events,
        timeout=TIMEOUT_MS,
    )
    assert stress.busy and record.of("stress") == []
    lanes.cancel_compute()
    qtbot.waitUntil(lambda: ("stress cleaned up", None) in record.events, timeout=TIMEOUT_MS)
    assert not lanes.busy
    for each in lanes:
        settle(qtbot, each)
    # Closed: a computation asked for afterwards (a timer's) does not start; it cleans up.
    pool.start(returns("late"), "late", **record.callbacks("late"))
    assert not lanes.busy and ("late cleaned up", None) in record.events
    assert record.of("late") == ["late cleaned up"]
    # So is the lane of a tab built after that (the window builds some tabs on first need).
    latecomer = lanes.compute("built while closing")
    latecomer.start(returns("later"), "later", **record.callbacks("later"))
    assert not lanes.busy and record.of("later") == ["later cleaned up"]


def test_file_work_runs_in_order_and_every_result_arrives(qtbot, queue):
    record = Record()
    gate = threading.Event()
    with qtbot.waitSignals(
        [queue.started, queue.started, queue.started, queue.finished],
        order="strict",
        timeout=TIMEOUT_MS,
    ):
        queue.submit(gated(gate, 1), "save 1", **record.callbacks("one"))
        queue.submit(returns(2), "save 2", **record.callbacks("two"))
        queue.submit(fails("disk full"), "save 3", **record.callbacks("three"))
        assert queue.busy
        gate.set()
    assert record.events == [
        ("one succeeded", 1), ("one cleaned up", None),
        ("two succeeded", 2), ("two cleaned up", None),
        ("three failed", "disk full"), ("three cleaned up", None),
    ]
    assert not queue.busy


def test_cancelling_file_work_stops_the_running_task_only(qtbot, queue):
    record = Record()
    started = threading.Event()
    queue.submit(until_cancelled(started), "open A", **record.callbacks("a"))
    queue.submit(returns("B"), "open B", **record.callbacks("b"))
    assert started.wait(TIMEOUT_MS / 1000)
    queue.cancel()
    qtbot.waitUntil(lambda: ("b cleaned up", None) in record.events, timeout=TIMEOUT_MS)
    assert record.of("a") == ["a cancelled", "a cleaned up"]
    assert record.of("b") == ["b succeeded", "b cleaned up"]


def test_a_save_cannot_be_cancelled(qtbot, queue):
    record = Record()
    gate = threading.Event()
    task = queue.submit(gated(gate, "written"), "save", **record.callbacks("a"),
                        cancellable=False)
    queue.cancel()
    assert not task.token.cancelled
    gate.set()
    qtbot.waitUntil(lambda: len(record.events) == 2, timeout=TIMEOUT_MS)
    assert record.events == [("a succeeded", "written"), ("a cleaned up", None)]


def test_dropped_queued_work_is_cleaned_up_without_running(qtbot, queue):
    record = Record()
    gate = threading.Event()
    queue.submit(gated(gate, 1), "save", **record.callbacks("a"))
    queue.submit(returns(2), "open", **record.callbacks("b"))
    queue.drop_pending()
    assert record.events == [("b cleaned up", None)]
    gate.set()
    queue.drain()
    assert record.of("a") == ["a succeeded", "a cleaned up"]
    assert not queue.busy


def test_drain_delivers_everything_queued(qtbot, queue):
    record = Record()
    for number in range(3):
        queue.submit(returns(number), f"save {number}", **record.callbacks(str(number)))
    queue.drain()
    assert [result for event, result in record.events if "succeeded" in event] == [0, 1, 2]


def test_a_failing_clean_up_does_not_stop_the_queue(qtbot, queue):
    record = Record()

    def broken_cleanup() -> None:
        raise OSError("share unreachable")

    queue.submit(returns(1), "save", record.callbacks("a")["on_success"],
                 record.callbacks("a")["on_error"], cleanup=broken_cleanup)
    queue.submit(returns(2), "save", **record.callbacks("b"))
    queue.drain()
    assert record.of("b") == ["b succeeded", "b cleaned up"]
