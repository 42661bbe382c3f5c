"""Programs, histories and parties for the ABCP domain tests, built in memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from jcr_desk.ratings import ShortTermRating
from jcr_desk.structured.abcp.analysis import ProgramInputs, analyse_program
from jcr_desk.structured.abcp.caps import CapParties
from jcr_desk.structured.abcp.history import MonthlyHistory
from jcr_desk.structured.abcp.program import AbcpProgram, BackupLine, CheckAnswer, Party
from jcr_desk.structured.abcp.result import ProgramResult
from jcr_desk.structured.abcp.rules import abcp_rules
from jcr_desk.structured.abcp.stress import StressChoices

BALANCE = 1_000_000.0
SOURCE = {
    "file": "history.xlsx",
    "sheet": "History",
    "columns": {
        "month": ["A", "年月"],
        "population_balance": ["B", "債権残高"],
        "collections": ["C", "回収額"],
        "credit_losses": ["D", "貸倒額"],
        "cancellations": ["E", "取消額"],
    },
}


def history_of(
    loss_rates: Sequence[float],
    cancellation_rates: Sequence[float] | None = None,
    collection_rates: Sequence[float] | None = None,
    *,
    balance: float = BALANCE,
) -> MonthlyHistory:
    """A history with the given monthly rates (fractions of a constant balance)."""
    count = len(loss_rates)
    cancellations = np.zeros(count) if cancellation_rates is None else cancellation_rates
    collections = np.full(count, 0.95) if collection_rates is None else collection_rates
    frame = pd.DataFrame(
        {
            "month": pd.date_range("2024-01-01", periods=count, freq="MS"),
            "population_balance": np.full(count, balance),
            "collections": np.asarray(collections, dtype=float) * balance,
            "credit_losses": np.asarray(loss_rates, dtype=float) * balance,
            "cancellations": np.asarray(cancellations, dtype=float) * balance,
            "excel_row": np.arange(3, count + 3),
        }
    )
    return MonthlyHistory.checked(frame, SOURCE)


def all_answered(lists: Sequence[str], answer: str = "yes") -> tuple[CheckAnswer, ...]:
    rules = abcp_rules()
    return tuple(
        CheckAnswer(name, item.key, answer, "seen in the documents")
        for name in lists
        for item in rules.checks[name]
    )


def internal_program(**changes) -> AbcpProgram:
    """A single-seller card-receivables program with internal enhancement, every check and
    document in order, commingling mitigated (a backup servicer in place)."""
    rules = abcp_rules()
    program = AbcpProgram(
        name="Sakura Receivables Funding",
        spc_name="Sakura Funding Ltd.",
        sponsor=Party("Sakura Bank", short_term_rating="J-1+"),
        backup=BackupLine("none", 0.0),
        sellers=(Party("Sakura Card", short_term_rating="J-1"),),
        documents=tuple(d.key for d in rules.documents["internal"]),
        answers=all_answered(("spc", "internal")),
        subordination=0.10,
        commingling_mitigated=True,
        commingling_reason="backup servicer appointed; collections swept daily",
    )
    return replace(program, **changes)


def parties_of(program: AbcpProgram, **changes) -> CapParties:
    sellers = tuple(
        (s.name, None if s.short_term_rating is None else ShortTermRating(s.short_term_rating))
        for s in program.sellers
    )
    sponsor = program.sponsor.short_term_rating
    parties = CapParties(
        sponsor=None if sponsor is None else ShortTermRating(sponsor),
        sellers=sellers,
        asset_country_ceiling=None,
        sovereign=None,
    )
    return replace(parties, **changes)


MEAN_MULTIPLE = StressChoices("multiple", "seed's first form", "mean", "flat history")
MEAN_SD = StressChoices("sd", "volatile history", "mean", "flat history")


def analyse(
    program: AbcpProgram,
    history: MonthlyHistory | None,
    choices: StressChoices = MEAN_MULTIPLE,
    receivables: pd.DataFrame | None = None,
    **parties,
) -> ProgramResult:
    inputs = ProgramInputs(program, history, receivables, choices, parties_of(program, **parties))
    return analyse_program(inputs)
