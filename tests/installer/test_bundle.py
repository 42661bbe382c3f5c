"""`make installer` on Linux: the frozen bundle is built and passes every check of
installer/build.py (the window's tabs drawn as from the checkout, the demo case and the
log in the user's folder, a case given on the command line opened, the CLI's version and
demo). About five minutes on two cores, so it runs once, in `make test` / `.ci/run`."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = ROOT / "installer" / "build.py"


def checks_of_the_build() -> list[str]:
    spec = importlib.util.spec_from_file_location("installer_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return [check.__name__ for check in module.CHECKS]


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="Windows builds in its own workflow")
def test_the_bundle_builds_and_passes_its_checks():
    result = subprocess.run([sys.executable, str(BUILD_SCRIPT)], cwd=ROOT,
                            capture_output=True, text=True, timeout=1800, check=False)
    report = result.stdout + result.stderr[-3000:]
    assert result.returncode == 0, report
    assert "FAILED" not in result.stdout, report
    passed = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("ok ")]
    assert passed == checks_of_the_build(), report
