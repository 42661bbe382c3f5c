"""The pool package's Desk-default tables (validation limits, strat buckets), resources/pool.

They use the rulebook's entry layout (``value``, ``source``, ``citation``, ``note``) so an
analyst reading a limit also reads why it is there; entries may nest (``[outliers.dti]``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from jcr_desk.paths import resources_dir

SOURCES = ("methodology", "desk_default")


@cache
def pool_defaults(filename: str) -> dict[str, Any]:
    """Every entry of ``resources/pool/<filename>`` as dotted key → value, read once."""
    path = resources_dir() / "pool" / filename
    with path.open("rb") as handle:
        document = tomllib.load(handle)
    found: dict[str, Any] = {}
    _collect(document, "", found, path.name)
    return found


def _collect(table: dict[str, Any], prefix: str, found: dict[str, Any], filename: str) -> None:
    for key, item in table.items():
        name = f"{prefix}{key}"
        if not isinstance(item, dict):
            raise ValueError(f"{filename}: {name} is not an entry table")
        if "value" not in item:
            _collect(item, f"{name}.", found, filename)
            continue
        if item.get("source") not in SOURCES or not item.get("citation"):
            raise ValueError(f"{filename}: {name} needs a source {SOURCES} and a citation")
        found[name] = item["value"]
