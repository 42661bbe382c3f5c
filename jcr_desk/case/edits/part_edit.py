"""The life cycle an edit of one part of a case shares — a scenario, an ABCP program.

The part's state is a tuple of immutable values: the edit keeps the state before it, applies
its change once (remembering the state after it, so a redo after an undo puts back exactly
what the analyst saw, whatever the case's code does meanwhile), and writes each way into the
audit log with who, what and why.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Generic, TypeVar

from jcr_desk.case.document.caption import set_caption
from jcr_desk.case.document.model import Case, current_user, now_utc
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text

Part = TypeVar("Part")
State = tuple[Any, ...]


class PartEdit(ABC, Generic[Part]):
    """Check, apply once, redo the same state, undo to the state before; each way logged."""

    #: The audit log's action for this kind of part ("scenario edited").
    audit_action: ClassVar[str]
    #: What the log says when the analyst gave no reason because none was asked.
    no_reason_given: ClassVar[str]

    def __init__(self, part_id: str, reason: str, analyst: str | None, text: Text) -> None:
        self._part_id = part_id
        self._reason = (reason or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._timestamp = now_utc().isoformat()
        self._before: State | None = None
        self._after: State | None = None
        self._detail = ""
        set_caption(self, text)

    # -- what a kind of part says --------------------------------------------------------

    @abstractmethod
    def _find(self, case: Case) -> Part:
        """The part this edit changes (``EditRefused`` when the case no longer has it)."""

    @abstractmethod
    def _state(self, part: Part) -> State:
        """The part's values this kind of edit may replace."""

    @abstractmethod
    def _restore(self, part: Part, state: State) -> None:
        """Put ``state`` (from :meth:`_state`) back into ``part``."""

    @abstractmethod
    def _part_name(self, part: Part) -> str:
        """The part's name in the audit log."""

    @abstractmethod
    def _validate(self, case: Case, part: Part) -> None:
        """Refuse (``EditRefused``) an edit the part cannot take, before it is pushed."""

    @abstractmethod
    def _apply(self, case: Case, part: Part) -> str:
        """Replace the part's values; returns what changed, in words."""

    # -- the life cycle --------------------------------------------------------------------

    def describe(self, case: Case) -> Text:
        """The change in words, or :class:`EditRefused`. Checks the value only, so the window
        can show the change when it asks for the reason, and refuse a bad value once, before
        asking anything."""
        self._validate(case, self._find(case))
        return self.caption

    def redo(self, case: Case) -> None:
        part = self._find(case)
        self._before = self._state(part)
        if self._after is None:
            self._detail = self._apply(case, part)
            self._after = self._state(part)
        else:
            self._restore(part, self._after)
        why = self._reason or self.no_reason_given
        case.log(
            self.audit_action,
            f"{self._part_name(part)}: {self._detail}; reason: {why}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        if self._before is None:
            raise RuntimeError("undo before redo")
        self._restore(self._find(case), self._before)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)
