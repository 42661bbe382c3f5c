"""Regenerate the README screenshots from the application itself (``make screenshot``).

Runs the window's smoke mode on a fresh demo case in a temporary user folder and copies the
tab images into ``resources/screenshots/``, so the README always shows what users see.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="jcr-desk-shots-") as scratch:
        os.environ["JCR_DESK_HOME"] = str(Path(scratch) / "home")
        from jcr_desk.app import main as app_main

        out = Path(scratch) / "smoke"
        status = app_main(["--smoke", str(out)])
        if status != 0:
            return status
        TARGET.mkdir(parents=True, exist_ok=True)
        for png in sorted(out.glob("*.png")):
            shutil.copyfile(png, TARGET / png.name)
            print(TARGET / png.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
