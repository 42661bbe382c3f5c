"""Tabs of the main window that are built when first needed, not before the window appears.

The Pool, Stress and Committee tabs load pandas, numpy, the Excel and Word libraries and
QtCharts. Building them after the window's first paint lets the analyst see the window at
once (bench/bench_startup.py measures it). A deferred tab starts as an empty page under its
title and is built, in its place, the first time it is shown or asked for, or once the
window is idle — always before the case is edited, so every tab sees every edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

TabFactory = Callable[[], QWidget]

#: After a case is shown, the deferred tabs are built one at a time from this delay on, so
#: the case's first paint and the analyst's first clicks come before them.
IDLE_BUILD_DELAY_MS = 300


class DeferredTabs(QObject):
    """Pages of ``tabs`` built by a factory on first need.

    :meth:`add` returns a handle (the placeholder page); :meth:`get` builds the tab behind a
    handle if need be and returns it. Building swaps the placeholder for the tab at the same
    index, with the same title, keeping the current tab.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._pending: dict[QWidget, TabFactory] = {}
        self._built: dict[QWidget, QWidget] = {}
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)  # a child: it dies with the window
        self._idle_timer.timeout.connect(self._build_next)
        tabs.currentChanged.connect(self._shown)

    def add(self, title: str, factory: TabFactory) -> QWidget:
        placeholder = QWidget(self._tabs)
        self._tabs.addTab(placeholder, title)
        self._pending[placeholder] = factory
        return placeholder

    def get(self, handle: QWidget) -> QWidget:
        if handle in self._pending:
            self._build(handle)
        return self._built[handle]

    def is_built(self, handle: QWidget) -> bool:
        return handle in self._built

    def build_all(self) -> None:
        for handle in list(self._pending):
            self._build(handle)

    def build_when_idle(self) -> None:
        """Build the remaining tabs one by one, starting a moment from now."""
        if self._pending:
            self._idle_timer.start(IDLE_BUILD_DELAY_MS)

    def _build_next(self) -> None:
        if self._pending:
            self._build(next(iter(self._pending)))
        if self._pending:  # the next one once the events waiting meanwhile are handled
            self._idle_timer.start(0)

    def _shown(self, index: int) -> None:
        page = self._tabs.widget(index)
        if page in self._pending:
            self._build(page)

    def _build(self, handle: QWidget) -> None:
        tab = self._pending.pop(handle)()
        tabs = self._tabs
        index, current = tabs.indexOf(handle), tabs.currentIndex()
        title, tip = tabs.tabText(index), tabs.tabToolTip(index)
        blocked = tabs.blockSignals(True)  # the same tab stays current: nothing to announce
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, tab, title)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        self._built[handle] = tab
        handle.deleteLater()
