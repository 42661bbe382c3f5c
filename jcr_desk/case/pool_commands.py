"""Undoable edits of a case's loan pools.

An import replaces the whole pool (never edits a loan table in place, which
:meth:`Case.snapshot` relies on), so undo just puts the previous pool object back where it was.
The audit trail names the file, sheet, the rows kept and excluded, and the pool replaced, so a
committee can see which tape the figures came from and what was left out.
"""

from __future__ import annotations

from jcr_desk.case.commands import EditRefused
from jcr_desk.case.model import Case, StoredPool


class ImportPool:
    """Make ``pool`` the case's pool: replace the first pool, or add it when there is none."""

    def __init__(self, pool: StoredPool) -> None:
        self._pool = pool
        self._replaced: StoredPool | None = None
        self.text = f"Import {pool.name}"

    def check(self, case: Case) -> None:
        if self._pool.loans.empty:
            raise EditRefused(
                "The tape has no loan without errors, so there is nothing to import; "
                "the validation report lists what to correct."
            )
        if any(p.id == self._pool.id for p in case.pools[1:]):
            raise EditRefused("A pool with the same identifier is already in the case.")

    def redo(self, case: Case) -> None:
        self._replaced = case.pools[0] if case.pools else None
        if self._replaced is None:
            case.pools.append(self._pool)
        else:
            case.pools[0] = self._pool
        case.log("pool imported", import_detail(self._pool, self._replaced))

    def undo(self, case: Case) -> None:
        if self._replaced is None:
            case.pools[:] = [p for p in case.pools if p is not self._pool]
        else:
            case.pools[0] = self._replaced
        case.log("undo", self.text)


def excluded_rows(pool: StoredPool) -> int:
    """How many tape rows the import left out: distinct Excel rows with an error."""
    return len(
        {
            problem["row"]
            for problem in pool.report
            if problem.get("severity") == "error" and problem.get("row") is not None
        }
    )


def import_detail(pool: StoredPool, replaced: StoredPool | None) -> str:
    """The audit text of an import: file, sheet, rows kept and excluded, the pool replaced."""
    source = pool.source
    where = f"{source.get('file', 'unknown file')}, sheet {source.get('sheet', '?')}"
    rows = f"{len(pool.loans):,} loans imported, {excluded_rows(pool):,} rows excluded"
    if replaced is None:
        before = "no previous pool"
    else:
        before = f"replaced {replaced.name} ({len(replaced.loans):,} loans"
        if replaced.source.get("file"):
            before += f" from {replaced.source['file']}"
        before += ")"
    return f"{pool.name}: {where}; {rows}; {before}"
