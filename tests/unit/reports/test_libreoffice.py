"""An independent engine recalculates the workbook: LibreOffice must agree with JCR Desk.

``make test`` installs LibreOffice (installer/system-deps.sh with JCR_DESK_LIBREOFFICE=1), and
CI (``CI`` set) fails rather than skips without it; elsewhere they are skipped, saying why.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from jcr_desk.case import Case
from jcr_desk.reports import export_workbook

from .recalculate import ERROR_VALUES, SOFFICE, convert, mismatches, recalculated_values

pytestmark = pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="LibreOffice (soffice) is not installed; `make test` installs it (CI never skips)",
)
#: A committee pack of the demo case (20 pages when this was written): cover, ratings, pool
#: (six), assumptions, enhancement, the yearly cash flows and each rating's charts (five),
#: sensitivity, history and audit; the monthly flows stay off the printout.
SANE_PAGES = range(12, 40)


def test_every_formula_recalculates_to_the_applications_value(demo: Case, tmp_path: Path) -> None:
    report = export_workbook(demo, tmp_path / "committee.xlsx", include_loans=True)
    values = recalculated_values(report.path, tmp_path / "lo")
    assert len(report.expected) > 200
    assert mismatches(report.expected, values) == []
    errors = [
        f"{s}!{c}: {v}"
        for (s, c), v in values.items()
        if isinstance(v, str) and v.startswith(ERROR_VALUES)
    ]
    assert errors == []


def test_the_pdf_is_a_committee_pack_of_sane_length(exported_path: Path, tmp_path: Path) -> None:
    pdf = convert(exported_path, tmp_path / "pdf", "pdf")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert pages in SANE_PAGES, f"{pages} pages"
