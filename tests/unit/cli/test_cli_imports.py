"""A command loads only what it runs: ``stress`` no workbook readers or writers, ``--version``
not even pandas (every command pays its imports at start, on top of its work)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("pandas", "openpyxl", "python_calamine", "docx", "jcr_desk.pool.reader",
         "jcr_desk.reports")


def _loaded_after(code: str) -> list[str]:
    probe = (
        "import json, sys\n"
        f"{code}\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_the_stress_command_loads_no_workbook_reader_or_writer():
    loaded = _loaded_after("from jcr_desk.cli import build_parser; build_parser('stress')")
    assert loaded == ["pandas"]


def test_version_loads_no_command():
    code = (
        "from jcr_desk.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    assert _loaded_after(code) == []


def test_help_still_lists_every_command(capsys):
    from jcr_desk.cli import COMMANDS, main

    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name, _module in COMMANDS)
