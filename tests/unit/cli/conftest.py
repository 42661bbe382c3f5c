"""The command line's tests read its English messages, whatever the machine's locale."""

from __future__ import annotations

import pytest

from jcr_desk import i18n


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    for name in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield
    i18n.set_language("en")
