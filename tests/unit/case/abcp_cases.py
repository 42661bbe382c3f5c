"""A case holding an ABCP program with every part filled, for the storage and command tests."""

from __future__ import annotations

import numpy as np
import pandas as pd

from jcr_desk.case.document.model import Case, Entity, StoredPool, StoredProgram
from jcr_desk.case.services.abcp_run import analyse_case_program
from jcr_desk.structured.abcp.program import Party
from jcr_desk.structured.abcp.stress import FactorAdjustment, StressChoices
from tests.unit.structured.abcp.programs import history_of, internal_program


def receivables_frame(rows: int = 40) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    return pd.DataFrame(
        {
            "receivable_id": [f"R-{i:05d}" for i in range(rows)],
            "obligor_id": [f"M-{i % 13:04d}" for i in range(rows)],
            "receivable_balance": rng.uniform(1_000, 200_000, rows).round(0),
            "due_date": pd.Series(pd.to_datetime(["2026-10-27"] * rows)).astype("datetime64[ns]"),
            "merchant_category": rng.choice(["Supermarket", "Department store", "Travel"], rows),
            "seller": rng.choice(["Mitsukaze Card", "Hoshizora Card"], rows),
            "excel_row": np.arange(3, rows + 3),
        }
    )


def program_case() -> Case:
    """A group bank as sponsor, a card company of the group and a counterparty as sellers,
    a 24-month history, receivables, an analyst's stress choices and a stored analysis."""
    bank = Entity("bank00000001", "Mitsukaze Bank, Ltd.", "core", "bank",
                  inputs={"importance": "core"})
    card = Entity("card00000001", "Mitsukaze Card Co., Ltd.", "group_company", "card_nonbank",
                  parent_id=bank.id, ownership_pct=85.0, inputs={"importance": "low"})
    history = history_of([0.004, 0.006] * 12, [0.002] * 24)
    program = internal_program(
        sponsor=Party("Mitsukaze Bank", entity_id=bank.id),
        sellers=(Party("Mitsukaze Card", entity_id=card.id),
                 Party("Hoshizora Card", short_term_rating="J-2")),
    )
    choices = StressChoices(
        "multiple", "the seed's first form", "highest", "rising months in 2025",
        (FactorAdjustment("J-1", "multiple", 3.8, "seasonal peaks", "Tominaga", "2026-11-01"),),
    )
    pool = StoredPool("pool00000001", "Receivables 2026-09", receivables_frame(),
                      {"file": "receivables.xlsx", "sheet": "Sheet1", "sha256": "abc",
                       "kind": "receivables"}, [])
    case = Case(entities=[bank, card])
    case.programs.append(StoredProgram("prog00000001", program, choices, history, pool))
    case.program_results.append(analyse_case_program(case, "prog00000001"))
    return case
