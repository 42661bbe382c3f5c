"""Hostile archives at the Desk's real limits: each refused in seconds with its one-line reason.

Before the archive checks, the whitespace bomb kept ``check-tape`` busy for over five minutes
(the reader's error-cell scan copied an ever-growing buffer) and a single cell at XFD1048576
made calamine ask for 549 GB and abort the whole program.
"""

from __future__ import annotations

import time

import pytest

from jcr_desk.pool.problems import TapeError
from jcr_desk.pool.reader import read_sheet
from jcr_desk.pool.tape import read_tape
from tests.unit.pool import hostile_tapes

ANSWER_SECONDS = 5.0
"""The issue's bound for every file of the corpus (the figures themselves are in bench/)."""


@pytest.mark.parametrize("name", sorted(hostile_tapes.CORPUS))
def test_each_hostile_file_is_refused_in_seconds(tmp_path, name):
    make, reason = hostile_tapes.CORPUS[name]
    path = make(tmp_path)
    started = time.perf_counter()
    with pytest.raises(TapeError) as raised:
        read_tape(path)
    elapsed = time.perf_counter() - started
    message = str(raised.value)
    assert message.startswith(f"{path.name}: {reason}"), message
    assert "\n" not in message
    assert elapsed < ANSWER_SECONDS


def test_the_whitespace_bomb_is_the_issues_file(tmp_path):
    path = hostile_tapes.whitespace_bomb(tmp_path)
    assert path.stat().st_size < 2_000_000
    assert "from 1.6 MB to 1,611 MB (1,0" in _refusal(path)


def test_a_sheet_declaring_the_whole_grid_but_holding_three_loans_reads(tmp_path):
    raw = read_sheet(hostile_tapes.lying_dimension(tmp_path))
    assert raw.excel_rows.tolist() == [2, 3, 4]
    assert raw.cells.shape == (3, 5)


def _refusal(path) -> str:
    with pytest.raises(TapeError) as raised:
        read_sheet(path)
    return str(raised.value)
