"""The receivables and monthly-history schemas' field labels, registered for translation.

``resources/pool/receivables_schema.toml`` and ``receivables_history_schema.toml`` speak
English; a tape problem, a unit line or a history refusal names a field by its label in the
``PoolFields`` context (as the Pool tab does for loans). Listing the labels here lets
``pyside6-lupdate`` collect them, so an ABCP import names its columns in Japanese;
``tests/unit/pool/test_receivables_words.py`` checks every label of both schemas is here.
"""

from __future__ import annotations

from typing import Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS: Final = (
    QT_TRANSLATE_NOOP("PoolFields", "Receivable ID"),
    QT_TRANSLATE_NOOP("PoolFields", "Obligor ID"),
    QT_TRANSLATE_NOOP("PoolFields", "Receivable balance"),
    QT_TRANSLATE_NOOP("PoolFields", "Due date"),
    QT_TRANSLATE_NOOP("PoolFields", "Merchant category"),
    QT_TRANSLATE_NOOP("PoolFields", "Seller"),
    QT_TRANSLATE_NOOP("PoolFields", "Month"),
    QT_TRANSLATE_NOOP("PoolFields", "Receivables balance"),
    QT_TRANSLATE_NOOP("PoolFields", "Collections"),
    QT_TRANSLATE_NOOP("PoolFields", "Credit losses"),
    QT_TRANSLATE_NOOP("PoolFields", "Cancellations"),
    QT_TRANSLATE_NOOP("PoolFields", "Credit loss rate"),
    QT_TRANSLATE_NOOP("PoolFields", "Cancellation rate"),
    QT_TRANSLATE_NOOP("PoolFields", "Collection rate"),
)
