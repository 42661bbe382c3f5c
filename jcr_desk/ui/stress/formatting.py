"""How stress figures read in the tab: CE as percent of the pool, multiples, yen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

NOT_ACHIEVABLE = "n/a"


def percent(value: float | None, digits: int = 2) -> str:
    """A fraction of the pool as a percentage; ``None`` (not achievable) as "n/a"."""
    if value is None:
        return NOT_ACHIEVABLE
    return f"{value * 100:.{digits}f}%"


def multiple(value: float | None) -> str:
    return NOT_ACHIEVABLE if value is None else f"{value:.2f}×"


def yen(value: float | None) -> str:
    return "—" if value is None else f"¥{value:,.0f}"


def rating_label(text: str | None) -> str:
    return text or QCoreApplication.translate("Formatting", "none of the targets")
