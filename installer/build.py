"""Build the JCR Desk bundle for this OS into dist/jcr-desk/ and check it (``make installer``).

The check runs the built programs as an analyst's machine would, in a scratch user folder
(``JCR_DESK_HOME``), offscreen, and fails the build unless:

- ``jcr-desk --smoke DIR`` on a first start exits 0, writes the demo case and the log into
  the user's folder, and draws every tab exactly as JCR Desk run from the checkout draws it
  (the tab list comes from that run, so a tab added to the window is checked too);
  the demo's Japanese names are drawn as the checkout draws them with the machine's
  Japanese font, so as glyphs, not boxes;
- ``jcr-desk CASE`` opens the case given on the command line (a double-click) through the
  window's own open path, closes cleanly and keeps its settings in the user's folder;
- the desktop's file dialogs and input methods (Japanese input) have their Qt plugins;
- ``jcr-desk-cli --version`` names the package version and ``jcr-desk-cli demo DIR`` writes
  the demo case and tapes, and ``jcr-desk-cli guidelines`` reads that case.

``--check-only`` checks an existing bundle; ``--all`` builds without the spec's exclusions
(to measure what they save; installer/README.md). Prints the build time and bundle size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from jcr_desk import __version__

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "jcr_desk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "jcr-desk"
EXE = ".exe" if os.name == "nt" else ""
GUI = BUNDLE / f"jcr-desk{EXE}"
CLI = BUNDLE / f"jcr-desk-cli{EXE}"
TIMEOUT_S = 600
#: Plugins the frozen window needs from Qt's plugin folders on this OS.
NEEDED_PLUGINS = {
    "linux": ["platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
              "platformthemes/libqxdgdesktopportal.so", "platformthemes/libqgtk3.so",
              "platforminputcontexts/libibusplatforminputcontextplugin.so"],
    "win32": ["platforms/qwindows.dll", "platforms/qoffscreen.dll",
              "styles/qmodernwindowsstyle.dll"],
}


class CheckFailedError(Exception):
    """One check of the bundle failed; the message says which and why."""


def build(everything: bool) -> float:
    """Run PyInstaller on the spec; seconds taken."""
    env = dict(os.environ)
    if everything:
        env["JCR_DESK_BUNDLE_ALL"] = "1"
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)],
        check=True, env=env, cwd=ROOT,
    )
    return time.monotonic() - started


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def run(command: list[str | Path], home: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JCR_DESK_HOME": str(home),
                   **env}
    environment.pop("JCR_DESK_RESOURCES", None)  # the bundle must find its own
    result = subprocess.run([str(part) for part in command], env=environment, cwd=home.parent,
                            capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
    if result.returncode != 0:
        raise CheckFailedError(f"{Path(command[0]).name} {' '.join(map(str, command[1:]))} exited "
                          f"{result.returncode}: {result.stderr.strip()[-1500:]}")
    return result


def screenshots(folder: Path) -> dict[str, Path]:
    return {png.name: png for png in sorted(folder.glob("*.png"))}


def differing_share(first: Path, second: Path) -> float:
    """Share of pixels that differ between two screenshots (1.0 when the sizes differ)."""
    a, b = _pixels(first), _pixels(second)
    if a.shape != b.shape or a.size == 0:
        return 1.0
    return float((a != b).mean())


def _pixels(png: Path) -> np.ndarray:
    """One 32-bit value per pixel."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        return np.zeros(0, dtype=np.uint32)
    rows = np.frombuffer(bytes(image.constBits()), dtype=np.uint32)
    return rows.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()]


def distinct_colours(png: Path) -> int:
    """How many colours a screenshot has: 1 is a blank page."""
    return len(np.unique(_pixels(png)))


def check_tabs(scratch: Path) -> str:
    """First start of the bundle: demo case, log, and every tab drawn as from the checkout.

    The demo group has Japanese names (株式会社北陸三風銀行, each entity's Japanese name), and
    the checkout draws them with the machine's Japanese font: equal pixels mean the bundle
    draws glyphs, not boxes.
    """
    if sys.platform == "linux":
        fonts = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True,
                               text=True, check=False).stdout.strip()
        if not fonts:
            raise CheckFailedError("no Japanese font here (fonts-noto-cjk: system-deps.sh)")
    from_checkout, from_bundle = scratch / "shots-checkout", scratch / "shots-bundle"
    run([sys.executable, "-m", "jcr_desk", "--smoke", from_checkout], scratch / "home-checkout")
    home = scratch / "home-bundle"
    run([GUI, "--smoke", from_bundle], home)
    expected, got = screenshots(from_checkout), screenshots(from_bundle)
    if not expected:
        raise CheckFailedError("the checkout's smoke run wrote no screenshot")
    if sorted(got) != sorted(expected):
        raise CheckFailedError(
            f"the bundle drew tabs {sorted(got)}, the checkout {sorted(expected)}"
        )
    for name, png in got.items():
        if png.stat().st_size == 0 or distinct_colours(png) < 2:
            raise CheckFailedError(f"{name} is empty")
        share = differing_share(png, expected[name])
        if share > 0.001:
            raise CheckFailedError(
                f"{name} differs from the checkout's in {share:.2%} of its pixels"
            )
    for needed in (home / "demo" / "demo.jcrcase", home / "logs" / "jcr-desk.log"):
        if not needed.is_file():
            raise CheckFailedError(f"the first start left no {needed.relative_to(home)} in the "
                              "user's folder")
    return f"{len(got)} tabs drawn as from the checkout: {', '.join(sorted(got))}"


def check_cli(scratch: Path) -> str:
    home = scratch / "home-cli"
    shown = run([CLI, "--version"], home).stdout.strip()
    if shown != f"jcr-desk-cli {__version__}":
        raise CheckFailedError(
            f"jcr-desk-cli --version says {shown!r}, the package is {__version__}"
        )
    out = scratch / "demo-cli"
    run([CLI, "demo", out, "--loans", "120"], home)
    case = out / "demo.jcrcase"
    for written in (case, out / "demo_tape.xlsx", out / "demo_tape_ja.xlsx"):
        if not written.is_file():
            raise CheckFailedError(f"jcr-desk-cli demo wrote no {written.name}")
    report = json.loads(run([CLI, "guidelines", case, "--json"], home).stdout)
    if not report:
        raise CheckFailedError("jcr-desk-cli guidelines found no entity in the demo case")
    return f"{shown}; demo written; guidelines for {len(report)} entities"


def check_open_from_command_line(scratch: Path) -> str:
    """``jcr-desk CASE``, the double-click path: the window opens that case and closes."""
    case = scratch / "demo-cli" / "demo.jcrcase"
    home = scratch / "home-open"
    probe = scratch / "opened.json"
    run([GUI, case], home, JCR_DESK_STARTUP_PROBE=str(probe))
    opened = json.loads(probe.read_text(encoding="utf-8")) if probe.exists() else {}
    if Path(opened.get("case", "")) != case.resolve():
        raise CheckFailedError(f"jcr-desk {case.name} opened {opened.get('case')!r}")
    if not (home / "settings.ini").is_file():
        raise CheckFailedError("the window kept no settings in the user's folder")
    return f"opened {case.name} given on the command line; settings kept in the user's folder"


def check_plugins(_scratch: Path) -> str:
    plugins = next(BUNDLE.rglob("plugins"), None)
    needed = NEEDED_PLUGINS.get(sys.platform, [])
    missing = [name for name in needed if plugins is None or not (plugins / name).exists()]
    if missing:
        raise CheckFailedError(f"Qt plugins missing: {', '.join(missing)}")
    return f"{len(needed)} Qt plugins for the platform, file dialogs and input methods"


CHECKS: list[Callable[[Path], str]] = [check_plugins, check_cli, check_tabs,
                                       check_open_from_command_line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-only", action="store_true", help="check the existing bundle")
    parser.add_argument("--all", action="store_true", help="build without the exclusions")
    args = parser.parse_args(argv)
    if not args.check_only:
        shutil.rmtree(BUNDLE, ignore_errors=True)
        seconds = build(args.all)
        print(f"built {BUNDLE.relative_to(ROOT)} in {seconds:.0f} s")
    if not GUI.exists():
        print(f"no bundle at {BUNDLE}", file=sys.stderr)
        return 1
    print(f"bundle size {folder_size(BUNDLE) / 1e6:.0f} MB "
          f"({sum(1 for f in BUNDLE.rglob('*') if f.is_file())} files)")
    failed = 0
    with tempfile.TemporaryDirectory(prefix="jcr-desk-bundle-") as name:
        scratch = Path(name)
        for check in CHECKS:
            started = time.monotonic()
            try:
                said = check(scratch)
            except CheckFailedError as problem:
                failed += 1
                print(f"FAILED {check.__name__}: {problem}")
            else:
                print(f"ok     {check.__name__} ({time.monotonic() - started:.0f} s): {said}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
