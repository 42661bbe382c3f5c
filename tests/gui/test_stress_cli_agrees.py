"""The demo as a user gets it: written by the CLI, stressed by the CLI, opened in the window.

Issue 5's "done when": the demo case shows its enhancement table in the tab and
``jcr-desk-cli stress`` prints the same numbers.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from jcr_desk.cli import EXIT_OK, main
from jcr_desk.structured.rmbs.layers_order import LAYERS
from jcr_desk.ui.stress.formatting import percent
from tests.gui.conftest import wait_idle

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def demo(tmp_path, capsys):
    assert main(["demo", str(tmp_path), "--loans", "400", "--json"]) == EXIT_OK
    files = json.loads(capsys.readouterr().out)
    assert main(["stress", files["case"], "--json"]) == EXIT_OK
    return files, json.loads(capsys.readouterr().out)


def test_the_tab_shows_what_the_cli_prints(qtbot, window, demo) -> None:
    files, printed = demo
    window.files.open_path(files["case"])
    wait_idle(qtbot, window)
    window.tabs.setCurrentWidget(window.stress_tab)
    model = window.stress_tab.results.enhancement_model
    qtbot.waitUntil(lambda: model.rowCount() == len(printed["ratings"]), timeout=30_000)
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(model.columnCount())
    ]
    for row, (symbol, line) in enumerate(printed["ratings"].items()):
        assert model.headerData(row, Qt.Orientation.Vertical, DISPLAY) == symbol
        shown = {headers[c]: model.data(model.index(row, c), DISPLAY) for c in range(len(headers))}
        for key, title in LAYERS:
            assert shown[title] == percent(line["layers"][key])
        assert shown["Total"] == percent(line["total"])
        for name, verdict in line["tranches"].items():
            assert shown[f"{name}\nrequired"] == percent(verdict["required_ce"])
            assert shown[f"{name}\navailable"] == percent(verdict["available_ce"])
            assert shown[name] == ("pass" if verdict["pass"] else "fail")
    # Opened, not re-run: the stored result is current, so the case stays unmodified.
    assert not window.document.modified
