"""A case file that breaks the document's rules is refused when opened, naming the entity
and the field: the loader checks what every edit checks (roles, sectors, codes, parents,
cycles, ownership, the shape of the group, countries' ratings)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jcr_desk.case import CaseFileError, load_case, save_case
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.model import Case, Country, Entity

from .factories import rich_case


def _group() -> Case:
    return Case(
        entities=[
            Entity("h", "Sakura FG", "holding", "bank"),
            Entity("b", "Sakura Bank", "core", "bank", parent_id="h", ownership_pct=100.0),
            Entity("c", "Sakura Card", "group_company", "card_nonbank", parent_id="b",
                   ownership_pct=60.0),
            Entity("s", "Sakura Trust", "spv", "trust"),
        ],
        countries=[Country("JP", "Japan", "A+", "A+", "AA+", hard_currency=True)],
    )


def _problem_after(tmp_path: Path, sql: str) -> str:
    path = tmp_path / "group.jcrcase"
    save_case(_group(), path)
    with sqlite3.connect(path) as conn:
        conn.execute(sql)
    conn.close()
    with pytest.raises(CaseFileError) as caught:
        load_case(path)
    message = str(caught.value)
    assert message.startswith("group.jcrcase: is damaged: "), message
    return message


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE entities SET role = 'wizard' WHERE id = 'c'",
         ["Sakura Card", "role", "'wizard' is not a role"]),
        ("UPDATE entities SET sector = 'casino' WHERE id = 'c'",
         ["Sakura Card", "sector", "'casino' is not a sector"]),
        ("UPDATE entities SET currency = '¥¥' WHERE id = 'b'",
         ["Sakura Bank", "currency", "code of letters"]),
        ("UPDATE entities SET country = '' WHERE id = 'b'",
         ["Sakura Bank", "country", "code of letters"]),
        ("UPDATE entities SET ownership_pct = 150 WHERE id = 'c'",
         ["Sakura Card", "ownership", "150 %", "0 to 100 %"]),
        ("UPDATE entities SET ownership_pct = -0.5 WHERE id = 'c'",
         ["Sakura Card", "ownership", "-0.5 %"]),
        ("UPDATE entities SET parent_id = 'gone' WHERE id = 'c'",
         ["Sakura Card", "parent", "'gone'", "not in the case"]),
        ("UPDATE entities SET parent_id = 'c' WHERE id = 'c'",
         ["Sakura Card", "parent", "its own parent"]),
        ("UPDATE entities SET parent_id = 'c' WHERE id = 'h'",
         ["parent", "Sakura FG → Sakura Card → Sakura Bank → Sakura FG"]),
        ("UPDATE entities SET id = 'b' WHERE id = 'c'",
         ["Sakura Card", "id", "'b'", "also"]),
        ("UPDATE entities SET name = '  ' WHERE id = 'c'",
         ["entity c", "name"]),
        ("UPDATE entities SET parent_id = 's' WHERE id = 'b'",
         ["Sakura Bank", "parent", "not a group member"]),
        ("UPDATE entities SET parent_id = NULL WHERE id = 'c'",
         ["Sakura Card", "parent", "second top parent", "Sakura FG"]),
        ("UPDATE countries SET country_ceiling = 'AAAA'",
         ["country JP", "country ceiling", "'AAAA'"]),
        ("UPDATE countries SET code = 'J1'",
         ["country J1", "code"]),
    ],
    ids=["role", "sector", "currency", "country", "ownership-high", "ownership-negative",
         "missing-parent", "own-parent", "cycle", "duplicate-id", "blank-name",
         "group-under-party", "second-top-parent", "ceiling", "country-code"],
)
def test_a_broken_rule_is_refused_naming_entity_and_field(tmp_path, sql, words):
    message = _problem_after(tmp_path, sql)
    for word in words:
        assert word in message, message


def test_every_case_the_desk_writes_opens(tmp_path):
    for number, case in enumerate((_group(), build_demo_case(loans=40), rich_case())):
        path = tmp_path / f"case{number}.jcrcase"
        save_case(case, path)
        assert load_case(path).entities == case.entities
