"""The demo case's ABCP program: a small multi-seller card-receivables program of the bank.

Its terms come from ``[abcp]`` of ``resources/demo/demo_case.toml``; its population history
and receivables from the deterministic generator (``structured.abcp.synthetic``), so the
program in the case and the workbooks written beside it hold the same figures. Written files
are read back through the importers, so the case records their sources as a real import would.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import pandas as pd

from jcr_desk.case.document.model import Case, StoredPool, StoredProgram, new_id
from jcr_desk.case.services.pool_import import EXCEL_ROW, pool_from_tape
from jcr_desk.pool.schema import RECEIVABLES
from jcr_desk.pool.tape import read_tape
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.history_file import read_history
from jcr_desk.structured.abcp.program import AbcpProgram, BackupLine, CheckAnswer, Party
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.abcp.stress import StressChoices
from jcr_desk.structured.abcp.synthetic import (
    HISTORY_HEADERS,
    RECEIVABLE_HEADERS,
    Segment,
    generate_history,
    generate_receivables,
    write_sheet,
)

HISTORY_NAME: Final = "demo_abcp_history.xlsx"
RECEIVABLES_NAME: Final = "demo_abcp_receivables.xlsx"


def build_demo_program(section: dict[str, Any], ids: dict[str, str]) -> StoredProgram:
    """The program with its generated history and receivables (no files involved)."""
    history_frame = demo_history(section)
    history_frame["excel_row"] = range(4, len(history_frame) + 4)
    history = MonthlyHistory.checked(
        history_frame, {"file": "generated", "generator": "JCR Desk synthetic history",
                        "seed": section["seed"]}
    )
    loans = demo_receivables(section)
    loans[EXCEL_ROW] = range(4, len(loans) + 4)
    pool = StoredPool(new_id(), "Purchased receivables", loans,
                      {"generator": "JCR Desk synthetic receivables", "seed": section["seed"],
                       "kind": RECEIVABLES})
    choices = StressChoices(**section["stress"])
    return StoredProgram(new_id(), _program(section, ids), choices, history, pool)


def demo_history(section: dict[str, Any]) -> pd.DataFrame:
    segments = [
        Segment(s["seller"], s["category"], s["balance"], s["loss_rate"], s["cancellation_rate"])
        for s in section["segments"]
    ]
    return generate_history(
        segments, section["history_months"], section["last_month"], section["seed"]
    )


def demo_receivables(section: dict[str, Any]) -> pd.DataFrame:
    total = sum(s["balance"] for s in section["segments"])
    mix = [(s["seller"], s["category"], s["balance"] / total) for s in section["segments"]]
    return generate_receivables(
        section["receivables"], mix, section["due_date"], section["seed"] + 1
    )


def write_demo_program(case: Case, folder: Path, section: dict[str, Any]) -> tuple[Path, Path]:
    """Write the program's history and receivables as workbooks and make the case's program
    hold them as imported (sources, Excel rows, report). Returns the two paths."""
    item = case.programs[0]
    assert item.history is not None and item.receivables is not None
    history_path = write_sheet(
        item.history.frame, HISTORY_HEADERS, folder / HISTORY_NAME, section["history_title"],
        "月次推移",
    )
    receivables_path = write_sheet(
        item.receivables.loans, RECEIVABLE_HEADERS, folder / RECEIVABLES_NAME,
        section["receivables_title"], "債権明細",
    )
    item.history = read_history(history_path)
    tape = read_tape(receivables_path, kind=RECEIVABLES)
    imported = pool_from_tape(tape, "Purchased receivables")
    item.receivables = replace(imported, id=item.receivables.id)
    return history_path, receivables_path


def _program(section: dict[str, Any], ids: dict[str, str]) -> AbcpProgram:
    rules = abcp_rules()
    when = datetime.combine(section["answered_on"], datetime.min.time(), UTC).isoformat()
    answers = tuple(
        CheckAnswer(name, check.key, "yes", section["answer_reason"], section["analyst"], when)
        for name in ("spc", "internal")
        for check in rules.checks[name]
    )
    sellers = tuple(
        Party(seller["name"], ids.get(seller.get("entity", "")),
              seller.get("short_term_rating"))
        for seller in section["sellers"]
    )
    return AbcpProgram(
        name=section["name"],
        spc_name=section["spc_name"],
        spc_form=section["spc_form"],
        spc_country=section["spc_country"],
        sponsor=Party("Mitsukaze Bank", ids[section["sponsor"]]),
        backup=BackupLine(**section["backup"]),
        sellers=sellers,
        purchased_assets=section["purchased_assets"],
        documents=tuple(document.key for document in rules.documents["internal"]),
        answers=answers,
        subordination=section["subordination"],
        cash_reserve=section["cash_reserve"],
        commingling_mitigated=True,
        commingling_reason=section["commingling_reason"],
    )
