"""A number typed as text: what the analyst typed reaches the edit's check as typed.

A ``QDoubleSpinBox`` cuts input to its range as it is typed (150 in a 0–100 box becomes 15)
and clamps what it cannot hold, so an impossible figure would be recorded as another one.
This field never changes what was typed: the edit's own check refuses an impossible value
with the allowed range, and the field then shows the case's value again.
"""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget


class NotANumberError(ValueError):
    """The text does not read as a number; the message quotes it."""


class NumberField(QLineEdit):
    """Text in, a float (or None for an empty field, "not set") out.

    Accepts what analysts type: thousands separators, the unit (``%``, ``¥``) and
    full-width digits from a Japanese input method.

    Signals
    -------
    committed()
        Editing finished with text other than the value last shown, so it is emitted once
        per change, however often the field loses focus afterwards.
    """

    committed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, prefix: str = "", suffix: str = "",
        decimals: int = 2,
    ) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self._suffix = suffix
        self._decimals = decimals
        self._shown = ""
        self.setPlaceholderText(self.tr("not set"))
        self.editingFinished.connect(self._finished)

    def set_value(self, value: float | None) -> None:
        """Show ``value`` (None: empty, "not set") without emitting ``committed``."""
        self._shown = "" if value is None else self.format(value)
        self.setText(self._shown)

    def format(self, value: float) -> str:
        if self._prefix == "¥":
            number = f"{value:,.0f}"
        else:
            number = f"{value:,.{self._decimals}f}".rstrip("0").rstrip(".")
        return f"{self._prefix}{number}{' ' if self._suffix else ''}{self._suffix}"

    def value(self) -> float | None:
        """The number typed, or None when the field is empty; raises NotANumberError."""
        text = unicodedata.normalize("NFKC", self.text()).strip()
        for unit in (self._prefix, self._suffix):
            if unit:
                text = text.replace(unicodedata.normalize("NFKC", unit), "")
        text = text.replace(",", "").replace(" ", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise NotANumberError(
                self.tr("{typed!r} is not a number.").format(typed=self.text().strip())
            ) from None
        if not math.isfinite(number):
            raise NotANumberError(
                self.tr("{typed!r} is not a number.").format(typed=self.text().strip())
            )
        return number

    def _finished(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()  # the form shows the case's value again right after
            self.committed.emit()
