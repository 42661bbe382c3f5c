"""Cases with every part filled, shared by the storage tests and the kill-during-save helper."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType

import numpy as np
import pandas as pd

from jcr_desk import __version__
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
from jcr_desk.i18n import Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure, NoteClass
from jcr_desk.structured.rmbs.result import (
    ClassRating,
    ClassVerdict,
    EnhancementResult,
    Layers,
    MultiplierLine,
    PoolFlows,
    RatingLine,
    SensitivityGrids,
)


def loans_frame(rows: int, seed: int = 0) -> pd.DataFrame:
    """A loan tape with every dtype the case format promises to keep, gaps included."""
    rng = np.random.default_rng(seed)
    balance = rng.uniform(1e5, 5e7, rows).round(2)
    balance[::7] = np.nan
    arrears = pd.array(rng.integers(0, 6, rows), dtype="Int64")
    arrears[::5] = pd.NA
    obligor = pd.Series(rng.choice(["山田商事", "Acme KK", "Beta GK"], rows), dtype="str")
    obligor[::9] = None
    return pd.DataFrame(
        {
            "loan_id": np.arange(1, rows + 1, dtype="int64"),
            "obligor": obligor,
            "balance": balance,
            "rate": rng.uniform(0.001, 0.05, rows).astype("float32"),
            "performing": rng.random(rows) > 0.1,
            "origination": pd.Series(
                pd.date_range("2015-01-01", periods=rows, freq="D", unit="s")
            ).where(lambda s: s.index % 11 != 3),
            "maturity": pd.date_range("2030-01-01 09:30", periods=rows, freq="h", tz="Asia/Tokyo"),
            "grade": pd.Categorical(
                rng.choice(["A", "B", "C"], rows), categories=["C", "B", "A", "D"], ordered=True
            ),
            "region": pd.Categorical(rng.choice(["Kanto", "Kansai"], rows)),
            "months_in_arrears": arrears,
            "secured": pd.array(
                [None if i % 4 == 0 else bool(i % 3) for i in range(rows)], dtype="boolean"
            ),
            "note": pd.array([None if i % 3 else f"note {i}" for i in range(rows)], dtype="string"),
            "raw": pd.Series([[1, "x", None, 2.5, True][i % 5] for i in range(rows)], dtype=object),
        }
    )


def rich_case(rows: int = 40, seed: int = 0) -> Case:
    """A case with every part filled, its pool holding ``rows`` loans."""
    stamp = datetime(2024, 5, 17, 1, 2, 3, tzinfo=UTC) + timedelta(days=seed)
    return Case(
        committee=CommitteeInfo(
            case_name=f"Group review {seed}",
            issuer="山田ホールディングス",
            committee_date=date(2024, 6, 3),
            analysts=["Sato", "Suzuki"],
            members=["Tanaka", "Ito", "Watanabe"],
            rationale=["Strong group support.", "Second line."],
        ),
        entities=[
            Entity(
                "parent",
                "Yamada HD",
                "holding",
                "bank",
                inputs={"gcr": "A"},
                name_ja="山田ホールディングス株式会社",
            ),
            Entity(
                "sub1",
                "Yamada Finance",
                "group_company",
                parent_id="parent",
                ownership_pct=66.7,
                inputs={"control": True, "importance": {"level": "core", "score": [1, 2.5]}},
                financials={"equity": 1.5e9, "investments": 2.0e8},
            ),
        ],
        countries=[
            Country("JP", "Japan", "A+", "A+", "AA+", hard_currency=True),
            Country("XX", "X"),
        ],
        decisions=[
            Decision(
                "d1",
                "sub1",
                "long_term_issuer",
                "A-",
                "A",
                "Weaker ring-fencing than peers",
                "Sato",
                stamp,
                guideline={"rating": "A", "steps": [{"rule": "5.2", "notches": -1}], "note": None},
            )
        ],
        pools=[
            StoredPool(
                "pool1",
                "Auto loans 2024-1",
                loans_frame(rows, seed),
                source={"file": "tape.xlsx", "sheet": "Loans", "sha256": "ab" * 32},
                report=[{"row": 4, "column": "balance", "problem": "empty"}],
            ),
            StoredPool("pool2", "Empty tape", pd.DataFrame()),
        ],
        scenarios=[
            Scenario(
                "s1",
                "Base",
                "pool1",
                StressAssumptions(("AAA", "A"), 0.02, 0.05, 0.4, 12, note="基準ケース"),
                DealStructure(
                    classes=(
                        NoteClass("Class A", 1, 9e8, "floating", 0.002, "シニア"),
                        NoteClass("Seller", 2, 1e8, "residual"),
                    ),
                    clean_up_call=0.1,
                ),
            )
        ],
        results=[ScenarioResult("s1", stamp, "hash1", sample_result())],
        history=[RatingHistoryEntry("Yamada HD", "Issuer", date(2020, 4, 1), "A", "Stable")],
        audit=[AuditEntry(stamp, "sato", "decision recorded", "d1")],
        disclosure=DisclosureInfo(
            publication_date=date(2024, 6, 5),
            due_diligence_used=False,
            fee_payer="issuer",
            other_services_paid=None,
            responsible_name="伊藤 一郎",
            responsible_title="Head of ratings",
        ),
        committee_items=[
            CommitteeItem("entity:sub1:long_term", outlook="Stable"),
            CommitteeItem("entity:parent:short_term", maximum_yen=5e11, action="affirmation",
                          action_reason="unchanged programme"),
        ],
        rulebook_version=load_rulebook().version,  # what saving stamps
        app_version=__version__,
    )


def sample_result() -> EnhancementResult:
    """A small result worked by hand: one rating, one rated class, every part present."""
    verdict = ClassVerdict("Class A", 0.052, 0.031, 0.1, 0.0, True, True, 4.5, "exercised")
    line = RatingLine(
        rating="AAA",
        multipliers=MultiplierLine(3.5, 3.5, 0.5, (3.5, 3.5, 0.5), False),
        layers=Layers(0.031, 0.002, 0.009, 0.01),
        held_at_lower_rating=False,
        stressed_default_rate=0.07,
        realised_default_rate=0.07,
        unapplied_default_rate=0.0,
        cumulative_loss=0.035,
        interest_rate_path="up",
        interest_rate_paths=MappingProxyType({"up": 0.002, "down": 0.0}),
        clean_up_call="exercised",
        classes=(verdict,),
    )
    flows = PoolFlows((1.0, 2.0), (0.1, 0.05), (0.5, 0.0), (0.0, 0.2), (98.5, 96.5))
    return EnhancementResult(
        pool_balance=1e9,
        months=2,
        cut_off=date(2026, 9, 30),
        legal_final_month=2,
        rulebook_version="2026.2",
        app_version="0.1.0",
        base_case=MappingProxyType({"base_default_rate": 0.02}),
        recovery=MappingProxyType({"valuation_basis": "origination date"}),
        over_collateralisation=0.0,
        clean_up_call=MappingProxyType({"level": 0.1, "tested": ("exercised", "not exercised")}),
        ratings=(line,),
        classes=(ClassRating("Class A", True, "AAA", "AAA"), ClassRating("Seller", False)),
        liquidity_reserve=MappingProxyType({"amount": 1.0, "months": 3, "floating": True}),
        commingling=MappingProxyType({"trigger": "BBB"}),
        pool_cashflows=MappingProxyType({"AAA": flows}),
        class_balances=MappingProxyType({"AAA": MappingProxyType({"Class A": (9e8, 8e8)})}),
        sensitivity=SensitivityGrids(
            "AAA", "Class A", (1.0,), (0.5,), (0.05,), ((0.01,),), ((None,),)
        ),
        warnings=(Text("StressResult", "推定値"),),
    )


def kill_test_cases() -> tuple[Case, Case]:
    """Two different cases big enough that a save takes a noticeable fraction of a second."""
    return rich_case(rows=2500, seed=1), rich_case(rows=2000, seed=2)
