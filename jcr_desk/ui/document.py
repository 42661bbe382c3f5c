"""The open case as the window sees it: the Case, its file, its undo stack and its lock.

Every edit goes through :meth:`CaseDocument.push`, which wraps a Qt-free command from
``jcr_desk.case.edits.commands`` in a ``QUndoCommand``. The undo stack's clean state is the
"unsaved changes" flag; a case recovered after a crash starts modified even with an empty
stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from jcr_desk.case import Case
from jcr_desk.case.document.lock import CaseLock
from jcr_desk.case.document.model import current_user
from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.ui.translations import shown

#: Enough history for a committee day; QUndoStack's default is unlimited.
UNDO_LIMIT = 500


class _QtCommand(QUndoCommand):
    """Thin Qt wrapper: the domain command does the work, the document announces it."""

    def __init__(self, document: CaseDocument, command: CaseCommand) -> None:
        # The case's audit log keeps the English text; the Undo menu shows it translated:
        # an edit that names what it changes carries the line as a sentence (its caption).
        caption = getattr(command, "caption", None)
        super().__init__(
            shown(caption)
            if caption is not None
            else QCoreApplication.translate("CaseCommand", command.text)
        )
        self._document = document
        self.command = command

    def redo(self) -> None:
        case = self._document.case
        with case.recorded_by(self._document.analyst()):
            self.command.redo(case)
        self._document.changed(self.command)

    def undo(self) -> None:
        case = self._document.case
        with case.recorded_by(self._document.analyst()):
            self.command.undo(case)
        self._document.changed(self.command)


class ReadOnlyError(PermissionError):
    """An edit was attempted on a case opened read-only."""


class CaseDocument(QObject):
    """Holds the case being worked on; tabs listen to its signals.

    Signals
    -------
    replaced()
        A different case was loaded (New, Open, recovery): views rebuild from scratch.
    edited(object)
        A command was applied or reverted; the argument is the domain command.
    modified_changed(bool)
        The unsaved-changes flag flipped.
    editable_changed(bool)
        A read-only case became editable (saved under another name): edit controls follow.
    """

    replaced = Signal()
    edited = Signal(object)
    modified_changed = Signal(bool)
    editable_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, analyst: Callable[[], str] = current_user
    ) -> None:
        super().__init__(parent)
        self.analyst = analyst
        """Who edits (undo and redo included): the audit log names them."""
        self.case = Case()
        self.path: Path | None = None
        self.read_only = False
        self.read_only_reason = ""
        self.lock: CaseLock | None = None
        self._dirty_without_edits = False
        self.revision = 0
        """Counts every change of the case (edit, undo, stored result): a save knows whether
        the case it wrote is still the case shown."""
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.cleanChanged.connect(self._emit_modified)

    @property
    def modified(self) -> bool:
        return self._dirty_without_edits or not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self.path is not None:
            return self.path.stem
        return self.case.committee.case_name or self.tr("Untitled case")

    def replace(
        self,
        case: Case,
        path: Path | None,
        *,
        read_only: str = "",
        lock: CaseLock | None = None,
        modified: bool = False,
    ) -> None:
        """Swap in another case; the old lock is released and the undo history cleared.

        ``read_only`` says why the case may not be edited ("" when it may), e.g. "open by
        sato on desk-12" or "the folder cannot be written to"; the title shows it.
        """
        self.release_lock()
        self.revision += 1
        self.case = case
        self.path = path
        self.read_only = bool(read_only)
        self.read_only_reason = read_only
        self.lock = lock
        self._dirty_without_edits = modified
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.replaced.emit()
        self.modified_changed.emit(self.modified)

    def push(self, command: CaseCommand) -> None:
        """Apply an edit through the undo stack.

        Raises :class:`ReadOnlyError` on a read-only case and
        :class:`~jcr_desk.case.edits.commands.EditRefused` when the command's check refuses it;
        in both cases nothing changed.
        """
        if self.read_only:
            raise ReadOnlyError(
                self.tr("This case is open read-only; use File → Save As to keep your own copy.")
            )
        command.check(self.case)
        self.undo_stack.push(_QtCommand(self, command))

    def changed(self, command: CaseCommand) -> None:
        """A command was applied or reverted: count it and tell the views."""
        self.revision += 1
        self.edited.emit(command)

    def mark_modified(self) -> None:
        """The case changed outside the undo history (a stored stress result): ask to save."""
        self.revision += 1
        self._dirty_without_edits = True
        self.modified_changed.emit(self.modified)

    def mark_saved(self, path: Path, lock: CaseLock | None, *, clean: bool = True) -> None:
        """The case now lives at ``path``; ``clean`` is False when edits arrived mid-save."""
        if lock is not None and lock is not self.lock:
            self.release_lock()
            self.lock = lock
        self.path = path
        was_read_only, self.read_only, self.read_only_reason = self.read_only, False, ""
        if clean:
            self._dirty_without_edits = False
            self.undo_stack.setClean()
        self.modified_changed.emit(self.modified)
        if was_read_only:
            self.editable_changed.emit(True)

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _emit_modified(self, _clean: bool) -> None:
        self.modified_changed.emit(self.modified)
