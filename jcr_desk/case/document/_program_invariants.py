"""The rules every ABCP program of a case keeps, checked on a case read from a file.

Edits check them before they apply (``abcp_commands``); a file written by another program,
edited by hand or damaged could still break them, and would then show a wrong guideline
without a word (a sponsor that is no longer in the group, a stress weaker for a better
rating). The loader refuses such a file, naming the program and the field.
"""

from __future__ import annotations

from jcr_desk.case.document._case_tables import DamagedCaseError
from jcr_desk.case.document.model import Case, StoredProgram
from jcr_desk.pool.schema import RECEIVABLES, schema
from jcr_desk.structured.abcp.rules import abcp_rules


def check_programs(case: Case) -> None:
    """Raise :class:`DamagedCaseError` at the first rule a program breaks."""
    seen: set[str] = set()
    entities = {entity.id for entity in case.entities}
    for item in case.programs:
        if item.id in seen:
            raise _broken(item, "id", f"{item.id!r} is also the id of another program")
        seen.add(item.id)
        _check_parties(item, entities)
        problem = item.choices.order_problem(abcp_rules())
        if problem:
            raise _broken(item, "stress factors", problem)
        _check_receivables(item)
    for record in case.program_results:
        if record.program_id not in seen:
            raise DamagedCaseError(
                f"an ABCP analysis names program {record.program_id!r}, which is not in the case"
            )


def _broken(item: StoredProgram, field: str, problem: str) -> DamagedCaseError:
    who = f"ABCP program {item.program.name!r} (id {item.id})"
    return DamagedCaseError(f"{who}, {field}: {problem}")


def _check_parties(item: StoredProgram, entities: set[str]) -> None:
    program = item.program
    parties = [("sponsor", program.sponsor)]
    parties += [(f"seller {seller.name or index + 1}", seller)
                for index, seller in enumerate(program.sellers)]
    for words, party in parties:
        if party.entity_id is not None and party.entity_id not in entities:
            raise _broken(item, words, f"entity {party.entity_id!r} is not in the case")


def _check_receivables(item: StoredProgram) -> None:
    if item.receivables is None:
        return
    columns = set(item.receivables.loans.columns)
    for spec in schema(RECEIVABLES):
        if spec.required and spec.name not in columns:
            raise _broken(item, "receivables", f"the column {spec.label} is missing")
