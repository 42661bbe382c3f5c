"""The ABCP rulebook's own words in the window's language: checklist points, documents,
SPC forms, purchased assets, the program's support and the composition's dimensions.

resources/methodology/abcp.toml speaks English; these lists register its words with
``pyside6-lupdate`` so the ABCP program tab shows them translated.
``tests/gui/test_registered_words.py`` checks every point and document of the rulebook is
listed here, so a reworded one cannot stay English unnoticed (rulebook citations stay as
written).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jcr_desk.structured.abcp.citation_words import citation_in
from jcr_desk.structured.abcp.desk_default_words import desk_default_name, desk_default_word

CONTEXT = "AbcpWords"

CHECKS = (
    QT_TRANSLATE_NOOP(
        "AbcpWords", "The SPC is bankruptcy remote from the sponsor and the sellers."
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The SPC's purpose is limited to the program: it can take on no other business or debt.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The program's parties have agreed not to petition for the SPC's bankruptcy and to "
        "limit their recourse to its assets.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The SPC's shares are held apart from the sponsor and the sellers (a charitable trust "
        "or a general incorporated association), with an independent director.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The purchased assets are transferred to the SPC by a true sale (legal opinion).",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The backup line provides credit enhancement and liquidity for the whole program.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The contracts supply the liquidity and credit enhancement efficiently and in time to "
        "redeem the ABCP at maturity.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "The triggers, including one on a worsening of the underlying assets' performance, "
        "are appropriate.",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "Liquidity facilities such as a cash reserve suffice to match the maturities of the "
        "assets and the ABCP and to pay the SPC's costs.",
    ),
)

DOCUMENTS = (
    QT_TRANSLATE_NOOP("AbcpWords", "Term sheet for the ABCP"),
    QT_TRANSLATE_NOOP("AbcpWords", "Documents on the foundation of the SPC"),
    QT_TRANSLATE_NOOP(
        "AbcpWords",
        "Contracts for the liquidity and credit enhancement facilities (backup line agreement, "
        "etc.)",
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Materials on the underlying assets' credit, management and collection process"
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Historical data and attribute data of the population receivables"
    ),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Documents on the transfer or entrustment of the securitised receivables"
    ),
)

SPC_FORMS = (
    QT_TRANSLATE_NOOP("AbcpWords", "Cayman Islands company"),
    QT_TRANSLATE_NOOP("AbcpWords", "Tokyo branch of a Cayman Islands company"),
    QT_TRANSLATE_NOOP("AbcpWords", "Godo Kaisha (Japanese limited liability company)"),
    QT_TRANSLATE_NOOP("AbcpWords", "Kabushiki Kaisha (Japanese joint-stock company)"),
    QT_TRANSLATE_NOOP("AbcpWords", "Another form"),
)

PURCHASED_ASSETS = (
    QT_TRANSLATE_NOOP("AbcpWords", "Accounts receivable"),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Notes receivable, including electronically recorded monetary claims"
    ),
    QT_TRANSLATE_NOOP("AbcpWords", "Lease payments receivable"),
    QT_TRANSLATE_NOOP("AbcpWords", "Healthcare receivables"),
    QT_TRANSLATE_NOOP(
        "AbcpWords", "Proxy right to receive loans from the Government Housing Loan Corporation"
    ),
    QT_TRANSLATE_NOOP("AbcpWords", "Monthly-clear card shopping receivables"),
    QT_TRANSLATE_NOOP("AbcpWords", "Other monetary claims"),
)

#: The program's support (structured.abcp.program.SUPPORT_WORDS) and the dimensions the
#: composition compares (structured.abcp.composition), as the domain names them.
SUPPORT = (
    QT_TRANSLATE_NOOP("AbcpWords", "fully supported"),
    QT_TRANSLATE_NOOP("AbcpWords", "partially supported"),
    QT_TRANSLATE_NOOP("AbcpWords", "internal credit enhancement"),
)
DIMENSIONS = (
    QT_TRANSLATE_NOOP("AbcpWords", "seller"),
    QT_TRANSLATE_NOOP("AbcpWords", "merchant category"),
)
CAP_KINDS = {
    "originator": QT_TRANSLATE_NOOP("AbcpWords", "Originator"),
    "sponsor": QT_TRANSLATE_NOOP("AbcpWords", "Sponsor"),
    "country": QT_TRANSLATE_NOOP("AbcpWords", "Country"),
}


def desk_default_label(key: str) -> str:
    """The Desk default's name in the window's language (the key when it has none)."""
    return desk_default_name(key, abcp_word)


def desk_default_value(value: str) -> str:
    """A coded value in words; figures and ratings as written."""
    return desk_default_word(value, abcp_word)


def abcp_word(text: str) -> str:
    """``text`` in the window's language when it is registered here, else as written."""
    return QCoreApplication.translate(CONTEXT, text)


def citation_shown(citation: str) -> str:
    """A citation with its notes in the window's language, the references as written."""
    return citation_in(citation, abcp_word)
