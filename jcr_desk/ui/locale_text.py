"""Dates as the analyst writes them: 2026年9月30日 in a Japanese window, 2026-09-30 in English.

The case stores ISO dates; this is only how the window shows them (inputs still take ISO).
"""

from __future__ import annotations

from datetime import date, datetime

from jcr_desk.i18n import JAPANESE, current_language


def date_text(value: date | str) -> str:
    """``value`` (a date or an ISO date string) in the window's language; other text as is."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if current_language() == JAPANESE:
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def date_time_text(value: datetime | str, *, seconds: bool = False) -> str:
    """A moment (a datetime or an ISO string) to the minute, or the second, in the window's
    language: 2026年9月30日 14:05 / 2026-09-30 14:05; other text as is."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    clock = f"{value:%H:%M:%S}" if seconds else f"{value:%H:%M}"
    return f"{date_text(value.date())} {clock}"
