"""jcr-desk-cli writing into a pipe whose reader has gone (``… | head``): it stops quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jcr_desk.case import save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.cli_errors import EXIT_PIPE_CLOSED


def run_into_closed_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with stdout on a pipe whose reading end is already closed, as when
    ``head`` has read its lines and exited."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "jcr_desk.cli", *args],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        )
    finally:
        os.close(write_end)


@pytest.fixture(scope="module")
def case_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipe") / "group.jcrcase"
    save_case(build_demo_case(loans=50), path)
    return path


@pytest.mark.parametrize("output", [[], ["--json"]], ids=["text", "json"])
def test_a_command_whose_reader_went_away_exits_quietly(case_file, output):
    result = run_into_closed_pipe("guidelines", str(case_file), *output)
    assert result.stderr == ""
    assert result.returncode == EXIT_PIPE_CLOSED == 141
