"""The canonical schema: every pool column defined once, with aliases that cannot collide."""

from __future__ import annotations

import pytest

from jcr_desk.pool import schema as schema_module
from jcr_desk.pool.schema import KINDS, eras, field_spec, header_stem, normalise, schema
from jcr_desk.pool.synthetic import COLUMNS, generate_loans
from jcr_desk.pool.tape_writer import tape_layout


def test_schema_has_exactly_the_pool_columns_in_order():
    assert tuple(spec.name for spec in schema()) == COLUMNS


def test_every_field_has_a_known_kind_label_and_english_and_japanese_aliases():
    for spec in schema():
        assert spec.kind in KINDS
        assert spec.label
        assert any(alias.isascii() for alias in spec.aliases[1:]), spec.name
        assert any(not alias.isascii() for alias in spec.aliases), spec.name


def test_required_fields_are_the_ones_analysis_cannot_do_without():
    required = {spec.name for spec in schema() if spec.required}
    assert required == {
        "loan_id",
        "current_balance",
        "interest_rate",
        "origination_date",
        "maturity_date",
    }
    assert not field_spec("remaining_term_months").required  # derived from the dates


def test_ranges_follow_the_issue_rules_in_canonical_units():
    assert (field_spec("interest_rate").minimum, field_spec("interest_rate").maximum) == (0, 0.20)
    assert (field_spec("ltv").minimum, field_spec("ltv").maximum) == (0, 2.0)
    assert field_spec("current_balance").unit == "yen"
    assert field_spec("interest_rate").unit == "fraction"


def test_category_codes_are_the_synthetic_pools_codes():
    loans = generate_loans(300, seed=5)
    for spec in schema():
        if spec.kind == "category":
            assert set(loans[spec.name].cat.categories) <= set(spec.categories), spec.name


def test_tape_writer_code_texts_are_known_spellings():
    codes = tape_layout()["codes"]
    for column in ("rate_type", "repayment_type", "employment_type", "loan_purpose"):
        spec = field_spec(column)
        for code, texts in codes[column].items():
            assert set(texts.values()) <= set(spec.categories[code]), (column, code)
    assert len(field_spec("prefecture").categories) == 47


def test_unknown_field_names_the_known_ones():
    with pytest.raises(KeyError, match="loan_id"):
        field_spec("no_such_field")


def test_normalise_ignores_width_case_spaces_and_punctuation():
    assert normalise("Loan  No.") == normalise("ｌｏａｎ＿ｎｏ") == "loanno"
    assert header_stem("残高（円）") == header_stem("残高") == "残高"
    assert header_stem("Interest Rate (%)") == "interestrate"


def test_eras_are_oldest_first_with_their_letters():
    assert [era.letter for era in eras()] == ["M", "T", "S", "H", "R"]
    assert eras()[-1].start.isoformat() == "2019-05-01"


def test_alias_shared_by_two_fields_is_refused(monkeypatch):
    settings = schema_module._settings()
    broken = {**settings, "fields": [dict(entry) for entry in settings["fields"]]}
    broken["fields"][1]["aliases"] = [*broken["fields"][1]["aliases"], "Loan No"]
    monkeypatch.setattr(schema_module, "_settings", lambda kind="loans": broken)
    schema_module.schema.cache_clear()
    try:
        with pytest.raises(ValueError, match="Loan No"):
            schema_module.schema()
    finally:
        monkeypatch.undo()
        schema_module.schema.cache_clear()
