"""One function finds resources/ from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import jcr_desk.paths as paths


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.delenv("JCR_DESK_RESOURCES", raising=False)
    paths.resources_dir.cache_clear()
    yield
    paths.resources_dir.cache_clear()


def test_source_checkout_finds_the_rulebook():
    assert (paths.resources_dir() / "methodology" / "rulebook.toml").is_file()


def test_frozen_bundle_is_preferred(monkeypatch, tmp_path: Path):
    bundled = tmp_path / "jcr_desk" / "resources"
    (bundled / "methodology").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == bundled


def test_missing_resources_name_where_it_looked(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(paths, "_candidates", lambda: [tmp_path / "nowhere"])
    with pytest.raises(FileNotFoundError, match="nowhere"):
        paths.resources_dir()


def test_user_folder_follows_the_override(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path / "home"))
    assert paths.user_data_dir() == tmp_path / "home"
    assert paths.recovery_dir().is_dir() and paths.log_dir().is_dir()


@pytest.mark.slow
def test_installed_wheel_finds_its_own_resources(tmp_path: Path):
    """Build the wheel, install it into a bare folder, and ask it where its rulebook is."""
    import subprocess

    root = Path(__file__).resolve().parents[3]
    wheels, target = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(root), "--no-deps", "-w", str(wheels)], check=True)
    wheel = next(wheels.glob("jcr_desk-*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
                   check=True)
    code = (
        f"import sys; sys.path.insert(0, {str(target)!r})\n"
        "from jcr_desk.paths import resources_dir\n"
        "print(resources_dir())"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=tmp_path).stdout.strip()
    assert Path(found) == target / "jcr_desk" / "resources"
    assert (Path(found) / "methodology" / "rulebook.toml").is_file()
