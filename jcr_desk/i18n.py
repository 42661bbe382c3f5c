"""JCR Desk's languages without Qt: which one the analyst reads, and sentences to translate.

The window translates with Qt (``jcr_desk.ui.translations``); the domain packages and the
command line must not import Qt, so they speak through this module:

- :class:`Text` is a sentence the domain wants shown: its English source (the message id,
  marked with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` collects it into
  ``resources/translations/jcr_desk_ja.ts``) and its arguments. The sentence is built where
  it is shown, in the analyst's language; ``str(text)`` is the English one (logs, files).
- :func:`translate` looks a source up in the Japanese catalogue read from that ``.ts`` file
  with the standard library, so ``jcr-desk-cli`` speaks Japanese without loading Qt.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, ClassVar, Final

ENGLISH: Final = "en"
JAPANESE: Final = "ja"
SYSTEM: Final = "system"
#: The analyst's choices in Edit → Preferences… (``system`` follows the operating system).
PREFERENCES: Final = (SYSTEM, JAPANESE, ENGLISH)
LANGUAGES: Final = (JAPANESE, ENGLISH)
#: Environment variables that name the language, most specific first (as gettext reads them).
LOCALE_VARIABLES: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
CATALOGUE_STEM: Final = "jcr_desk"

_language: str = ENGLISH


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Mark ``source`` as translatable in ``context`` without translating it here."""
    del context
    return source


@dataclass(frozen=True, eq=False)
class Text:
    """A sentence the domain hands to whoever shows it: ``source`` is the English template
    (the translation's key in ``context``), ``args`` fill its ``{name}`` fields."""

    context: str
    source: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.source.format(**self.args)

    def __eq__(self, other: object) -> bool:
        """The same sentence: a template with its arguments equals the English it makes
        (a guideline stored in a case file keeps only that)."""
        if not isinstance(other, Text):
            return NotImplemented
        return (self.context, str(self)) == (other.context, str(other))

    def __hash__(self) -> int:
        return hash((self.context, str(self)))

    def to_data(self) -> dict[str, Any]:
        """The sentence as plain data for a case file (template and arguments, nested
        sentences too), so a file read back shows it in the analyst's language."""
        return {
            "context": self.context,
            "source": self.source,
            "args": {name: _argument_data(value) for name, value in self.args.items()},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Text:
        """The sentence :meth:`to_data` wrote."""
        return cls(
            data["context"],
            data["source"],
            {
                name: cls.from_data(value) if isinstance(value, Mapping) else value
                for name, value in data["args"].items()
            },
        )

    @classmethod
    def as_written(cls, context: str, english: str) -> Text:
        """A sentence of which a file kept only the English (written before the Japanese
        interface): its own template, braces escaped; without arguments it still reads
        translated."""
        return cls(context, english.replace("{", "{{").replace("}", "}}"))

    @classmethod
    def read(cls, data: Mapping[str, Any], key: str, context: str) -> Text:
        """``data[key]`` as a sentence: from its template when the file kept one under
        ``{key}_sentence``, else from its English."""
        sentence = data.get(f"{key}_sentence")
        if isinstance(sentence, Mapping):
            return cls.from_data(sentence)
        return cls.as_written(context, data[key])

    def translated(self) -> str:
        """The sentence in the language :func:`set_language` chose (the CLI's)."""
        return self.built(translate)

    def in_language(self, language: str) -> str:
        """The sentence in ``language`` whatever the interface's (a draft or a workbook
        written in the language the analyst chose for it)."""
        return self.built(lambda context, source: translate_to(language, context, source))

    def built(self, lookup: Callable[[str, str], str]) -> str:
        """The sentence with ``lookup(context, source)`` translating it and every argument
        that is itself a :class:`Text` (a "2 notches" inside a guideline step)."""
        args = {
            name: value.built(lookup) if isinstance(value, Text) else value
            for name, value in self.args.items()
        }
        return lookup(self.context, self.source).format(**args)


def chained(
    context: str, source: str, items: Sequence[Text | str], last: str | None = None
) -> Text | str:
    """``items`` joined pair by pair with ``source`` ("{first}, {rest}"), so each language
    joins a list its own way (、 in Japanese); ``last`` joins the final pair ("{first} and
    {rest}"). One item is itself; the templates are marked where the caller writes them."""
    first, *rest = items
    if not rest:
        return first
    template = last if last is not None and len(rest) == 1 else source
    return Text(context, template, {"first": first, "rest": chained(context, source, rest, last)})


class ExplainedError(Exception):
    """An error an analyst reads: its message is a :class:`Text`, so the window and the
    command line show it in the analyst's language while ``str(error)`` stays English (logs).

    A subclass names the translation context of messages raised as plain English
    (``CONTEXT``); raise it with a :class:`Text` to have the message translated."""

    CONTEXT: ClassVar[str] = "Errors"

    def __init__(self, message: Text | str, *rest: Any) -> None:
        self.sentence = (
            message if isinstance(message, Text) else Text.as_written(self.CONTEXT, message)
        )
        super().__init__(str(self.sentence), *rest)

    def built(self, lookup: Callable[[str, str], str]) -> str:
        """The message with ``lookup(context, source)`` translating it (the window passes
        Qt's translator); a subclass that prefixes a file name overrides this."""
        return self.sentence.built(lookup)

    def translated(self) -> str:
        """The message in the language :func:`set_language` chose (the command line's)."""
        return self.built(translate)


def explained(error: BaseException, lookup: Callable[[str, str], str] | None = None) -> str:
    """What an analyst reads of ``error``: an :class:`ExplainedError` in their language
    (``lookup`` translates, the chosen language by default), any other error as written."""
    if isinstance(error, ExplainedError):
        return error.built(translate if lookup is None else lookup)
    return str(error)


def _argument_data(value: Any) -> Any:
    if isinstance(value, Text):
        return value.to_data()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``ja`` when the first locale variable set names Japanese (``ja_JP.UTF-8``), else
    ``en``: the command line follows ``LANG`` as every Unix tool does."""
    environ = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return JAPANESE if value.split(":")[0].lower().startswith("ja") else ENGLISH
    return ENGLISH


def set_language(language: str) -> None:
    """Choose the language :func:`translate` answers in (``ja`` or ``en``)."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)} (got {language!r})")
    global _language
    _language = language


def current_language() -> str:
    return _language


def translate(context: str, source: str) -> str:
    """``source`` in the chosen language; the English when no translation is finished."""
    return translate_to(_language, context, source)


def translate_to(language: str, context: str, source: str) -> str:
    """``source`` in ``language``; the English when no translation is finished."""
    if language == ENGLISH:
        return source
    return catalogue(language).get((context, source), source)


def catalogue_path(language: str) -> Path:
    from jcr_desk.paths import resources_dir

    return resources_dir() / "translations" / f"{CATALOGUE_STEM}_{language}.ts"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """The finished translations of the ``.ts`` file, keyed by (context, source)."""
    path = catalogue_path(language)
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found
