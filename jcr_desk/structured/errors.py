"""The one error a stress run's inputs raise, shown to the analyst as a sentence."""

from __future__ import annotations


class StressInputError(ValueError):
    """An input the stress run needs is missing, out of range or inconsistent."""
