"""Start-up of the window as an analyst sees it, whole process: ``python -m bench startup``.

Two figures per start, from launching the process:

- first paint of the window (target < 1.0 s);
- the demo case (3,000 loans) opened and drawn (target < 2.0 s).

Measured from the checkout (``python -m jcr_desk``) and, when it has been built
(``make installer``), from the frozen bundle in ``dist/`` — in turns, in the same run, so a
machine busy with other work weighs on both alike. The window reports both moments through
``jcr_desk.ui.startup_probe`` and closes itself; every start uses one scratch user folder
whose demo case the first, uncounted start writes (as an analyst's first start does).
The child runs with Python's bytecode cache on, as an installed JCR Desk does.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "jcr-desk" / ("jcr-desk.exe" if os.name == "nt" else "jcr-desk")
PROBE_VAR = "JCR_DESK_STARTUP_PROBE"  # jcr_desk.ui.startup_probe.ENV_VAR (no Qt import here)
RUNS = 5
TIMEOUT_S = 120
TARGETS = {"first_paint": 1.0, "case_drawn": 2.0}
LABELS = {"first_paint": "first paint of the window", "case_drawn": "demo case open and drawn"}


def start_once(command: list[str], env: dict[str, str], scratch: Path) -> dict[str, float]:
    """Seconds from launching ``command`` to each moment the window reports."""
    report = scratch / "probe.json"
    report.unlink(missing_ok=True)
    env = {**env, PROBE_VAR: str(report)}
    started = time.monotonic()
    result = subprocess.run(command, env=env, capture_output=True, text=True,
                            timeout=TIMEOUT_S, check=False)
    if result.returncode != 0 or not report.exists():
        raise RuntimeError(f"{command[0]} exited {result.returncode}: {result.stderr[-2000:]}")
    moments = json.loads(report.read_text(encoding="utf-8"))
    return {name: moments[name] - started for name in TARGETS}


def child_environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["JCR_DESK_HOME"] = str(home)
    return env


def main(runs: int = RUNS) -> None:
    commands = {"checkout": [sys.executable, "-m", "jcr_desk"]}
    if BUNDLE.exists():
        commands["bundle"] = [str(BUNDLE)]
    else:
        print(f"bundle: not built ({BUNDLE.relative_to(ROOT)} missing; `make installer`)")
    figures: dict[str, dict[str, list[float]]] = {
        where: {name: [] for name in TARGETS} for where in commands
    }
    with tempfile.TemporaryDirectory(prefix="jcr-desk-startup-") as scratch_name:
        scratch = Path(scratch_name)
        env = child_environment(scratch / "home")
        for command in commands.values():  # writes the demo case; warms the disk cache
            start_once(command, env, scratch)
        for _ in range(runs):
            for where, command in commands.items():
                for name, seconds in start_once(command, env, scratch).items():
                    figures[where][name].append(seconds)
    print(f"platform {env['QT_QPA_PLATFORM']}, {runs} starts each, in turns; "
          f"load average {_load()}")
    for name, target in TARGETS.items():
        for where, by_moment in figures.items():
            values = by_moment[name]
            median = statistics.median(values)
            verdict = "met" if median < target else "MISSED"
            print(f"{LABELS[name]:<28} {where:<8} median {median:5.2f} s "
                  f"(min {min(values):.2f}, max {max(values):.2f}); "
                  f"target < {target:.1f} s {verdict}")
        if "bundle" in figures:
            ratio = (statistics.median(figures["bundle"][name])
                     / statistics.median(figures["checkout"][name]))
            print(f"{'':<28} bundle / checkout {ratio:.2f}x")


def _load() -> str:
    try:
        return ", ".join(f"{value:.1f}" for value in os.getloadavg())
    except (AttributeError, OSError):  # Windows has no load average
        return "n/a"


if __name__ == "__main__":
    main()
