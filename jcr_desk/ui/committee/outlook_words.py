"""Outlooks and credit monitor directions in the window's language.

The case stores them in English ("Stable", "Credit Monitor (Negative)"), as the rating
history and the release read them; the window shows them translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jcr_desk.ratings.outlook import Outlook

#: The directions of resources/methodology/scales.toml, registered for pyside6-lupdate.
DIRECTIONS = (
    QT_TRANSLATE_NOOP("Outlook", "Stable"),
    QT_TRANSLATE_NOOP("Outlook", "Positive"),
    QT_TRANSLATE_NOOP("Outlook", "Negative"),
    QT_TRANSLATE_NOOP("Outlook", "Developing"),
)


def outlook_word(text: str) -> str:
    """``text`` as the analyst reads it; text that is no outlook stays as it is."""
    try:
        outlook = Outlook.parse(text)
    except (TypeError, ValueError):
        return text
    direction = QCoreApplication.translate("Outlook", outlook.direction)
    if outlook.credit_monitor:
        return QCoreApplication.translate("Outlook", "Credit Monitor (%s)") % direction
    return direction
