"""The rating history of seed ``000`` (the published affirmation), typed line by line.

Issuer rating AA- and CP J-1+ since 11 March 2003; the outlook Stable appears on
6 March 2006. Written as a workbook in the layout of the seed's table (a title, the header,
one line per rating) for the import and export tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from jcr_desk.case.document.model import RatingHistoryEntry

ISSUER = "JAPAN SECURITIES FINANCE CO., LTD."
LONG_TERM = "Issuer(Long-term)"
CP = "CP"
DATES = (
    date(2003, 3, 11),
    date(2004, 4, 1),
    date(2005, 8, 29),
    date(2006, 3, 6),
    date(2006, 8, 28),
    date(2007, 8, 14),
    date(2008, 8, 14),
    date(2009, 9, 9),
    date(2010, 7, 30),
    date(2011, 8, 10),
    date(2012, 10, 5),
    date(2013, 4, 1),
    date(2014, 3, 20),
    date(2015, 3, 26),
    date(2016, 3, 9),
    date(2017, 3, 17),
    date(2018, 4, 20),
    date(2019, 4, 23),
    date(2020, 5, 19),
)
STABLE_FROM = date(2006, 3, 6)
#: The seed lists 19 issuer-rating lines, then 19 CP lines on the same dates.
ROWS = tuple(
    RatingHistoryEntry(ISSUER, LONG_TERM, when, "AA-", "Stable" if when >= STABLE_FROM else "")
    for when in DATES
) + tuple(RatingHistoryEntry(ISSUER, CP, when, "J-1+", "") for when in DATES)
HEADER = ("Issuer Name", "Issue Name", "Publication Date", "Rating", "Outlook/Direction")


def write_seed_history(path: Path, rows=ROWS, header=HEADER, title="Rating history") -> Path:
    """The rows as a workbook: title in A1, header in row 2, dates as Excel dates."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Rating history"
    sheet.append([title])
    sheet.append(list(header))
    for row in rows:
        sheet.append([row.issuer, row.issue, row.publication_date, row.rating, row.outlook or None])
        sheet.cell(sheet.max_row, 3).number_format = "mmmm d, yyyy"
    book.save(path)
    return path
