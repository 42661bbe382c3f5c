"""The Case document: everything a committee file holds.

Plain dataclasses with no Qt and no storage code, so the CLI, the window and the tests all
work on the same object. Ratings are kept as their canonical text (``"AA-"``) so that a case
file stays readable without the application; the rating engines parse them when they need
order or notch arithmetic. Later issues fill the parts (decisions, pools, scenarios, results);
the foundation only fixes their place and their storage.
"""

from __future__ import annotations

import copy
import getpass
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure
from jcr_desk.structured.rmbs.result import EnhancementResult

if TYPE_CHECKING:  # the window's first screen is drawn before pandas and numpy load
    import pandas as pd

    from jcr_desk.structured.abcp.history import MonthlyHistory
    from jcr_desk.structured.abcp.program import AbcpProgram
    from jcr_desk.structured.abcp.result import ProgramResult
    from jcr_desk.structured.abcp.stress import StressChoices

JsonDict = dict[str, Any]

#: Holding companies: the starting point of their group's notching.
HOLDING_ROLES = ("holding", "intermediate_holding")
#: Companies rated from the group's creditworthiness (top-down) or their own (bottom-up).
GROUP_COMPANY_ROLES = ("core", "group_company")
#: Members of the issuer's group: they form one ownership tree under one top parent.
GROUP_ROLES = HOLDING_ROLES + GROUP_COMPANY_ROLES
#: Other parties to a transaction: they may stand alone, beside the group.
PARTY_ROLES = ("spv", "servicer", "guarantor", "sponsor", "sovereign")
ROLES = GROUP_ROLES + PARTY_ROLES
SECTORS = ("", "bank", "trust_bank", "insurer", "securities", "card_nonbank", "industrial", "trust")


def new_id() -> str:
    """A stable identifier: commands and links address objects by id, not by reference."""
    return uuid.uuid4().hex[:12]


def now_utc() -> datetime:
    """Timestamps are stored in UTC with seconds precision (what SQLite text round-trips)."""
    return datetime.now(UTC).replace(microsecond=0)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts, containers)
        return "analyst"


@dataclass
class CommitteeInfo:
    """Who decides what, and when; ``rationale`` holds the release's numbered paragraphs."""

    case_name: str = "Untitled case"
    issuer: str = ""
    committee_date: date | None = None
    analysts: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    rationale: list[str] = field(default_factory=list)


#: Who pays the rating fee (Rule 17g-7 item 10); "" = not stated yet.
FEE_PAYERS = ("issuer", "underwriter", "depositor", "sponsor", "other")


@dataclass
class DisclosureInfo:
    """What the Rule 17g-7 form needs that no other part of the case holds.

    ``None`` in a yes/no field means "not stated yet": the draft shows a placeholder
    instead of guessing either answer.
    """

    publication_date: date | None = None
    due_diligence_used: bool | None = None
    due_diligence_note: str = ""
    fee_payer: str = ""
    other_services_paid: bool | None = None
    other_services_note: str = ""
    representations_warranties: str = ""
    responsible_name: str = ""
    responsible_title: str = ""


@dataclass
class CommitteeItem:
    """The committee's inputs for one rated item (see ``case.rated_items``).

    ``key`` names the item ("entity:<id>:long_term", "class:<scenario id>:<class>");
    ``action`` is set only when the analyst replaces the derived action, with a reason.
    """

    key: str
    outlook: str = ""
    maximum_yen: float | None = None
    action: str = ""
    action_reason: str = ""


@dataclass
class Entity:
    """A member of the issuer's group, or another party to a transaction.

    ``inputs`` holds the rule inputs the methodology needs for this entity's role (group
    creditworthiness, control, importance, sole creditworthiness…); ``financials`` holds the
    figures such as investments in subsidiaries and equity for double leverage.
    """

    id: str
    name: str
    role: str
    sector: str = ""
    country: str = "JP"
    currency: str = "JPY"
    parent_id: str | None = None
    ownership_pct: float | None = None
    inputs: JsonDict = field(default_factory=dict)
    financials: dict[str, float] = field(default_factory=dict)
    #: The Japanese name for drafts in Japanese; ``name`` is the one the Desk shows.
    name_ja: str = ""

    def display_name(self, language: str) -> str:
        """The name a draft in ``language`` ("en" or "ja") uses; ``name`` when no other."""
        return self.name_ja if language == "ja" and self.name_ja else self.name


@dataclass
class Country:
    """A sovereign and its country ceiling, for the ceiling rules of METHODOLOGY §5."""

    code: str
    name: str
    local_currency_rating: str | None = None
    foreign_currency_rating: str | None = None
    country_ceiling: str | None = None
    hard_currency: bool = False


@dataclass
class Decision:
    """The committee's proposal for one rated item of one entity.

    ``guideline`` is the engine's guideline as it stood when the decision was recorded (so a
    later rulebook cannot silently change what the committee saw); ``rating`` is what was
    decided. An override (``rating`` differs from the guideline) always carries a reason.
    """

    id: str
    entity_id: str
    item: str
    rating: str
    guideline_rating: str | None
    reason: str
    analyst: str
    timestamp: datetime
    guideline: JsonDict = field(default_factory=dict)

    @property
    def is_override(self) -> bool:
        return self.guideline_rating != self.rating


@dataclass(eq=False)
class StoredPool:
    """A loan pool as the case keeps it: a columnar table plus where it came from.

    ``source`` records file name, sheet, SHA-256, mapping profile and import time;
    ``report`` the validation problems that stayed with the import.
    """

    id: str
    name: str
    loans: pd.DataFrame
    source: JsonDict = field(default_factory=dict)
    report: list[JsonDict] = field(default_factory=list)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoredPool):
            return NotImplemented
        return (
            self.id == other.id
            and self.name == other.name
            and self.source == other.source
            and self.report == other.report
            and _frames_equal(self.loans, other.loans)
        )

    __hash__ = None  # type: ignore[assignment]


def _frames_equal(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return False
    return a.reset_index(drop=True).equals(b.reset_index(drop=True))


@dataclass
class Scenario:
    """A stress scenario: its pool, its assumptions and the deal structure.

    ``assumptions`` and ``structure`` are immutable: an edit replaces them, so undo keeps
    the objects it replaced and a run's snapshot cannot change under it.
    """

    id: str
    name: str
    pool_id: str | None = None
    assumptions: StressAssumptions = field(default_factory=StressAssumptions)
    structure: DealStructure = field(default_factory=DealStructure)
    #: A what-if takes edits without a reason; the committee scenario asks for one.
    what_if: bool = False


@dataclass
class ScenarioResult:
    """What a run of a scenario produced, kept so reopening shows it without re-running."""

    scenario_id: str
    computed_at: datetime
    inputs_hash: str
    result: EnhancementResult


@dataclass(eq=False)
class StoredProgram:
    """An ABCP program as the case keeps it: its terms, the analyst's stress choices, the
    population's monthly history and the purchased receivables (each None until imported).

    A program is an object of its own beside the RMBS scenarios rather than a scenario of
    another kind: it shares none of a scenario's inputs (assumptions, classes, waterfall),
    so each kind's edits, storage and results stay typed. ``program``, ``choices`` and
    ``history`` are immutable: an edit replaces them, so undo keeps what it replaced.
    """

    id: str
    program: AbcpProgram
    choices: StressChoices = field(default_factory=lambda: _default_choices())
    history: MonthlyHistory | None = None
    receivables: StoredPool | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StoredProgram):
            return NotImplemented
        return (
            self.id == other.id
            and self.program == other.program
            and self.choices == other.choices
            and self.history == other.history
            and self.receivables == other.receivables
        )

    __hash__ = None  # type: ignore[assignment]


@dataclass
class ProgramResultRecord:
    """What an analysis of a program produced, kept so the committee sees what was computed."""

    program_id: str
    computed_at: datetime
    inputs_hash: str
    result: ProgramResult


@dataclass
class RatingHistoryEntry:
    """One line of the rating history table (`000`): issuer, issue, date, rating, outlook."""

    issuer: str
    issue: str
    publication_date: date
    rating: str
    outlook: str = ""


@dataclass
class AuditEntry:
    """Append-only trail of what changed the case, by whom and when."""

    timestamp: datetime
    user: str
    action: str
    detail: str = ""


@dataclass
class Case:
    """A committee case: the document a ``.jcrcase`` file holds."""

    committee: CommitteeInfo = field(default_factory=CommitteeInfo)
    entities: list[Entity] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    pools: list[StoredPool] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    results: list[ScenarioResult] = field(default_factory=list)
    programs: list[StoredProgram] = field(default_factory=list)
    program_results: list[ProgramResultRecord] = field(default_factory=list)
    history: list[RatingHistoryEntry] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    disclosure: DisclosureInfo = field(default_factory=DisclosureInfo)
    committee_items: list[CommitteeItem] = field(default_factory=list)
    rulebook_version: str = ""
    app_version: str = ""
    #: Opened with only some loan columns (a read-only use); never stored, never saved.
    partial_loans: bool = field(default=False, compare=False, repr=False)
    _analyst: str = field(default="", init=False, repr=False, compare=False)

    @contextmanager
    def recorded_by(self, analyst: str) -> Iterator[None]:
        """Audit entries written inside the block name ``analyst`` unless an entry names
        someone itself (a decision names its analyst). The window passes the name from the
        analyst's preferences; the domain never reads settings."""
        previous, self._analyst = self._analyst, analyst.strip()
        try:
            yield
        finally:
            self._analyst = previous

    def entity(self, entity_id: str) -> Entity:
        for item in self.entities:
            if item.id == entity_id:
                return item
        raise KeyError(f"no entity with id {entity_id!r} in the case")

    def scenario_pool(self, scenario: Scenario) -> StoredPool | None:
        """The pool a scenario runs on: its own, else the case's newest; None without pools."""
        for pool in self.pools:
            if pool.id == scenario.pool_id:
                return pool
        return self.pools[-1] if self.pools else None

    def decision(self, entity_id: str, item: str) -> Decision | None:
        """The committee's recorded decision on one item of an entity, if there is one."""
        found = (d for d in self.decisions if d.entity_id == entity_id and d.item == item)
        return next(found, None)

    def program(self, program_id: str) -> StoredProgram:
        for item in self.programs:
            if item.id == program_id:
                return item
        raise KeyError(f"no ABCP program with id {program_id!r} in the case")

    def children_of(self, parent_id: str | None) -> list[Entity]:
        return [e for e in self.entities if e.parent_id == parent_id]

    def snapshot(self) -> Case:
        """A deep copy for saving on a worker thread while the user keeps editing.

        Loan tables are shared, not copied: a pool's table is never changed in place (an
        import replaces the whole pool), so sharing is safe and saves a copy of every loan.
        """
        memo = {id(pool.loans): pool.loans for pool in self.pools}
        for item in self.programs:
            if item.receivables is not None:
                memo[id(item.receivables.loans)] = item.receivables.loans
        return copy.deepcopy(self, memo)

    def log(self, action: str, detail: str = "", user: str | None = None) -> AuditEntry:
        """Append an audit entry; returns it so a command can refer to it.

        The entry names ``user``, else the analyst of :meth:`recorded_by`, else the
        operating-system login (the CLI, which has no preferences).
        """
        entry = AuditEntry(now_utc(), user or self._analyst or current_user(), action, detail)
        self.audit.append(entry)
        return entry


def _default_choices() -> StressChoices:
    """A new program's stress choices (the ABCP stress module loads numpy: not at start-up)."""
    from jcr_desk.structured.abcp.stress import StressChoices

    return StressChoices()
