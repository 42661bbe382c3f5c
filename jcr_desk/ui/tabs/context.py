"""What a tab needs from the window, and nothing more: the document, how to edit it, who is
editing, and the lanes that run its work.

Tabs take this one small object instead of the whole window, so a tab can be built (and
tested) without a ``MainWindow`` and never reaches into the window's other parts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from jcr_desk.case.edits.commands import CaseCommand
from jcr_desk.ui.document import CaseDocument
from jcr_desk.ui.workers import TaskLanes


@dataclass(frozen=True)
class TabContext:
    """The window's services a tab uses.

    ``push`` applies an edit through the undo stack and explains a refusal to the user (True
    when applied); ``analyst_name`` is the name decisions and the audit log record (asked
    on first use); ``lanes`` gives the tab its own compute lane (``lanes.compute(name)``).
    """

    document: CaseDocument
    push: Callable[[CaseCommand], bool]
    analyst_name: Callable[[], str]
    lanes: TaskLanes
