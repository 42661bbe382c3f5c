"""The inputs the group guidelines share (seeds 001 and 004): the option words of the rule
inputs, the importance grades, the double leverage ratio."""

from __future__ import annotations

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.methodology.rulebook import Rulebook, load_rulebook

PREVENTIVE_RESTRICTIONS = ("large", "small")
SIZES = ("small", "normal", "large")
INTEGRATIONS = (None, "strong", "insufficient", "relief")
BOTTOM_UP_IMPORTANCE = "low"
#: The rule inputs' option words, translated where shown (the entity form, step reasons).
CHOICE_WORDS = (
    QT_TRANSLATE_NOOP("RuleInputs", "large"),
    QT_TRANSLATE_NOOP("RuleInputs", "small"),
    QT_TRANSLATE_NOOP("RuleInputs", "normal"),
    QT_TRANSLATE_NOOP("RuleInputs", "strong"),
    QT_TRANSLATE_NOOP("RuleInputs", "insufficient"),
    QT_TRANSLATE_NOOP("RuleInputs", "relief"),
    QT_TRANSLATE_NOOP("RuleInputs", "core"),
    QT_TRANSLATE_NOOP("RuleInputs", "high"),
    QT_TRANSLATE_NOOP("RuleInputs", "moderate"),
    QT_TRANSLATE_NOOP("RuleInputs", "low"),
)


def choice_word(value: str) -> Text:
    """An option of a rule input (``core``, ``relief``) as a word of a sentence."""
    return Text("RuleInputs", value)


def importance_choices(rulebook: Rulebook | None = None) -> tuple[str, ...]:
    """Top-down grades from the rulebook, most important first, then the bottom-up grade."""
    return (*(rulebook or load_rulebook()).importance_levels(), BOTTOM_UP_IMPORTANCE)


def double_leverage_ratio(investments_in_subsidiaries: float, equity: float) -> float:
    """Investments in subsidiaries and affiliates ÷ equity, both non-consolidated (001 §2(3))."""
    if equity <= 0:
        raise ValueError(f"equity: the double leverage ratio needs positive equity, got {equity!r}")
    if investments_in_subsidiaries < 0:
        raise ValueError(
            f"investments_in_subsidiaries: cannot be negative, got {investments_in_subsidiaries!r}"
        )
    return investments_in_subsidiaries / equity
