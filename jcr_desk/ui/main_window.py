"""The JCR Desk main window: four tabs over one case, menus, title, drag-and-drop.

The Group structure tab is built with the window; the others when first needed
(:mod:`jcr_desk.ui.tabs.deferred`), so the window appears before their libraries load.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from jcr_desk import APP_NAME, __version__
from jcr_desk.case import CASE_SUFFIX
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.edits.commands import CaseCommand, SetCommitteeInfo
from jcr_desk.methodology.rulebook import RulebookError, load_rulebook
from jcr_desk.ui.case_files import CaseFileController
from jcr_desk.ui.dialogs.case_details_dialog import CaseDetailsDialog
from jcr_desk.ui.dialogs.preferences_dialog import PreferencesDialog
from jcr_desk.ui.document import CaseDocument, ReadOnlyError
from jcr_desk.ui.errors import plain_message, report_error
from jcr_desk.ui.export.workbook_actions import WorkbookActions
from jcr_desk.ui.pool.import_action import import_tape_action
from jcr_desk.ui.settings import AppSettings
from jcr_desk.ui.tabs.context import TabContext
from jcr_desk.ui.tabs.deferred import DeferredTabs
from jcr_desk.ui.tabs.group_tab import GroupTab
from jcr_desk.ui.task_status import TaskStatus
from jcr_desk.ui.workers import TaskLanes

if TYPE_CHECKING:  # built on first use: see _build_*_tab
    from jcr_desk.ui.tabs.abcp_tab import AbcpTab
    from jcr_desk.ui.tabs.committee_tab import CommitteeTab
    from jcr_desk.ui.tabs.pool_tab import PoolTab
    from jcr_desk.ui.tabs.stress_tab import StressTab

TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Group structure"),
    QT_TRANSLATE_NOOP("MainWindow", "Pool"),
    QT_TRANSLATE_NOOP("MainWindow", "Stress && enhancement"),
    QT_TRANSLATE_NOOP("MainWindow", "ABCP program"),
    QT_TRANSLATE_NOOP("MainWindow", "Committee"),
)


class MainWindow(QMainWindow):
    """One window, one case. Tabs read the case through :class:`CaseDocument`."""

    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.document = CaseDocument(self, analyst=self.settings.analyst_name)
        self._analyst_asked = False
        self.lanes = TaskLanes(self)
        self.files = CaseFileController(
            self, self.document, self.settings, self.lanes.files, self.analyst_name
        )

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self._context = TabContext(self.document, self.push, self.analyst_name, self.lanes)
        self.group_tab = GroupTab(self._context, self)
        self.tabs.addTab(self.group_tab, self.tr(TAB_TITLES[0]))
        self._later = DeferredTabs(self.tabs)
        self._pool_page = self._later.add(self.tr(TAB_TITLES[1]), self._build_pool_tab)
        self._stress_page = self._later.add(self.tr(TAB_TITLES[2]), self._build_stress_tab)
        self._abcp_page = self._later.add(self.tr(TAB_TITLES[3]), self._build_abcp_tab)
        self._committee_page = self._later.add(self.tr(TAB_TITLES[4]), self._build_committee_tab)
        self.setCentralWidget(self.tabs)
        self.files.rerun_requested.connect(lambda ids: self.stress_tab.runs.run_all(ids))
        self.document.replaced.connect(self._later.build_when_idle)
        self.workbook = WorkbookActions(
            self, self.document, self.lanes.compute("workbook"), self.push, self.analyst_name
        )

        self.task_status = TaskStatus(self.lanes, self)
        self.statusBar().addPermanentWidget(self.task_status)
        self._build_menus()
        self.setAcceptDrops(True)

        self.document.replaced.connect(self._update_title)
        self.document.modified_changed.connect(lambda _m: self._update_title())
        self.document.editable_changed.connect(lambda _e: self._update_title())
        self.files.saved.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Saved {path}").format(path=path), 5000
            )
        )
        self._update_title()
        self._restore_geometry()

    # -- the tabs built on first use ------------------------------------------------------

    @property
    def pool_tab(self) -> PoolTab:
        return self._later.get(self._pool_page)

    @property
    def stress_tab(self) -> StressTab:
        return self._later.get(self._stress_page)

    @property
    def abcp_tab(self) -> AbcpTab:
        return self._later.get(self._abcp_page)

    @property
    def committee_tab(self) -> CommitteeTab:
        return self._later.get(self._committee_page)

    def _build_pool_tab(self) -> PoolTab:
        from jcr_desk.ui.tabs.pool_tab import PoolTab

        tab = PoolTab(self._context, self)
        self._set_pool_tab_editable(tab)
        return tab

    def _build_stress_tab(self) -> StressTab:
        from jcr_desk.ui.tabs.stress_tab import StressTab

        tab = StressTab(self._context, self)
        tab.runs.result_stored.connect(self._result_stored)
        return tab

    def _build_abcp_tab(self) -> AbcpTab:
        from jcr_desk.ui.tabs.abcp_tab import AbcpTab

        tab = AbcpTab(self._context, self)
        tab.runs.stored.connect(self._result_stored)
        return tab

    def _result_stored(self, _scenario_or_program_id: str) -> None:
        """A stored stress result or ABCP analysis is no edit of the case, yet it changes
        the proposals of the committee tab: a deal's classes, a program."""
        if self._later.is_built(self._committee_page):
            self.committee_tab.refresh()

    def _build_committee_tab(self) -> CommitteeTab:
        from jcr_desk.ui.tabs.committee_tab import CommitteeTab

        tab = CommitteeTab(self._context, self)
        tab.edit_details_requested.connect(self.edit_case_details)
        tab.layout().addWidget(self.workbook.export_bar(tab))
        return tab

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(
            file_menu,
            self.tr("&New"),
            QKeySequence.StandardKey.New,
            self._confirm_then(self.files.new_case),
        )
        self.open_action = self._action(
            file_menu,
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            self._confirm_then(self.files.ask_open),
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(
            file_menu, self.tr("&Save"), QKeySequence.StandardKey.Save, lambda: self.files.save()
        )
        self.save_as_action = self._action(
            file_menu,
            self.tr("Save &As…"),
            QKeySequence.StandardKey.SaveAs,
            lambda: self.files.save_as(),
        )
        file_menu.addSeparator()
        self.import_tape_action = import_tape_action(self, lambda: self.pool_tab.ask_import())
        file_menu.addAction(self.import_tape_action)
        self.export_action = self.workbook.export_action
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.workbook.import_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.details_action = self._action(
            edit_menu,
            self.tr("Case &details…"),
            QKeySequence("Ctrl+Shift+D"),
            self.edit_case_details,
        )
        self.preferences_action = self._action(
            edit_menu,
            self.tr("&Preferences…"),
            QKeySequence.StandardKey.Preferences,
            lambda: self.edit_preferences(),
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = self._action(
            help_menu, self.tr("&About {app}").format(app=APP_NAME), None, self.show_about
        )
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, menu: QMenu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(self._confirm_then(lambda p=path: self.files.open_path(p)))
        if not files:
            self.recent_menu.addAction(self.tr("No recent cases")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear list"), self.settings.clear_recent_files)

    # -- edits ---------------------------------------------------------------------------

    def edit_case_details(self) -> None:
        dialog = CaseDetailsDialog(self.document.case.committee, self)
        if dialog.exec() != CaseDetailsDialog.DialogCode.Accepted:
            return
        info = dialog.info()
        if info != self.document.case.committee:
            self.push(SetCommitteeInfo(info))

    def analyst_name(self) -> str:
        """Who is working: from the preferences, asked once on first use."""
        if not self.settings.has_analyst_name() and not self._analyst_asked:
            self._analyst_asked = True  # declined: the login name, not asked again today
            self.edit_preferences(first_use=True)
        return self.settings.analyst_name()

    def edit_preferences(self, *, first_use: bool = False) -> None:
        dialog = PreferencesDialog(
            self.settings.analyst_name(),
            first_use=first_use,
            language=self.settings.language(),
            parent=self,
        )
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.settings.set_analyst_name(dialog.name())
            self.settings.set_language(dialog.language())
            self.settings.sync()

    def push(self, command: CaseCommand) -> bool:
        """Apply an edit; a refused edit explains why to the user. True when applied."""
        self._later.build_all()  # every tab sees every edit (a stress re-run follows some)
        if not self.document.read_only:
            self.analyst_name()  # the first edit asks who is working
        try:
            self.document.push(command)
        except ReadOnlyError as error:
            report_error(self, self.tr("Case is read-only"), plain_message(error))
            return False
        except EditRefused as error:
            report_error(self, self.tr("Edit refused"), plain_message(error))
            return False
        return True

    # -- title, about, geometry ----------------------------------------------------------

    def _update_title(self) -> None:
        document = self.document
        suffix = (
            self.tr(" (read-only: {reason})").format(reason=document.read_only_reason)
            if document.read_only
            else ""
        )
        self.setWindowTitle(f"{document.display_name()}[*]{suffix} — {APP_NAME}")
        self.setWindowModified(document.modified)
        editable = not document.read_only
        self.save_action.setEnabled(editable)
        self.details_action.setEnabled(editable)
        self.import_tape_action.setEnabled(editable)
        if self._later.is_built(self._pool_page):
            self._set_pool_tab_editable(self.pool_tab)

    def _set_pool_tab_editable(self, tab: PoolTab) -> None:
        """The Pool tab's import controls: a read-only case takes no tape (Save As first)."""
        editable = not self.document.read_only
        tab.import_button.setEnabled(editable)
        tab.setAcceptDrops(editable)

    def show_about(self) -> None:
        try:
            rulebook = load_rulebook().version
        except RulebookError as error:
            rulebook = self.tr("not loaded ({reason})").format(reason=error)
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr(
                "Prepares rating committees: group structure, loan pools, stresses and "
                "credit enhancement, committee outputs."
            )
            + "</p><p>"
            + self.tr("Rulebook {version}").format(version=rulebook)
            + f"<br>Qt {qVersion()} · PySide6 {PySide6.__version__}<br>"
            f"Python {platform.python_version()} on {sys.platform}</p>",
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)

    # -- closing -------------------------------------------------------------------------

    def _confirm_then(self, proceed):
        """Wrap an action that replaces the case: ask about unsaved changes first."""

        def run(*_args) -> None:
            if self.document.modified:
                answer = self._ask_unsaved()
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                if answer == QMessageBox.StandardButton.Save:
                    self.files.save(then=proceed)
                    return
            proceed()

        return run

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {name}?").format(name=self.document.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.modified:
            answer = self._ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                # Close again once the save has landed; a failed save leaves the case
                # modified, so the next close asks again.
                event.ignore()
                self.files.save(then=self.close)
                return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.lanes.cancel_compute()
        self.files.wait_for_idle()
        self.files.discard_own_recovery()
        self.document.release_lock()
        event.accept()

    # -- drag and drop -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_case(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_case(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._confirm_then(lambda: self.files.open_path(path))()


def _dropped_case(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(CASE_SUFFIX):
            return Path(url.toLocalFile())
    return None
