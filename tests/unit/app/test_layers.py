"""The domain never loads Qt: importing it in a fresh interpreter leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys

DOMAIN = ["ratings", "methodology", "pool", "structured", "case", "reports"]


def test_domain_packages_load_no_qt():
    modules = ", ".join(f"jcr_desk.{name}" for name in DOMAIN)
    code = (
        "import importlib, pkgutil, sys\n"
        f"import {modules}, jcr_desk.cli\n"
        "for pkg in [" + ", ".join(f"jcr_desk.{n}" for n in DOMAIN) + "]:\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
        "'jcr_desk.ui', 'jcr_desk.app')))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
