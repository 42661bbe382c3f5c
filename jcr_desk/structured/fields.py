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

from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.structured.errors import CONTEXT, StressInputError, refused

T = TypeVar("T")
_MISSING: Any = object()


class FieldError(StressInputError):
    """A value of a scenario or structure record is missing, of the wrong kind or out of range.

    ``key`` is the value's place in the file as written there (what the analyst looks for);
    ``problem`` a sentence (context ``StressInput``), read in the analyst's language."""

    def __init__(self, key: str, problem: Text | str) -> None:
        self.key = key
        sentence = problem if isinstance(problem, Text) else Text.as_written(CONTEXT, problem)
        self.problem = str(sentence)
        super().__init__(
            refused(QT_TRANSLATE_NOOP("StressInput", "{key}: {problem}"), key=key, problem=sentence)
        )


class Fields:
    """Typed access to one mapping; ``path`` prefixes every key in messages."""

    def __init__(self, data: object, path: str, known: Iterable[str] | None = None) -> None:
        if not isinstance(data, Mapping):
            raise FieldError(
                path or "(top)",
                refused(
                    QT_TRANSLATE_NOOP("StressInput", "expected a table of values, got {value}"),
                    value=repr(data),
                ),
            )
        self.data = data
        self.path = path
        if known is not None:
            self.expect(known)

    def expect(self, known: Iterable[str]) -> None:
        """Refuse a key this record does not have (a typo in a file is not ignored)."""
        unknown = sorted(set(map(str, self.data)) - set(known))
        if unknown:
            raise FieldError(
                self.key(unknown[0]),
                refused(QT_TRANSLATE_NOOP("StressInput", "is not a field this record has")),
            )

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def has(self, name: str) -> bool:
        return self.data.get(name) is not None

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        value = self.data.get(name)
        if value is None:
            if default is _MISSING:
                raise FieldError(
                    self.key(name), refused(QT_TRANSLATE_NOOP("StressInput", "is missing"))
                )
            return default
        return value

    def text(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if not isinstance(value, str):
            raise FieldError(self.key(name), _expected(_TEXT, value))
        return value

    def choice(self, name: str, allowed: tuple[str, ...], default: Any = _MISSING) -> Any:
        value = self.text(name, default)
        if value is default and default is not _MISSING:
            return value
        if value not in allowed:
            raise FieldError(
                self.key(name),
                refused(
                    QT_TRANSLATE_NOOP("StressInput", "is {value}; allowed: {allowed}"),
                    value=repr(value),
                    allowed=", ".join(allowed),
                ),
            )
        return value

    def flag(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if not isinstance(value, bool):
            raise FieldError(self.key(name), _expected(_FLAG, value))
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
        return self.number(name, default, low=0.0, high=1.0, unit=FRACTION)

    def whole(self, name: str, default: Any = _MISSING, *, low: int = 0) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise FieldError(self.key(name), _expected(_WHOLE, value))
        if value < low:
            raise FieldError(
                self.key(name),
                refused(
                    QT_TRANSLATE_NOOP("StressInput", "is {value}; allowed: {low} or more"),
                    value=value,
                    low=low,
                ),
            )
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
            raise FieldError(self.key(name), _expected(_DAY, value)) from None

    def records(self, name: str, read: Callable[[Fields], T]) -> tuple[T, ...]:
        """A list of tables, each read by ``read`` with its index in the path."""
        value = self.raw(name, [])
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), _expected(_TABLES, value))
        return tuple(read(Fields(item, f"{self.key(name)}[{i}]")) for i, item in enumerate(value))

    def numbers(self, name: str, default: Any = _MISSING, *, low: float = 0.0) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), _expected(_NUMBERS, value))
        return tuple(
            checked_number(f"{self.key(name)}[{i}]", item, low=low) for i, item in enumerate(value)
        )

    def texts(self, name: str, default: Any = _MISSING) -> Any:
        value = self.raw(name, default)
        if value is default and default is not _MISSING:
            return value
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise FieldError(self.key(name), _expected(_TEXTS, value))
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise FieldError(f"{self.key(name)}[{i}]", _expected(_TEXT, item))
        return tuple(value)


def checked_number(
    key: str, value: object, *, low: float | None = None, high: float | None = None, unit: str = ""
) -> float:
    """``value`` as a finite float inside ``[low, high]``, or a :class:`FieldError`; ``unit``
    (marked in context ``StressInput``) says what the number is."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise FieldError(key, _expected(_NUMBER, value))
    number = float(value)
    if (low is not None and number < low) or (high is not None and number > high):
        if low is not None and high is not None:
            span = refused(
                QT_TRANSLATE_NOOP("StressInput", "{low} to {high}"),
                low=f"{low:g}",
                high=f"{high:g}",
            )
        elif low is not None:
            span = refused(QT_TRANSLATE_NOOP("StressInput", "{low} or more"), low=f"{low:g}")
        else:
            span = refused(QT_TRANSLATE_NOOP("StressInput", "{high} or less"), high=f"{high:g}")
        if unit:
            problem = refused(
                QT_TRANSLATE_NOOP("StressInput", "is {value}; allowed: {span} ({unit})"),
                value=f"{number:g}",
                span=span,
                unit=refused(unit),
            )
        else:
            problem = refused(
                QT_TRANSLATE_NOOP("StressInput", "is {value}; allowed: {span}"),
                value=f"{number:g}",
                span=span,
            )
        raise FieldError(key, problem)
    return number


#: What a value should have been, one sentence each ("expected a number, got 'x'").
_TEXT = QT_TRANSLATE_NOOP("StressInput", "expected text, got {value}")
_FLAG = QT_TRANSLATE_NOOP("StressInput", "expected true or false, got {value}")
_NUMBER = QT_TRANSLATE_NOOP("StressInput", "expected a number, got {value}")
_WHOLE = QT_TRANSLATE_NOOP("StressInput", "expected a whole number, got {value}")
_DAY = QT_TRANSLATE_NOOP("StressInput", "expected a date YYYY-MM-DD, got {value}")
_TABLES = QT_TRANSLATE_NOOP("StressInput", "expected a list of tables, got {value}")
_NUMBERS = QT_TRANSLATE_NOOP("StressInput", "expected a list of numbers, got {value}")
_TEXTS = QT_TRANSLATE_NOOP("StressInput", "expected a list of texts, got {value}")
#: The units a number is checked in (``unit=``), as the refusal names them.
FRACTION = QT_TRANSLATE_NOOP("StressInput", "a fraction (0.0125 = 1.25 %)")
YEN = QT_TRANSLATE_NOOP("StressInput", "yen")


def _expected(source: str, value: object) -> Text:
    return refused(source, value=repr(value))


def drop_none(data: Mapping[str, Any]) -> dict[str, Any]:
    """A record without its empty entries, as files and JSON write it."""
    return {key: value for key, value in data.items() if value is not None}
