"""Test-wide isolation: no test reads or writes the user's JCR Desk folder or settings."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path_factory.mktemp("jcr-home")))
