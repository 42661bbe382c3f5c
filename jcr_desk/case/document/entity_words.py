"""An entity's role and sector as the analyst reads them, without Qt.

The case file keeps codes (``group_company``, ``card_nonbank``); the group tab and the
command line show these labels, translated in the ``EntityTreeModel`` context.
"""

from __future__ import annotations

from typing import Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP

ENTITY_WORDS: Final = "EntityTreeModel"

ROLE_LABELS = {
    "holding": QT_TRANSLATE_NOOP("EntityTreeModel", "Holding company"),
    "intermediate_holding": QT_TRANSLATE_NOOP("EntityTreeModel", "Intermediate holding company"),
    "core": QT_TRANSLATE_NOOP("EntityTreeModel", "Core company"),
    "group_company": QT_TRANSLATE_NOOP("EntityTreeModel", "Group company"),
    "guarantor": QT_TRANSLATE_NOOP("EntityTreeModel", "Guarantor"),
    "servicer": QT_TRANSLATE_NOOP("EntityTreeModel", "Servicer"),
    "sponsor": QT_TRANSLATE_NOOP("EntityTreeModel", "Sponsor"),
    "spv": QT_TRANSLATE_NOOP("EntityTreeModel", "SPV / trust"),
    "issuer": QT_TRANSLATE_NOOP("EntityTreeModel", "Issuer"),
    "sovereign": QT_TRANSLATE_NOOP("EntityTreeModel", "Sovereign"),
}
SECTOR_LABELS = {
    "bank": QT_TRANSLATE_NOOP("EntityTreeModel", "Bank"),
    "trust_bank": QT_TRANSLATE_NOOP("EntityTreeModel", "Trust bank"),
    "insurer": QT_TRANSLATE_NOOP("EntityTreeModel", "Insurer"),
    "securities": QT_TRANSLATE_NOOP("EntityTreeModel", "Securities"),
    "card_nonbank": QT_TRANSLATE_NOOP("EntityTreeModel", "Card / nonbank"),
    "industrial": QT_TRANSLATE_NOOP("EntityTreeModel", "Industrial"),
    "trust": QT_TRANSLATE_NOOP("EntityTreeModel", "Trust"),
}
