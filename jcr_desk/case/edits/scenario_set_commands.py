"""Undoable changes to a case's set of stress scenarios: add, remove, rename.

A case built from File → New and a tape import has no scenario, and a what-if needs a copy of
the scenario the committee already saw. :func:`new_scenario` and :func:`copy_scenario` build
the scenario; :class:`AddScenario` puts it in the case. Like every case edit, these commands
check before anything changes (:class:`EditRefused` with a plain sentence), write an audit
entry, and undo restores the case exactly: a removed scenario and its stored result go back
where they were in their lists.
"""

from __future__ import annotations

import copy

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import (
    Case,
    Entity,
    Scenario,
    ScenarioResult,
    current_user,
    new_id,
)
from jcr_desk.case.edits.scenario_commands import WHAT_IF_REASON, find_scenario
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure, NoteClass
from jcr_desk.structured.rmbs.settings import stress_settings

#: The new scenario's senior class (no balance yet) and the residual holding the whole pool.
SENIOR_CLASS = "Class A"
RESIDUAL_CLASS = "Seller"


def new_scenario(case: Case, name: str) -> Scenario:
    """A scenario on the case's newest pool, with Desk defaults and no base case.

    The base default rate and CPR stay absent on purpose: the analyst types them or imports
    the originator's static data, and until then a run refuses, naming them.
    """
    settings = stress_settings()
    pool = case.pools[-1] if case.pools else None
    total = 0
    if pool is not None and "current_balance" in pool.loans.columns:
        total = round(float(pool.loans["current_balance"].sum()))
    servicer = _first(case, "servicer") or _first(case, "core", sector="bank")
    issuer = _first(case, "spv")
    structure = DealStructure(
        classes=(
            NoteClass(SENIOR_CLASS, 1, 0.0, "fixed", 0.0, "senior class, to be sized"),
            NoteClass(
                RESIDUAL_CLASS, 2, float(total), "residual", 0.0, "residual retained by the seller"
            ),
        ),
        servicer_id=None if servicer is None else servicer.id,
        issuer_id=None if issuer is None else issuer.id,
    )
    return Scenario(
        id=new_id(),
        name=name.strip(),
        pool_id=None if pool is None else pool.id,
        assumptions=StressAssumptions(
            target_ratings=tuple(settings.new_scenario_target_ratings),
            recovery_rate=settings.recovery_base_rate,
            recovery_lag_months=settings.recovery_lag_months,
        ),
        structure=structure,
    )


def copy_scenario(case: Case, scenario_id: str, name: str) -> Scenario:
    """A what-if: the scenario's assumptions and structure under a fresh id, without a result.

    A what-if takes edits without a reason until it is promoted to the committee's scenario.
    """
    original = find_scenario(case, scenario_id)
    return Scenario(
        id=new_id(),
        name=name.strip(),
        pool_id=original.pool_id,
        assumptions=original.assumptions,
        structure=original.structure,
        what_if=True,
    )


def default_name(case: Case) -> str:
    """A name "Scenario N" no scenario has, counting on from the scenarios in the case."""
    number = len(case.scenarios) + 1
    while _taken(case, f"Scenario {number}"):
        number += 1
    return f"Scenario {number}"


def copy_name(case: Case, name: str) -> str:
    """The name of a copy: "NAME (copy)", else "NAME (copy 2)", "NAME (copy 3)"…"""
    candidate, number = f"{name} (copy)", 2
    while _taken(case, candidate):
        candidate, number = f"{name} (copy {number})", number + 1
    return candidate


class AddScenario:
    """Put a new scenario (from :func:`new_scenario` or :func:`copy_scenario`) in the case."""

    def __init__(self, scenario: Scenario, analyst: str | None = None) -> None:
        self._scenario = copy.deepcopy(scenario)
        self._analyst = (analyst or "").strip() or current_user()
        self.scenario_id = scenario.id
        self.text = f"Add scenario {scenario.name.strip()}"

    def check(self, case: Case) -> None:
        if any(s.id == self._scenario.id for s in case.scenarios):
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "A scenario with the same identifier is already in the case."
                )
            )
        _check_name(case, self._scenario.name)

    def redo(self, case: Case) -> None:
        case.scenarios.append(copy.deepcopy(self._scenario))
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "scenario added"), self._scenario.name, user=self._analyst
        )

    def undo(self, case: Case) -> None:
        case.scenarios[:] = [s for s in case.scenarios if s.id != self.scenario_id]
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class RemoveScenario:
    """Take a scenario and its stored result out of the case; undo puts both back in place."""

    def __init__(self, scenario_id: str, reason: str, analyst: str | None = None) -> None:
        self.scenario_id = scenario_id
        self._reason = (reason or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._removed: tuple[int, Scenario] | None = None
        self._result: tuple[int, ScenarioResult] | None = None
        self.text = "Remove scenario"

    def check(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        self.text = f"Remove scenario {scenario.name}"
        if not self._reason:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "Removing {name} is a recorded decision, so it needs a written reason.",
                ),
                name=scenario.name,
            )

    def redo(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        self._removed = (case.scenarios.index(scenario), scenario)
        case.scenarios.remove(scenario)
        self._result = None
        for index, result in enumerate(case.results):
            if result.scenario_id == self.scenario_id:
                self._result = (index, result)
                del case.results[index]
                break
        dropped = "; its stored result removed too" if self._result else ""
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "scenario removed"),
            f"{scenario.name}{dropped}; reason: {self._reason}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        if self._removed is None:
            raise RuntimeError("undo before redo")
        case.scenarios.insert(*self._removed)
        if self._result is not None:
            case.results.insert(*self._result)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class RenameScenario:
    """Give a scenario another name, unique in the case."""

    def __init__(self, scenario_id: str, name: str, analyst: str | None = None) -> None:
        self.scenario_id = scenario_id
        self._name = (name or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._old: str | None = None
        self.text = f"Rename scenario to {self._name}"

    def check(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        if scenario.name == self._name:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The scenario is already called {name}."),
                name=self._name,
            )
        _check_name(case, self._name, ignore=scenario)

    def redo(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        self._old = scenario.name
        scenario.name = self._name
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "scenario renamed"),
            f"{self._old} → {self._name}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        if self._old is None:
            raise RuntimeError("undo before redo")
        find_scenario(case, self.scenario_id).name = self._old
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


class PromoteScenario:
    """Make a what-if the committee's scenario, with one reason for all its changes.

    The committee's scenario before it becomes a what-if; the audit entry lists the edits
    the promoted scenario took without a reason.
    """

    def __init__(self, scenario_id: str, reason: str, analyst: str | None = None) -> None:
        self.scenario_id = scenario_id
        self._reason = (reason or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._before: list[tuple[str, bool]] = []
        self.text = "Make the committee's scenario"

    def check(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        self.text = f"Make {scenario.name} the committee's scenario"
        if not scenario.what_if:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{name} is already the committee's scenario."),
                name=scenario.name,
            )
        if not self._reason:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused",
                    "Make {name} the committee's scenario: one written reason covers all the "
                    "changes made to it as a what-if.",
                ),
                name=scenario.name,
            )

    def redo(self, case: Case) -> None:
        scenario = find_scenario(case, self.scenario_id)
        self._before = [(s.id, s.what_if) for s in case.scenarios]
        for other in case.scenarios:
            other.what_if = other.id != scenario.id
        unreasoned = [
            entry.detail.removeprefix(f"{scenario.name}: ").removesuffix(
                f"; reason: {WHAT_IF_REASON}"
            )
            for entry in case.audit
            if entry.action == "scenario edited"
            and entry.detail.startswith(f"{scenario.name}: ")
            and entry.detail.endswith(WHAT_IF_REASON)
        ]
        listed = "; ".join(unreasoned) or "no change without a reason"
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "committee scenario"),
            f"{scenario.name}: now the committee's scenario; changes made as a what-if: "
            f"{listed}; reason: {self._reason}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        flags = dict(self._before)
        for scenario in case.scenarios:
            scenario.what_if = flags.get(scenario.id, scenario.what_if)
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _check_name(case: Case, name: str, ignore: Scenario | None = None) -> None:
    if not name.strip():
        raise refused(QT_TRANSLATE_NOOP("EditRefused", "A scenario needs a name."))
    if _taken(case, name, ignore):
        raise refused(
            QT_TRANSLATE_NOOP(
                "EditRefused", "The case already has a scenario called {name}; choose another name."
            ),
            name=name.strip(),
        )


def _taken(case: Case, name: str, ignore: Scenario | None = None) -> bool:
    return any(_key(s.name) == _key(name) for s in case.scenarios if s is not ignore)


def _key(name: str) -> str:
    """Names compare without surrounding spaces and case: "Base" and "base " are one name."""
    return name.strip().casefold()


def _first(case: Case, role: str, sector: str | None = None) -> Entity | None:
    return next(
        (e for e in case.entities if e.role == role and (sector is None or e.sector == sector)),
        None,
    )
