"""The stress tab's words for the methodology's codes: segments of the pool, the factors a
multiplier answers to, the regions of Japan. The case file keeps the codes; the analyst reads
these, in their language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "StressWords"

_SEGMENTS = {
    "investment_condominium": QT_TRANSLATE_NOOP("StressWords", "investment condominium loans"),
    "apartment": QT_TRANSLATE_NOOP("StressWords", "apartment loans"),
    "self_employed": QT_TRANSLATE_NOOP("StressWords", "self-employed borrowers"),
}
_COMPONENTS = {
    "first_five_years": QT_TRANSLATE_NOOP("StressWords", "Defaults, first five years"),
    "after_five_years": QT_TRANSLATE_NOOP("StressWords", "Defaults, after five years"),
    "prepayment": QT_TRANSLATE_NOOP("StressWords", "Prepayments"),
}
_KINDS = {
    "prefecture": QT_TRANSLATE_NOOP("StressWords", "{name} (prefecture)"),
    "region": QT_TRANSLATE_NOOP("StressWords", "{name} (region)"),
}
_FACTORS = {
    "dti": QT_TRANSLATE_NOOP("StressWords", "debt-to-income ratio"),
    "ltv": QT_TRANSLATE_NOOP("StressWords", "loan-to-value ratio"),
    "originator": QT_TRANSLATE_NOOP("StressWords", "originator"),
    "region": QT_TRANSLATE_NOOP("StressWords", "region"),
    "employment": QT_TRANSLATE_NOOP("StressWords", "employment"),
    "age": QT_TRANSLATE_NOOP("StressWords", "age"),
    "purpose": QT_TRANSLATE_NOOP("StressWords", "loan purpose"),
    "concentration": QT_TRANSLATE_NOOP("StressWords", "concentration"),
    "other": QT_TRANSLATE_NOOP("StressWords", "other"),
}
#: The rulebook's regions (stress.toml segments.regions), named as the rulebook names them.
_REGIONS = {
    "Hokkaido": QT_TRANSLATE_NOOP("StressWords", "Hokkaido"),
    "Tohoku": QT_TRANSLATE_NOOP("StressWords", "Tohoku"),
    "Kanto": QT_TRANSLATE_NOOP("StressWords", "Kanto"),
    "Chubu": QT_TRANSLATE_NOOP("StressWords", "Chubu"),
    "Kinki": QT_TRANSLATE_NOOP("StressWords", "Kinki"),
    "Chugoku": QT_TRANSLATE_NOOP("StressWords", "Chugoku"),
    "Shikoku": QT_TRANSLATE_NOOP("StressWords", "Shikoku"),
    "Kyushu-Okinawa": QT_TRANSLATE_NOOP("StressWords", "Kyushu-Okinawa"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def region_words(region: str) -> str:
    """A rulebook region in the analyst's language (a region the Desk does not know, as
    written)."""
    return _tr(_REGIONS[region]) if region in _REGIONS else region


def segment_words(segment: str) -> str:
    """"apartment" → "apartment loans", "prefecture:東京都" → "東京都 (prefecture)",
    "region:Kanto" → "Kanto (region)", in the analyst's language."""
    kind, _, name = segment.partition(":")
    if name:
        shown = region_words(name) if kind == "region" else name
        return _tr(_KINDS[kind]).format(name=shown) if kind in _KINDS else segment
    return _tr(_SEGMENTS[segment]) if segment in _SEGMENTS else segment


def component_words(component: str) -> str:
    """A multiplier's component (seed 002 §2: defaults in the first five years, after
    them, prepayments) in the analyst's language."""
    return _tr(_COMPONENTS[component]) if component in _COMPONENTS else component


def factor_words(factor: str) -> str:
    """What a multiplier adjustment answers to, in the analyst's language."""
    return _tr(_FACTORS[factor]) if factor in _FACTORS else factor
