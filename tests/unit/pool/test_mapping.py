"""Column mapping: aliases find every field of the tapes we write; profiles survive a round trip."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from jcr_desk.pool.mapping import (
    PROFILE_FOLDER,
    ColumnMapping,
    MappingProfile,
    apply_profile,
    auto_map,
    load_profiles,
    save_profile,
)
from jcr_desk.pool.synthetic import COLUMNS, generate_loans
from jcr_desk.pool.tape_writer import HEADER_ROW, tape_headers, write_tape_xlsx


@pytest.fixture(scope="module", params=["en", "ja"])
def written_tape(request, tmp_path_factory) -> list[str]:
    """Headers of a tape written by the tape writer, read back with calamine."""
    path = tmp_path_factory.mktemp("map") / f"tape_{request.param}.xlsx"
    write_tape_xlsx(generate_loans(60, seed=8), path, request.param)
    cells = pd.read_excel(
        path, engine="calamine", header=None, skiprows=HEADER_ROW - 1, dtype=object
    )
    return [str(h) for h in cells.iloc[0]]


def test_every_field_of_a_written_tape_is_found(written_tape):
    headers = written_tape
    mapping = auto_map(headers)
    assert set(mapping.columns) == set(COLUMNS)
    assert mapping.unmapped == []
    assert mapping.missing_required() == []
    for name, index in mapping.columns.items():
        assert mapping.header_of(name) == headers[index]


def test_written_tape_columns_map_to_their_own_fields():
    for language in ("en", "ja"):
        headers = list(tape_headers(language).values())
        mapping = auto_map(headers)
        assert mapping.columns == {key: i for i, key in enumerate(tape_headers(language))}


def test_other_spellings_map_and_unknown_headers_stay_unmapped():
    headers = [
        "ｌｏａｎ　ＮＯ",
        "貸出残高（千円）",
        "適用金利(%)",
        "Memo",
        None,
        "実行年月日",
        "Balance",
    ]
    mapping = auto_map(headers)
    assert mapping.columns == {
        "loan_id": 0,
        "current_balance": 1,
        "interest_rate": 2,
        "origination_date": 5,
    }
    assert mapping.unmapped == ["Memo", "", "Balance"]  # the second balance column loses
    assert mapping.missing_required() == ["maturity_date"]


def test_profile_round_trip_and_reuse(tmp_path):
    headers = ["No.", "Bal (k)", "Coupon", "Start", "End", "Notes"]
    corrected = ColumnMapping(
        {
            "loan_id": 0,
            "current_balance": 1,
            "interest_rate": 2,
            "origination_date": 3,
            "maturity_date": 4,
        },
        headers,
        {"current_balance": "thousand_yen", "interest_rate": "percent"},
        ["Notes"],
    )
    profile = MappingProfile.from_mapping("さくら銀行 / Sakura: 2026", corrected)
    path = save_profile(profile, tmp_path)
    assert path.parent == tmp_path and path.suffix == ".json"
    assert "/" not in path.stem and ":" not in path.stem
    assert load_profiles(tmp_path) == [profile]

    next_month = ["Notes", "no", "BAL (K)", "Coupon", "Start", "End", "Extra"]
    mapping = apply_profile(profile, next_month)
    assert mapping.columns == {
        "loan_id": 1,
        "current_balance": 2,
        "interest_rate": 3,
        "origination_date": 4,
        "maturity_date": 5,
    }
    assert mapping.unmapped == ["Notes", "Extra"]


def test_profile_header_missing_from_the_sheet_leaves_the_field_unmapped():
    profile = MappingProfile("x", {"loan_id": "No.", "current_balance": "Bal"}, {})
    mapping = apply_profile(profile, ["No."])
    assert mapping.columns == {"loan_id": 0}
    assert "current_balance" in mapping.missing_required()


def test_saving_again_replaces_the_profile(tmp_path):
    save_profile(MappingProfile("Sakura", {"loan_id": "A"}), tmp_path)
    save_profile(MappingProfile("Sakura", {"loan_id": "B"}), tmp_path)
    assert [p.columns for p in load_profiles(tmp_path)] == [{"loan_id": "B"}]


def test_damaged_profile_files_are_skipped(tmp_path, caplog):
    save_profile(MappingProfile("Good", {"loan_id": "No"}), tmp_path)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "wrong.json").write_text(json.dumps([1, 2]), encoding="utf-8")
    (tmp_path / "nameless.json").write_text(json.dumps({"columns": {}}), encoding="utf-8")
    assert [p.name for p in load_profiles(tmp_path)] == ["Good"]
    assert "broken.json" in caplog.text


def test_default_profile_folder_is_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JCR_DESK_HOME", str(tmp_path))
    path = save_profile(MappingProfile("Sakura", {"loan_id": "No"}))
    assert path.parent == tmp_path / PROFILE_FOLDER
    assert [p.name for p in load_profiles()] == ["Sakura"]
