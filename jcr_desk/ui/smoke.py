"""Smoke mode: open the window on a case, show each tab, save one PNG per tab, exit.

Used by the tests, the README screenshot and the installer check, so it must run unattended
(offscreen) and never wait on a dialog: it loads the case directly instead of through the
interactive open path.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication

from jcr_desk.case import load_case
from jcr_desk.ui.main_window import TAB_TITLES, MainWindow

#: A common analyst screen (1920×1080 less the task bar and window frame).
SMOKE_SIZE = (1600, 960)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.replace("&&", "and").lower()).strip("-")


def capture_tabs(window: MainWindow, case_path: Path, out_dir: Path) -> list[Path]:
    """Load ``case_path`` into ``window`` and write ``NN-<tab>.png`` for every tab."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # Shown as a user sees it after opening; nothing is saved, so no lock is taken.
    window.document.replace(load_case(case_path), case_path)
    window.resize(*SMOKE_SIZE)
    window.show()
    window.pool_tab.wait_for_profile()  # the pool's strats are made on a worker
    written: list[Path] = []
    for number in range(window.tabs.count()):
        window.tabs.setCurrentIndex(number)
        QApplication.processEvents()
        # Named from the English titles, so both languages' screenshots share their names.
        target = out_dir / f"{number + 1:02d}-{_slug(TAB_TITLES[number])}.png"
        if not window.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        written.append(target)
    return written
