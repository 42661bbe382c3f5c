"""Undoable edits of a case's loan pools.

An import replaces a pool or adds one beside the others (never edits a loan table in place,
which :meth:`Case.snapshot` relies on), so undo just puts the previous pools back. A scenario
keeps the pool it was built on: when the import replaces that pool (next month's tape of the
same deal) the scenario follows to the new one in the same edit; when the import adds a second
pool, every scenario stays on its own, including a scenario of an older case that named no
pool and read the case's only one. The audit trail names the file, sheet, the rows kept and
excluded, the pool replaced and the scenarios moved, so a committee can see which tape the
figures came from and what was left out.
"""

from __future__ import annotations

from typing import Final

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import Case, StoredPool
from jcr_desk.case.edits.class_fit_commands import ClassesDoNotFit, misfits, refitted
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.structured.rmbs.class_fit import FIT_WORDS
from jcr_desk.structured.rmbs.deal import DealStructure

REPLACE: Final = "replace"
ADD: Final = "add"


class ImportPool:
    """Put ``pool`` into the case: in place of the pool ``replacing`` (its id; the first pool
    when not given) or, with ``mode=ADD`` or in a case without pools, beside the others.

    When the replaced pool's scenarios have classes sized for a pool of another size, the
    import is refused with :class:`ClassesDoNotFit` until ``classes`` says how to re-fit them
    (``keep-amounts`` or ``keep-shares``) and ``reason`` says why.
    """

    def __init__(
        self,
        pool: StoredPool,
        mode: str = REPLACE,
        replacing: str | None = None,
        *,
        classes: str | None = None,
        reason: str = "",
    ) -> None:
        if mode not in (REPLACE, ADD):
            raise ValueError(f"import mode must be {REPLACE!r} or {ADD!r} (got {mode!r})")
        self._pool = pool
        self._mode = mode
        self._replacing = replacing
        self._classes = classes
        self._reason = reason.strip()
        self._before: list[StoredPool] = []
        self._moved: dict[str, str | None] = {}
        self._refits: dict[str, tuple[DealStructure, DealStructure]] = {}
        self.text = f"Import {pool.name}" if mode == REPLACE else f"Add pool {pool.name}"

    def check(self, case: Case) -> None:
        if self._pool.loans.empty:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "The tape has no loan without errors, so there is nothing to import; "
                    "the validation report lists what to correct.",
                )
            )
        target = self._target(case)
        if any(p.id == self._pool.id and p is not target for p in case.pools):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "A pool with the same identifier is already in the case."
                )
            )
        if self._replacing is not None and target is None:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The pool this import was to replace is no longer in the case."
                )
            )
        found = misfits(case, self._pool, target)
        if found and self._classes is None:
            raise ClassesDoNotFit(found)
        structures = refitted(found, self._classes) if found else {}
        if found and not self._reason:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "Re-fitting the classes to the new pool is a recorded decision, so it needs "
                    "a written reason.",
                )
            )
        self._refits = {
            misfit.scenario.id: (misfit.scenario.structure, structures[misfit.scenario.id])
            for misfit in found
        }

    def redo(self, case: Case) -> None:
        self._before = list(case.pools)
        replaced = self._target(case)
        if replaced is None:
            self._moved = _pin(case)
            case.pools.append(self._pool)
        else:
            case.pools[case.pools.index(replaced)] = self._pool
            self._moved = _follow(case, replaced.id, self._pool.id)
        detail = import_detail(self._pool, replaced, len(self._moved), beside=len(self._before))
        for scenario in case.scenarios:
            if scenario.id in self._refits:
                scenario.structure = self._refits[scenario.id][1]
                detail += f"; scenario {scenario.name}: {FIT_WORDS[self._classes or '']}"
        if self._refits:
            detail += f"; reason: {self._reason}"
        case.log(QT_TRANSLATE_NOOP("AuditLog", "pool imported"), detail)

    def undo(self, case: Case) -> None:
        case.pools[:] = self._before
        for scenario in case.scenarios:
            if scenario.id in self._moved:
                scenario.pool_id = self._moved[scenario.id]
            if scenario.id in self._refits:
                scenario.structure = self._refits[scenario.id][0]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)

    def _target(self, case: Case) -> StoredPool | None:
        return pool_to_replace(case, self._mode, self._replacing)


def pool_to_replace(case: Case, mode: str, replacing: str | None) -> StoredPool | None:
    """The pool an import in ``mode`` replaces (``replacing``, else the first), ``None`` when
    it adds one."""
    if mode == ADD or not case.pools:
        return None
    if replacing is None:
        return case.pools[0]
    return next((p for p in case.pools if p.id == replacing), None)


def _follow(case: Case, old: str, new: str) -> dict[str, str | None]:
    """Move the scenarios built on pool ``old`` to ``new``; their previous pool ids."""
    moved = {}
    for scenario in case.scenarios:
        if scenario.pool_id == old:
            moved[scenario.id] = scenario.pool_id
            scenario.pool_id = new
    return moved


def _pin(case: Case) -> dict[str, str | None]:
    """Before a pool is added: a scenario naming no pool (or one no longer in the case) reads
    the case's last pool, which the new pool is about to become, so it is pinned to the one it
    reads now; the previous pool ids, for undo."""
    if not case.pools:
        return {}
    ids = {pool.id for pool in case.pools}
    reading = case.pools[-1].id
    pinned = {}
    for scenario in case.scenarios:
        if scenario.pool_id not in ids:
            pinned[scenario.id] = scenario.pool_id
            scenario.pool_id = reading
    return pinned


def excluded_rows(pool: StoredPool) -> int:
    """How many tape rows the import left out: as recorded at import, else the distinct Excel
    rows with an error in its report (pools imported before the count was recorded)."""
    if "excluded" in pool.source:
        return int(pool.source["excluded"])
    return len(
        {
            problem["row"]
            for problem in pool.report
            if problem.get("severity") == "error" and problem.get("row") is not None
        }
    )


def import_detail(
    pool: StoredPool, replaced: StoredPool | None, moved: int = 0, beside: int = 0
) -> str:
    """The audit text of an import: file, sheet, rows kept and excluded, the pool replaced
    (and the scenarios that followed it) or the pool added."""
    source = pool.source
    where = f"{source.get('file', 'unknown file')}, sheet {source.get('sheet', '?')}"
    rows = f"{len(pool.loans):,} loans imported, {excluded_rows(pool):,} rows excluded"
    if replaced is None:
        before = (
            f"added beside {beside} pool{'s' if beside != 1 else ''}"
            if beside
            else ("no previous pool")
        )
    else:
        before = f"replaced {replaced.name} ({len(replaced.loans):,} loans"
        if replaced.source.get("file"):
            before += f" from {replaced.source['file']}"
        before += ")"
    if moved:
        verb = "moved to it" if replaced is not None else "kept on their pool"
        before += f"; {moved} scenario{'s' if moved != 1 else ''} {verb}"
    return f"{pool.name}: {where}; {rows}; {before}"
