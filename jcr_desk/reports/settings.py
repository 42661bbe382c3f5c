"""The committee workbook's presentation settings (``resources/reports/workbook.toml``)."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from jcr_desk.paths import resources_dir


@cache
def workbook_settings() -> dict[str, Any]:
    """Font, colours, wording and column limits, read once."""
    with (resources_dir() / "reports" / "workbook.toml").open("rb") as handle:
        return tomllib.load(handle)


def colour(name: str) -> str:
    return str(workbook_settings()["colours"][name])
