"""The securitised pool beside the population, by composition (003 No. 2 §3(2)(ii)(b)).

The seed has the analyst understand both by their composition ratios and refer to the
difference when setting the stress multiple. Shares are of balance: the pool's from its
receivables tape, the population's from the history's latest months, by seller and by
merchant category wherever both sides give the split. The difference is half the sum of the
absolute share differences (0: the same mix; 1: nothing in common); above the rulebook's
threshold the result asks the analyst to weigh it. Nothing here changes a multiple.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import pandas as pd

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.abcp.history import MonthlyHistory, segment_key
from jcr_desk.structured.abcp.rules import AbcpRules
from jcr_desk.structured.abcp.sentences import noted, rulebook_word

POOL_BALANCE: Final = "receivable_balance"
DIMENSIONS: Final = (
    ("seller", "history_seller", "seller"),
    ("merchant_category", "history_merchant_category", "merchant category"),
)
"""Pool field, history field, words."""
#: Why a dimension is not compared: the side that gives no split.
_NO_SPLIT: Final = {
    "pool": QT_TRANSLATE_NOOP(
        "AbcpAnalysis",
        "By {dimension}: the receivables tape gives no split, so the mixes are not compared.",
    ),
    "population": QT_TRANSLATE_NOOP(
        "AbcpAnalysis",
        "By {dimension}: the history gives no split, so the mixes are not compared.",
    ),
}


@dataclass(frozen=True)
class CompositionRow:
    value: str
    pool_share: float
    population_share: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "pool_share": self.pool_share,
            "population_share": self.population_share,
        }


@dataclass(frozen=True)
class Composition:
    """One dimension's shares side by side, largest pool share first."""

    dimension: str
    rows: tuple[CompositionRow, ...]
    difference: float
    flagged: bool
    population_months: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension,
            "rows": [row.to_dict() for row in self.rows],
            "difference": self.difference,
            "flagged": self.flagged,
            "population_months": self.population_months,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Composition:
        rows = tuple(CompositionRow(**row) for row in data["rows"])
        return cls(
            data["dimension"], rows, data["difference"], data["flagged"], data["population_months"]
        )


def compare_composition(
    receivables: pd.DataFrame | None, history: MonthlyHistory, rules: AbcpRules
) -> tuple[tuple[Composition, ...], tuple[Text, ...]]:
    """The comparisons both sides allow, and sentences for the ones they do not."""
    notes: list[Text] = []
    if receivables is None or POOL_BALANCE not in receivables:
        notes.append(
            noted(
                QT_TRANSLATE_NOOP(
                    "AbcpAnalysis",
                    "No receivables tape: the securitised pool is not compared with the "
                    "population (003 No. 2 §3(2)(ii)(b)).",
                )
            )
        )
        return (), tuple(notes)
    months = min(rules.recent_months, history.month_count)
    found = []
    for pool_field, history_field, words in DIMENSIONS:
        population = history.population_shares(history_field, months)
        if pool_field not in receivables or population is None:
            side = "pool" if pool_field not in receivables else "population"
            notes.append(noted(_NO_SPLIT[side], dimension=rulebook_word(words)))
            continue
        pool, spelling = _pool_shares(receivables, pool_field)
        keys = sorted(set(pool) | set(population), key=lambda k: (-pool.get(k, 0.0), k))
        rows = tuple(
            CompositionRow(spelling.get(key, key), pool.get(key, 0.0), population.get(key, 0.0))
            for key in keys
        )
        difference = 0.5 * sum(abs(r.pool_share - r.population_share) for r in rows)
        found.append(
            Composition(words, rows, difference, difference > rules.composition_flag, months)
        )
    return tuple(found), tuple(notes)


def _pool_shares(frame: pd.DataFrame, field: str) -> tuple[dict[str, float], dict[str, str]]:
    """Balance share of each value (compared folded), and each folded value's spelling."""
    codes, uniques = pd.factorize(frame[field], use_na_sentinel=True)
    balance = frame[POOL_BALANCE].to_numpy(dtype=np.float64, na_value=0.0)
    known = codes >= 0
    sums = np.bincount(codes[known], weights=balance[known], minlength=len(uniques))
    total = float(balance.sum())
    shares: dict[str, float] = {}
    spelling: dict[str, str] = {}
    for value, amount in zip(uniques, sums, strict=True):
        key = segment_key(value)
        shares[key] = shares.get(key, 0.0) + (float(amount) / total if total else 0.0)
        spelling.setdefault(key, str(value).strip())
    return shares, spelling
