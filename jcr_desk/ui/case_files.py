"""Opening, saving, autosaving and recovering case files from the window.

All file work runs on the window's file queue (:class:`FileQueue`: in order, never
cancelled by a computation), autosaves on a queue of their own; this controller asks the user what
only the user can decide (read-only when another user holds the case, discard or save on
close, recover after a crash) and reports failures as plain dialogs.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from jcr_desk.case import CASE_SUFFIX, Case, CaseFileError, load_case, save_case
from jcr_desk.case.document.lock import (
    CaseLock,
    CaseLockedError,
    LockInfo,
    acquire_lock,
    take_over_lock,
)
from jcr_desk.case.document.model import new_id
from jcr_desk.case.document.recovery import (
    RecoveryFile,
    discard_recovery,
    pending_recoveries,
    write_recovery,
)
from jcr_desk.case.services.rulebook_review import review
from jcr_desk.methodology.rulebook import RulebookError, load_rulebook
from jcr_desk.ui.dialogs.lock_dialog import LockChoice, ask_about_lock
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.errors import report_error
from jcr_desk.ui.locale_text import date_time_text
from jcr_desk.ui.settings import AUTOSAVE_INTERVAL_S, AppSettings
from jcr_desk.ui.workers import FileQueue

log = logging.getLogger(__name__)
_CASE_FILTER = QT_TRANSLATE_NOOP("CaseFileController", "JCR Desk case (*{suffix})")


def case_filter() -> str:
    """The file dialogs' filter for case files, in the window's language."""
    return QCoreApplication.translate("CaseFileController", _CASE_FILTER).format(suffix=CASE_SUFFIX)


@dataclass(frozen=True)
class _Access:
    """How a case is opened: our lock, or read-only and why; a lock taken over from whom."""

    lock: CaseLock | None = None
    read_only_reason: str = ""
    taken_over: LockInfo | None = None


def _rulebook_version() -> str:
    """The running rulebook's version ("" when it cannot be read: nothing to compare)."""
    try:
        return load_rulebook().version
    except RulebookError:
        return ""


def _take_over_detail(holder: LockInfo) -> str:
    return f"from {holder.user} on {holder.host}, who had held it since " + (
        holder.opened_at.strftime("%Y-%m-%d %H:%M UTC")
    )


class CaseFileController(QObject):
    """File → New/Open/Save/Save As, autosave and recovery for one window.

    Signals
    -------
    saved(Path)
        A save finished; the window updates its recent-files menu.
    """

    saved = Signal(Path)
    opened = Signal(Path)
    #: Scenario ids whose stored results were computed under another rulebook, to run again.
    rerun_requested = Signal(list)

    def __init__(
        self,
        window: QWidget,
        document: CaseDocument,
        settings: AppSettings,
        files: FileQueue,
        analyst: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._analyst = analyst
        self._window = window
        self._document = document
        self._settings = settings
        self._files = files
        self._autosaves = FileQueue("autosave", self)
        self._recovery_path: Path | None = None
        self._recovery_generation = 0  # autosaves of an earlier generation are obsolete
        self._untitled_key = new_id()
        document.replaced.connect(self._forget_recovery)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_S * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()

    # -- opening -------------------------------------------------------------------------

    def new_case(self) -> None:
        """A blank case, stamped with the rulebook it is worked under."""
        self._document.replace(Case(rulebook_version=_rulebook_version()), None)

    def ask_open(self) -> None:
        start = str(self._document.path.parent) if self._document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open case"), start, case_filter()
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path, *, recovered_from: RecoveryFile | None = None) -> None:
        """Open ``path`` (or a recovery file standing in for it) on the file queue.

        When a recovery file of ``path`` is waiting (JCR Desk closed before the work was
        saved), the analyst is offered it first, however the case is being opened.
        """
        path = Path(path)
        access = self._lock_or_ask(path)
        if access is None:
            return
        if recovered_from is None and access.lock is not None:
            go_on, recovered_from = self._offer_recovery_of(path)
            if not go_on:
                access.lock.release()
                return
        source = recovered_from.path if recovered_from else path

        def succeeded(case: Case) -> None:
            modified = recovered_from is not None
            if access.taken_over is not None:
                case.log(
                    QT_TRANSLATE_NOOP("AuditLog", "lock taken over"),
                    _take_over_detail(access.taken_over),
                    user=self._analyst(),
                )
                modified = True  # the audit line is kept only when the case is saved
            self._document.replace(
                case, path, read_only=access.read_only_reason, lock=access.lock, modified=modified
            )
            if recovered_from is None:
                self._settings.add_recent_file(path)
            else:  # kept until the recovered work is saved or deliberately closed
                self._recovery_path = recovered_from.path
            self.opened.emit(path)
            self._say_if_another_rulebook(path, case.rulebook_version)

        def failed(error: BaseException) -> None:
            report_error(self._window, self.tr("Could not open the case"), error)

        self._files.submit(
            lambda progress, cancel: load_case(source),
            self.tr("Opening {name}…").format(name=path.name),
            succeeded,
            failed,
            cleanup=lambda: self._release_unless_adopted(access.lock),
        )

    def _say_if_another_rulebook(self, path: Path, recorded: str) -> None:
        """A case saved under another rulebook: say so, list the recorded guidelines the
        running rulebook proposes differently and the stress results computed under another
        one, and offer to run those again (the run then lists how their figures moved)."""
        current = _rulebook_version()
        if not recorded or not current or recorded == current:
            return
        found = review(self._document.case)
        lines = [f"• {line}" for line in found.guideline_changes]
        lines += [
            self.tr("• stress result of {name}: to run again").format(name=name)
            for _, name in found.results_to_rerun
        ]
        text = self.tr(
            "{name} was last saved under rulebook {recorded}; this JCR Desk applies "
            "rulebook {current}.\n\nFigures this may change:\n{lines}"
        ).format(
            name=path.name,
            recorded=recorded,
            current=current,
            lines="\n".join(lines) or self.tr("none found"),
        )
        if not found.results_to_rerun:
            QMessageBox.information(self._window, self.tr("Another rulebook"), text)
            return
        answer = QMessageBox.question(
            self._window,
            self.tr("Another rulebook"),
            text + "\n\n" + self.tr("Run those stresses again now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.rerun_requested.emit([sid for sid, _ in found.results_to_rerun])

    def _release_unless_adopted(self, lock: CaseLock | None) -> None:
        """A lock taken for a task the document did not take over (failed, cancelled,
        superseded) goes back at once, so no case stays locked by nobody."""
        if lock is not None and lock is not self._document.lock:
            lock.release()

    def _lock_or_ask(self, path: Path) -> _Access | None:
        """How ``path`` opens: with our lock; read-only (with the reason) when another
        analyst holds it and the user agrees, or when its folder cannot be written to; with
        another computer's lock taken over when the user chooses so. None: not at all."""
        if not path.exists():
            report_error(
                self._window,
                self.tr("Could not open the case"),
                self.tr("{path} does not exist.").format(path=path),
            )
            return None
        if not os.access(path, os.W_OK):
            return _Access(read_only_reason=self.tr("the file is read-only"))
        try:
            return _Access(lock=acquire_lock(path))
        except CaseLockedError as locked:
            return self._ask_about_holder(path, locked.holder)
        except CaseFileError as error:  # no lock file can be written beside it: still readable
            log.warning("no lock for %s: %s", path, error)
            return _Access(read_only_reason=self.tr("the folder cannot be written to"))

    def _ask_about_holder(self, path: Path, holder: LockInfo) -> _Access | None:
        elsewhere = holder.host.casefold() != socket.gethostname().casefold()
        choice = ask_about_lock(self._window, path, holder, can_take_over=elsewhere)
        if choice is LockChoice.READ_ONLY:
            reason = self.tr("open by {user} on {host}").format(user=holder.user, host=holder.host)
            return _Access(read_only_reason=reason)
        if choice is not LockChoice.TAKE_OVER:
            return None
        try:
            return _Access(lock=take_over_lock(path, holder), taken_over=holder)
        except CaseFileError as error:  # taken by someone else meanwhile, or unwritable
            report_error(self._window, self.tr("Could not take over the case"), error)
            return None

    def _offer_recovery_of(self, path: Path) -> tuple[bool, RecoveryFile | None]:
        """Whether to open ``path`` at all, and the recovery file to open in its place when
        the analyst wants their unsaved work back (None: the saved version)."""
        target = path.resolve()
        for recovery in pending_recoveries():
            original = recovery.original_path
            if original is None or recovery.path == self._recovery_path:
                continue  # an untitled case's, or this window's own autosave
            if original.resolve() != target:
                continue
            answer = self._ask_recover(recovery, original.name)
            if answer == QMessageBox.StandardButton.Yes:
                return True, recovery
            if answer == QMessageBox.StandardButton.Discard:
                self._discard(recovery.path)
            return answer != QMessageBox.StandardButton.Cancel, None
        return True, None

    def _ask_recover(self, recovery: RecoveryFile, name: str) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self._window,
            self.tr("Recover unsaved work?"),
            self.tr(
                "JCR Desk closed before {name} was saved. Unsaved work from {when} can be "
                "recovered.\n\nRecover it now? (No opens the saved version and keeps the "
                "unsaved work for later; Discard deletes it.)"
            ).format(name=name, when=date_time_text(recovery.saved_at)),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )

    # -- saving --------------------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> None:
        document = self._document
        if document.path is None or document.read_only:
            self.save_as(then)
            return
        self._save_to(document.path, document.lock, then)

    def save_as(self, then: Callable[[], None] | None = None) -> None:
        document = self._document
        start = str(document.path) if document.path else document.display_name() + CASE_SUFFIX
        chosen, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Save case as"), start, case_filter()
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != CASE_SUFFIX:
            path = path.with_name(path.name + CASE_SUFFIX)
        if path == document.path and document.lock is not None:
            self._save_to(path, document.lock, then)
            return
        try:
            lock = acquire_lock(path)
        except CaseLockedError as locked:
            report_error(
                self._window,
                self.tr("Could not save the case"),
                self.tr("{file} is open by {user} on {host}; choose another name.").format(
                    file=path.name, user=locked.holder.user, host=locked.holder.host
                ),
            )
            return
        except (CaseFileError, OSError) as error:  # e.g. a folder that cannot be written to
            report_error(self._window, self.tr("Could not save the case"), error)
            return
        self._save_to(path, lock, then)

    def _save_to(self, path: Path, lock: CaseLock | None, then: Callable[[], None] | None) -> None:
        document = self._document
        snapshot = document.case.snapshot()
        revision_at_start = document.revision

        def succeeded(_result: object) -> None:
            unchanged = document.revision == revision_at_start
            document.mark_saved(path, lock, clean=unchanged)
            if unchanged:
                self.discard_own_recovery()
            self._settings.add_recent_file(path)
            self.saved.emit(path)
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            report_error(
                self._window,
                QCoreApplication.translate("CaseFileController", "Could not save the case"),
                error,
            )

        self._files.submit(
            lambda progress, cancel: save_case(snapshot, path),
            f"Saving {path.name}…",
            succeeded,
            failed,
            cleanup=lambda: self._release_unless_adopted(lock),
            cancellable=False,
        )

    # -- autosave and recovery -----------------------------------------------------------

    def autosave(self) -> None:
        """Write the modified case to its recovery file, off the GUI thread."""
        document = self._document
        if not document.modified or document.read_only or self._autosaves.busy:
            return
        snapshot = document.case.snapshot()
        original = document.path
        key = self._untitled_key
        generation = self._recovery_generation

        def written(path: Path) -> None:
            if generation != self._recovery_generation:
                self._discard(path)  # the work was saved or discarded while this was written
                return
            if self._recovery_path not in (None, path):
                self._discard(self._recovery_path)
            self._recovery_path = path
            log.info("autosaved to %s", path)

        self._autosaves.submit(
            lambda progress, cancel: write_recovery(snapshot, original, untitled_key=key),
            self.tr("Autosaving…"),
            written,
            lambda error: log.warning("autosave failed: %s", error),
        )

    def discard_own_recovery(self) -> None:
        """The case was saved or closed on purpose: its recovery file is no longer needed.

        An autosave still being written is discarded when it lands (never waited for here).
        """
        self._recovery_generation += 1
        if self._recovery_path is not None:
            self._discard(self._recovery_path)
            self._recovery_path = None

    @staticmethod
    def _discard(path: Path) -> None:
        try:
            discard_recovery(path)
        except CaseFileError as error:
            log.warning("%s", error)

    def _forget_recovery(self) -> None:
        """Another case replaced the open one (after save or discard): drop its recovery."""
        self.discard_own_recovery()
        self._untitled_key = new_id()

    def offer_recovery(self) -> bool:
        """At start-up, offer the newest recovery file; True when one is being opened."""
        for recovery in pending_recoveries():
            name = recovery.case_name or (
                recovery.original_path.name
                if recovery.original_path
                else self.tr("an untitled case")
            )
            answer = QMessageBox.question(
                self._window,
                self.tr("Recover unsaved work?"),
                self.tr(
                    "JCR Desk closed before {name} was saved. Unsaved work from {when} "
                    "can be recovered.\n\nRecover it now?"
                ).format(name=name, when=date_time_text(recovery.saved_at)),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Discard,
            )
            if answer == QMessageBox.StandardButton.Discard:
                discard_recovery(recovery)
                continue
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self._open_recovery(recovery)
            return True
        return False

    def _open_recovery(self, recovery: RecoveryFile) -> None:
        original = recovery.original_path
        if original is not None and original.exists():
            self.open_path(original, recovered_from=recovery)
            return

        def succeeded(case: Case) -> None:
            self._document.replace(case, None, modified=True)
            self._recovery_path = recovery.path

        self._files.submit(
            lambda progress, cancel: load_case(recovery.path),
            self.tr("Recovering unsaved work…"),
            succeeded,
            lambda error: report_error(self._window, self.tr("Could not recover the case"), error),
        )

    @property
    def busy(self) -> bool:
        """Whether file work or an autosave is queued or running."""
        return self._files.busy or self._autosaves.busy

    def wait_for_idle(self) -> None:
        """Let every queued open, save and autosave finish before the application exits."""
        self._files.drain()
        self._autosaves.drain()
