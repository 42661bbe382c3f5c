"""The four credit-enhancement layers of METHODOLOGY §6, in the order reports show them."""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP

#: Titles are English, translated where shown (context ``EnhancementLayers``).
LAYERS: tuple[tuple[str, str], ...] = (
    ("bad_loan", QT_TRANSLATE_NOOP("EnhancementLayers", "Bad loan")),
    ("interest_rate", QT_TRANSLATE_NOOP("EnhancementLayers", "Interest rate")),
    ("commingling", QT_TRANSLATE_NOOP("EnhancementLayers", "Commingling")),
    ("setoff", QT_TRANSLATE_NOOP("EnhancementLayers", "Setoff")),
)
