"""The Desk defaults an ABCP analysis rests on, named for the analyst.

:func:`jcr_desk.structured.abcp.analysis.desk_defaults` lists each by its rulebook key
(``abcp.history.min_months``) with its value and citation; the ABCP program tab and
``jcr-desk-cli abcp`` name it in the analyst's language through these words (the
``AbcpWords`` context), the key staying in the workbook and ``--json``. Qt-free, so the
command line needs no Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from jcr_desk.i18n import QT_TRANSLATE_NOOP

#: The Desk defaults an analysis can rest on, named for the analyst.
DESK_DEFAULT_LABELS = {
    "abcp.history.min_months": QT_TRANSLATE_NOOP("AbcpWords", "Months of history needed"),
    "abcp.base_case.recent_months": QT_TRANSLATE_NOOP("AbcpWords", "Latest months read"),
    "abcp.base_case.method": QT_TRANSLATE_NOOP("AbcpWords", "Base-case reading"),
    "abcp.stress.form": QT_TRANSLATE_NOOP("AbcpWords", "Stress form"),
    "abcp.stress.multiple": QT_TRANSLATE_NOOP("AbcpWords", "Stress multiples"),
    "abcp.stress.sd_multiple": QT_TRANSLATE_NOOP("AbcpWords", "Standard deviations added"),
    "abcp.stress.long_term_floor": QT_TRANSLATE_NOOP("AbcpWords", "Floor of the stress"),
    "abcp.commingling.basis": QT_TRANSLATE_NOOP("AbcpWords", "Commingling basis"),
    "abcp.commingling.collection_period_months": QT_TRANSLATE_NOOP(
        "AbcpWords", "Collection period (months)"
    ),
    "abcp.servicer_transfer.reserve": QT_TRANSLATE_NOOP("AbcpWords", "Servicer-transfer reserve"),
    "abcp.caps.sponsor_liquidity": QT_TRANSLATE_NOOP(
        "AbcpWords", "Sponsor caps a liquidity-only line"
    ),
    "abcp.composition.difference_flag": QT_TRANSLATE_NOOP(
        "AbcpWords", "Composition difference flagged above"
    ),
    "abcp.reference.stress_factor": QT_TRANSLATE_NOOP("AbcpWords", "Reference stress factors"),
}
#: The Desk defaults' coded values, in words.
DESK_DEFAULT_VALUES = {
    "highest": QT_TRANSLATE_NOOP("AbcpWords", "highest of the three"),
    "multiple": QT_TRANSLATE_NOOP("AbcpWords", "base × multiple"),
    "defaults_first_five_years": QT_TRANSLATE_NOOP(
        "AbcpWords", "the default multiples of 002 §2(1)(b)"
    ),
    "peak": QT_TRANSLATE_NOOP("AbcpWords", "the highest month"),
    "True": QT_TRANSLATE_NOOP("AbcpWords", "yes"),
    "False": QT_TRANSLATE_NOOP("AbcpWords", "no"),
}


def desk_default_name(key: str, word: Callable[[str], str]) -> str:
    """The Desk default's name through ``word`` (a translator); the key when it has none."""
    return word(DESK_DEFAULT_LABELS[key]) if key in DESK_DEFAULT_LABELS else key


def desk_default_word(value: str, word: Callable[[str], str]) -> str:
    """A coded value in words through ``word``; figures and ratings as written."""
    return word(DESK_DEFAULT_VALUES[value]) if value in DESK_DEFAULT_VALUES else value
