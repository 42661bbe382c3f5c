"""The Linux desktop integration (installer/linux/): the menu entry, the .jcrcase file type
and `make install-desktop`, checked with the desktop's own tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"
DESKTOP_ENTRY = LINUX / "jcr-desk.desktop"
MIME_TYPE = "application/x-jcr-desk-case"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux desktop files")


def tool(name: str, package: str) -> str:
    """The path of a desktop tool; its absence fails the test (installer/system-deps.sh
    installs it for `make test`)."""
    found = shutil.which(name)
    assert found, f"{name} missing: install Debian's {package} (installer/system-deps.sh)"
    return found


def validate(entry: Path) -> subprocess.CompletedProcess:
    return subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
                          capture_output=True, text=True, check=False)


def test_the_desktop_entry_validates():
    result = validate(DESKTOP_ENTRY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # not even a hint or a warning


def test_the_desktop_entry_opens_a_case_file_and_names_its_type():
    lines = DESKTOP_ENTRY.read_text(encoding="utf-8").splitlines()
    assert "Exec=jcr-desk %f" in lines  # the double-clicked file is passed on
    assert f"MimeType={MIME_TYPE};" in lines


def test_the_case_file_type_is_known_by_its_suffix(tmp_path):
    """update-mime-database compiles the type into a database whose glob list maps
    *.jcrcase to it; a malformed definition is refused."""
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "jcr-desk-case.xml", packages / "jcr-desk.xml")
    compiled = subprocess.run(
        [tool("update-mime-database", "shared-mime-info"), str(tmp_path / "mime")],
        capture_output=True, text=True, check=False,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},  # else it notes the odd folder
    )
    assert compiled.returncode == 0, compiled.stderr
    assert compiled.stderr.strip() == ""
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"80:{MIME_TYPE}:*.jcrcase" in globs


def test_install_desktop_installs_for_the_current_user_only(tmp_path):
    """`make install-desktop` writes below XDG_DATA_HOME: an entry that validates and
    starts a JCR Desk that exists, the file type and the icons."""
    data = tmp_path / "share"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    result = subprocess.run(["sh", str(LINUX / "install-desktop.sh")], env=env,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    entry = data / "applications" / "jcr-desk.desktop"
    assert validate(entry).returncode == 0, validate(entry).stdout
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines()
                     if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %f").strip('"')
    assert Path(program).is_file() and os.access(program, os.X_OK), exec_line
    assert (data / "mime" / "packages" / "jcr-desk.xml").is_file()
    assert f"{MIME_TYPE}:*.jcrcase" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "jcr-desk.png").stat().st_size
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "jcr-desk.svg").stat().st_size
