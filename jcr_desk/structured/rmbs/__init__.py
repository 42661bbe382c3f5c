"""RMBS stress and credit enhancement (METHODOLOGY §6, seed 002): projection, waterfall,
solver, layers and the typed deal and result. Pure Python and numpy, no Qt.

The helpers the tab, the CLI and the tests share are importable from here. They are loaded
on first use (PEP 562), so the case model can use this package's small typed objects
without loading numpy and pandas — the window's first screen is drawn before those load.
"""

from __future__ import annotations

import importlib
from typing import Any

_HELPERS = {
    "liquidity_reserve": "jcr_desk.structured.rmbs.layers",
    "setoff_enhancement": "jcr_desk.structured.rmbs.layers",
    "stress_multipliers": "jcr_desk.structured.rmbs.multipliers",
}

__all__ = ["liquidity_reserve", "setoff_enhancement", "stress_multipliers"]


def __getattr__(name: str) -> Any:
    if name not in _HELPERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HELPERS[name]), name)
