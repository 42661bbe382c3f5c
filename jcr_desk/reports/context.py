"""What one export reads from a case, gathered once so every sheet shows the same facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from jcr_desk.case.document.model import (
    Case,
    Entity,
    ProgramResultRecord,
    Scenario,
    ScenarioResult,
    StoredPool,
    StoredProgram,
)
from jcr_desk.case.services.abcp_run import program_inputs_hash
from jcr_desk.case.services.guidelines import EntityGuidelines, evaluate_entity, tree_order
from jcr_desk.case.services.stress_run import pool_cut_off, scenario_inputs_hash
from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.pool.strats import PoolSummary, summarise
from jcr_desk.structured.rmbs.result import EnhancementResult

#: The translation context of the export's sentences (``[context.WorkbookExport]``).
WORKBOOK_EXPORT = "WorkbookExport"


class ExportError(ExplainedError):
    """The workbook cannot be written; the message is one sentence for the analyst (English
    in ``str(error)``, their language in the window and the CLI)."""

    CONTEXT = WORKBOOK_EXPORT


@dataclass(frozen=True)
class ExportedProgram:
    """An ABCP program as the workbook shows it: its analysis (None until analysed) and
    whether its inputs changed after that analysis."""

    item: StoredProgram
    record: ProgramResultRecord | None
    stale: bool


@dataclass
class ExportContext:
    """The case, the scenario the workbook presents, its stored result and the pool."""

    case: Case
    scenario: Scenario | None
    include_loans: bool
    #: Field → absolute range of its values on the Loans appendix, when the export has it.
    loans_ranges: dict[str, str] = field(default_factory=dict)
    #: Scenario-document key → absolute reference of its input cell on the Assumptions sheet.
    input_cells: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, case: Case, scenario_name: str | None, include_loans: bool) -> ExportContext:
        return cls(case, _chosen_scenario(case, scenario_name), include_loans)

    @cached_property
    def stored(self) -> ScenarioResult | None:
        if self.scenario is None:
            return None
        return next((r for r in self.case.results if r.scenario_id == self.scenario.id), None)

    @property
    def result(self) -> EnhancementResult | None:
        return None if self.stored is None else self.stored.result

    @cached_property
    def result_is_stale(self) -> bool:
        """The scenario's inputs changed after its stored result was computed."""
        if self.stored is None or self.scenario is None:
            return False
        try:
            return scenario_inputs_hash(self.case, self.scenario) != self.stored.inputs_hash
        except (KeyError, ValueError):
            return True

    @cached_property
    def pool(self) -> StoredPool | None:
        if self.scenario is not None and self.case.scenario_pool(self.scenario) is not None:
            return self.case.scenario_pool(self.scenario)
        return self.case.pools[0] if self.case.pools else None

    @cached_property
    def summary(self) -> PoolSummary | None:
        if self.pool is None:
            return None
        return summarise(self.pool.loans, as_of=pool_cut_off(self.pool))

    @cached_property
    def entities(self) -> list[Entity]:
        """The group as the tree lists it: parents before children."""
        return tree_order(self.case)

    @cached_property
    def guidelines(self) -> dict[str, EntityGuidelines | None]:
        """Each entity's guidelines; None where its inputs cannot be evaluated."""
        found: dict[str, EntityGuidelines | None] = {}
        for entity in self.entities:
            try:
                found[entity.id] = evaluate_entity(self.case, entity.id)
            except (KeyError, ValueError):
                found[entity.id] = None
        return found

    @cached_property
    def programs(self) -> list[ExportedProgram]:
        """The case's ABCP programs, each with its stored analysis and whether it is current."""
        found = []
        for item in self.case.programs:
            results = self.case.program_results
            record = next((r for r in results if r.program_id == item.id), None)
            current = record is None or record.inputs_hash == program_inputs_hash(self.case, item)
            found.append(ExportedProgram(item, record, not current))
        return found

    def depth(self, entity: Entity) -> int:
        """How many parents above ``entity`` (0 at the top), stopping at a cycle."""
        by_id = {e.id: e for e in self.case.entities}
        depth, seen, current = 0, {entity.id}, entity
        while current.parent_id in by_id and current.parent_id not in seen:
            current = by_id[current.parent_id]
            seen.add(current.id)
            depth += 1
        return depth

    def entity_name(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        try:
            return self.case.entity(entity_id).name
        except KeyError:
            return entity_id


def _chosen_scenario(case: Case, name: str | None) -> Scenario | None:
    if name is None:
        return case.scenarios[0] if case.scenarios else None
    for scenario in case.scenarios:
        if scenario.name == name:
            return scenario
    if not case.scenarios:
        raise ExportError(
            Text(
                WORKBOOK_EXPORT,
                QT_TRANSLATE_NOOP(
                    "WorkbookExport", "The case has no scenario {name} (it has none)."
                ),
                {"name": repr(name)},
            )
        )
    raise ExportError(
        Text(
            WORKBOOK_EXPORT,
            QT_TRANSLATE_NOOP(
                "WorkbookExport", "The case has no scenario {name} (it has {names})."
            ),
            {"name": repr(name), "names": ", ".join(repr(s.name) for s in case.scenarios)},
        )
    )
