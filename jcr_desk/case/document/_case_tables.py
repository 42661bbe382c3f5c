"""The tables of a case file and the mapping between them and the ``Case`` dataclasses.

Each list of the case is one table, one row per object in list order (``position``); nested
parts (rule inputs, guideline snapshots, scenario assumptions) are JSON text, dates and
times ISO text, so the file reads without the application. Loan rows of each pool live in
their own table ``pool_<position>_loans`` (see ``_frame_codec``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from jcr_desk.case.document.errors import UnsupportedColumnError
from jcr_desk.case.document.model import (
    AuditEntry,
    Case,
    CommitteeInfo,
    CommitteeItem,
    Country,
    Decision,
    DisclosureInfo,
    Entity,
    RatingHistoryEntry,
    Scenario,
    ScenarioResult,
    StoredPool,
)
from jcr_desk.structured.fields import FieldError
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.result import EnhancementResult

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)


class DamagedCaseError(ValueError):
    """A table of the file is missing or holds something the format does not allow."""


@dataclass(frozen=True)
class _Field:
    """One dataclass attribute as one SQL column: its declared type and both conversions."""

    name: str
    sql_type: str
    to_sql: Callable[[Any], Any]
    from_sql: Callable[[Any], Any]
    attribute: str = ""  # the dataclass attribute, when it is not called like the column

    @property
    def key(self) -> str:
        return self.attribute or self.name


def _checked(kind: type | tuple[type, ...], *, nullable: bool = False) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value is None and nullable:
            return None
        if not isinstance(value, kind):
            raise ValueError(f"{value!r} is not of the expected kind")
        return value

    return convert


def _utc_text(value: datetime) -> str:
    """Times are written in UTC; a time without a zone is taken to be UTC already."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat()


def _utc_time(text: Any) -> datetime:
    value = datetime.fromisoformat(_checked(str)(text))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=False)


def _text(name: str) -> _Field:
    return _Field(name, "TEXT NOT NULL", str, _checked(str))


def _optional_text(name: str) -> _Field:
    return _Field(name, "TEXT", lambda v: v, _checked(str, nullable=True))


def _json(name: str) -> _Field:
    return _Field(name, "TEXT NOT NULL", _json_text, lambda text: json.loads(_checked(str)(text)))


def _text_list(name: str) -> _Field:
    """A list of texts as JSON (the rationale's paragraphs); anything else is refused."""

    def read(text: Any) -> list[str]:
        value = json.loads(_checked(str)(text))
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{name} is not a list of texts")
        return value

    return _Field(name, "TEXT NOT NULL", _json_text, read)


def _record(name: str, kind: Any) -> _Field:
    """A typed record stored as the JSON of its ``to_dict``; read back by ``from_dict``."""
    return _Field(
        name,
        "TEXT NOT NULL",
        lambda value: _json_text(value.to_dict()),
        lambda text: kind.from_dict(json.loads(_checked(str)(text)), name),
    )


def _optional_real(name: str) -> _Field:
    return _Field(name, "REAL", lambda v: v, _checked((int, float), nullable=True))


def _flag(name: str) -> _Field:
    return _Field(name, "INTEGER NOT NULL", bool, lambda v: bool(_checked(int)(v)))


def _optional_flag(name: str) -> _Field:
    """Yes, no or not stated (NULL)."""
    return _Field(
        name,
        "INTEGER",
        lambda v: None if v is None else bool(v),
        lambda v: None if v is None else bool(_checked(int)(v)),
    )


def _date(name: str) -> _Field:
    return _Field(
        name, "TEXT NOT NULL", date.isoformat, lambda v: date.fromisoformat(_checked(str)(v))
    )


def _optional_date(name: str) -> _Field:
    return _Field(
        name,
        "TEXT",
        lambda v: None if v is None else v.isoformat(),
        lambda v: None if v is None else date.fromisoformat(_checked(str)(v)),
    )


def _time(name: str) -> _Field:
    return _Field(name, "TEXT NOT NULL", _utc_text, _utc_time)


@dataclass(frozen=True)
class _Table:
    """A list of dataclass objects stored one row each, in list order."""

    name: str
    fields: tuple[_Field, ...]

    def create(self, conn: sqlite3.Connection) -> None:
        columns = ", ".join(f"{f.name} {f.sql_type}" for f in self.fields)
        conn.execute(f"CREATE TABLE {self.name} (position INTEGER PRIMARY KEY, {columns})")

    def write(self, conn: sqlite3.Connection, objects: list[Any]) -> None:
        placeholders = ", ".join("?" * (len(self.fields) + 1))
        conn.executemany(
            f"INSERT INTO {self.name} VALUES ({placeholders})",
            (
                (position, *(f.to_sql(getattr(obj, f.key)) for f in self.fields))
                for position, obj in enumerate(objects)
            ),
        )

    def read(self, conn: sqlite3.Connection) -> list[dict[str, Any]]:
        """The stored rows as keyword arguments for the dataclass."""
        names = ", ".join(f.name for f in self.fields)
        with _reading(f"the {self.name} table"):
            rows = conn.execute(f"SELECT {names} FROM {self.name} ORDER BY position").fetchall()
            return [
                {f.key: f.from_sql(value) for f, value in zip(self.fields, row, strict=True)}
                for row in rows
            ]


COMMITTEE = _Table(
    "committee",
    (
        _text("case_name"),
        _text("issuer"),
        _optional_date("committee_date"),
        _json("analysts"),
        _json("members"),
        _text_list("rationale"),
    ),
)
ENTITIES = _Table(
    "entities",
    (
        _text("id"),
        _text("name"),
        _text("role"),
        _text("sector"),
        _text("country"),
        _text("currency"),
        _optional_text("parent_id"),
        _optional_real("ownership_pct"),
        _json("inputs"),
        _json("financials"),
        _text("name_ja"),
    ),
)
COUNTRIES = _Table(
    "countries",
    (
        _text("code"),
        _text("name"),
        _optional_text("local_currency_rating"),
        _optional_text("foreign_currency_rating"),
        _optional_text("country_ceiling"),
        _flag("hard_currency"),
    ),
)
DECISIONS = _Table(
    "decisions",
    (
        _text("id"),
        _text("entity_id"),
        _text("item"),
        _text("rating"),
        _optional_text("guideline_rating"),
        _text("reason"),
        _text("analyst"),
        _time("timestamp"),
        _json("guideline"),
    ),
)
POOLS = _Table("pools", (_text("id"), _text("name"), _json("source"), _json("report")))
SCENARIOS = _Table(
    "scenarios",
    (
        _text("id"),
        _text("name"),
        _optional_text("pool_id"),
        _record("assumptions", StressAssumptions),
        _record("structure", DealStructure),
        _flag("what_if"),
    ),
)
RESULTS = _Table(
    "scenario_results",
    (
        _text("scenario_id"),
        _time("computed_at"),
        _text("inputs_hash"),
        _Field("data", "TEXT NOT NULL", lambda r: _json_text(r.to_dict()), json.loads, "result"),
    ),
)
HISTORY = _Table(
    "rating_history",
    (
        _text("issuer"),
        _text("issue"),
        _date("publication_date"),
        _text("rating"),
        _text("outlook"),
    ),
)
AUDIT = _Table("audit_log", (_time("timestamp"), _text("user"), _text("action"), _text("detail")))
DISCLOSURE = _Table(
    "disclosure",
    (
        _optional_date("publication_date"),
        _optional_flag("due_diligence_used"),
        _text("due_diligence_note"),
        _text("fee_payer"),
        _optional_flag("other_services_paid"),
        _text("other_services_note"),
        _text("representations_warranties"),
        _text("responsible_name"),
        _text("responsible_title"),
    ),
)
COMMITTEE_ITEMS = _Table(
    "committee_items",
    (
        _text("key"),
        _text("outlook"),
        _optional_real("maximum_yen"),
        _text("action"),
        _text("action_reason"),
    ),
)
_TABLES = (
    COMMITTEE,
    ENTITIES,
    COUNTRIES,
    DECISIONS,
    POOLS,
    SCENARIOS,
    RESULTS,
    HISTORY,
    AUDIT,
    DISCLOSURE,
    COMMITTEE_ITEMS,
)

_FIXED_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE pool_columns (
    pool_position INTEGER NOT NULL,
    column_position INTEGER NOT NULL,
    label TEXT NOT NULL,
    sql_name TEXT NOT NULL,
    dtype TEXT NOT NULL,
    PRIMARY KEY (pool_position, column_position)
);
"""


def loans_table(pool_position: int) -> str:
    return f"pool_{pool_position}_loans"


def write_case(conn: sqlite3.Connection, case: Case, version: int, meta: dict[str, str]) -> None:
    """Create every table in an empty database and fill it from the case."""
    conn.executescript(_FIXED_SCHEMA)
    for table in _TABLES:
        table.create(conn)
    conn.execute("INSERT INTO schema_version VALUES (?)", (version,))
    conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
    COMMITTEE.write(conn, [case.committee])
    ENTITIES.write(conn, case.entities)
    COUNTRIES.write(conn, case.countries)
    DECISIONS.write(conn, case.decisions)
    POOLS.write(conn, case.pools)
    # pandas loads with the first pool
    from jcr_desk.case.document._frame_codec import write_frame

    for position, pool in enumerate(case.pools):
        try:
            records = write_frame(conn, loans_table(position), pool.loans)
        except UnsupportedColumnError as exc:
            raise UnsupportedColumnError(f"in pool {pool.name!r}, {exc}") from None
        conn.executemany(
            "INSERT INTO pool_columns VALUES (?, ?, ?, ?, ?)",
            (
                (position, index, r.label_json, r.sql_name, _json_text(r.description))
                for index, r in enumerate(records)
            ),
        )
    SCENARIOS.write(conn, case.scenarios)
    RESULTS.write(conn, case.results)
    HISTORY.write(conn, case.history)
    AUDIT.write(conn, case.audit)
    DISCLOSURE.write(conn, [case.disclosure])
    COMMITTEE_ITEMS.write(conn, case.committee_items)
    conn.commit()


def read_schema_version(conn: sqlite3.Connection) -> int:
    with _reading("the schema_version table"):
        rows = conn.execute("SELECT version FROM schema_version").fetchall()
        if len(rows) != 1 or not isinstance(rows[0][0], int):
            raise ValueError("does not hold exactly one version number")
        return rows[0][0]


def read_case(conn: sqlite3.Connection, loan_columns: Collection[str] | None = None) -> Case:
    """Rebuild the case; any missing table or malformed value raises DamagedCaseError."""
    with _reading("the meta table"):
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        rulebook_version, app_version = meta["rulebook_version"], meta["app_version"]
    committee = COMMITTEE.read(conn)
    if len(committee) != 1:
        raise DamagedCaseError(f"the committee table has {len(committee)} rows instead of one")
    disclosure = DISCLOSURE.read(conn)
    if len(disclosure) != 1:
        raise DamagedCaseError(f"the disclosure table has {len(disclosure)} rows instead of one")
    return Case(
        committee=CommitteeInfo(**committee[0]),
        entities=[Entity(**row) for row in ENTITIES.read(conn)],
        countries=[Country(**row) for row in COUNTRIES.read(conn)],
        decisions=[Decision(**row) for row in DECISIONS.read(conn)],
        pools=[
            StoredPool(**row, loans=_read_loans(conn, position, loan_columns))
            for position, row in enumerate(POOLS.read(conn))
        ],
        scenarios=[Scenario(**row) for row in SCENARIOS.read(conn)],
        results=_current_results(RESULTS.read(conn)),
        history=[RatingHistoryEntry(**row) for row in HISTORY.read(conn)],
        audit=[AuditEntry(**row) for row in AUDIT.read(conn)],
        disclosure=DisclosureInfo(**disclosure[0]),
        committee_items=[CommitteeItem(**row) for row in COMMITTEE_ITEMS.read(conn)],
        rulebook_version=rulebook_version,
        app_version=app_version,
        partial_loans=loan_columns is not None,
    )


def _current_results(rows: list[dict[str, Any]]) -> list[ScenarioResult]:
    """Stored results in the current format; an older one is left out (a run remakes it).

    Results are computed, never edited: a result written by an earlier JCR Desk lacks
    figures this one reports, so the Stress tab shows "no result yet" for its scenario
    instead of a table with gaps.
    """
    results = []
    for row in rows:
        try:
            result = EnhancementResult.from_dict(row["result"])
        except FieldError as error:
            log.info("stored result of scenario %s left out: %s", row["scenario_id"], error)
            continue
        results.append(ScenarioResult(**{**row, "result": result}))
    return results


def _read_loans(
    conn: sqlite3.Connection, position: int, columns: Collection[str] | None = None
) -> pd.DataFrame:
    # pandas loads here, on the file worker
    from jcr_desk.case.document._frame_codec import ColumnRecord, read_frame

    table = loans_table(position)
    with _reading(f"the {table} table"):
        rows = conn.execute(
            "SELECT label, sql_name, dtype FROM pool_columns"
            " WHERE pool_position = ? ORDER BY column_position",
            (position,),
        ).fetchall()
        records = [
            ColumnRecord(label, name, json.loads(dtype))
            for label, name, dtype in rows
            if columns is None or json.loads(label) in columns
        ]
        return read_frame(conn, table, records)


@contextmanager
def _reading(what: str) -> Iterator[None]:
    """Turn any failure while decoding a table into one plain sentence naming the table."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            raise DamagedCaseError(f"{what} is missing") from exc
        raise DamagedCaseError(f"{what} cannot be read ({exc})") from exc
    except (ValueError, TypeError, KeyError) as exc:
        raise DamagedCaseError(f"{what} holds an invalid value ({exc})") from exc
