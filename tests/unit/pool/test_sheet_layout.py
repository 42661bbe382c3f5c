"""Header blocks, totals and footnotes found on small grids written by hand."""

from __future__ import annotations

import numpy as np

from jcr_desk.pool.sheet_layout import find_header, split_trailer

HEADER = ["債権番号", "実行日", "最終期日", "残高（円）", "金利（%）"]


def grid(rows: list[list[object]]) -> tuple[np.ndarray, np.ndarray]:
    width = max(len(row) for row in rows)
    cells = np.full((len(rows), width), None, dtype=object)
    for index, row in enumerate(rows):
        cells[index, : len(row)] = row
    blank = np.vectorize(lambda cell: cell is None)(cells).astype(bool)
    return cells, blank


LOAN = ["L1", 44000, 56000, 30_000_000, 1.2]


def test_a_title_row_right_above_the_header_stays_a_title():
    cells, blank = grid([["基準日：2026年9月30日", None, None, "単位：千円"], HEADER, LOAN])
    block = find_header(cells, blank, frozenset())
    assert (block.first, block.last) == (1, 1)
    assert block.headers == HEADER


def test_a_group_header_without_merge_data_runs_over_its_sub_headers():
    cells, blank = grid([
        ["債権番号", "実行日", "最終期日", "金額（千円）", None, "金利（%）"],
        [None, None, None, "当初貸出額", "貸出残高", None],
        ["L1", 44000, 56000, 30_000, 25_000, 1.2],
    ])
    block = find_header(cells, blank, frozenset())
    assert (block.first, block.last) == (0, 1)
    assert block.headers[3:5] == ["金額（千円） / 当初貸出額", "金額（千円） / 貸出残高"]


def test_a_parent_row_above_sub_headers_joins_the_header():
    cells, blank = grid([
        [None, None, None, "金額（円）", None, None],
        ["債権番号", "実行日", "最終期日", "当初貸出額", "貸出残高", "金利（%）"],
        ["L1", 44000, 56000, 30_000_000, 25_000_000, 1.2],
    ])
    block = find_header(cells, blank, frozenset())
    assert (block.first, block.last) == (0, 1)
    assert block.headers[3] == "金額（円） / 当初貸出額"


def test_merged_cells_carry_their_text_to_every_cell_they_cover():
    cells, blank = grid([
        ["債権番号", "実行日", "最終期日", "金額（円）", None],
        [None, None, None, "当初貸出額", "貸出残高"],
        ["L1", 44000, 56000, 30_000_000, 25_000_000],
    ])
    merges = [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (1, 2)), ((0, 3), (0, 4))]
    block = find_header(cells, blank, frozenset(), merges)
    assert block.headers == ["債権番号", "実行日", "最終期日", "金額（円） / 当初貸出額",
                             "金額（円） / 貸出残高"]


def test_footnotes_need_a_totals_row_or_a_mark_and_a_short_last_loan_stays_a_loan():
    rows = [HEADER, LOAN, LOAN, ["L3", "note"], ["※ 金利は年率"]]
    cells, blank = grid(rows)
    trailer = split_trailer(cells, blank, np.arange(1, len(rows)), HEADER)
    assert trailer.totals is None
    assert trailer.footnotes == ((4, "※ 金利は年率"),)

    rows = [HEADER, LOAN, ["合計", 1, None, 30_000_000], ["残高は元本残高", None], ["以上"]]
    cells, blank = grid(rows)
    trailer = split_trailer(cells, blank, np.arange(1, len(rows)), HEADER)
    assert trailer.totals == 2
    assert [row for row, _text in trailer.footnotes] == [3, 4]
