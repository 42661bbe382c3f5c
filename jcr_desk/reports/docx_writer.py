"""A draft as a Word document: the editable draft analysts finish in Word (python-docx).

Placeholders are highlighted in yellow so none goes out unnoticed; Japanese text gets an
East Asian font so it does not fall back to a Latin one.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from jcr_desk.case.document._atomic_file import replace_file
from jcr_desk.reports.draft_writers import missing_heading
from jcr_desk.reports.templates import CLOSE, OPEN, PLACEHOLDER, Draft

EAST_ASIAN_FONT = "Yu Mincho"


def _add_runs(paragraph: Paragraph, text: str) -> None:
    start = 0
    for found in PLACEHOLDER.finditer(text):
        if found.start() > start:
            paragraph.add_run(text[start : found.start()])
        run = paragraph.add_run(found.group(0))
        run.bold = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        start = found.end()
    if start < len(text):
        paragraph.add_run(text[start:])


def build_docx(draft: Draft):  # -> docx.document.Document (python-docx ships no stub type)
    document = Document()
    normal = document.styles["Normal"]
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    for block in draft.blocks:
        if block.kind == "title":
            _add_runs(document.add_heading(level=0), block.text)
        elif block.kind == "heading":
            _add_runs(document.add_heading(level=1), block.text)
        elif block.kind == "bullet":
            _add_runs(document.add_paragraph(style="List Bullet"), block.text)
        elif block.kind == "table" and block.rows:
            table = document.add_table(rows=0, cols=len(block.rows[0]))
            table.style = "Table Grid"
            for number, row in enumerate(block.rows):
                cells = table.add_row().cells
                for cell, text in zip(cells, row, strict=True):
                    _add_runs(cell.paragraphs[0], text)
                    if number == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            _add_runs(document.add_paragraph(), block.text)
    if draft.missing:
        _add_runs(document.add_heading(level=1), missing_heading(draft.language))
        for item in draft.missing:
            _add_runs(document.add_paragraph(style="List Bullet"), f"{OPEN}{item}{CLOSE}")
    return document


def write_docx(draft: Draft, path: Path) -> None:
    document = build_docx(draft)
    replace_file(path, lambda temporary: document.save(str(temporary)), keep_backup=False)
