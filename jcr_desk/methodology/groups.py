"""Guidelines for holding companies and group companies (seeds 001 and 004), in one place
for the callers that evaluate an entity by its role.

Every notch count and threshold comes from the rulebook; the code only orders the rules.
Each function takes an optional ``rulebook`` (the shipped one by default) so a case can be
evaluated under the rulebook it records.
"""

from __future__ import annotations

from jcr_desk.methodology.financial_holding import financial_holding_guideline
from jcr_desk.methodology.group_companies import group_company_guideline
from jcr_desk.methodology.group_inputs import (
    BOTTOM_UP_IMPORTANCE,
    CHOICE_WORDS,
    INTEGRATIONS,
    PREVENTIVE_RESTRICTIONS,
    SIZES,
    choice_word,
    double_leverage_ratio,
    importance_choices,
)
from jcr_desk.methodology.industrial_holding import (
    holding_issue_guideline,
    industrial_holding_guideline,
)

__all__ = [
    "BOTTOM_UP_IMPORTANCE",
    "CHOICE_WORDS",
    "INTEGRATIONS",
    "PREVENTIVE_RESTRICTIONS",
    "SIZES",
    "choice_word",
    "double_leverage_ratio",
    "financial_holding_guideline",
    "group_company_guideline",
    "holding_issue_guideline",
    "importance_choices",
    "industrial_holding_guideline",
]
