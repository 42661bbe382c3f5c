"""The demo case: a complete fictional group and RMBS that survives a save and reopen."""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

import jcr_desk
from jcr_desk.case import demo as demo_module
from jcr_desk.case import load_case
from jcr_desk.case.demo import build_demo_case, ensure_user_demo, write_demo
from jcr_desk.paths import resources_dir, user_data_dir
from jcr_desk.pool.synthetic import generate_loans

GROUP_ROLES = {"holding", "core", "group_company"}


@pytest.fixture(scope="module")
def case():
    return build_demo_case(loans=250, seed=7)


def test_group_has_five_entities_under_one_top_parent(case):
    group = [e for e in case.entities if e.role in GROUP_ROLES]
    assert len(group) == 5
    ids = {e.id for e in case.entities}
    assert len(ids) == len(case.entities)
    tops = [e for e in group if e.parent_id is None]
    assert [e.role for e in tops] == ["holding"]
    for entity in group:
        if entity.parent_id is not None:
            assert entity.parent_id in ids
            assert 0 < entity.ownership_pct <= 100
    assert case.committee.issuer == tops[0].name
    assert {e.sector for e in group} >= {"bank", "trust_bank", "securities", "card_nonbank"}


def test_holding_inputs_give_a_double_leverage_near_1_1(case):
    holding = next(e for e in case.entities if e.role == "holding")
    assert holding.inputs["gcw"] == "A+"
    ratio = holding.financials["investments_in_subsidiaries"] / holding.financials["equity"]
    assert ratio == pytest.approx(1.1, abs=0.05)


def test_committee_countries_and_history(case):
    committee = case.committee
    assert len(committee.analysts) == 2 and len(committee.members) == 3
    assert committee.committee_date is not None and committee.rationale
    assert {c.code for c in case.countries} >= {"JP", "US"}
    assert len(case.countries) == 3
    assert {entry.issue for entry in case.history} >= {"Long-term issuer rating"}
    assert all(entry.issuer == committee.issuer for entry in case.history)


def test_pool_has_the_requested_loans_and_its_source(case):
    pool = case.pools[0]
    assert len(pool.loans) == 250
    assert pool.source["seed"] == 7 and pool.source["loans"] == 250
    assert pool.source["as_of"] == "2026-09-30"
    pd.testing.assert_frame_equal(pool.loans, generate_loans(250, seed=7))


def test_scenario_has_three_tranches_that_add_up_to_the_pool(case):
    scenario = case.scenarios[0]
    pool = case.pools[0]
    structure = scenario.structure
    assert scenario.pool_id == pool.id
    tranches = structure["tranches"]
    assert [t["rank"] for t in tranches] == [1, 2, 3]
    assert sum(t["balance"] for t in tranches) == pool.loans["current_balance"].sum()
    assert tranches[0]["share"] == pytest.approx(0.88)
    assert all(t["balance"] > 0 for t in tranches)
    servicer = case.entity(structure["servicer_id"])
    assert servicer.role == "core"
    assert case.entity(structure["issuer_id"]).role == "spv"
    assert structure["payment"] == "sequential"
    assert scenario.assumptions["target_ratings"] == ["AAA", "AA", "A", "BBB"]
    assert scenario.assumptions["illustrative"] is True
    final = pd.Timestamp(structure["legal_final_maturity"])
    assert final > pool.loans["maturity_date"].max()


def test_versions_and_audit(case):
    assert case.app_version == jcr_desk.__version__
    manifest = resources_dir() / "methodology" / "rulebook.toml"
    expected = tomllib.loads(manifest.read_text("utf-8"))["version"] if manifest.exists() else ""
    assert case.rulebook_version == expected
    assert [entry.action for entry in case.audit] == ["demo case created"]


def test_write_demo_round_trips(tmp_path):
    files = write_demo(tmp_path / "out", loans=60, seed=9)
    assert files.case_path.exists() and files.tape_path.exists() and files.tape_ja_path.exists()
    loaded = load_case(files.case_path)
    pd.testing.assert_frame_equal(loaded.pools[0].loans, generate_loans(60, seed=9))
    assert len(loaded.scenarios[0].structure["tranches"]) == 3
    english = pd.read_excel(files.tape_path, engine="calamine", header=3)
    japanese = pd.read_excel(files.tape_ja_path, engine="calamine", header=3)
    assert len(english) == len(japanese) == 61  # the loans and the totals row
    assert english.iloc[:60, 0].tolist() == japanese.iloc[:60, 0].tolist()


@pytest.fixture
def small_user_demo(monkeypatch):
    """Keep ensure_user_demo quick: a small pool instead of the full demo."""
    full = demo_module.write_demo
    monkeypatch.setattr(demo_module, "write_demo", lambda folder: full(folder, loans=30))


def test_user_demo_is_written_once(small_user_demo):
    path = ensure_user_demo()
    assert path.parent == user_data_dir() / "demo"
    stamp = path.stat().st_mtime_ns
    assert ensure_user_demo() == path
    assert path.stat().st_mtime_ns == stamp
    assert len(load_case(path).pools[0].loans) == 30


def test_user_demo_is_rewritten_when_damaged(small_user_demo):
    path = ensure_user_demo()
    path.write_bytes(b"not a case file")
    assert ensure_user_demo() == path
    assert load_case(path).committee.case_name
