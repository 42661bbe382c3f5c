"""The committee tab's outputs in the workbook: every rated item's action, the 17g-7 items."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from jcr_desk.case import Case
from jcr_desk.case.services.rated_items import rated_items
from jcr_desk.reports import export_workbook
from jcr_desk.reports.sheets.committee import ACTION_HEADERS


def _table(path: Path, sheet: str, header: str) -> list[dict[str, object]]:
    ws = load_workbook(path)[sheet]
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == header)
    titles = rows[start]
    return [dict(zip(titles, row, strict=True)) for row in rows[start + 1 :]]


def test_every_rated_item_is_a_row_with_its_proposal_and_action(
    demo: Case, exported_path: Path
) -> None:
    table = _table(exported_path, "Rating action", ACTION_HEADERS[0])
    items = rated_items(demo)
    assert len(table) == len(items)
    for item, row in zip(items, table, strict=True):
        assert row["Proposed rating"] == (item.proposal.rating or "no proposal")
        assert row["Current rating"] == (item.current.rating if item.current else "none")
        action = str(row["Action"] or "").lower().replace(" ", "_")
        assert action == (item.action or "")
    # the demo's senior class is proposed from its stress result, never left blank
    classes = [row for row in table if "Class A" in str(row["Rated item"])]
    assert classes and all(row["Proposed rating"] == "AAA" for row in classes)


def test_the_disclosure_sheet_holds_the_forms_fourteen_items(exported_path: Path) -> None:
    table = _table(exported_path, "Disclosure", "Item")
    titles = [str(row["Item"]) for row in table if row["Item"]]
    assert [title.split(".")[0] for title in titles] == [str(n) for n in range(1, 15)]


def test_a_case_without_rated_items_has_neither_sheet(tmp_path: Path) -> None:
    report = export_workbook(Case(), tmp_path / "empty.xlsx")
    names = load_workbook(report.path).sheetnames
    assert "Rating action" not in names and "Disclosure" not in names
