"""Small building blocks the tabs share: section headings, empty-state notes, table views."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: A status line that reports a problem.
PROBLEM_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def note(text: str, parent: QWidget | None = None) -> QLabel:
    """A muted explanatory line, e.g. what fills an empty section and when."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def table_view(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table that sizes its columns to their contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that resizes it: long forms stay reachable on a laptop."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def inputs_beside_result(
    tab: QWidget, top: QHBoxLayout, inputs: QWidget, result: QWidget
) -> QSplitter:
    """A tab's layout: a row of choices on top, the inputs on the left, the result on the
    right taking the extra width."""
    splitter = QSplitter(Qt.Orientation.Horizontal, tab)
    splitter.addWidget(inputs)
    splitter.addWidget(result)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([560, 1040])
    layout = QVBoxLayout(tab)
    layout.addLayout(top)
    layout.addWidget(splitter, 1)
    return splitter
