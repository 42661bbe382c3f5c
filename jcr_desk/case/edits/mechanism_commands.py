"""Undoable edits of a scenario's seed-002 mechanisms and the decisions they call for.

A guarantee company with its checklist answers (002 §7(1)), a sublease rent guarantee
(§2(2)(c)), group credit life insurance (§7(3)), and the analyst's decision on a regional
concentration (§8(1)). Like every scenario edit they need a reason, are checked before they
apply and restore exactly on undo (:class:`~jcr_desk.case.edits.scenario_commands.ScenarioEdit`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from jcr_desk.case.document.errors import refused
from jcr_desk.case.document.model import Case, Scenario
from jcr_desk.case.document.refusal_words import either
from jcr_desk.case.edits.scenario_commands import ScenarioEdit, segment_refused
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text
from jcr_desk.ratings import Rating
from jcr_desk.structured.fields import FieldError
from jcr_desk.structured.rmbs.assumptions import (
    CONCENTRATION_DECISIONS,
    ConcentrationDecision,
    check_segment,
)
from jcr_desk.structured.rmbs.deal import GroupCreditLife, GuaranteeScheme, RentGuarantee
from jcr_desk.structured.rmbs.settings import stress_settings

MECHANISMS = {
    "guarantee": QT_TRANSLATE_NOOP("EditRefused", "guarantee company"),
    "rent_guarantee": QT_TRANSLATE_NOOP("EditRefused", "rent guarantee"),
    "group_credit_life": QT_TRANSLATE_NOOP("EditRefused", "group credit life insurance"),
}
#: The parties a mechanism names, as a refusal names them.
PARTIES = {
    "guarantee": QT_TRANSLATE_NOOP("EditRefused", "guarantee company"),
    "rent_guarantee": QT_TRANSLATE_NOOP("EditRefused", "sublease company"),
}


class SetMechanism(ScenarioEdit):
    """State, change or remove (``None``) one mechanism of the structure."""

    def __init__(
        self, scenario_id: str, name: str, value: Any, reason: str, analyst: str | None = None
    ) -> None:
        what = MECHANISMS.get(name, name)
        verb = "Remove" if value is None else "Set"
        super().__init__(scenario_id, reason, analyst, f"{verb} {what}")
        self._name = name
        self._value = value

    def _validate(self, case: Case, scenario: Scenario) -> None:
        name, value = self._name, self._value
        kinds = {
            "guarantee": GuaranteeScheme,
            "rent_guarantee": RentGuarantee,
            "group_credit_life": GroupCreditLife,
        }
        if name not in kinds:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "There is no mechanism called {name}."),
                name=repr(name),
            )
        if value is None:
            if name == "group_credit_life":
                self._value = GroupCreditLife()
            return
        if not isinstance(value, kinds[name]):
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "The {mechanism} needs its own record."),
                mechanism=Text("EditRefused", MECHANISMS[name]),
            )
        if isinstance(value, GuaranteeScheme):
            _check_party(case, value.guarantor_id, value.guarantor_rating, "guarantee")
            known = {r.key for r in stress_settings().guarantee_requirements}
            for answer in value.answers:
                if answer.key not in known:
                    raise refused(
                        QT_TRANSLATE_NOOP(
                            "EditRefused", "{key} is not a requirement of {citation}."
                        ),
                        key=repr(answer.key),
                        citation="002 §7(1)",
                    )
                if answer.answer != "open" and not answer.reason.strip():
                    raise refused(
                        QT_TRANSLATE_NOOP("EditRefused", "The answer to {key} needs its reason."),
                        key=answer.key,
                    )
        elif isinstance(value, RentGuarantee):
            _check_party(case, value.company_id, value.company_rating, "rent_guarantee")

    def _apply(self, case: Case, scenario: Scenario) -> str:
        scenario.structure = replace(scenario.structure, **{self._name: self._value})
        what = MECHANISMS[self._name]
        return f"{what} removed" if self._value is None else f"{what} set"


class RecordConcentrationDecision(ScenarioEdit):
    """The analyst's decision on a concentrated prefecture or region (002 §8(1)).

    ``decision`` None withdraws the recorded decision: the concentration is open again.
    """

    def __init__(
        self,
        scenario_id: str,
        region: str,
        decision: str | None,
        reason: str,
        analyst: str | None = None,
    ) -> None:
        super().__init__(scenario_id, reason, analyst, f"Decide on the concentration in {region}")
        self._region = region
        self._decision = decision

    def _validate(self, case: Case, scenario: Scenario) -> None:
        try:
            self._region = check_segment("region", self._region)
        except FieldError:
            raise segment_refused("region", self._region) from None
        if self._decision is not None and self._decision not in CONCENTRATION_DECISIONS:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "A concentration decision is {decisions}."),
                decisions=either(CONCENTRATION_DECISIONS),
            )

    def _apply(self, case: Case, scenario: Scenario) -> str:
        assumptions = scenario.assumptions
        kept = tuple(d for d in assumptions.concentration_decisions if d.region != self._region)
        if self._decision is None:
            scenario.assumptions = replace(assumptions, concentration_decisions=kept)
            return f"concentration in {self._region}: decision withdrawn"
        decision = ConcentrationDecision(
            self._region, self._decision, self._reason, self._analyst, self._timestamp
        )
        scenario.assumptions = replace(assumptions, concentration_decisions=(*kept, decision))
        return f"concentration in {self._region}: multipliers {self._decision.replace('_', ' ')}"


def _check_party(case: Case, entity_id: str | None, rating: str | None, mechanism: str) -> None:
    party = Text("EditRefused", PARTIES[mechanism])
    if entity_id is not None:
        try:
            case.entity(entity_id)
        except KeyError:
            raise refused(
                QT_TRANSLATE_NOOP(
                    "EditRefused", "The {party} is no longer an entity of the group tab."
                ),
                party=party,
            ) from None
    if rating is not None:
        try:
            Rating.parse(rating)
        except ValueError:
            raise refused(
                QT_TRANSLATE_NOOP("EditRefused", "{rating} is not a rating (the {party}'s)."),
                rating=repr(rating),
                party=party,
            ) from None
