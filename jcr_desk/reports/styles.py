"""The workbook's named styles: one theme, one Japanese-capable font, one format per kind of figure.

Every cell the export writes takes one of these styles, so a committee member sees the same
look on every sheet and Excel's style gallery lists them under "JCR …". Number formats:
yen as ``#,##0``, shares of the pool as percentages, dates as ``yyyy-mm-dd``; ratings and
codes are text (``@``), never numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

from jcr_desk.reports.settings import colour, workbook_settings

YEN_FORMAT = "#,##0"
PERCENT_FORMAT = "0.00%"
FINE_PERCENT_FORMAT = "0.000%"
MULTIPLE_FORMAT = '0.00"×"'
DECIMAL_FORMAT = "0.0000"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
TEXT_FORMAT = "@"

TITLE = "JCR Title"
HEADING = "JCR Heading"
HEADER = "JCR Header"
TEXT = "JCR Text"
WRAP = "JCR Wrapped text"
LABEL = "JCR Label"
KEY = "JCR Key"
NOTE = "JCR Note"
WARNING = "JCR Warning"
RATING = "JCR Rating"
YEN = "JCR Yen"
INTEGER = "JCR Integer"
PERCENT = "JCR Percent"
FINE_PERCENT = "JCR Fine percent"
MULTIPLE = "JCR Multiple"
DECIMAL = "JCR Decimal"
DATE = "JCR Date"
DATETIME = "JCR Date and time"
BOOLEAN = "JCR Yes/no"
TOTAL_YEN = "JCR Total yen"
TOTAL_INTEGER = "JCR Total integer"
TOTAL_PERCENT = "JCR Total percent"
INPUT_TEXT = "JCR Input text"
INPUT_YEN = "JCR Input yen"
INPUT_INTEGER = "JCR Input integer"
INPUT_PERCENT = "JCR Input percent"
INPUT_FINE_PERCENT = "JCR Input fine percent"
INPUT_NUMBER = "JCR Input number"
INPUT_DATE = "JCR Input date"
INPUT_BOOLEAN = "JCR Input yes/no"


@dataclass(frozen=True)
class _Look:
    number_format: str = "General"
    bold: bool = False
    italic: bool = False
    size: str = "size"
    font_colour: str | None = None
    fill: str | None = None
    horizontal: str | None = None
    wrap: bool = False
    top_border: bool = False
    boxed: bool = False


_NUMBER = {"horizontal": "right"}
_INPUT = {"fill": "input", "font_colour": "input_text", "boxed": True}
_TOTAL = {"bold": True, "top_border": True, "horizontal": "right"}

LOOKS: dict[str, _Look] = {
    TITLE: _Look(bold=True, size="title_size", font_colour="heading"),
    HEADING: _Look(bold=True, size="heading_size", font_colour="heading"),
    HEADER: _Look(
        TEXT_FORMAT, bold=True, font_colour="heading_text", fill="heading", wrap=True, boxed=True
    ),
    TEXT: _Look(TEXT_FORMAT),
    WRAP: _Look(TEXT_FORMAT, wrap=True),
    LABEL: _Look(TEXT_FORMAT, bold=True),
    KEY: _Look(TEXT_FORMAT, font_colour="note_text"),
    NOTE: _Look(TEXT_FORMAT, italic=True, font_colour="note_text"),
    WARNING: _Look(TEXT_FORMAT, bold=True, font_colour="shortfall_text"),
    RATING: _Look(TEXT_FORMAT, bold=True, horizontal="center"),
    YEN: _Look(YEN_FORMAT, **_NUMBER),
    INTEGER: _Look(YEN_FORMAT, **_NUMBER),
    PERCENT: _Look(PERCENT_FORMAT, **_NUMBER),
    FINE_PERCENT: _Look(FINE_PERCENT_FORMAT, **_NUMBER),
    MULTIPLE: _Look(MULTIPLE_FORMAT, **_NUMBER),
    DECIMAL: _Look(DECIMAL_FORMAT, **_NUMBER),
    DATE: _Look(DATE_FORMAT, horizontal="left"),
    DATETIME: _Look(DATETIME_FORMAT, horizontal="left"),
    BOOLEAN: _Look(horizontal="center"),
    TOTAL_YEN: _Look(YEN_FORMAT, **_TOTAL),
    TOTAL_INTEGER: _Look(YEN_FORMAT, **_TOTAL),
    TOTAL_PERCENT: _Look(PERCENT_FORMAT, **_TOTAL),
    INPUT_TEXT: _Look(TEXT_FORMAT, **_INPUT),
    INPUT_YEN: _Look(YEN_FORMAT, horizontal="right", **_INPUT),
    INPUT_INTEGER: _Look("0", horizontal="right", **_INPUT),
    INPUT_PERCENT: _Look(PERCENT_FORMAT, horizontal="right", **_INPUT),
    INPUT_FINE_PERCENT: _Look(FINE_PERCENT_FORMAT, horizontal="right", **_INPUT),
    INPUT_NUMBER: _Look("General", horizontal="right", **_INPUT),
    INPUT_DATE: _Look(DATE_FORMAT, horizontal="center", **_INPUT),
    INPUT_BOOLEAN: _Look(horizontal="center", **_INPUT),
}


def font_name() -> str:
    return str(workbook_settings()["font"]["name"])


def add_named_styles(book: Workbook) -> None:
    """Register every style of :data:`LOOKS` with the workbook."""
    for name, look in LOOKS.items():
        book.add_named_style(named_style(name, look))


def named_style(name: str, look: _Look) -> NamedStyle:
    fonts = workbook_settings()["font"]
    thin = Side(style="thin", color=colour("border"))
    border = Border()
    if look.boxed:
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
    elif look.top_border:
        border = Border(top=Side(style="thin", color=colour("heading")))
    return NamedStyle(
        name=name,
        number_format=look.number_format,
        font=Font(
            name=font_name(),
            size=fonts[look.size],
            bold=look.bold,
            italic=look.italic,
            color=None if look.font_colour is None else colour(look.font_colour),
        ),
        fill=PatternFill("solid", fgColor=colour(look.fill)) if look.fill else PatternFill(),
        alignment=Alignment(
            horizontal=look.horizontal, vertical="top", wrap_text=look.wrap or None
        ),
        border=border,
    )
