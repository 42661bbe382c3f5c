"""Adding and removing a class of notes: the class list the structure editor proposes.

Pure list work (no Qt, no case): the structure panel asks for a reason and pushes the result
through :class:`EditClasses`, which checks it like any other class edit. A residual class
stays the most junior: a new class goes right above it, and removing a class closes the gap
in the ranks so rank 1 is still the most senior class.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import replace
from itertools import chain, count

from jcr_desk.structured.rmbs.deal import NoteClass

RESIDUAL = "residual"


def in_rank_order(classes: Sequence[NoteClass]) -> list[NoteClass]:
    return sorted(classes, key=lambda c: c.rank)


def with_new_class(classes: Sequence[NoteClass], name: str) -> list[NoteClass]:
    """The classes plus ``name``, an empty fixed-coupon class ranked just above the residual.

    The new class has no balance and no coupon yet (the analyst types them next); the
    residual class moves one rank down when it was right below the most junior rated class.
    """
    ordered = in_rank_order(classes)
    residual = [c for c in ordered if not c.rated]
    rated = [c for c in ordered if c.rated]
    rank = max((c.rank for c in rated), default=0) + 1
    new = NoteClass(name, rank, 0.0, "fixed", 0.0)
    moved = [
        replace(c, rank=max(c.rank, rank + offset)) for offset, c in enumerate(residual, start=1)
    ]
    return [*rated, new, *moved]


def without_class(classes: Sequence[NoteClass], name: str) -> list[NoteClass]:
    """The classes without ``name``, ranked 1, 2, … in their previous order."""
    kept = [c for c in in_rank_order(classes) if c.name != name]
    return [replace(c, rank=rank) for rank, c in enumerate(kept, start=1)]


def free_name(classes: Sequence[NoteClass]) -> str:
    """The first of "Class A", "Class B", … "Class Z", "Class 27", … no class is called."""
    taken = {c.name for c in classes}
    letters = (f"Class {letter}" for letter in string.ascii_uppercase)
    numbers = (f"Class {n}" for n in count(len(string.ascii_uppercase) + 1))
    return next(candidate for candidate in chain(letters, numbers) if candidate not in taken)
