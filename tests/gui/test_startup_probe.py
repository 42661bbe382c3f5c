"""The start-up probe `bench startup` and the installer's check read: both moments, in
order, with the case opened, and the window closed once the case is drawn."""

from __future__ import annotations

import json

from jcr_desk.ui.startup_probe import StartupProbe


def test_the_probe_reports_first_paint_then_the_case_drawn_and_closes(qtbot, window,
                                                                      case_file, tmp_path):
    report = tmp_path / "probe.json"
    StartupProbe(window, report, window.files.opened)
    window.show()
    qtbot.waitExposed(window)
    assert not report.exists()  # painted, but no case yet
    window.files.open_path(case_file)
    qtbot.waitUntil(report.exists, timeout=30_000)
    moments = json.loads(report.read_text(encoding="utf-8"))
    assert 0 < moments["first_paint"] < moments["case_drawn"]
    assert moments["case"] == str(case_file)
    qtbot.waitUntil(lambda: not window.isVisible())
