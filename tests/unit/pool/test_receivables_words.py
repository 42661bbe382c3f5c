"""Every field of the receivables and history schemas is named in Japanese (issue 21)."""

from __future__ import annotations

import pytest

from jcr_desk.i18n import translate_to
from jcr_desk.pool.receivables_words import FIELD_LABELS
from jcr_desk.pool.schema import RECEIVABLES, RECEIVABLES_HISTORY, schema


@pytest.mark.parametrize("kind", [RECEIVABLES, RECEIVABLES_HISTORY])
def test_every_label_is_registered_and_translated(kind):
    for spec in schema(kind):
        assert spec.label in FIELD_LABELS, spec.name
        japanese = translate_to("ja", "PoolFields", spec.label)
        assert japanese != spec.label and not japanese.isascii(), spec.label
