"""A saved case opens as the very same case: parts, JSON, times and every loan dtype."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jcr_desk import __version__
from jcr_desk.case import CASE_SUFFIX, Case, CaseFileError, load_case, save_case
from jcr_desk.case.document.model import (
    GROUP_ROLES,
    PARTY_ROLES,
    ROLES,
    SECTORS,
    AuditEntry,
    Entity,
    StoredPool,
)
from jcr_desk.case.document.storage import APPLICATION_ID, SCHEMA_VERSION
from jcr_desk.methodology.rulebook import load_rulebook

from .factories import loans_frame, rich_case


def _round_trip(case: Case, folder: Path) -> Case:
    path = folder / f"case{CASE_SUFFIX}"
    save_case(case, path)
    return load_case(path)


def test_empty_case_round_trips(tmp_path: Path) -> None:
    case = Case()
    assert _round_trip(case, tmp_path) == case


def test_rich_case_round_trips(tmp_path: Path) -> None:
    case = rich_case()
    loaded = _round_trip(case, tmp_path)
    assert loaded == case
    for original, restored in zip(case.pools, loaded.pools, strict=True):
        # Stricter than StoredPool.__eq__: category order and every dtype must match too.
        pd.testing.assert_frame_equal(restored.loans, original.loans, check_exact=True)
    assert loaded.decisions[0].timestamp.tzinfo is not None


def test_save_stamps_the_writing_version(tmp_path: Path) -> None:
    case = Case(app_version="0.0.1", rulebook_version="2023.2")
    loaded = _round_trip(case, tmp_path)
    assert case.app_version == loaded.app_version == __version__
    assert case.rulebook_version == loaded.rulebook_version == load_rulebook().version


def test_times_are_stored_as_utc_text(tmp_path: Path) -> None:
    tokyo = timezone(timedelta(hours=9))
    stamp = pd.Timestamp("2024-01-01 09:00:00").to_pydatetime().replace(tzinfo=tokyo)
    case = Case(audit=[AuditEntry(stamp, "sato", "opened")])
    path = tmp_path / "c.jcrcase"
    save_case(case, path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT timestamp FROM audit_log").fetchone() == (
            "2024-01-01T00:00:00+00:00",
        )
    assert load_case(path).audit[0].timestamp == stamp.astimezone(UTC)


def test_file_is_readable_without_the_application(tmp_path: Path) -> None:
    path = tmp_path / "c.jcrcase"
    save_case(rich_case(rows=3), path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        assert meta["app_version"] == __version__
        assert meta["rulebook_version"] == load_rulebook().version
        rows = conn.execute('SELECT loan_id, obligor, grade FROM pool_0_loans ORDER BY "_row"')
        assert [r[0] for r in rows] == [1, 2, 3]
        assert conn.execute("SELECT name FROM entities ORDER BY position").fetchall() == [
            ("Yamada HD",),
            ("Yamada Finance",),
        ]


def test_opening_never_modifies_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.jcrcase"
    save_case(rich_case(rows=5), path)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_case(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jcrcase"]


def test_awkward_column_labels_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame([[1, 2, 3, 4, 5]], columns=["a", "A", "_row", 'q"uote', "a"])
    frame[7] = 1.5
    case = Case(pools=[StoredPool("p", "p", frame)])
    pd.testing.assert_frame_equal(_round_trip(case, tmp_path).pools[0].loans, frame)


def test_unsupported_column_is_a_plain_save_error(tmp_path: Path) -> None:
    frame = pd.DataFrame({"period": pd.period_range("2024-01", periods=2, freq="M")})
    case = Case(pools=[StoredPool("p", "Tape", frame)])
    with pytest.raises(CaseFileError, match=r"c\.jcrcase: could not be saved: in pool 'Tape'"):
        save_case(case, tmp_path / "c.jcrcase")
    assert list(tmp_path.iterdir()) == []


def test_hundred_thousand_loans_save_and_load_quickly(tmp_path: Path) -> None:
    loans = pd.concat([loans_frame(10_000, seed) for seed in range(10)], ignore_index=True)
    case = Case(pools=[StoredPool("big", "Big tape", loans)])
    assert _round_trip(case, tmp_path) == case


# --- property: random frames and random small cases ---------------------------------------

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=6)
_json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.floats(allow_nan=False) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)
_moments = {"min_value": datetime(1900, 1, 1), "max_value": datetime(2200, 1, 1)}
_zones = st.sampled_from([UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5))])


@st.composite
def _columns(draw: st.DrawFn, rows: int) -> pd.Series:
    def cells(values: st.SearchStrategy) -> list:
        return draw(st.lists(values, min_size=rows, max_size=rows))

    kind = draw(st.sampled_from(range(10)))
    if kind == 0:
        return pd.Series(cells(st.floats()), dtype="float64")
    if kind == 1:
        return pd.Series(cells(st.integers(-(2**63), 2**63 - 1)), dtype="int64")
    if kind == 2:
        return pd.Series(cells(st.booleans()), dtype="bool")
    if kind == 3:
        return pd.Series(cells(st.none() | _text), dtype=draw(st.sampled_from(["str", "string"])))
    if kind == 4:
        labels = draw(st.lists(_text, min_size=1, max_size=4, unique=True))
        values = cells(st.none() | st.sampled_from(labels))
        return pd.Series(pd.Categorical(values, categories=labels, ordered=draw(st.booleans())))
    if kind == 5:
        return pd.Series(cells(st.none() | st.integers(-(2**63), 2**63 - 1)), dtype="Int64")
    if kind == 6:
        return pd.Series(cells(st.none() | st.booleans()), dtype="boolean")
    if kind == 7:
        values = cells(st.none() | st.datetimes(**_moments, timezones=_zones))
        return pd.Series(pd.to_datetime(values, utc=True)).dt.tz_convert("Asia/Tokyo")
    if kind == 8:
        unit = draw(st.sampled_from(["s", "ms", "us", "ns"]))
        values = pd.to_datetime(cells(st.none() | st.datetimes(**_moments)))
        return pd.Series(values).astype(f"datetime64[{unit}]")
    return pd.Series(cells(st.none() | st.booleans() | st.integers() | _text), dtype=object)


@st.composite
def _frames(draw: st.DrawFn) -> pd.DataFrame:
    rows = draw(st.integers(0, 6))
    labels = draw(st.lists(st.sampled_from(["a", "A", "b", "_row", "", "日付"]), max_size=5))
    columns = [draw(_columns(rows)) for _ in labels]
    frame = pd.concat(columns, axis=1) if columns else pd.DataFrame(index=range(rows))
    frame.columns = pd.Index(labels, dtype="str")
    return frame


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frame=_frames())
def test_any_frame_round_trips(frame: pd.DataFrame) -> None:
    case = Case(pools=[StoredPool("p", "p", frame)])
    with tempfile.TemporaryDirectory() as folder:
        loaded = _round_trip(case, Path(folder)).pools[0].loans
    pd.testing.assert_frame_equal(loaded, frame, check_exact=True, check_column_type=False)


@st.composite
def _groups(draw: st.DrawFn) -> list[Entity]:
    """Entities that keep the document's rules (the loader refuses others): unique ids, a
    tree under the first, known roles and sectors, codes of letters, ownership 0–100 %;
    names, ids and inputs are any text."""
    ids = draw(st.lists(_text, max_size=3, unique=True))
    entities: list[Entity] = []
    for number, entity_id in enumerate(ids):
        parent = draw(st.sampled_from(entities)) if number else None
        under_party = parent is not None and parent.role not in GROUP_ROLES
        entities.append(
            Entity(
                entity_id,
                draw(_text.filter(str.strip)),
                draw(st.sampled_from(PARTY_ROLES if under_party else ROLES)),
                draw(st.sampled_from(SECTORS)),
                draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3)),
                draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3)),
                None if parent is None else parent.id,
                draw(st.none() | st.floats(0, 100)),
                draw(st.dictionaries(_text, _json_value, max_size=3)),
                draw(st.dictionaries(_text, st.floats(allow_nan=False), max_size=3)),
            )
        )
    return entities


@settings(max_examples=40, deadline=None)
@given(
    entities=_groups(),
    audit=st.lists(
        st.builds(AuditEntry, timestamp=st.datetimes(timezones=_zones), user=_text, action=_text),
        max_size=3,
    ),
    rulebook=_text,
)
def test_any_small_case_round_trips(
    entities: list[Entity], audit: list[AuditEntry], rulebook: str
) -> None:
    case = Case(entities=entities, audit=audit, rulebook_version=rulebook)
    with tempfile.TemporaryDirectory() as folder:
        assert _round_trip(case, Path(folder)) == case


def test_nan_and_none_stay_apart_in_mixed_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame({"raw": pd.Series([np.nan, None, "x"], dtype=object)})
    loaded = _round_trip(Case(pools=[StoredPool("p", "p", frame)]), tmp_path).pools[0].loans
    assert loaded["raw"].iloc[1] is None and np.isnan(loaded["raw"].iloc[0])
