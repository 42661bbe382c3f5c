"""Walk every widget of a window or dialog and collect the words an analyst reads.

Used by the language tests: in Japanese no visible text may still be English (data such as
entity names, rating symbols and codes excepted by a short allow-list), and in either
language no label or button may cut its text off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from jcr_desk.ui.main_window import MainWindow

#: Words that are the same in a Japanese interface: rating scale and methodology acronyms,
#: codes, units and names of products, the demo case's own data.
ALLOWED_WORDS = frozenset(
    [
        "AAA",
        "AA",
        "A",
        "BBB",
        "BB",
        "B",
        "CCC",
        "CC",
        "C",
        "D",
        "J-1",
        "J-2",
        "J-3",
        "NJ",
        "CP",
        "GCW",
        "SPE",
        "SPV",
        "LTV",
        "DSCR",
        "CPR",
        "PSA",
        "RMBS",
        "ABS",
        "ABCP",
        "JCR",
        "Desk",
        "JCR",
        "Desk",
        "PNG",
        "PDF",
        "TOML",
        "Excel",
        "UTC",
        "SHA",
        "JP",
        "US",
        "Japan",
        "F1",
        "F2",
        "F3",
        "F4",
        "F5",
        "CE",
        "OC",
        "HC",
        "FC",
        "LC",
        "Ctrl",
        "Shift",
        "Del",
        "Esc",
        "Tab",
        "Alt",
        "Enter",
        "F2",
        "Qt",
        "PySide6",
        "Python",
        "linux",
        "docx",
        "html",
        "txt",
        "xlsx",
        "csv",
        "Rule",
        "17g-7",
        "jcrcase",
        # the rulebook's citations stay as written: "001 §2(5)(ii)", "003 No. 1"
        "ii",
        "iii",
        "iv",
        "vi",
        "vii",
        "No",
        "g-",  # of "17g-7"
        # a language picker names English in English, so a reader of either finds it
        "English",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


@dataclass(frozen=True)
class Shown:
    """One text on screen: where it is (class and object path) and what it says."""

    where: str
    text: str


def english_words(text: str, data: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` that read as English (neither allowed nor the case's data)."""
    cleaned = text
    for item in sorted(data, key=len, reverse=True):
        if item:
            cleaned = cleaned.replace(item, " ")
    return [
        word
        for word in _WORD.findall(cleaned.replace("&", ""))
        if word not in ALLOWED_WORDS and len(word) > 1 and not word.isupper()
    ]


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _model_texts(view: QAbstractItemView, rows: int) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: it has one
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header
    for row in range(min(rows, model.rowCount(QModelIndex()))):
        for column in range(columns):
            value = model.data(model.index(row, column))
            if isinstance(value, str):
                yield value


def visible_texts(root: QWidget, *, rows: int = 3) -> list[Shown]:
    """Every text ``root`` and its visible descendants show (titles, labels, buttons, tabs,
    placeholders, combo items, menus, headers and the first ``rows`` rows of tables)."""
    found: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = _where(widget)
        texts: list[str] = []
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            texts.append(QTextDocumentFragment.fromHtml(widget.text()).toPlainText())  # as read
        elif isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, (QLineEdit, QTextEdit | QPlainTextEdit)):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            texts.extend(_model_texts(widget, rows))
        texts.append(widget.toolTip())
        found.extend(Shown(where, text) for text in texts if text)
    return found


def menu_texts(menu: QMenu) -> list[Shown]:
    """Every action of a menu and its submenus."""
    found = [Shown("menu", menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            found.extend(menu_texts(action.menu()))
        elif action.text():
            found.append(Shown(f"menu {menu.title()}", action.text()))
    return found


def cut_off(root: QWidget) -> list[Shown]:
    """Labels and buttons whose single-line text is wider than the widget shows."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            needed = max(
                widget.fontMetrics().horizontalAdvance(line) for line in widget.text().split("\n")
            )
            available = widget.contentsRect().width() - 2 * widget.margin()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            available = widget.width() - (
                widget.iconSize().width() if not widget.icon().isNull() else 0
            )
        else:
            continue
        if needed > available + 1:
            found.append(Shown(_where(widget), f"{widget.text()!r}: {needed}px in {available}px"))
    return found


def case_data(window: MainWindow) -> frozenset[str]:
    """Texts that are the case's data, not the interface's words."""
    case = window.document.case
    names = {entity.name for entity in case.entities}
    names |= {country.name for country in case.countries}
    names |= {case.committee.issuer, case.committee.case_name, window.document.display_name()}
    for scenario in case.scenarios:
        names.add(scenario.name)
        names |= {note.name for note in scenario.structure.classes}
    names |= {pool.name for pool in case.pools}
    names |= {stored.program.name for stored in case.programs}
    names |= {stored.program.spc_name for stored in case.programs}
    for stored in case.programs:  # an ABCP program's parties, reasons, files and categories
        program = stored.program
        names |= {party.name for party in (program.sponsor, *program.sellers)}
        names |= {program.commingling_reason, program.transfer_reserve_reason}
        names |= {answer.reason for answer in program.answers}
        for source in (stored.history, stored.receivables):
            if source is not None:
                names |= {str(value) for value in source.source.values()}
        if stored.receivables is not None:
            names.add(stored.receivables.name)
    for record in case.program_results:
        names |= {row.value for c in record.result.compositions for row in c.rows}
    # What analysts typed or the case's files hold, stored as written (the audit log in
    # English, one language per case file; the demo case's committee in English).
    committee = case.committee
    names |= set(committee.analysts) | set(committee.members) | set(committee.rationale)
    names |= {", ".join(committee.analysts), ", ".join(committee.members)}
    names |= {paragraph[:87] for paragraph in committee.rationale}  # the list shortens them
    names |= {entry.detail for entry in case.audit} | {entry.user for entry in case.audit}
    names |= {decision.analyst for decision in case.decisions}
    names |= {row.issuer for row in case.history} | {row.issue for row in case.history}
    for scenario in case.scenarios:
        names.add(scenario.assumptions.note)
        names |= {note.description for note in scenario.structure.classes}
        # the reasons the analyst typed for the deal's mechanisms and adjustments
        structure, assumptions = scenario.structure, scenario.assumptions
        names.add(structure.group_credit_life.reason)
        if structure.guarantee is not None:
            names |= {answer.reason for answer in structure.guarantee.answers}
        names |= {a.reason for a in assumptions.multiplier_adjustments}
        names |= {d.reason for d in assumptions.concentration_decisions}
    # the rulebook's entry keys a stress result names ("interest_rate.ramp_months"), which
    # stay as written in resources/methodology like its citations
    names |= {
        default.key.removeprefix("stress.")
        for stored in case.results
        for default in stored.result.desk_defaults
    }
    for pool in case.pools:
        names |= {f"{key}: {value}" for key, value in pool.source.items()}
        if "guarantor" in pool.loans.columns:
            names |= {str(value) for value in pool.loans["guarantor"].dropna().unique()}
    return frozenset(name for name in names if name)
