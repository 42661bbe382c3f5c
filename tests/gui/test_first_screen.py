"""The window's first screen is painted before the heavy libraries load.

An analyst opens JCR Desk many times a day: the window must appear at once (bench/startup
prints the figures). What the first screen shows — menus, the tab bar and the Group
structure tab — needs Qt and JCR Desk's own light modules only; pandas, numpy, the Excel and
Word libraries and QtCharts load while the case is being opened, or when the tab that uses
them is first shown.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.gui.conftest import wait_idle

HEAVY = ("pandas", "numpy", "openpyxl", "docx", "python_calamine", "PySide6.QtCharts")

#: ``jcr-desk`` as started from the desktop, stopped as its window is first shown (the
#: demo case is then prepared on a worker, which may load anything).
FIRST_SCREEN = """
import os, sys
from PySide6.QtWidgets import QApplication, QMainWindow
from jcr_desk.ui.main_window import MainWindow

def first_show(window):
    QMainWindow.show(window)
    assert window.group_tab.isVisible()
    assert not QApplication.windowIcon().isNull()  # resources/icons/jcr-desk.png
    heavy = {heavy}
    print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy)))
    sys.stdout.flush()
    os._exit(0)

MainWindow.show = first_show
from jcr_desk.app import main
main([])
"""


def test_the_first_screen_loads_no_heavy_library(tmp_path):
    code = FIRST_SCREEN.replace("{heavy}", repr(set(HEAVY)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JCR_DESK_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_hidden_tabs_are_built_when_first_shown_with_the_case_open(qtbot, window, case_file,
                                                                    demo_case):
    window.show()
    window.files.open_path(case_file)
    wait_idle(qtbot, window)
    window.tabs.setCurrentIndex(1)
    assert window.tabs.currentWidget() is window.pool_tab
    assert window.pool_tab.loan_model.rowCount() == len(demo_case.pools[0].loans)
    window.tabs.setCurrentIndex(3)
    assert window.tabs.currentWidget() is window.abcp_tab
    window.tabs.setCurrentIndex(4)
    assert window.tabs.currentWidget() is window.committee_tab
    assert window.committee_tab.fields["issuer"].text() == demo_case.committee.issuer
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Group structure", "Pool", "Stress && enhancement", "ABCP program", "Committee"
    ]
