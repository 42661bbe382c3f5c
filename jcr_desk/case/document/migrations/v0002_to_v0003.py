"""Case format 2 → 3: the committee's outputs (issue 18).

- ``committee.rationale`` was one text; it becomes the JSON list of the release's numbered
  paragraphs (split at blank lines, the way analysts separated them in the old notes field);
- ``entities.name_ja``: the Japanese name drafts in Japanese use (empty: none entered);
- ``disclosure``: one row with what the Rule 17g-7 form needs (nothing stated yet);
- ``committee_items``: the committee's inputs per rated item (none yet).

The SQL is written out here rather than taken from ``_case_tables``: a step must keep
turning format 2 into format 3 whatever later formats add.
"""

from __future__ import annotations

import json
import re
import sqlite3

_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[str]:
    """The old notes' paragraphs: blocks between blank lines, lines inside joined by spaces."""
    blocks = (
        " ".join(line.strip() for line in part.splitlines()) for part in _BLANK_LINE.split(text)
    )
    return [block.strip() for block in blocks if block.strip()]


def upgrade(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT position, rationale FROM committee").fetchall()
    for position, text in rows:
        value = json.dumps(paragraphs(text if isinstance(text, str) else ""), ensure_ascii=False)
        conn.execute("UPDATE committee SET rationale = ? WHERE position = ?", (value, position))
    conn.execute("ALTER TABLE entities ADD COLUMN name_ja TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "CREATE TABLE disclosure (position INTEGER PRIMARY KEY, publication_date TEXT, "
        "due_diligence_used INTEGER, due_diligence_note TEXT NOT NULL, "
        "fee_payer TEXT NOT NULL, other_services_paid INTEGER, "
        "other_services_note TEXT NOT NULL, representations_warranties TEXT NOT NULL, "
        "responsible_name TEXT NOT NULL, responsible_title TEXT NOT NULL)"
    )
    conn.execute("INSERT INTO disclosure VALUES (0, NULL, NULL, '', '', NULL, '', '', '', '')")
    conn.execute(
        "CREATE TABLE committee_items (position INTEGER PRIMARY KEY, key TEXT NOT NULL, "
        "outlook TEXT NOT NULL, maximum_yen REAL, action TEXT NOT NULL, "
        "action_reason TEXT NOT NULL)"
    )
