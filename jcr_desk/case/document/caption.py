"""What the Undo menu calls an edit, as a sentence in the analyst's language.

An edit's ``text`` is its English (the audit log keeps it: one case, one language in its
log); an edit that names what it changes ("Rename Card to Card Services") also carries its
``caption``, the same line as a :class:`~jcr_desk.i18n.Text` the window shows translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final, Protocol

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text, chained

#: The translation context of the Undo menu's lines (``jcr_desk_ja.ts``).
CAPTION: Final = "CaseCommand"


class Captioned(Protocol):
    text: str
    caption: Text


def caption(source: str, **args: Any) -> Text:
    """An Undo-menu line: ``source`` is its English template, marked where it is written with
    ``QT_TRANSLATE_NOOP("CaseCommand", …)``; names and figures are arguments, words are
    :class:`Text`."""
    return Text(CAPTION, source, args)


def set_caption(command: Captioned, line: Text) -> None:
    """Give ``command`` its Undo-menu line and, from it, the English its audit entries keep."""
    command.caption = line
    command.text = str(line)


def joined(words: Sequence[Text | str]) -> Text | str:
    """Words listed as the language lists them (a, b, c; 、 in Japanese); "" for none."""
    if not words:
        return ""
    return chained(CAPTION, QT_TRANSLATE_NOOP("CaseCommand", "{first}, {rest}"), words)
