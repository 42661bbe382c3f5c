"""The demo case: a complete fictional group and RMBS that survives a save and reopen."""

from __future__ import annotations

import tomllib

import pandas as pd
import pytest

import jcr_desk
from jcr_desk.case import demo as demo_module
from jcr_desk.case import load_case, save_case
from jcr_desk.case.demo import build_demo_case, ensure_user_demo, write_demo
from jcr_desk.case.edits.scenario_commands import ApplyStaticBaseCase
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.paths import resources_dir, user_data_dir
from jcr_desk.pool.synthetic import generate_loans

GROUP_ROLES = {"holding", "intermediate_holding", "core", "group_company"}
#: The rule paths the demo group shows. F0, F1, F3, F4, F6, F7 (one holding shows one row)
#: and the industrial-holding rule (not part of a financial group) are covered by the
#: engine's unit tests instead.
DEMO_RULE_IDS = {
    "F2",  # the holding company: SPE indicated, few restrictions, GCW A or higher
    "F5",  # the intermediate holding company supported through its parent
    "G-TOPDOWN",  # core bank (0), trust bank (high), securities (moderate)
    "G-WIDEN",  # securities: SCW far below GCW
    "G-BOTTOMUP",  # card company of low importance
    "G-INTEGRATION",  # regional bank from a management integration
    "H-DLR",  # the holding company's issue rating with its double leverage
    "C-CEILING",  # the overseas bank rated in foreign currency
}


@pytest.fixture(scope="module")
def case():
    return build_demo_case(loans=250, seed=7)


def test_group_has_eight_entities_under_one_top_parent(case):
    group = [e for e in case.entities if e.role in GROUP_ROLES]
    assert len(group) == 8
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
    classes = structure.ordered()
    assert [c.rank for c in classes] == [1, 2, 3]
    assert sum(c.balance for c in classes) == pool.loans["current_balance"].sum()
    assert classes[0].balance / structure.notes_total == pytest.approx(0.93, abs=1e-3)
    assert all(c.balance > 0 for c in classes)
    servicer = case.entity(structure.servicer_id)
    assert servicer.role == "core"
    assert case.entity(structure.issuer_id).role == "spv"
    assert structure.payment == "sequential"
    assert structure.clean_up_call is None
    assert scenario.assumptions.target_ratings == ("AAA", "AA", "A", "BBB")
    assert scenario.assumptions.illustrative is True
    final = pd.Timestamp(structure.legal_final_maturity)
    assert final > pool.loans["maturity_date"].max()


def test_versions_and_audit(case):
    assert case.app_version == jcr_desk.__version__
    manifest = resources_dir() / "methodology" / "rulebook.toml"
    expected = tomllib.loads(manifest.read_text("utf-8"))["version"] if manifest.exists() else ""
    assert case.rulebook_version == expected
    assert [entry.action for entry in case.audit] == [
        "demo case created",
        "decision recorded",
        "override recorded",
        "decision recorded",
    ]


def test_write_demo_round_trips(tmp_path):
    files = write_demo(tmp_path / "out", loans=60, seed=9)
    assert files.case_path.exists() and files.tape_path.exists() and files.tape_ja_path.exists()
    loaded = load_case(files.case_path)
    pool, generated = loaded.pools[0], generate_loans(60, seed=9)
    # The pool is the English tape imported as the Pool tab would: same loans and amounts,
    # each with its Excel row, and the tape's provenance.
    assert pool.loans["loan_id"].tolist() == generated["loan_id"].tolist()
    assert pool.loans["current_balance"].tolist() == generated["current_balance"].tolist()
    assert pool.loans["excel_row"].tolist() == list(range(5, 65))
    assert pool.source["file"] == files.tape_path.name and len(pool.source["sha256"]) == 64
    assert all(problem["severity"] != "error" for problem in pool.report)
    assert loaded.scenarios[0].pool_id == pool.id
    assert len(loaded.scenarios[0].structure.classes) == 3
    assert loaded.scenarios[0].structure == load_case(files.case_path).scenarios[0].structure
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


# --- the group's guidelines: every rule path of METHODOLOGY §2-§5 the demo can show ----------


@pytest.fixture(scope="module")
def guidelines(case):
    return {entity.id: evaluate_entity(case, entity.id) for entity in case.entities}


def _by_key(case, name_part: str):
    return next(e for e in case.entities if name_part in e.name)


def test_every_rule_path_is_shown(case, guidelines):
    rule_ids = {
        step.rule_id
        for result in guidelines.values()
        for guideline in (result.long_term, result.issue)
        if guideline is not None
        for step in guideline.steps
    }
    assert rule_ids >= DEMO_RULE_IDS, DEMO_RULE_IDS - rule_ids


def test_every_group_entity_has_a_proposal(case, guidelines):
    for entity in case.entities:
        result = guidelines[entity.id]
        if entity.role in GROUP_ROLES:
            assert result.long_term.proposed is not None, entity.name
            assert not result.long_term.needs_judgement, entity.name
            assert result.short_term is not None
        else:
            assert result.long_term is None and result.rule_title == ""


def test_demo_ratings_follow_the_hand_worked_guidelines(case, guidelines):
    expected = {
        "Financial Group": "A+",  # F2: SPE, few restrictions, GCW A or higher, no cash-flow issue
        "Regional Holdings": "A+",  # F5: supported through the parent despite its cash flow
        "Mitsukaze Bank, Ltd.": "A+",  # core: GCW
        "Trust & Banking": "A",  # high: 1 notch
        "Securities": "BBB+",  # moderate 2 + widening 1 (SCW BBB, 4 below A+)
        "Card": "BBB-",  # bottom-up: SCW BB+ plus 1
        "北陸三風銀行": "A",  # integration insufficient: about 1 notch
        "Vietnam": "BBB-",  # high 1 + widening 1 = A-, capped by the Viet Nam ceiling
    }
    for name_part, rating in expected.items():
        entity = _by_key(case, name_part)
        assert str(guidelines[entity.id].long_term.proposed) == rating, name_part
    overseas = _by_key(case, "Vietnam")
    assert (overseas.country, overseas.currency) == ("VN", "VND")
    assert guidelines[overseas.id].long_term.steps[-1].rule_id == "C-CEILING"


def test_demo_decisions_accept_and_override_with_a_snapshot(case, guidelines):
    assert len(case.decisions) == 3
    accepted, override, issue = case.decisions
    holding = _by_key(case, "Financial Group")
    assert (accepted.entity_id, accepted.item, accepted.is_override) == (
        holding.id,
        "long_term",
        False,
    )
    assert accepted.rating == str(guidelines[holding.id].long_term.proposed)
    assert accepted.guideline.items() >= guidelines[holding.id].long_term.to_dict().items()
    securities = _by_key(case, "Securities")
    assert override.entity_id == securities.id and override.is_override
    assert override.guideline_rating == "BBB+" and override.rating == "BBB"
    assert override.reason and override.analyst in case.committee.analysts
    assert override.guideline.items() >= guidelines[securities.id].long_term.to_dict().items()
    assert (issue.entity_id, issue.item, issue.is_override) == (holding.id, "issue", False)
    assert issue.rating == str(guidelines[holding.id].issue.proposed)


def test_decisions_survive_a_save_and_reopen(case, tmp_path):
    save_case(case, tmp_path / "demo.jcrcase")
    assert load_case(tmp_path / "demo.jcrcase").decisions == case.decisions


def test_written_demo_holds_a_current_stress_result_and_its_static_data(tmp_path):
    from jcr_desk.case.services.static_base_case import propose_static_base_case
    from jcr_desk.case.services.stress_run import scenario_inputs_hash

    files = write_demo(tmp_path / "out", loans=80, seed=4)
    case = load_case(files.case_path)
    scenario = case.scenarios[0]
    (result,) = case.results
    assert result.scenario_id == scenario.id
    assert result.inputs_hash == scenario_inputs_hash(case, scenario)
    assert [line.rating for line in result.result.ratings] == ["AAA", "AA", "A", "BBB"]
    proposal = propose_static_base_case(case, scenario.id, files.static_path)
    # The sample vintages are drawn around the demo's base case.
    assert proposal.base_case.mean == pytest.approx(
        scenario.assumptions.base_default_rate, rel=0.5
    )
    command = ApplyStaticBaseCase.from_proposal(proposal)
    command.check(case)
    command.redo(case)
    assert scenario.assumptions.base_case_source["kind"] == "static_data"
    assert sum(scenario.assumptions.timing_curve) == pytest.approx(1.0)
    assert proposal.seasoning_months > 0


def test_static_data_can_start_a_new_scenarios_base_case(tmp_path):
    from jcr_desk.case.edits.scenario_set_commands import AddScenario, new_scenario
    from jcr_desk.case.services.static_base_case import propose_static_base_case

    files = write_demo(tmp_path / "out", loans=60, seed=4)
    case = load_case(files.case_path)
    scenario = new_scenario(case, "From the vintages")
    AddScenario(scenario).redo(case)
    assert scenario.assumptions.base_default_rate is None  # what static data is for
    proposal = propose_static_base_case(case, scenario.id, files.static_path)
    command = ApplyStaticBaseCase.from_proposal(proposal)
    command.check(case)
    command.redo(case)
    added = next(s for s in case.scenarios if s.id == scenario.id)
    assert added.assumptions.base_default_rate == proposal.base_case.mean


def test_opening_the_existing_user_demo_loads_no_writer(small_user_demo, tmp_path):
    """Every start of the window asks for the demo: when it is there, reading it must not
    load the tape and workbook writers, the tape reader or the stress engine (about half a
    second of a start)."""
    import os
    import subprocess
    import sys

    ensure_user_demo()
    writers = ["openpyxl", "python_calamine", "jcr_desk.structured.rmbs.engine"]
    code = (
        "import sys\nfrom jcr_desk.case.demo import ensure_user_demo\nensure_user_demo()\n"
        f"print(','.join(m for m in {writers!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ), check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
