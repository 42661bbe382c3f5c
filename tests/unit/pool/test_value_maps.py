"""Value maps: an originator's own codes, saved with its profile, read before the aliases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from jcr_desk.pool.mapping import (
    MappingProfile,
    apply_profile,
    auto_map,
    load_profiles,
    read_profile,
    save_profile,
)
from jcr_desk.pool.reader import read_sheet
from jcr_desk.pool.schema import field_spec
from jcr_desk.pool.synthetic import generate_loans
from jcr_desk.pool.tape import read_tape
from jcr_desk.pool.value_maps import unknown_category_values
from jcr_desk.pool.values import parse_categories
from tests.unit.pool.coded_tapes import RATE_CODES, write_coded_tape

RATE_MAP = {text: code for code, text in RATE_CODES.items()}
RATE_CODE_LIST = "fixed, variable, fixed_period_selective"


# -- profiles ---------------------------------------------------------------------------------


def test_profile_with_value_maps_survives_a_round_trip(tmp_path):
    profile = MappingProfile(
        "Sakura",
        {"loan_id": "No", "rate_type": "金利"},
        {},
        {"rate_type": RATE_MAP, "employment_type": {"01": "salaried"}},
    )
    save_profile(profile, tmp_path)
    assert load_profiles(tmp_path) == [profile]


def test_a_profile_saved_before_value_maps_loads_without_any(tmp_path):
    old = {"name": "Old bank", "columns": {"loan_id": "No"}, "units": {}}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    [profile] = load_profiles(tmp_path)
    assert profile.values == {}
    assert profile.to_dict() == {**old, "values": {}, "cut_off_rule": "title", "kind": "loans"}


def test_a_value_map_naming_no_code_of_its_field_is_refused_with_the_codes():
    with pytest.raises(ValueError, match="value map of rate_type") as caught:
        MappingProfile("x", {}, values={"rate_type": {"1": "fixed", "9": "floating"}})
    message = str(caught.value)
    assert "'9'" in message and "'floating'" in message
    assert f"(codes: {RATE_CODE_LIST})" in message


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"loan_id": {"1": "fixed"}}, "loan_id is not a category field"),
        ({"rate_kind": {"1": "fixed"}}, "'rate_kind': no pool field has that name"),
        ({"rate_type": "fixed"}, "each value map must be a table"),
    ],
)
def test_damaged_value_maps_in_a_file_name_the_file_and_are_skipped(
    tmp_path, caplog, values, expected
):
    data = {"name": "Bad", "columns": {}, "values": values}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=expected) as caught:
        read_profile(path)
    assert str(caught.value).startswith("mapping profile bad.json: ")
    assert load_profiles(tmp_path) == []
    assert "bad.json" in caplog.text


def test_applying_a_profile_carries_the_value_maps_of_mapped_fields():
    profile = MappingProfile(
        "x",
        {"loan_id": "No", "rate_type": "Kinri"},
        values={"rate_type": RATE_MAP, "loan_purpose": {"A": "investment_condominium"}},
    )
    mapping = apply_profile(profile, ["No", "Kinri"])
    assert mapping.values == {"rate_type": RATE_MAP}
    assert MappingProfile.from_mapping("x", mapping).values == {"rate_type": RATE_MAP}
    assert auto_map(["No", "Rate Type"]).values == {}


# -- parsing ----------------------------------------------------------------------------------


def test_a_value_map_reads_the_originators_codes_as_written():
    cells = ["1", 2.0, "３", " 1 ", None, "固定", "4"]
    values, bad = parse_categories(cells, field_spec("rate_type"), RATE_MAP)
    assert values.tolist()[:4] == ["fixed", "variable", "fixed_period_selective", "fixed"]
    assert values.tolist()[5] == "fixed"  # the schema's spellings still work beside the map
    assert values.isna().tolist() == [False] * 4 + [True, False, True]
    assert bad.tolist() == [False] * 6 + [True]


def test_the_value_map_is_read_before_the_schemas_spellings():
    # An originator whose "Fixed" column really means its fixed-period product.
    mapped = {"Fixed": "fixed_period_selective"}
    values, bad = parse_categories(["FIXED", "Variable"], field_spec("rate_type"), mapped)
    assert values.tolist() == ["fixed_period_selective", "variable"]
    assert not bad.any()


def test_without_a_value_map_the_codes_are_unknown():
    _values, bad = parse_categories(["1", "2"], field_spec("rate_type"))
    assert bad.tolist() == [True, True]


def test_parse_categories_refuses_a_map_entry_naming_no_code():
    with pytest.raises(ValueError) as caught:
        parse_categories(["F"], field_spec("rate_type"), {"F": "Fixed"})
    assert str(caught.value) == (
        "value map of rate_type: 'F' is mapped to 'Fixed', which is not a code of rate_type "
        f"(codes: {RATE_CODE_LIST})"
    )


# -- finding the unrecognised values ---------------------------------------------------------


@pytest.fixture(scope="module")
def coded_tape(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """A 40-loan demo tape whose rate types openpyxl rewrote as "1"/"2"/"3"."""
    loans = generate_loans(40, seed=7)
    path = write_coded_tape(loans, tmp_path_factory.mktemp("coded") / "coded.xlsx")
    counts = loans["rate_type"].astype(str).value_counts()
    return path, {RATE_CODES[code]: int(n) for code, n in counts.items()}


def test_unknown_values_of_a_coded_tape_are_counted_most_frequent_first(coded_tape):
    path, counts = coded_tape
    raw = read_sheet(path)
    unknown = unknown_category_values(raw, auto_map(raw.headers))
    assert list(unknown) == ["rate_type"]
    assert unknown["rate_type"] == sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    assert sum(n for _text, n in unknown["rate_type"]) == 40


def test_a_mapped_value_is_no_longer_unknown(coded_tape):
    path, counts = coded_tape
    raw = read_sheet(path)
    mapping = auto_map(raw.headers)
    mapping.values = {"rate_type": {"1": "fixed", "2": "variable"}}
    assert unknown_category_values(raw, mapping) == {"rate_type": [("3", counts["3"])]}
    mapping.values["rate_type"]["3"] = "fixed_period_selective"
    assert unknown_category_values(raw, mapping) == {}


def test_spellings_of_one_value_are_one_row_and_excel_errors_are_not_offered(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Loan No", "Rate Type", "Employment Type"])
    rows = [
        ("L1", "F", "01"),
        ("L2", "ｆ", "01"),
        ("L3", "f", "02"),
        ("L4", "V", "Salaried"),
        ("L5", "#N/A", 1),
        ("L6", None, "1"),
        ("L7", "f", None),
    ]
    for row in rows:
        sheet.append(row)
    path = tmp_path / "codes.xlsx"
    book.save(path)
    raw = read_sheet(path)
    unknown = unknown_category_values(raw, auto_map(raw.headers))
    assert unknown == {
        # "F", "ｆ" and "f" are one value, shown as written most; "#N/A" is a broken cell.
        "rate_type": [("f", 4), ("V", 1)],
        "employment_type": [("01", 2), ("1", 2), ("02", 1)],
    }


def test_read_tape_applies_the_profiles_value_maps(coded_tape):
    path, counts = coded_tape
    plain = read_tape(path)
    assert {p.rule for p in plain.problems if p.severity == "error"} == {"unknown_category"}
    assert len(plain.error_rows) == 40

    profile = MappingProfile.from_mapping("Originator R", plain.mapping)
    profile.values = {"rate_type": RATE_MAP}
    tape = read_tape(path, profile=profile)
    assert tape.error_rows == set()
    assert tape.loans["rate_type"].value_counts().to_dict() == {
        RATE_MAP[text]: n for text, n in counts.items()
    }
