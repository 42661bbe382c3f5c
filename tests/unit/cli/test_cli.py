"""jcr-desk-cli: exit codes, one-line errors, and the demo command, in-process and as a process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from jcr_desk import __version__
from jcr_desk.cli import EXIT_OK, EXIT_USAGE, main

PREFIX = "jcr-desk-cli: error: "


def _one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX)
    return lines[0]


def test_version(capsys):
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"jcr-desk-cli {__version__}"


def test_demo_writes_the_files(tmp_path, capsys):
    target = tmp_path / "demo"
    assert main(["demo", str(target), "--loans", "25", "--seed", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    for name in ["demo.jcrcase", "demo_tape.xlsx", "demo_tape_ja.xlsx", "demo_static_data.xlsx"]:
        assert (target / name).is_file()
        assert name in out


def test_demo_json(tmp_path, capsys):
    assert main(["demo", str(tmp_path), "--loans", "25", "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    files = ["case", "tape", "tape_ja", "static_data", "abcp_history", "abcp_receivables"]
    assert set(result) == {*files, "loans"}
    assert result["loans"] == 25
    for key in files:
        assert Path(result[key]).is_file()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["no-such-command"],
        ["demo"],
        ["demo", "out", "--loans", "many"],
        ["demo", "out", "--loans", "0"],
        ["--no-such-option", "demo", "out"],
    ],
)
def test_usage_errors_exit_2_with_one_line(argv, capsys):
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    _one_error_line(captured.err)
    assert captured.out == ""


def test_unwritable_directory_is_a_file_error(tmp_path, capsys):
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    assert main(["demo", str(blocker / "sub"), "--loans", "5"]) == EXIT_USAGE
    line = _one_error_line(capsys.readouterr().err)
    assert str(blocker / "sub") in line
    assert "Traceback" not in line


def test_debug_shows_the_traceback(tmp_path, capsys):
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder")
    assert main(["--debug", "demo", str(blocker / "sub"), "--loans", "5"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert err.splitlines()[-1].startswith(PREFIX)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jcr_desk.cli", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


def test_runs_as_a_process(tmp_path):
    done = _run("demo", str(tmp_path), "--loans", "20", "--json")
    assert done.returncode == EXIT_OK, done.stderr
    assert Path(json.loads(done.stdout)["case"]).is_file()

    blocker = tmp_path / "demo.jcrcase"
    failed = _run("demo", str(blocker / "sub"))
    assert failed.returncode == EXIT_USAGE
    _one_error_line(failed.stderr)
