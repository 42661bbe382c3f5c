"""The one error a stress run's inputs raise, shown to the analyst as a sentence."""

from __future__ import annotations

from jcr_desk.i18n import ExplainedError


class StressInputError(ExplainedError, ValueError):
    """An input the stress run needs is missing, out of range or inconsistent; raised with a
    :class:`~jcr_desk.i18n.Text` (context ``StressInput``) it reads in the analyst's language."""

    CONTEXT = "StressInput"
