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

from jcr_desk.pool.problems import ERROR, WARNING, Problem

_GROUPED: Final = {
    "borrower_several_loans": "{label}: {distinct:,} {borrowers} more than one loan "
    "({count:,} loans) — setoff is counted per borrower",
    "outlier": "{label}: {count:,} values outside the usual range{range}",
    "current_above_original": "{label}: {count:,} current balances above the original balance",
    "unreadable": "{label}: {count:,} cells that cannot be read",
    "unknown_category": "{label}: {count:,} cells with an unknown code",
}
"""Headline of a group of one kind of warning, by rule (others: a count and the message)."""


@dataclass(frozen=True)
class ProblemGroup:
    """One line of the report: a single problem, or every warning of one kind."""

    severity: str
    rule: str
    field: str | None
    problems: tuple[Problem, ...]
    headline: str

    @property
    def count(self) -> int:
        return len(self.problems)

    @property
    def rows(self) -> list[int]:
        """The Excel rows of the group's problems, in order (file-level ones left out)."""
        return [p.row for p in self.problems if p.row is not None]

    def rows_text(self, shown: int = 5) -> str:
        """"row 12", "rows 12, 15, 18 and 3,509 more"; "column E" or "file" for a problem of
        a whole column or the whole file."""
        rows = self.rows
        if not rows:
            column = self.problems[0].column
            return f"column {column}" if column else "file"
        if len(rows) == 1:
            return f"row {rows[0]}"
        listed = ", ".join(str(row) for row in rows[:shown])
        more = len(rows) - shown
        return f"rows {listed}" + (f" and {more:,} more" if more > 0 else "")


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
    return ProblemGroup(problem.severity, problem.rule, problem.field, (problem,), problem.message)


def _group(members: list[Problem]) -> ProblemGroup:
    first = members[0]
    label = first.header or first.field or "file"
    template = _GROUPED.get(first.rule)
    if template is None:
        headline = f"{len(members):,} rows: {first.message}"
    else:
        usual = first.message.partition("usual range")[2]
        headline = template.format(
            label=label,
            count=len(members),
            distinct=len({p.value for p in members}),
            borrowers="borrower holds" if len({p.value for p in members}) == 1 else (
                "borrowers hold"
            ),
            range=f" {usual.strip()}" if usual else "",
        )
    return ProblemGroup(first.severity, first.rule, first.field, tuple(members), headline)
