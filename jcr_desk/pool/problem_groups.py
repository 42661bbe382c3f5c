"""The import report as an analyst reads it: errors first, by row, then warnings, grouped.

A 20,000-loan tape can carry ten errors under 7,922 warnings, most of them one kind ("this
borrower holds several loans"). Listed one per line, the errors drown. So errors (the rows an
import leaves out) come first, file-level ones at the top, each on its own line by row; then
warnings, where each kind (rule and column) seen more than once is one line with its count,
its rows kept for whoever opens it. The window's tree and the CLI's text both read these
groups; the CLI's ``--json`` and the case keep every problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.pool.problems import ERROR, WARNING, Problem, problem_text

_GROUPED: Final = {
    "borrower_several_loans": QT_TRANSLATE_NOOP(
        "TapeProblems",
        "{label}: {distinct:,} borrowers hold more than one loan ({count:,} loans) — setoff is "
        "counted per borrower",
    ),
    "outlier": QT_TRANSLATE_NOOP(
        "TapeProblems", "{label}: {count:,} values outside the usual range {range}"
    ),
    "current_above_original": QT_TRANSLATE_NOOP(
        "TapeProblems", "{label}: {count:,} current balances above the original balance"
    ),
    "unreadable": QT_TRANSLATE_NOOP("TapeProblems", "{label}: {count:,} cells that cannot be read"),
    "unknown_category": QT_TRANSLATE_NOOP(
        "TapeProblems", "{label}: {count:,} cells with an unknown code"
    ),
}
"""Headline of a group of one kind of warning, by rule (others: a count and the message)."""
_ONE_BORROWER: Final = QT_TRANSLATE_NOOP(
    "TapeProblems",
    "{label}: {distinct:,} borrower holds more than one loan ({count:,} loans) — setoff is "
    "counted per borrower",
)
_NO_RANGE: Final = QT_TRANSLATE_NOOP(
    "TapeProblems", "{label}: {count:,} values outside the usual range"
)
_ROWS: Final = QT_TRANSLATE_NOOP("TapeProblems", "{count:,} rows: {message}")
_FILE: Final = QT_TRANSLATE_NOOP("TapeProblems", "file")


@dataclass(frozen=True)
class ProblemGroup:
    """One line of the report: a single problem, or every warning of one kind."""

    severity: str
    rule: str
    field: str | None
    problems: tuple[Problem, ...]
    sentence: Text
    """The line's text, built in the analyst's language where it is shown."""

    @property
    def headline(self) -> str:
        """The line in English."""
        return str(self.sentence)

    @property
    def count(self) -> int:
        return len(self.problems)

    @property
    def rows(self) -> list[int]:
        """The Excel rows of the group's problems, in order (file-level ones left out)."""
        return [p.row for p in self.problems if p.row is not None]

    def rows_text(self, shown: int = 5) -> Text:
        """"row 12", "rows 12, 15, 18 and 3,509 more"; "column E" or "file" for a problem of
        a whole column or the whole file."""
        rows = self.rows
        if not rows:
            column = self.problems[0].column
            if column:
                return problem_text(
                    QT_TRANSLATE_NOOP("TapeProblems", "column {column}"), column=column
                )
            return problem_text(_FILE)
        if len(rows) == 1:
            return problem_text(QT_TRANSLATE_NOOP("TapeProblems", "row {row}"), row=rows[0])
        listed = ", ".join(str(row) for row in rows[:shown])
        more = len(rows) - shown
        if more > 0:
            return problem_text(
                QT_TRANSLATE_NOOP("TapeProblems", "rows {listed} and {more:,} more"),
                listed=listed,
                more=more,
            )
        return problem_text(QT_TRANSLATE_NOOP("TapeProblems", "rows {listed}"), listed=listed)


def group_problems(problems: Iterable[Problem | Mapping[str, Any]]) -> list[ProblemGroup]:
    """Errors (file-level first, then by row), then warnings grouped by kind."""
    found = [p if isinstance(p, Problem) else Problem.from_dict(p) for p in problems]
    errors = sorted((p for p in found if p.severity == ERROR), key=_by_row)
    groups = [_single(p) for p in errors]
    kinds: dict[tuple[str, object], list[Problem]] = {}
    for problem in sorted((p for p in found if p.severity == WARNING), key=_by_row):
        key = (problem.rule, problem.field) if problem.row is not None else ("", id(problem))
        kinds.setdefault(key, []).append(problem)
    for members in kinds.values():
        groups.append(_single(members[0]) if len(members) == 1 else _group(members))
    return groups


def _by_row(problem: Problem) -> tuple[int, str, str]:
    return (-1 if problem.row is None else problem.row, problem.column or "", problem.rule)


def _single(problem: Problem) -> ProblemGroup:
    return ProblemGroup(problem.severity, problem.rule, problem.field, (problem,), problem.sentence)


def _group(members: list[Problem]) -> ProblemGroup:
    first = members[0]
    label: str | Text = first.header or first.field or problem_text(_FILE)
    template = _GROUPED.get(first.rule)
    if template is None:
        headline = problem_text(_ROWS, count=len(members), message=first.sentence)
    else:
        distinct, usual = len({p.value for p in members}), _usual(first)
        if first.rule == "borrower_several_loans" and distinct == 1:
            template = _ONE_BORROWER
        if first.rule == "outlier" and not usual:
            template = _NO_RANGE
        headline = problem_text(
            template, label=label, count=len(members), distinct=distinct, range=usual
        )
    return ProblemGroup(first.severity, first.rule, first.field, tuple(members), headline)


def _usual(problem: Problem) -> str:
    """"18 – 85": the usual range an outlier lies outside (from a report saved before the
    sentences, read off its English); "" for other problems."""
    usual = problem.sentence.args.get("range")
    if usual is None:
        usual = problem.message.partition("usual range")[2].strip()
    return str(usual)
