"""Read-only values: records the case shares between its edits, runs and undo history.

A scenario's assumptions, its structure and a run's result are never changed in place, so
copying them (a case snapshot for a save on a worker, an undo state) can share them as they
are; JSON parts inside them are frozen to mapping proxies and tuples.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class Shared:
    """Mixin for immutable records: a copy is the record itself."""

    def __copy__(self) -> Any:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


def freeze(value: Any) -> Any:
    """A JSON value made read-only (tables become mapping proxies, lists tuples)."""
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(v) for v in value)
    return value


def thaw(value: Any) -> Any:
    """The plain JSON value of :func:`freeze` (for files and storage); None when empty."""
    plain = json.loads(json.dumps(value, default=_plain))
    return plain or None


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{value!r} is not JSON")
