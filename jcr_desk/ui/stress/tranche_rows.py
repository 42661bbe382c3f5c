"""Adding and removing a class of notes: the tranche list the structure editor proposes.

Pure list work (no Qt, no case): the structure panel asks for a reason and pushes the result
through :class:`EditTranches`, which checks it like any other tranche edit. The residual class
stays the most junior: a new class goes right above it, and removing a class closes the gap
in the ranks so rank 1 is still the most senior class.
"""

from __future__ import annotations

import copy
import string
from collections.abc import Mapping, Sequence
from itertools import chain, count
from typing import Any

RESIDUAL = "residual"


def in_rank_order(tranches: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    return sorted((copy.deepcopy(dict(t)) for t in tranches), key=lambda t: t.get("rank", 0))


def with_new_class(tranches: Sequence[Mapping[str, Any]], name: str) -> list[dict[str, Any]]:
    """The tranches plus ``name``, an empty fixed-coupon class ranked just above the residual.

    The new class has no balance and no coupon yet (the analyst types them next); the
    residual class moves one rank down when it was right below the most junior rated class.
    """
    ordered = in_rank_order(tranches)
    residual = [t for t in ordered if t.get("coupon_type") == RESIDUAL]
    rated = [t for t in ordered if t.get("coupon_type") != RESIDUAL]
    rank = max((int(t.get("rank", 0)) for t in rated), default=0) + 1
    new = {
        "name": name,
        "description": "",
        "rank": rank,
        "share": 0.0,
        "coupon_type": "fixed",
        "coupon": 0.0,
        "balance": 0,
    }
    for offset, tranche in enumerate(residual, start=1):
        tranche["rank"] = max(int(tranche.get("rank", 0)), rank + offset)
    return [*rated, new, *residual]


def without_class(tranches: Sequence[Mapping[str, Any]], name: str) -> list[dict[str, Any]]:
    """The tranches without ``name``, ranked 1, 2, … in their previous order."""
    kept = [t for t in in_rank_order(tranches) if t.get("name") != name]
    for rank, tranche in enumerate(kept, start=1):
        tranche["rank"] = rank
    return kept


def free_name(tranches: Sequence[Mapping[str, Any]]) -> str:
    """The first of "Class A", "Class B", … "Class Z", "Class 27", … no tranche is called."""
    taken = {t.get("name") for t in tranches}
    letters = (f"Class {letter}" for letter in string.ascii_uppercase)
    numbers = (f"Class {n}" for n in count(len(string.ascii_uppercase) + 1))
    return next(candidate for candidate in chain(letters, numbers) if candidate not in taken)
