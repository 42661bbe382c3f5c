"""Undoable edits of a case, as plain command objects (no Qt).

Every edit of a case goes through a command: the window wraps each in a thin
``QUndoCommand``; the CLI and the tests apply them directly. Commands address objects by
id, never by Python reference, so redo after undo finds the same object again.
"""

from __future__ import annotations

import copy
from typing import Protocol

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import Case, CommitteeInfo
from jcr_desk.i18n import QT_TRANSLATE_NOOP


class CaseCommand(Protocol):
    """An edit that can be applied and reverted on a case.

    ``check`` runs before ``redo`` and raises :class:`EditRefused` when the edit must not
    happen; ``redo``/``undo`` then never fail on valid input (the Qt undo stack calls them
    from C++, where an exception cannot stop the push).
    """

    text: str

    def check(self, case: Case) -> None: ...

    def redo(self, case: Case) -> None: ...

    def undo(self, case: Case) -> None: ...


class SetCommitteeInfo:
    """Replace the committee metadata (case name, issuer, date, analysts, members)."""

    def __init__(self, new: CommitteeInfo, text: str = "Edit case details") -> None:
        self.text = text
        self._new = copy.deepcopy(new)
        self._old: CommitteeInfo | None = None

    def check(self, case: Case) -> None:
        if not self._new.case_name.strip():
            raise refused(QT_TRANSLATE_NOOP("EditRefused", "A case needs a name."))

    def redo(self, case: Case) -> None:
        self._old = copy.deepcopy(case.committee)
        case.committee = copy.deepcopy(self._new)
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "case details edited"),
            _describe_change(self._old, self._new),
        )

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        case.committee = copy.deepcopy(self._old)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _describe_change(old: CommitteeInfo, new: CommitteeInfo) -> str:
    changed = [
        name
        for name in ("case_name", "issuer", "committee_date", "analysts", "members", "rationale")
        if getattr(old, name) != getattr(new, name)
    ]
    return ", ".join(changed) or "no change"
