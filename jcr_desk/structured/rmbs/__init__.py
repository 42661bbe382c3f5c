"""RMBS stress and credit enhancement (METHODOLOGY §6, seed 002): projection, waterfall,
solver, layers and the typed deal and result. Pure Python and numpy, no Qt."""

from jcr_desk.structured.rmbs.layers import liquidity_reserve, setoff_enhancement
from jcr_desk.structured.rmbs.multipliers import stress_multipliers

__all__ = ["liquidity_reserve", "setoff_enhancement", "stress_multipliers"]
