"""Every Desk default a stress run can name has an analyst's name (issue 21): the window and
``jcr-desk-cli stress`` show the name, translated, never the rulebook key."""

from __future__ import annotations

import inspect
import re

from jcr_desk import i18n
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.rmbs import desk_defaults
from jcr_desk.structured.rmbs.desk_defaults import DESK_DEFAULT_NAMES, desk_default_name


def test_every_key_a_run_can_name_has_a_name_in_the_rulebook_and_in_japanese():
    keys = set(
        re.findall(r'"(stress\.[a-z_.]+)"', inspect.getsource(desk_defaults.run_desk_defaults))
    )
    assert len(keys) >= 16
    assert keys <= set(DESK_DEFAULT_NAMES)
    book = load_rulebook()
    for key in DESK_DEFAULT_NAMES:
        book.entry(key)  # a name for a key the rulebook has
        name = desk_default_name(key)
        assert i18n.translate_to("ja", name.context, name.source) != name.source, key


def test_a_key_without_a_name_is_shown_as_written():
    assert str(desk_default_name("stress.{new}")) == "stress.{new}"
