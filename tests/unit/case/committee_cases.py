"""Cases for the committee tests: the demo with its stress result, and seed 000's issuer."""

from __future__ import annotations

from datetime import date

from jcr_desk.case.demo import build_demo_case
from jcr_desk.case.document.model import Case, CommitteeInfo, CommitteeItem, Entity
from jcr_desk.case.edits.decision_commands import RecordDecision
from jcr_desk.case.services.rated_items import entity_item_key
from jcr_desk.case.services.stress_run import run_scenario

from .seed_000_history import ISSUER, ROWS


def demo_with_results() -> Case:
    """The demo case as the window opens it: its scenario run and the result stored."""
    case = build_demo_case()
    case.results = [run_scenario(case, scenario.id) for scenario in case.scenarios]
    return case


def seed_000_case() -> Case:
    """Seed 000's issuer before its April 2021 committee: the history since 2003 and the
    committee's decisions (AA- with outlook Stable, CP J-1+ up to JPY1 trillion)."""
    entity = Entity("jsf", ISSUER, "sponsor", "securities", name_ja="日本証券金融株式会社")
    case = Case(
        committee=CommitteeInfo(
            case_name="JSF annual review",
            issuer=ISSUER,
            committee_date=date(2021, 4, 20),
            analysts=["Hajime Oyama", "Hidekazu Sakai"],
        ),
        entities=[entity],
        history=list(ROWS),
        committee_items=[
            CommitteeItem(entity_item_key("jsf", "long_term"), outlook="Stable"),
            CommitteeItem(entity_item_key("jsf", "short_term"), maximum_yen=1e12),
        ],
    )
    for item, rating in (("long_term", "AA-"), ("short_term", "J-1+")):
        command = RecordDecision("jsf", item, None, rating, "Committee of 20 April 2021", "Oyama")
        command.check(case)
        command.redo(case)
    return case
