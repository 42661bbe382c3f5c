"""The four credit-enhancement layers of METHODOLOGY §6, in the order reports show them."""

from __future__ import annotations

LAYERS: tuple[tuple[str, str], ...] = (
    ("bad_loan", "Bad loan"),
    ("interest_rate", "Interest rate"),
    ("commingling", "Commingling"),
    ("setoff", "Setoff"),
)
