"""Every edit refusal reads in Japanese to a Japanese analyst and stays English in the logs.

Issue 21: an ``EditRefused`` raised as an English f-string showed a Japanese analyst an
English "Edit refused" dialog. Each refusal below is triggered as an analyst (or the CLI)
would; under Japanese its sentence has no English words left, the numbers, ranges, names and
values it quotes are still in it, and ``str(error)`` is the English the audit log and the
existing tests read, word for word.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from jcr_desk import i18n
from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import (
    Case,
    CommitteeInfo,
    Country,
    DisclosureInfo,
    Entity,
    RatingHistoryEntry,
    Scenario,
    StoredPool,
)
from jcr_desk.case.edits.abcp_commands import (
    AddProgram,
    AdjustFactor,
    AnswerCheck,
    EditProgramTerms,
    ImportHistory,
    ImportReceivables,
    RemoveProgram,
    SetStressChoice,
)
from jcr_desk.case.edits.class_fit_commands import RefitClasses, refitted
from jcr_desk.case.edits.commands import SetCommitteeInfo
from jcr_desk.case.edits.committee_commands import (
    RecordCommitteeResult,
    SetDisclosureInfo,
    SetHistory,
    SetItemInputs,
    SetRationale,
)
from jcr_desk.case.edits.decision_commands import ClearDecision, RecordDecision
from jcr_desk.case.edits.group_commands import (
    AddCountry,
    AddEntity,
    MoveEntity,
    RemoveCountry,
    RemoveEntity,
    SetCountryFields,
    SetEntityFields,
    SetEntityInputs,
)
from jcr_desk.case.edits.mechanism_commands import RecordConcentrationDecision, SetMechanism
from jcr_desk.case.edits.pool_commands import ADD, ImportPool
from jcr_desk.case.edits.scenario_commands import (
    AdjustMultiplier,
    ApplyStaticBaseCase,
    EditClasses,
    SetAssumption,
    SetStructureOption,
)
from jcr_desk.case.edits.scenario_set_commands import (
    AddScenario,
    PromoteScenario,
    RemoveScenario,
    RenameScenario,
    copy_scenario,
)
from jcr_desk.case.services.rated_items import entity_item_key
from jcr_desk.structured.abcp.program import Party
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import (
    Answer,
    DealStructure,
    GuaranteeScheme,
    NoteClass,
    RentGuarantee,
)
from tests.gui.language_walk import english_words
from tests.unit.case.abcp_cases import program_case
from tests.unit.case.committee_cases import seed_000_case
from tests.unit.case.test_group_commands import group_case
from tests.unit.structured.abcp.programs import history_of

PROGRAM = "prog00000001"
LT_KEY = entity_item_key("jsf", "long_term")
_DEMO = build_demo_case(loans=40)
BASE = _DEMO.scenarios[0].name


def demo() -> Case:
    return _DEMO.snapshot()


def scenarios() -> Case:
    """The demo with a what-if beside the committee's scenario."""
    case = demo()
    case.scenarios.append(copy_scenario(case, sid(case), "What-if B"))
    return case


def sid(case: Case) -> str:
    return case.scenarios[0].id


def what_if(case: Case) -> str:
    return next(s.id for s in case.scenarios if s.what_if)


def fit_case() -> Case:
    """A ¥1,000 pool under Class A ¥900 and a ¥100 residual class, as in test_class_fit."""
    loans = pd.DataFrame({"loan_id": ["L0", "L1"], "current_balance": [600.0, 400.0]})
    structure = DealStructure(
        classes=(
            NoteClass("Class A", 1, 900.0, "fixed", 0.01),
            NoteClass("Seller", 2, 100.0, "residual"),
        ),
        sized_for_pool=1_000.0,
    )
    return Case(
        pools=[StoredPool("old", "pool old", loans)],
        scenarios=[Scenario("s1", "Base", "old", StressAssumptions(), structure)],
    )


def _pool(pool_id: str, balances: list[float]) -> StoredPool:
    loans = pd.DataFrame(
        {"loan_id": [f"L{i}" for i in range(len(balances))], "current_balance": balances}
    )
    return StoredPool(pool_id, f"pool {pool_id}", loans)


def _no_date(case: Case) -> Case:
    case.committee.committee_date = None
    return case


def _no_pool(case: Case) -> Case:
    case.pools.clear()
    return case


def _empty_receivables(case: Case) -> ImportReceivables:
    pool = case.programs[0].receivables
    empty = StoredPool(pool.id, pool.name, pool.loans.iloc[0:0])
    return ImportReceivables(PROGRAM, empty, "why")


def _empty_history(case: Case) -> ImportHistory:
    history = history_of([0.004], [0.002])
    return ImportHistory(PROGRAM, replace(history, frame=history.frame.iloc[0:0]), "why")


def _classes(case: Case, index: int, **changes: Any) -> list[dict]:
    rows = [c.to_dict() for c in case.scenarios[0].structure.ordered()]
    rows[index].update(changes)
    return rows


Make = Callable[[Case], Any]
#: (the case, what the analyst does, the English sentence the audit log and older tests read)
REFUSALS: list[Any] = [
    # -- case/document/group_rules.py (through the group commands) -------------------------
    pytest.param(
        group_case,
        lambda c: RemoveEntity("gone"),
        "That entity is no longer in the case.",
        id="group-entity-gone",
    ),
    pytest.param(
        group_case,
        lambda c: RemoveCountry("FR"),
        "There is no country 'FR' in the case.",
        id="group-no-country",
    ),
    pytest.param(
        group_case,
        lambda c: AddEntity(Entity("x", " ", "group_company", parent_id="h")),
        "An entity needs a name.",
        id="group-entity-name",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", ownership_pct="most"),
        "Ownership must be a percentage between 0 and 100.",
        id="group-ownership-kind",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", ownership_pct=120.5),
        "Ownership of 120.5 % is impossible: it must be from 0 to 100 %.",
        id="group-ownership-range",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", country="J P"),
        "The country must be a code of letters, such as JP or JPY.",
        id="group-country-code",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", currency="¥"),
        "The currency must be a code of letters, such as JP or JPY.",
        id="group-currency-code",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("b", {"sole": "AAAA"}),
        "'AAAA' is not a long-term rating, so it cannot be the sole creditworthiness.",
        id="group-input-rating",
    ),
    pytest.param(
        group_case,
        lambda c: SetCountryFields("US", country_ceiling="AAA+"),
        "'AAA+' is not a long-term rating, so it cannot be the country ceiling.",
        id="group-country-rating",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", role="boss"),
        "'boss' is not a role JCR Desk knows.",
        id="group-role",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", sector="farming"),
        "'farming' is not a sector JCR Desk knows.",
        id="group-sector",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("c", name="sneaky"),
        "'name' cannot be edited this way.",
        id="group-entity-field",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("h", {"gcw": "A"}, "financials"),
        "'gcw' is not a financial figure JCR Desk uses.",
        id="group-financial-key",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("h", {"equity": "lots"}, "financials"),
        "The equity capital must be an amount in yen.",
        id="group-financial-kind",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("h", {"investments_in_subsidiaries": -5e6}, "financials"),
        "The investments in subsidiaries takes ¥0 or more; ¥-5,000,000 is impossible.",
        id="group-financial-range",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("h", {"gcw": "A"}, "elsewhere"),
        "'elsewhere' is not a part of an entity.",
        id="group-target",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("b", {"control_sufficient": "yes"}),
        "The input controlling power sufficient is yes or no.",
        id="group-input-bool",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("b", {"size": "vast"}),
        "'vast' is not allowed for size relative to the group: choose one of small, normal, large.",
        id="group-input-choice",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityInputs("b", {"colour": "red"}),
        "'colour' is not an input of any rule JCR Desk applies.",
        id="group-input-key",
    ),
    pytest.param(
        group_case,
        lambda c: AddCountry(Country("KR", " ")),
        "A country needs a name.",
        id="group-country-name",
    ),
    pytest.param(
        group_case,
        lambda c: SetCountryFields("US", hard_currency="yes"),
        "Hard currency is yes or no.",
        id="group-hard-currency",
    ),
    pytest.param(
        group_case,
        lambda c: SetCountryFields("US", code="XX"),
        "'code' cannot be edited this way.",
        id="group-country-field",
    ),
    pytest.param(
        group_case,
        lambda c: MoveEntity("h", "c"),
        "An entity cannot be placed under itself or one of its own subsidiaries.",
        id="group-cycle",
    ),
    pytest.param(
        group_case,
        lambda c: MoveEntity("c", "s"),
        "A group company cannot sit under SPV, which is not a group member.",
        id="group-under-outsider",
    ),
    pytest.param(
        group_case,
        lambda c: MoveEntity("t", None),
        "The group already has a top parent (Holding); place this entity under a "
        "member of the group.",
        id="group-two-tops",
    ),
    pytest.param(
        group_case,
        lambda c: SetEntityFields("b", role="spv"),
        "Card is a group member under this entity, so it must stay a group member too.",
        id="group-members-below",
    ),
    # -- case/edits/group_commands.py ------------------------------------------------------
    pytest.param(
        group_case,
        lambda c: AddEntity(Entity("b", "Again", "group_company", parent_id="h")),
        "An entity with the same identifier is already in the case.",
        id="group_commands-same-id",
    ),
    pytest.param(
        group_case,
        lambda c: AddCountry(Country("jp", "Japan again")),
        "The case already has a country with the code JP.",
        id="group_commands-same-country",
    ),
    # -- case/edits/commands.py ------------------------------------------------------------
    pytest.param(
        demo,
        lambda c: SetCommitteeInfo(CommitteeInfo(case_name="  ")),
        "A case needs a name.",
        id="commands-case-name",
    ),
    # -- case/edits/committee_commands.py --------------------------------------------------
    pytest.param(
        seed_000_case,
        lambda c: SetRationale(c.committee.rationale),
        "The rationale is unchanged.",
        id="committee-rationale",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs("entity:gone:long_term", outlook="Stable"),
        "This rated item is no longer in the case.",
        id="committee-item-gone",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(entity_item_key("jsf", "short_term"), outlook="Stable"),
        "Only a long-term issuer rating carries an outlook.",
        id="committee-outlook-item",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(LT_KEY, maximum_yen=1e12),
        "Only a short-term (CP) rating has a programme maximum.",
        id="committee-maximum-item",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(entity_item_key("jsf", "short_term"), maximum_yen="lots"),
        "The CP maximum must be an amount in yen, not 'lots'.",
        id="committee-maximum-kind",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(entity_item_key("jsf", "short_term"), maximum_yen=-5e6),
        "The CP maximum must be more than ¥0 (got ¥-5,000,000).",
        id="committee-maximum-range",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(LT_KEY, action="withdrawal", action_reason="x"),
        "'withdrawal' is not a rating action (choose one of assignment, affirmation, "
        "upgrade, downgrade, outlook_change).",
        id="committee-action",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetItemInputs(LT_KEY, action="outlook_change"),
        "The case gives affirmation; choosing outlook change needs a written reason.",
        id="committee-action-reason",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetDisclosureInfo(DisclosureInfo(fee_payer="broker")),
        "'broker' is not a fee payer (choose issuer, underwriter, depositor, sponsor, other).",
        id="committee-fee-payer",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetHistory(
            [RatingHistoryEntry(" ", "CP", date(2021, 1, 1), "J-1")], "Edit history line"
        ),
        "History line 1: the issuer name is empty.",
        id="committee-history-issuer",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetHistory(
            [RatingHistoryEntry("JSF", " ", date(2021, 1, 1), "J-1")], "Edit history line"
        ),
        "History line 1: the issue name is empty.",
        id="committee-history-issue",
    ),
    pytest.param(
        seed_000_case,
        lambda c: SetHistory(
            [RatingHistoryEntry("JSF", "CP", date(2021, 1, 1), "J-9")], "Edit history line"
        ),
        "History line 1: 'J-9' is not a long-term or short-term rating.",
        id="committee-history-rating",
    ),
    pytest.param(
        lambda: _no_date(seed_000_case()),
        lambda c: RecordCommitteeResult(),
        "Enter the committee date first (Edit → Case details).",
        id="committee-result-date",
    ),
    # -- case/edits/decision_commands.py ---------------------------------------------------
    pytest.param(
        group_case,
        lambda c: RecordDecision("b", "mid_term", None, "A", "why", "Sato"),
        "There is no rated item called 'mid_term'.",
        id="decision-item",
    ),
    pytest.param(
        group_case,
        lambda c: RecordDecision("gone", "long_term", None, "A", "why", "Sato"),
        "The entity this decision is for is no longer in the case.",
        id="decision-entity-gone",
    ),
    pytest.param(
        group_case,
        lambda c: RecordDecision("b", "long_term", None, "J-1", "why", "Sato"),
        "'J-1' is not a rating on the long-term issuer rating scale.",
        id="decision-scale",
    ),
    pytest.param(
        group_case,
        lambda c: RecordDecision("b", "long_term", None, "A", "why", " "),
        "A decision needs the name of the analyst who records it.",
        id="decision-analyst",
    ),
    pytest.param(
        group_case,
        lambda c: RecordDecision("b", "long_term", None, "A", "", "Sato"),
        "The methodology leaves the long-term issuer rating to judgement, so "
        "recording A needs a written reason.",
        id="decision-judgement",
    ),
    pytest.param(
        group_case,
        lambda c: ClearDecision("h", "long_term"),
        "There is no recorded long-term issuer rating to clear.",
        id="decision-clear",
    ),
    # -- case/edits/pool_commands.py and class_fit_commands.py -----------------------------
    pytest.param(
        fit_case,
        lambda c: ImportPool(_pool("new", [])),
        "The tape has no loan without errors, so there is nothing to import; the "
        "validation report lists what to correct.",
        id="pool-empty",
    ),
    pytest.param(
        fit_case,
        lambda c: ImportPool(_pool("old", [5.0]), ADD),
        "A pool with the same identifier is already in the case.",
        id="pool-same-id",
    ),
    pytest.param(
        fit_case,
        lambda c: ImportPool(_pool("new", [5.0]), replacing="gone"),
        "The pool this import was to replace is no longer in the case.",
        id="pool-replaced-gone",
    ),
    pytest.param(
        fit_case,
        lambda c: ImportPool(_pool("new", [3_000.0]), classes="keep-amounts"),
        "Re-fitting the classes to the new pool is a recorded decision, so it needs "
        "a written reason.",
        id="pool-refit-reason",
    ),
    pytest.param(
        fit_case,
        lambda c: lambda: refitted([], "stretch"),
        "The classes are re-fitted by keep-amounts or keep-shares.",
        id="class_fit-choice",
    ),
    pytest.param(
        lambda: _no_pool(fit_case()),
        lambda c: RefitClasses("s1", "keep-shares", "why"),
        "The scenario has no pool with balances to fit its classes to.",
        id="class_fit-no-pool",
    ),
    # -- case/edits/scenario_commands.py ---------------------------------------------------
    pytest.param(
        demo,
        lambda c: SetAssumption("gone", "cpr", 0.05, "why"),
        "The scenario this edit is for is no longer in the case.",
        id="scenario-gone",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "cpr", 0.05, ""),
        "Set CPR 6.000 % → 5.000 %: every change to the committee's scenario is a "
        "recorded decision, so it needs a written reason.",
        id="scenario-reason",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "colour", 1, "why"),
        "There is no stress assumption called 'colour'.",
        id="scenario-assumption",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "cpr", 1.5, "why"),
        "CPR must be between 0 % and 100 %; 150 % is outside that range.",
        id="scenario-fraction",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "base_default_rate", "2%", "why"),
        "Lifetime default rate must be a number, not '2%'.",
        id="scenario-number",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "recovery_lag_months", 2.5, "why"),
        "The foreclosure lag is a whole number of months from 0; got 2.5.",
        id="scenario-months",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "target_ratings", "AAA", "why"),
        "Give the target ratings as a list, e.g. AAA, AA, A, BBB.",
        id="scenario-target-list",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "XYZ", "prepayment", 1.2, "ltv", "why"),
        "'XYZ' is not a rating.",
        id="scenario-multiplier-rating",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "BB", "prepayment", 1.2, "ltv", "why"),
        "BB is not one of this scenario's target ratings.",
        id="scenario-multiplier-target",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "AAA", "speed", 1.2, "ltv", "why"),
        "There is no stress multiplier called 'speed'.",
        id="scenario-multiplier-key",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "AAA", "prepayment", None, None, "why"),
        "The AAA prepayment multiplier is not adjusted.",
        id="scenario-multiplier-unadjusted",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "AAA", "prepayment", 1.2, "weather", "why"),
        "An adjustment names its factor, one of dti, ltv, originator, region, employment, "
        "age, purpose, concentration, other; got 'weather'.",
        id="scenario-multiplier-factor",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(sid(c), "AAA", "prepayment", 0.0, "ltv", "why"),
        "A stress multiplier must be above zero.",
        id="scenario-multiplier-zero",
    ),
    pytest.param(
        demo,
        lambda c: SetStructureOption(sid(c), "reserve_fund", 1.0, "why"),
        "There is no structure option called 'reserve_fund'.",
        id="scenario-option-key",
    ),
    pytest.param(
        demo,
        lambda c: SetStructureOption(sid(c), "payment", "turbo", "why"),
        "The payment order is sequential or pro_rata.",
        id="scenario-payment",
    ),
    pytest.param(
        demo,
        lambda c: SetStructureOption(sid(c), "commingling_mitigation", "prayer", "why"),
        "The commingling mitigation is one of none, cash_in_trust, advance_payment.",
        id="scenario-commingling",
    ),
    pytest.param(
        demo,
        lambda c: SetStructureOption(sid(c), "hedged", 1, "why"),
        "Interest-rate hedge is yes or no.",
        id="scenario-flag",
    ),
    pytest.param(
        demo,
        lambda c: ApplyStaticBaseCase(sid(c), 0.02, 0.05, [0.5, -0.5], {}),
        "The default-timing curve needs non-negative monthly shares that add up to more than zero.",
        id="scenario-timing",
    ),
    pytest.param(
        demo,
        lambda c: EditClasses(sid(c), [], "why"),
        "A structure needs at least one class.",
        id="scenario-no-class",
    ),
    pytest.param(
        demo,
        lambda c: EditClasses(sid(c), [_classes(c, 2)[2]], "why"),
        "A structure needs at least one rated (non-residual) class.",
        id="scenario-no-rated-class",
    ),
    pytest.param(
        demo,
        lambda c: EditClasses(sid(c), _classes(c, 1, balance=-1), "why"),
        "Class B's balance: is -1; allowed: 0 or more (yen).",
        id="scenario-class-field",
    ),
    pytest.param(
        demo,
        lambda c: SetAssumption(sid(c), "target_ratings", ["AAA", "D"], "why"),
        "D marks a default event, not a target rating.",
        id="scenario-target-default",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(
            sid(c), "AAA", "first_five_years", 4.2, "region", "x", segment="moon"
        ),
        "The segment is 'moon'; allowed: investment_condominium, apartment, self_employed, "
        "prefecture:NAME, region:NAME.",
        id="scenario-segment",
    ),
    pytest.param(
        demo,
        lambda c: AdjustMultiplier(
            sid(c), "AAA", "first_five_years", None, None, "x", segment="apartment"
        ),
        "The AAA first-five-years default multiplier for apartment is not adjusted.",
        id="scenario-segment-unadjusted",
    ),
    pytest.param(
        demo,
        lambda c: RecordConcentrationDecision(sid(c), "moon", "adjusted", "x"),
        "The region is 'moon'; allowed: investment_condominium, apartment, self_employed, "
        "prefecture:NAME, region:NAME.",
        id="mechanism-region",
    ),
    pytest.param(
        fit_case,
        lambda c: ImportPool(_pool("new", [3_000.0])),
        "The classes of scenario Base (¥1,000) were sized for a pool of ¥1,000; the new pool is "
        "¥3,000. Choose to keep the classes' amounts (the difference becomes "
        "over-collateralisation) or to keep their shares (every class resized).",
        id="class_fit-misfit",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"subordination": 1.5}, "x"),
        "subordination: is 1.5; allowed: 0 to 1 (a fraction (0.0125 = 1.25 %)).",
        id="abcp-term-field",
    ),
    # -- case/edits/scenario_set_commands.py -----------------------------------------------
    pytest.param(
        scenarios,
        lambda c: AddScenario(c.scenarios[1]),
        "A scenario with the same identifier is already in the case.",
        id="scenario_set-same-id",
    ),
    pytest.param(
        scenarios,
        lambda c: RemoveScenario(c.scenarios[1].id, " "),
        "Removing What-if B is a recorded decision, so it needs a written reason.",
        id="scenario_set-remove-reason",
    ),
    pytest.param(
        scenarios,
        lambda c: RenameScenario(c.scenarios[1].id, c.scenarios[1].name),
        "The scenario is already called What-if B.",
        id="scenario_set-same-name",
    ),
    pytest.param(
        scenarios,
        lambda c: PromoteScenario(sid(c), "why"),
        f"{BASE} is already the committee's scenario.",
        id="scenario_set-promoted",
    ),
    pytest.param(
        scenarios,
        lambda c: PromoteScenario(what_if(c), ""),
        "Make What-if B the committee's "
        "scenario: one written reason covers all the changes made to it as a what-if.",
        id="scenario_set-promote-reason",
    ),
    pytest.param(
        scenarios,
        lambda c: RenameScenario(c.scenarios[1].id, " "),
        "A scenario needs a name.",
        id="scenario_set-name",
    ),
    pytest.param(
        scenarios,
        lambda c: RenameScenario(c.scenarios[1].id, c.scenarios[0].name),
        f"The case already has a scenario called {BASE}; choose another name.",
        id="scenario_set-taken",
    ),
    # -- case/edits/mechanism_commands.py --------------------------------------------------
    pytest.param(
        demo,
        lambda c: SetMechanism(sid(c), "insurance", None, "why"),
        "There is no mechanism called 'insurance'.",
        id="mechanism-key",
    ),
    pytest.param(
        demo,
        lambda c: SetMechanism(sid(c), "guarantee", RentGuarantee(), "why"),
        "The guarantee company needs its own record.",
        id="mechanism-record",
    ),
    pytest.param(
        demo,
        lambda c: SetMechanism(
            sid(c), "guarantee", GuaranteeScheme(answers=(Answer("weather", "yes", "x"),)), "why"
        ),
        "'weather' is not a requirement of 002 §7(1).",
        id="mechanism-requirement",
    ),
    pytest.param(
        demo,
        lambda c: SetMechanism(
            sid(c), "guarantee", GuaranteeScheme(answers=(Answer("bank_rated", "no", " "),)), "why"
        ),
        "The answer to bank_rated needs its reason.",
        id="mechanism-answer-reason",
    ),
    pytest.param(
        demo,
        lambda c: SetMechanism(sid(c), "guarantee", GuaranteeScheme(guarantor_id="gone"), "why"),
        "The guarantee company is no longer an entity of the group tab.",
        id="mechanism-party-gone",
    ),
    pytest.param(
        demo,
        lambda c: SetMechanism(
            sid(c), "rent_guarantee", RentGuarantee(company_rating="A++"), "why"
        ),
        "'A++' is not a rating (the sublease company's).",
        id="mechanism-rating",
    ),
    pytest.param(
        demo,
        lambda c: RecordConcentrationDecision(sid(c), "prefecture:東京都", "reconsider", "why"),
        "A concentration decision is adjusted or not_adjusted.",
        id="mechanism-concentration",
    ),
    # -- case/edits/abcp_commands.py -------------------------------------------------------
    pytest.param(
        program_case,
        lambda c: EditProgramTerms("gone", {"spc_form": "trust"}, "x"),
        "The ABCP program this edit is for is no longer in the case.",
        id="abcp-gone",
    ),
    pytest.param(
        program_case,
        lambda c: AddProgram(c.programs[0]),
        "A program with the same identifier is already in the case.",
        id="abcp-same-id",
    ),
    pytest.param(
        program_case,
        lambda c: RemoveProgram(PROGRAM, " "),
        f"Remove ABCP program {program_case().programs[0].program.name}: removing a "
        "rated program needs a written reason.",
        id="abcp-remove-reason",
    ),
    pytest.param(
        program_case,
        lambda c: SetStressChoice(PROGRAM, "form", "multiple", ""),
        "Set stress form multiple: this is the analyst's judgement, recorded with its "
        "reason; write the reason.",
        id="abcp-judgement-reason",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"planet": "Mars"}, "x"),
        "A program has no term called 'planet'.",
        id="abcp-term-key",
    ),
    pytest.param(
        program_case,
        lambda c: AnswerCheck(PROGRAM, "weather", "x", "yes", "why"),
        "There is no checklist called 'weather'.",
        id="abcp-checklist",
    ),
    pytest.param(
        program_case,
        lambda c: AnswerCheck(PROGRAM, "spc", "weather", "yes", "why"),
        "'weather' is not a point of the spc checklist.",
        id="abcp-check-key",
    ),
    pytest.param(
        program_case,
        lambda c: AnswerCheck(PROGRAM, "spc", "true_sale", "maybe", "why"),
        "A check is answered yes, no or open.",
        id="abcp-check-answer",
    ),
    pytest.param(
        program_case,
        lambda c: SetStressChoice(PROGRAM, "mood", "calm", "why"),
        "There is no stress choice called 'mood'.",
        id="abcp-choice-key",
    ),
    pytest.param(
        program_case,
        lambda c: SetStressChoice(PROGRAM, "method", "guess", "why"),
        "The base-case reading is one of mean, recent, trend, highest.",
        id="abcp-choice",
    ),
    pytest.param(
        program_case,
        lambda c: AdjustFactor(PROGRAM, "AAA", "multiple", 4.0, "why"),
        "'AAA' is not a target rating (J-1+, J-1, J-2, J-3).",
        id="abcp-factor-rating",
    ),
    pytest.param(
        program_case,
        lambda c: AdjustFactor(PROGRAM, "J-1", "shape", 4.0, "why"),
        "The stress form is one of multiple, sd.",
        id="abcp-factor-form",
    ),
    pytest.param(
        program_case,
        lambda c: AdjustFactor(PROGRAM, "J-1", "multiple", -1.0, "why"),
        "A stress factor is a number above zero, not -1.0.",
        id="abcp-factor-value",
    ),
    pytest.param(
        program_case,
        lambda c: AdjustFactor(PROGRAM, "J-1+", "multiple", 3.5, "why"),
        "Refused: the multiple of J-1+ (3.5) would be below that of J-1 (3.8): a "
        "higher target rating never takes a weaker stress.",
        id="abcp-factor-order",
    ),
    pytest.param(
        program_case, _empty_history, "The history has no month to import.", id="abcp-history"
    ),
    pytest.param(
        program_case,
        _empty_receivables,
        "The tape has no receivable without errors, so there is nothing to import; "
        "the report lists what to correct.",
        id="abcp-receivables",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"spc_form": "trust"}, "x"),
        "The SPC form is one of cayman_company, cayman_tokyo_branch, godo_kaisha, "
        "kabushiki_kaisha, other.",
        id="abcp-spc-form",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"purchased_assets": "gold"}, "x"),
        "The purchased assets are one of accounts_receivable, notes_receivable, "
        "lease_receivables, healthcare_receivables, housing_loan_proxy, "
        "card_shopping_monthly_clear, other.",
        id="abcp-purchased-assets",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"documents": ["diary"]}, "x"),
        "'diary' is not a document the methodology lists.",
        id="abcp-document",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"transfer_mitigants": ["prayer"]}, "x"),
        "'prayer' is not a transfer-risk mitigant of 003 No. 1 §2(3).",
        id="abcp-mitigant",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"sellers": [Party("Gone", entity_id="nowhere")]}, "x"),
        "Gone is no longer an entity of the group tab.",
        id="abcp-party-gone",
    ),
    pytest.param(
        program_case,
        lambda c: EditProgramTerms(PROGRAM, {"sellers": [Party("A"), Party("A")]}, "x"),
        "Every seller needs a name of its own.",
        id="abcp-seller-names",
    ),
]


def _refusal(case_of: Callable[[], Case], make: Make) -> EditRefused:
    case = case_of()
    action = make(case)
    with pytest.raises(EditRefused) as refused:
        action.check(case) if hasattr(action, "check") else action()
    return refused.value


def _data(case_of: Callable[[], Case]) -> frozenset[str]:
    """The case's own names (entities, scenarios, programs, parties), which stay as written."""
    case = case_of()
    names = [e.name for e in case.entities] + [s.name for s in case.scenarios]
    names += [c.name for s in case.scenarios for c in s.structure.classes]
    for item in case.programs:
        program = item.program
        names += [program.name, program.sponsor.name, *(p.name for p in program.sellers)]
    return frozenset(names)


def _values(sentence: i18n.Text) -> frozenset[str]:
    """The values a sentence quotes as they are: a value, a code the command line takes or a
    list of them ("sequential", "J-1+, J-1"); its words are templates, nested sentences
    translated with it. English passed on as a plain string is no value: it stays checked."""
    values: set[str] = set()
    for value in sentence.args.values():
        if isinstance(value, i18n.Text):
            values |= _values(value)
        elif all(len(part.split()) <= 1 for part in str(value).split(",")):
            values.add(str(value))
    return frozenset(values)


def _kept(english: str) -> list[str]:
    """What a translation must keep of the English: numbers, quoted values, rating symbols."""
    quoted = re.findall(r"'[^']*'", english)
    rest = re.sub(r"'[^']*'", " ", english)
    numbers = re.findall(r"-?¥?\d[\d,.]*\d|\d", rest.replace("002 §7(1)", ""))
    return quoted + [n for n in numbers if n not in ("0", "1", "100")]


@pytest.fixture
def japanese():
    i18n.set_language("ja")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("case_of", "make", "english"), REFUSALS)
def test_the_english_of_each_refusal_is_unchanged(case_of, make, english):
    error = _refusal(case_of, make)
    assert str(error) == english
    assert i18n.explained(error) == str(error)  # English chosen: the English sentence


@pytest.mark.parametrize(("case_of", "make", "english"), REFUSALS)
def test_each_refusal_reads_in_japanese_and_keeps_its_values(japanese, case_of, make, english):
    error = _refusal(case_of, make)
    shown = i18n.explained(error)
    quoted = frozenset(re.findall(r"'[^']*'", str(error)))
    assert english_words(shown, _data(case_of) | quoted | _values(error.sentence)) == [], shown
    for value in _kept(str(error)):
        assert value.strip("'") in shown, (value, shown)


#: Modules whose refusals the analyst reads (group_rules and the command modules).
REFUSING_MODULES = [
    Path("jcr_desk/case/document/group_rules.py"),
    *sorted(Path("jcr_desk/case/edits").glob("*.py")),
]


def _raw_refusals(path: Path) -> list[int]:
    """Lines where ``EditRefused`` is built from anything but a translatable sentence."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "EditRefused":
            lines.append(node.lineno)
    return lines


@pytest.mark.parametrize("path", REFUSING_MODULES, ids=lambda p: p.stem)
def test_every_refusal_is_raised_as_a_translatable_sentence(path):
    """The table above cannot reach every guard (some protect against a case changed under
    the command): none of them may build its message from English text."""
    assert _raw_refusals(path) == []


def test_each_japanese_refusal_fills_the_same_fields_as_its_english():
    """A translation that dropped or renamed a {field} would lose a value or fail to build."""
    fields = re.compile(r"\{(\w+)\}")
    refusals = {
        source: japanese
        for (context, source), japanese in i18n.catalogue("ja").items()
        if context == "EditRefused"
    }
    assert len(refusals) > 150
    for source, japanese in refusals.items():
        assert sorted(fields.findall(japanese)) == sorted(fields.findall(source)), source
