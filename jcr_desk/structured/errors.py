"""The one error a stress run's inputs raise, shown to the analyst as a sentence."""

from __future__ import annotations

from typing import Any, Final

from jcr_desk.i18n import ExplainedError, Text

CONTEXT: Final = "StressInput"


class StressInputError(ExplainedError, ValueError):
    """An input the stress run needs is missing, out of range or inconsistent; raised with a
    :class:`~jcr_desk.i18n.Text` (context ``StressInput``) it reads in the analyst's language."""

    CONTEXT = CONTEXT


def refused(source: str, **args: Any) -> Text:
    """A refusal's sentence: ``source`` is its English template, marked where it is written
    with ``QT_TRANSLATE_NOOP("StressInput", …)`` so the Japanese catalogue collects it;
    ``args`` fill its ``{fields}`` (figures formatted before, words as :class:`Text`)."""
    return Text(CONTEXT, source, args)
