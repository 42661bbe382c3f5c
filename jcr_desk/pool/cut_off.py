"""The tape's cut-off date: read from its title rows, entered by the analyst, or inferred.

Seasoning and derived remaining terms run to the cut-off; a tape cut 21 months after its
newest loan but read as of that loan has every seasoning 21 months short. Originators state
the date in a title row in many ways: "Cut-off date: 2026-09-30", "基準日：令和8年9月30日",
"住宅ローン債権明細（2026年9月30日現在）", "2026/9/30時点", "Pool as of 30 September 2026",
or a label with the date in the next cell. The words that introduce or follow the date are
in ``resources/pool/readings.toml``. When the tape states none, the Desk says so and infers
the newest origination date, always shown as inferred, until the analyst enters the date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import PROBLEM_CONTEXT, WARNING, Problem, problem_text
from jcr_desk.pool.settings import pool_defaults
from jcr_desk.pool.values import parse_dates, text_date

TITLE, ANALYST, INFERRED = "title", "analyst", "inferred"
_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                  "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ERA = r"(?:令和|平成|昭和|[rhs])\s*(?:\d{1,2}|元)"
_DATES: Final = (
    re.compile(r"(?<!\d)\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)"),
    re.compile(r"(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"),
    re.compile(_ERA + r"\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?"),
    re.compile(r"(?<!\d)\d{8}(?!\d)"),
)
_MONTH_ENDS: Final = (
    re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*末日?"),
    re.compile(r"(" + _ERA + r")\s*年\s*(\d{1,2})\s*月\s*末日?"),
)
_ENGLISH: Final = (
    re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})"),
    re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"),
)
_AROUND: Final = " \t:：-=()（）[]【】「」,、"


@dataclass(frozen=True)
class CutOff:
    """The as-of date of seasoning and remaining terms, and where it came from."""

    date: dt.date | None
    source: str
    """``title`` (read from the tape), ``analyst`` (entered) or ``inferred``."""
    detail: str
    """Where the analyst sees it: 'title row 1 "…"', or what it was inferred from."""
    sentence: Text = field(default=None, compare=False, repr=False)  # type: ignore[assignment]
    """``detail`` to show in the analyst's language."""

    def __post_init__(self) -> None:
        if self.sentence is None:
            object.__setattr__(self, "sentence", Text.as_written(PROBLEM_CONTEXT, self.detail))

    @property
    def inferred(self) -> bool:
        return self.source == INFERRED

    def text(self) -> str:
        """The date and its source, as the report and the summary show it."""
        return str(self.said())

    def said(self) -> Text:
        """:meth:`text` as a sentence to show in the analyst's language."""
        shown = self.date.isoformat() if self.date else problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "unknown")
        )
        if self.inferred:
            return problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "{date} (inferred: {detail})"),
                date=shown,
                detail=self.sentence,
            )
        return problem_text(
            QT_TRANSLATE_NOOP("TapeProblems", "{date} ({detail})"), date=shown, detail=self.sentence
        )


def find_cut_off(
    title_rows: Sequence[Sequence[object]], date1904: bool = False
) -> CutOff | None:
    """The first date the title rows introduce as the cut-off, with the row it is in."""
    for number, row in enumerate(title_rows, start=1):
        cells = [cell for cell in row if cell is not None and cell != ""]
        for position, cell in enumerate(cells):
            if not isinstance(cell, str):
                continue
            where = problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", 'title row {number} "{cell}"'),
                number=number,
                cell=cell.strip(),
            )
            found = _in_text(cell)
            if found is None:
                found = _next_to_label(cell, cells[position + 1 :], date1904)
                if found:
                    where = problem_text(
                        QT_TRANSLATE_NOOP("TapeProblems", "{where} {next}"),
                        where=where,
                        next=_shown(cells[position + 1]),
                    )
            if found is not None:
                return CutOff(found, TITLE, str(where), where)
    return None


def _shown(cell: object) -> str:
    if isinstance(cell, dt.datetime | dt.date):
        return cell.strftime("%Y-%m-%d")
    return f'"{str(cell).strip()}"'


def inferred_cut_off(newest_origination: dt.date | None, why: str) -> CutOff:
    """The newest origination date as the cut-off, saying why it had to be inferred."""
    detail = problem_text(
        QT_TRANSLATE_NOOP("TapeProblems", "the newest origination date; {why}"),
        why=problem_text(why),
    )
    return CutOff(newest_origination, INFERRED, str(detail), detail)


def _words(kind: str) -> list[str]:
    return [_folded(word) for word in pool_defaults("readings.toml")[f"cut_off.{kind}"]]


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


def _in_text(cell: str) -> dt.date | None:
    """A date in the cell preceded by a "before" word or followed by an "after" word."""
    text = _folded(cell)
    before, after = _words("before"), _words("after")
    for start, end, day in _dates(text):
        ahead = text[:start].rstrip(_AROUND)
        behind = text[end:].lstrip(_AROUND)
        if any(ahead.endswith(word) for word in before) or any(
            behind.startswith(word) for word in after
        ):
            return day
    return None


def _next_to_label(cell: str, rest: Sequence[object], date1904: bool) -> dt.date | None:
    """A cell that is (or ends with) a "before" word, and the date in the next cell."""
    label = _folded(cell).rstrip(_AROUND)
    if not rest or not any(label.endswith(word) for word in _words("before")):
        return None
    return _as_date(rest[0], date1904)


def _dates(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """Every date written in ``text`` (already folded): start, end and the day."""
    for pattern in _DATES:
        for match in pattern.finditer(text):
            day = text_date(re.sub(r"\s+", "", match.group()))
            if not np.isnat(day):
                yield match.start(), match.end(), day.astype(dt.date)
    for pattern in _MONTH_ENDS:
        for match in pattern.finditer(text):
            end = _month_end(match[1], int(match[2]))
            if end is not None:
                yield match.start(), match.end(), end
    for pattern, (day_group, month_group) in zip(_ENGLISH, ((1, 2), (2, 1)), strict=True):
        for match in pattern.finditer(text):
            month = _MONTHS.index(match[month_group][:3]) + 1
            found = _day(int(match[3]), month, int(match[day_group]))
            if found is not None:
                yield match.start(), match.end(), found


def _month_end(year: str, month: int) -> dt.date | None:
    """The last day of a month written "2026年9月末" or "令和8年9月末"."""
    if not 1 <= month <= 12:
        return None
    if not year.isdigit():  # an era year: its Gregorian year through the era table
        first = text_date("".join(year.split()) + f"年{month}月1日")
        if np.isnat(first):
            return None
        year = str(first.astype(dt.date).year)
    number = int(year)
    return dt.date(number, month, calendar.monthrange(number, month)[1])


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _as_date(value: object, date1904: bool) -> dt.date | None:
    parsed, bad = parse_dates(np.array([value], dtype=object), date1904=date1904)
    stamp = parsed[0]
    if bad[0] or np.isnat(stamp):
        return None
    return np.datetime64(stamp, "D").astype(dt.date)


def resolve_cut_off(
    found: CutOff | None,
    entered: dt.date | None,
    rule: str,
    newest_origination: dt.date | None,
    sheet: str,
) -> tuple[CutOff, list[Problem]]:
    """The cut-off the import uses, and a warning whenever it is not the tape's own.

    ``rule`` is the originator's (``CUT_OFF_RULES`` of a mapping profile): ``title`` reads
    the title rows and asks when they state none; ``newest_origination`` accepts the newest
    origination date then; ``ask`` always wants the analyst's date.
    """
    if entered is not None:
        by_analyst = problem_text(QT_TRANSLATE_NOOP("TapeProblems", "entered by the analyst"))
        chosen = CutOff(entered, ANALYST, str(by_analyst), by_analyst)
        if found is not None and found.date != entered:
            return chosen, [_warning(sheet, "cut_off_differs", problem_text(
                QT_TRANSLATE_NOOP(
                    "TapeProblems", "cut-off {entered} as entered; the tape says {found} in its "
                    "{detail}"
                ),
                entered=entered.isoformat(),
                found=found.date.isoformat() if found.date else "?",
                detail=found.sentence,
            ))]
        return chosen, []
    if found is not None and rule != "ask":
        return found, []
    newest: str | Text = (
        newest_origination.isoformat()
        if newest_origination
        else problem_text(QT_TRANSLATE_NOOP("TapeProblems", "unknown"))
    )
    if rule == "newest_origination":
        why = QT_TRANSLATE_NOOP(
            "TapeProblems", "the originator's profile says its tapes state none"
        )
    elif rule == "ask":
        why = QT_TRANSLATE_NOOP(
            "TapeProblems", "the originator's profile asks for the cut-off of each tape"
        )
    else:
        why = QT_TRANSLATE_NOOP("TapeProblems", "the tape states no cut-off date in its title rows")
    inferred = inferred_cut_off(newest_origination, why)
    return inferred, [_warning(sheet, "cut_off_inferred", problem_text(
        QT_TRANSLATE_NOOP(
            "TapeProblems",
            "{why}: seasoning and remaining terms run to the newest origination date, {newest} "
            "(inferred); enter the cut-off in the mapping dialog (command line: --cut-off "
            "YYYY-MM-DD)",
        ),
        why=problem_text(why),
        newest=newest,
    ))]


def _warning(sheet: str, rule: str, sentence: Text) -> Problem:
    return Problem.saying(sentence, sheet, None, None, None, None, "", rule, WARNING)
