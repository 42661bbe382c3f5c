"""The wording of the release and the disclosure form: templates an agency replaces.

``resources/templates/<language>/`` holds, per language, ``release.txt`` and
``disclosure.txt`` (the documents, as plain text with ``${named}`` fields of
``string.Template``) and ``phrases.toml`` (the sentences the Desk chooses between from the
case: an action's name, item 6 with or without third-party due diligence…). A template line
reads as one block of the draft:

- ``# text`` the title, ``## text`` a heading (``## 4. text`` heads item 4 of the form);
- ``- text`` a bullet; any other line a paragraph; blank lines separate nothing;
- a line holding only ``${name}`` where ``name`` is a block field (the headlines, the
  rationale, an item's body, the history table) becomes the blocks the Desk built.

A field the case cannot fill becomes a visible placeholder (``⟦…⟧``) and is listed; a field
the template names but the Desk does not know is a placeholder too, never a blank.
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from jcr_desk.paths import resources_dir

LANGUAGES = ("en", "ja")
OPEN, CLOSE = "⟦", "⟧"
PLACEHOLDER = re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}")
_BLOCK_FIELD = re.compile(r"^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$")
_ITEM_HEADING = re.compile(r"^(\d{1,2})\.\s")


@dataclass(frozen=True)
class Block:
    """One part of a draft: what the text, HTML and Word writers lay out."""

    kind: str  # "title", "heading", "paragraph", "bullet", "numbered", "table"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()  # a table's lines, the header first
    number: int | None = None  # a heading's item of the form; a numbered paragraph's number


@dataclass(frozen=True)
class Draft:
    """A release or a disclosure form in one language, with what is still missing."""

    kind: str  # "release" or "disclosure"
    language: str
    blocks: tuple[Block, ...]
    missing: tuple[str, ...]

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "title"), self.kind)

    def text_of(self) -> str:
        """Every text of the draft, table cells included (tests and searches)."""
        parts = []
        for block in self.blocks:
            parts.append(block.text)
            parts.extend(cell for row in block.rows for cell in row)
        return "\n".join(parts)


def placeholder(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def templates_dir() -> Path:
    return resources_dir() / "templates"


@cache
def phrases(language: str) -> Mapping[str, Any]:
    """``<language>/phrases.toml``, read once."""
    _check_language(language)
    with (templates_dir() / language / "phrases.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def template_text(kind: str, language: str) -> str:
    _check_language(language)
    return (templates_dir() / language / f"{kind}.txt").read_text(encoding="utf-8")


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"no templates in {language!r} (choose one of {', '.join(LANGUAGES)})")


def phrase(language: str, path: str, **values: object) -> str:
    """The phrase at ``path`` ("actions.upgrade") with its fields filled from ``values``."""
    node: Any = phrases(language)
    for part in path.split("."):
        node = node[part]
    return fill(str(node), {name: str(value) for name, value in values.items()})


class _Fields(dict):
    """A field the caller did not supply reads as a placeholder and is remembered."""

    def __init__(self, values: Mapping[str, str], unknown: list[str]) -> None:
        super().__init__(values)
        self._unknown = unknown

    def __missing__(self, key: str) -> str:
        self._unknown.append(key)
        return placeholder(key)


def fill(text: str, values: Mapping[str, str], unknown: list[str] | None = None) -> str:
    """``string.Template`` substitution; an unknown field becomes a visible placeholder."""
    seen: list[str] = [] if unknown is None else unknown
    try:
        return string.Template(text).substitute(_Fields(values, seen))
    except ValueError:  # a lone "$": the agency's text is shown as written
        return text


@dataclass
class Fields:
    """What a template is filled with: inline texts, block fields and the missing inputs."""

    inline: dict[str, str] = field(default_factory=dict)
    blocks: dict[str, Sequence[Block]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def missing_text(self, what: str) -> str:
        """A placeholder for an input the case lacks, listed once."""
        if what not in self.missing:
            self.missing.append(what)
        return placeholder(what)


def render(kind: str, language: str, fields: Fields) -> Draft:
    """Fill ``<language>/<kind>.txt`` with ``fields`` and lay it out as blocks."""
    unknown: list[str] = []
    blocks: list[Block] = []
    for raw in template_text(kind, language).splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        whole = _BLOCK_FIELD.match(line)
        if whole and whole.group(1) in fields.blocks:
            blocks.extend(fields.blocks[whole.group(1)])
            continue
        blocks.append(_block(fill(line, fields.inline, unknown)))
    missing = list(fields.missing)
    for name in unknown:
        note = f"template field ${{{name}}} is not one JCR Desk fills"
        if note not in missing:
            missing.append(note)
    return Draft(kind, language, tuple(blocks), tuple(missing))


def _block(line: str) -> Block:
    if line.startswith("## "):
        text = line[3:].strip()
        number = _ITEM_HEADING.match(text)
        return Block("heading", text, number=int(number.group(1)) if number else None)
    if line.startswith("# "):
        return Block("title", line[2:].strip())
    if line.startswith("- "):
        return Block("bullet", line[2:].strip())
    return Block("paragraph", line)
