"""RMBS stress and credit enhancement (METHODOLOGY §6): pure Python and numpy, no Qt.

The helpers the tab, the CLI and the tests share are importable from here.
"""

from jcr_desk.structured.layers import liquidity_reserve, setoff_enhancement
from jcr_desk.structured.multipliers import stress_multipliers

__all__ = ["liquidity_reserve", "setoff_enhancement", "stress_multipliers"]
