"""A draft as plain text or HTML: the files analysts open and the tab's live preview.

Placeholders (``⟦…⟧``) stay visible in both: marked in HTML, as written in text. Drafts with
missing inputs end with the list of them, so a reviewer sees what is left to fill.
"""

from __future__ import annotations

import html

from jcr_desk.reports.templates import CLOSE, OPEN, PLACEHOLDER, Block, Draft, phrase

_STYLE = """
body { font-family: sans-serif; line-height: 1.45; }
h1 { font-size: 1.35em; } h2 { font-size: 1.1em; margin-top: 1.2em; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 2px 6px; }
th { background: #eee; text-align: left; }
.missing { background: #ffe08a; color: #8a1c1c; font-weight: bold; }
.missing-list { border: 1px solid #c98a00; padding: 4px 10px; background: #fff7dc; }
"""


def missing_heading(language: str) -> str:
    return phrase(language, "missing_heading")


def to_text(draft: Draft) -> str:
    lines: list[str] = []
    for block in draft.blocks:
        if block.kind == "title":
            lines += [block.text, "=" * min(len(block.text) * 2, 80), ""]
        elif block.kind == "heading":
            lines += ["", block.text, "-" * min(len(block.text) * 2, 80)]
        elif block.kind == "bullet":
            lines.append(f"- {block.text}")
        elif block.kind == "table":
            lines += ["\t".join(row) for row in block.rows]
        else:
            lines += [block.text, ""]
    if draft.missing:
        lines += ["", missing_heading(draft.language)]
        lines += [f"- {OPEN}{item}{CLOSE}" for item in draft.missing]
    return "\n".join(lines).rstrip() + "\n"


def _marked(text: str) -> str:
    """Escaped text with each placeholder in a highlighted span."""
    out, start = [], 0
    for found in PLACEHOLDER.finditer(text):
        out.append(html.escape(text[start : found.start()]))
        out.append(f'<span class="missing">{html.escape(found.group(0))}</span>')
        start = found.end()
    out.append(html.escape(text[start:]))
    return "".join(out)


def _html_block(block: Block) -> str:
    if block.kind == "title":
        return f"<h1>{_marked(block.text)}</h1>"
    if block.kind == "heading":
        return f"<h2>{_marked(block.text)}</h2>"
    if block.kind == "bullet":
        return f"<ul><li>{_marked(block.text)}</li></ul>"
    if block.kind == "table":
        if not block.rows:
            return ""
        head = "".join(f"<th>{_marked(cell)}</th>" for cell in block.rows[0])
        body = "".join(
            "<tr>" + "".join(f"<td>{_marked(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows[1:]
        )
        return f"<table><tr>{head}</tr>{body}</table>"
    return f"<p>{_marked(block.text)}</p>"


def to_html(draft: Draft) -> str:
    parts = [_html_block(block) for block in draft.blocks]
    if draft.missing:
        items = "".join(f"<li>{_marked(OPEN + m + CLOSE)}</li>" for m in draft.missing)
        parts.append(
            f'<div class="missing-list"><h2>{html.escape(missing_heading(draft.language))}'
            f"</h2><ul>{items}</ul></div>"
        )
    lang = "ja" if draft.language == "ja" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(draft.title)}</title><style>{_STYLE}</style></head>"
        f"<body>\n" + "\n".join(parts) + "\n</body></html>\n"
    )
