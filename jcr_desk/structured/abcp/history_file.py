"""Import a receivables population's monthly history from Excel or CSV.

The history goes through the loan-tape importer with the history schema
(``resources/pool/receivables_history_schema.toml``): the same file safety (signature,
encryption, zip bombs), header finding, unit evidence and cell parsers, and the same problems
naming sheet, row and column. A history feeds every figure of the analysis, so where a loan
tape keeps a row with a warning, a history is refused at its first problem of any kind:
an unreadable cell, a negative figure, a unit the file does not make clear, a month missing
or out of order. Nothing of a refused history reaches the case.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import ERROR, Problem, TapeError, column_letter
from jcr_desk.pool.schema import RECEIVABLES_HISTORY, field_spec
from jcr_desk.pool.tape import ReadChoices, read_tape
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.structured.abcp.history import (
    EXCEL_ROW,
    HistoryError,
    MonthlyHistory,
    cell_said,
    history_text,
)

#: Warnings that leave a figure unknown or in doubt: a history is refused for them.
_REFUSED_WARNINGS: Final = ("unreadable", "unit_against_evidence")


def read_history(
    path: str | Path,
    sheet: str | None = None,
    *,
    units: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> MonthlyHistory:
    """The checked history in ``path`` (``sheet``, else the sheet that looks most like one);
    ``units`` (field → yen, thousand_yen, percent, fraction) stand over the file's evidence.

    Raises :class:`HistoryError` naming the file, sheet, row and column of the first problem.
    """
    path = Path(path)
    try:
        tape = read_tape(
            path,
            sheet,
            progress=progress,
            cancel=cancel,
            choices=ReadChoices(units=dict(units or {})),
            kind=RECEIVABLES_HISTORY,
        )
    except TapeError as error:
        raise HistoryError(None, error.sentence) from None
    columns = {
        name: [column_letter(tape.mapping.columns[name]), tape.mapping.header_of(name)]
        for name in tape.mapping.columns
    }
    source = {
        "file": path.name,
        "sheet": tape.source["sheet"],
        "sha256": tape.source["sha256"],
        "imported_at": tape.source["imported_at"],
        "header_row": tape.source["header_row"],
        "units": dict(tape.mapping.units),
        "unit_evidence": dict(tape.source["unit_evidence"]),
        "columns": columns,
        "rows": tape.row_count,
    }
    blocking = [p for p in tape.problems if _refused(p)]
    if blocking:
        raise _error(source, blocking[0])
    frame = tape.loans.copy()
    frame[EXCEL_ROW] = tape.excel_rows
    return MonthlyHistory.checked(frame, source)


def _refused(problem: Problem) -> bool:
    return problem.severity == ERROR or problem.rule in _REFUSED_WARNINGS


def _error(source: Mapping[str, object], problem: Problem) -> HistoryError:
    where = cell_said(source, problem.row, problem.field)
    if problem.rule == "unit_undecided" and problem.field:
        spec = field_spec(problem.field)
        found = problem.sentence.args
        return HistoryError(
            where,
            history_text(
                QT_TRANSLATE_NOOP(
                    "AbcpHistory",
                    "{label}: the unit is not decided ({reasons}); state it in the header, e.g. "
                    "{header} (円) or (%), or choose it (command line: --unit {name}=UNIT)",
                ),
                label=found["label"],
                reasons=found["reasons"],
                header=Text("PoolFields", spec.label),
                name=spec.name,
            ),
        )
    return HistoryError(where, problem.sentence)
