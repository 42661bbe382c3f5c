"""A figure a run took from the rulebook's Desk defaults rather than from the deal or program.

Shared by the RMBS and the ABCP results, which both list the Desk defaults they applied.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeskDefault:
    """A figure the run took from the rulebook's Desk defaults, not from the deal."""

    key: str
    value: str
    citation: str

    def to_dict(self) -> dict[str, str]:
        return {"key": self.key, "value": self.value, "citation": self.citation}
