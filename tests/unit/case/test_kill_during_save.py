"""A save killed at any instant leaves a file that opens as the old or the new case."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

import pytest

from jcr_desk.case import load_case
from jcr_desk.case.document._atomic_file import backup_path, temporaries

from .factories import kill_test_cases

KILLS = 40
HELPER = Path(__file__).with_name("save_loop.py")


def _start_saver(target: Path) -> subprocess.Popen[str]:
    """Start a saver that prepares at once but only begins saving when told to."""
    return subprocess.Popen(
        [sys.executable, str(HELPER), str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _go(saver: subprocess.Popen[str]) -> None:
    assert saver.stdout is not None and saver.stdin is not None
    assert saver.stdout.readline().strip() == "ready"
    saver.stdin.write("go\n")
    saver.stdin.flush()


def _wait_for(path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, "the first save never finished"
        time.sleep(0.01)


def _wait_for_temporary(target: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not temporaries(target):
        assert time.monotonic() < deadline, "no save ever wrote a temporary file"
        time.sleep(0.0002)  # leave the CPU to the saver


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_saves_never_damage_the_case(tmp_path: Path) -> None:
    target = tmp_path / "deal.jcrcase"
    expected = kill_test_cases()
    rng = random.Random(20240517)
    mid_save = 0
    # Savers start (import pandas, build the cases) while the previous one is saving.
    waiting = deque(_start_saver(target) for _ in range(2))
    try:
        for kill in range(KILLS):
            saver = waiting.popleft()
            waiting.append(_start_saver(target))
            _go(saver)
            if kill == 0:
                _wait_for(target, timeout=30)
            if rng.random() < 0.5:
                time.sleep(rng.uniform(0.0, 0.25))
            else:  # aim at the dangerous moment: a temporary file is being written or renamed
                _wait_for_temporary(target, timeout=10)
                time.sleep(rng.uniform(0.0, 0.004))
            saver.send_signal(signal.SIGKILL)
            saver.wait()
            mid_save += bool(temporaries(target))

            loaded = load_case(target)
            assert loaded == expected[0] or loaded == expected[1], f"kill {kill}"
            if backup_path(target).exists():
                assert load_case(backup_path(target)) in expected
    finally:
        for saver in waiting:
            saver.kill()
            saver.wait()
    assert mid_save >= KILLS // 4, f"only {mid_save} of {KILLS} kills landed mid-write"
