"""The pool's own words in the window's language: field labels, coded values, strat units.

The schema (resources/pool/schema.toml) and the strats speak English; these lists register
its words with ``pyside6-lupdate`` so the Pool tab, the strats and the mapping dialog show
them translated. ``tests/gui/test_registered_words.py`` checks every label and code of the
schema is listed here, so a new field cannot stay English unnoticed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jcr_desk.pool.strats import OTHERS, UNKNOWN

FIELD_LABELS = (
    QT_TRANSLATE_NOOP("PoolFields", "Loan ID"),
    QT_TRANSLATE_NOOP("PoolFields", "Borrower ID"),
    QT_TRANSLATE_NOOP("PoolFields", "Origination date"),
    QT_TRANSLATE_NOOP("PoolFields", "Maturity date"),
    QT_TRANSLATE_NOOP("PoolFields", "Original balance"),
    QT_TRANSLATE_NOOP("PoolFields", "Current balance"),
    QT_TRANSLATE_NOOP("PoolFields", "Interest rate"),
    QT_TRANSLATE_NOOP("PoolFields", "Rate type"),
    QT_TRANSLATE_NOOP("PoolFields", "Repayment type"),
    QT_TRANSLATE_NOOP("PoolFields", "Remaining term"),
    QT_TRANSLATE_NOOP("PoolFields", "Property value"),
    QT_TRANSLATE_NOOP("PoolFields", "Valuation date"),
    QT_TRANSLATE_NOOP("PoolFields", "LTV"),
    QT_TRANSLATE_NOOP("PoolFields", "DTI"),
    QT_TRANSLATE_NOOP("PoolFields", "Annual income"),
    QT_TRANSLATE_NOOP("PoolFields", "Employment type"),
    QT_TRANSLATE_NOOP("PoolFields", "Prefecture"),
    QT_TRANSLATE_NOOP("PoolFields", "Loan purpose"),
    QT_TRANSLATE_NOOP("PoolFields", "Months in arrears"),
    QT_TRANSLATE_NOOP("PoolFields", "Deposit balance"),
    QT_TRANSLATE_NOOP("PoolFields", "Borrower age"),
    QT_TRANSLATE_NOOP("PoolFields", "First lien"),
    QT_TRANSLATE_NOOP("PoolFields", "Guarantor"),
    QT_TRANSLATE_NOOP("PoolFields", "DSCR"),
    QT_TRANSLATE_NOOP("PoolFields", "Rent guarantee to (first review)"),
    QT_TRANSLATE_NOOP("PoolFields", "Seasoning (months)"),
)
CODES = (
    QT_TRANSLATE_NOOP("PoolCodes", "fixed"),
    QT_TRANSLATE_NOOP("PoolCodes", "variable"),
    QT_TRANSLATE_NOOP("PoolCodes", "fixed_period_selective"),
    QT_TRANSLATE_NOOP("PoolCodes", "level_payment"),
    QT_TRANSLATE_NOOP("PoolCodes", "level_principal"),
    QT_TRANSLATE_NOOP("PoolCodes", "salaried"),
    QT_TRANSLATE_NOOP("PoolCodes", "self_employed"),
    QT_TRANSLATE_NOOP("PoolCodes", "public_servant"),
    QT_TRANSLATE_NOOP("PoolCodes", "other"),
    QT_TRANSLATE_NOOP("PoolCodes", "self_resident"),
    QT_TRANSLATE_NOOP("PoolCodes", "investment_condominium"),
    QT_TRANSLATE_NOOP("PoolCodes", "apartment"),
    QT_TRANSLATE_NOOP("PoolCodes", "Others"),
    QT_TRANSLATE_NOOP("PoolCodes", "Unknown"),
)
#: The unit words the strats append to a bucket's edges ("10,000,000 – 20,000,000 yen").
UNIT_SUFFIXES = (
    QT_TRANSLATE_NOOP("PoolCodes", " yen"),
    QT_TRANSLATE_NOOP("PoolCodes", " months"),
    QT_TRANSLATE_NOOP("PoolCodes", " years"),
)
_KNOWN = frozenset((*CODES, OTHERS, UNKNOWN))


def code_word(value: str) -> str:
    """A coded value of the tape (``salaried``, ``level_payment``) as the analyst reads it;
    any other text (a prefecture, a guarantor's name) as it is."""
    return QCoreApplication.translate("PoolCodes", value) if value in _KNOWN else value


def bucket_word(label: str) -> str:
    """A strat bucket's label with its code or unit word translated."""
    if label in _KNOWN:
        return code_word(label)
    for suffix in UNIT_SUFFIXES:
        if label.endswith(suffix):
            return label.removesuffix(suffix) + QCoreApplication.translate("PoolCodes", suffix)
    return label
