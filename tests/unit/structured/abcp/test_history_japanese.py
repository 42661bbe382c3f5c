"""Every refusal of a monthly history reads in Japanese when Japanese is chosen (issue 21).

A refusal is an ExplainedError: ``str(error)`` stays the English the log, the case file and
the other tests read; ``translated()`` (the command line) and ``explained`` with Qt's
translator (the ABCP tab) name the same file, sheet, row and column in the analyst's language.
Each case triggers one refusal the way an originator's file or a stored frame would.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from jcr_desk import i18n
from jcr_desk.structured.abcp.history import HistoryError, MonthlyHistory
from jcr_desk.structured.abcp.history_file import read_history
from tests.gui.language_walk import english_words
from tests.sheets import write_rows
from tests.unit.structured.abcp.histories import HEADER, month_rows, write_history

LOSSES = [5_000.0] * 12
SOURCE = {"file": "history.xlsx", "sheet": "History"}
#: What the refusals quote from the file or the command line, as written.
DATA = frozenset(
    {
        "history.xlsx",
        "History",
        "A社",
        "--unit",
        "population_balance=UNIT",
        *HEADER,
        "債権残高",
        "貸倒率(%)",
    }
)


def _file(rows: list[list[object]], header: list[str] = HEADER) -> Callable[[Path], object]:
    return lambda folder: read_history(write_history(folder, rows, header))


def _frame(**columns: list[object]) -> Callable[[Path], object]:
    months = pd.to_datetime([f"2024-{m:02d}-01" for m in range(1, 4)])
    data = {"month": months, "excel_row": [3, 4, 5], **columns}
    return lambda _folder: MonthlyHistory.checked(pd.DataFrame(data), SOURCE)


def _gap() -> list[list[object]]:
    rows = month_rows(LOSSES)
    del rows[4]
    return rows


def _swapped() -> list[list[object]]:
    rows = month_rows(LOSSES)
    rows[2], rows[3] = rows[3], rows[2]
    return rows


def _changed(row: int, column: int, value: object) -> list[list[object]]:
    rows = month_rows(LOSSES)
    rows[row][column] = value
    return rows


def _twice(folder: Path) -> object:
    header = ["年月", "譲渡人", "債権残高（円）", "回収額（円）", "貸倒額（円）", "取消額（円）"]
    rows = [["2024-01", "A社", 600_000, 570_000, 3_000, 600]] * 2
    return read_history(write_rows(folder / "history.xlsx", [header, *rows], sheet="History"))


def _not_a_workbook(folder: Path) -> object:
    path = folder / "history.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    return read_history(path)


AMOUNTS = {"population_balance": [1e6] * 3, "collections": [9e5] * 3}
RATES = {"credit_loss_rate": [0.01] * 3, "cancellation_rate": [0.0] * 3}
REFUSALS = {
    "month missing": _file(_gap()),
    "months out of order": _file(_swapped()),
    "month twice": _twice,
    "blank figure": _file(_changed(3, 2, None)),
    "losses above the balance": _file(_changed(0, 3, 2_000_000)),
    "no loss column": _file(
        [[r[0], r[1], r[2], r[4]] for r in month_rows(LOSSES)],
        ["年月", "債権残高（円）", "回収額（円）", "取消額（円）"],
    ),
    "unit undecided": _file(month_rows(LOSSES), ["年月", "債権残高", "回収額", "貸倒額", "取消額"]),
    "not a spreadsheet": _not_a_workbook,
    "no month rows": lambda _folder: MonthlyHistory.checked(pd.DataFrame(), SOURCE),
    "amount and rate": _frame(**AMOUNTS, **RATES, credit_losses=[1.0] * 3),
    "amounts without balance": _frame(
        collections=[9e5] * 3, credit_losses=[1.0] * 3, cancellation_rate=[0.0] * 3
    ),
    "split without balance": _frame(history_seller=["A社"] * 3, collection_rate=[0.9] * 3, **RATES),
    "negative": _frame(**AMOUNTS, **RATES | {"credit_loss_rate": [0.01, -0.02, 0.01]}),
    "zero balance": _frame(population_balance=[1e6, 0.0, 1e6], collections=[9e5] * 3, **RATES),
    "rate above its limit": _frame(
        collection_rate=[0.9] * 3, **RATES | {"cancellation_rate": [0.0, 1.5, 0.0]}
    ),
}


def _refusal(name: str, folder: Path) -> HistoryError:
    with pytest.raises(HistoryError) as caught:
        REFUSALS[name](folder)
    return caught.value


@pytest.mark.parametrize("name", REFUSALS)
def test_a_history_refusal_reads_in_japanese(name, tmp_path):
    error = _refusal(name, tmp_path)
    assert isinstance(error, ValueError)  # every `except ValueError` still catches it
    i18n.set_language("ja")
    try:
        japanese = error.translated()
    finally:
        i18n.set_language("en")
    assert english_words(japanese, DATA) == [], japanese
    assert japanese != str(error)
    window = i18n.explained(error, lambda context, source: i18n.translate_to("ja", context, source))
    assert window == japanese  # the ABCP tab passes Qt's translator the same way


def test_a_history_refusal_in_english_is_unchanged(tmp_path):
    error = _refusal("month missing", tmp_path)
    assert str(error) == (
        "history.xlsx, sheet History, row 7, column A (年月): 2024-05 is missing between "
        "2024-04 and 2024-06: a history has every month"
    )
    assert error.translated() == str(error)


def test_abcp_import_names_a_refused_history_in_japanese(tmp_path, capsys):
    from jcr_desk.cli import EXIT_OK, EXIT_PROBLEMS, main

    assert main(["demo", str(tmp_path / "demo"), "--loans", "20"]) == EXIT_OK
    case = tmp_path / "demo" / "demo.jcrcase"
    before = case.read_bytes()
    history = write_history(tmp_path, _gap())
    capsys.readouterr()
    assert main(["--lang", "ja", "abcp-import", str(case), "--history", str(history)]) == (
        EXIT_PROBLEMS
    )
    line = capsys.readouterr().err.strip()
    assert "7 行目、A 列（年月）" in line
    assert english_words(line, DATA | {"jcr-desk-cli"}) == [], line
    assert case.read_bytes() == before  # nothing of a refused history reaches the case
    assert main(["--lang", "en", "abcp", str(case), "--history", str(history)]) == EXIT_PROBLEMS
    assert "row 7, column A (年月): 2024-05 is missing" in capsys.readouterr().err
