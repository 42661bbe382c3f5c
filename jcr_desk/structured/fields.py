"""Reading typed values out of plain mappings (a case file's JSON, a scenario TOML file).

Every problem is a :class:`FieldError` naming the key by its full path
("structure.classes[2].coupon"), the value found and what was expected, so the one line a
user reads says where to look. Values are checked, never cut to fit.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from jcr_desk.structured.errors import StressInputError

T = TypeVar("T")
_MISSING: Any = object()


class FieldError(StressInputError):
    """A value of a scenario or structure record is missing, of the wrong kind or out of range."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")


class Fields:
    """Typed access to one mapping; ``path`` prefixes every key in messages."""

    def __init__(self, data: object, path: str, known: Iterable[str] | None = None) -> None:
        if not isinstance(data, Mapping):
            raise FieldError(path or "(top)", f"expected a table of values, got {data!r}")
        self.data = data
        self.path = path
        if known is not None:
            self.expect(known)

    def expect(self, known: Iterable[str]) -> None:
        """Refuse a key this record does not have (a typo in a file is not ignored)."""
        unknown = sorted(set(map(str, self.data)) - set(known))
        if unknown:
            raise FieldError(self.key(unknown[0]), "is not a field this record has")

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        value = self.data.get(name)
        if value is None:
            if default is _MISSING:
                raise FieldError(self.key(name), "is missing")
            return default
        return value

    def text(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, str):
            raise FieldError(self.key(name), f"expected text, got {value!r}")
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: Any = _MISSING) -> Any:
        value = self.text(name, default)
        if value is default and default is not _MISSING:
            return value
        if value not in allowed:
            raise FieldError(self.key(name), f"is {value!r}; allowed: {', '.join(allowed)}")
        return value

    def flag(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            raise FieldError(self.key(name), f"expected true or false, got {value!r}")
        return value

    def number(
        self,
        name: str,
        default: Any = _MISSING,
        *,
        low: float | None = None,
        high: float | None = None,
        unit: str = "",
    ) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        return checked_number(self.key(name), value, low=low, high=high, unit=unit)

    def fraction(self, name: str, default: Any = _MISSING) -> Any:
        """A share written as a fraction: 0.0125 is 1.25 %."""
        return self.number(name, default, low=0.0, high=1.0, unit="a fraction (0.0125 = 1.25 %)")

    def whole(self, name: str, default: Any = _MISSING, *, low: int = 0) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise FieldError(self.key(name), f"expected a whole number, got {value!r}")
        if value < low:
            raise FieldError(self.key(name), f"is {value}; allowed: {low} or more")
        return int(value)

    def day(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)[:10])
        except ValueError:
            raise FieldError(self.key(name), f"expected a date YYYY-MM-DD, got {value!r}") from None

    def records(self, name: str, read: Callable[[Fields], T]) -> tuple[T, ...]:
        """A list of tables, each read by ``read`` with its index in the path."""
        value = self.raw(name, [])
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), f"expected a list of tables, got {value!r}")
        return tuple(read(Fields(item, f"{self.key(name)}[{i}]")) for i, item in enumerate(value))

    def numbers(self, name: str, default: Any = _MISSING, *, low: float = 0.0) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), f"expected a list of numbers, got {value!r}")
        return tuple(
            checked_number(f"{self.key(name)}[{i}]", item, low=low) for i, item in enumerate(value)
        )

    def texts(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), f"expected a list of texts, got {value!r}")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise FieldError(f"{self.key(name)}[{i}]", f"expected text, got {item!r}")
        return tuple(value)


def checked_number(
    key: str, value: object, *, low: float | None = None, high: float | None = None, unit: str = ""
) -> float:
    """``value`` as a finite float inside ``[low, high]``, or a :class:`FieldError`."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise FieldError(key, f"expected a number, got {value!r}")
    number = float(value)
    if (low is not None and number < low) or (high is not None and number > high):
        span = (
            f"{low:g} to {high:g}"
            if low is not None and high is not None
            else f"{low:g} or more"
            if low is not None
            else f"{high:g} or less"
        )
        as_unit = f" ({unit})" if unit else ""
        raise FieldError(key, f"is {number:g}; allowed: {span}{as_unit}")
    return number


def drop_none(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record without its empty entries, as files and JSON write it."""
    return {key: value for key, value in data.items() if value is not None}
