"""Analyse a case's ABCP program: gather its inputs from the case, call the engine.

The window, the CLI and the tests analyse a program through :func:`analyse_case_program`,
so they show the same figures. The parties' ratings come from the group tab where they are
entities (the committee's short-term decision, else the short-term rating the rulebook's
table gives their long-term rating), else from what the program types; the country ceiling
and sovereign from the Countries table. The inputs hash tells a stored analysis that is out
of date.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, Final

from jcr_desk.case.document.model import Case, ProgramResultRecord, StoredProgram, now_utc
from jcr_desk.case.services.stress_run import entity_rating
from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.progress import CancelToken, ProgressCallback
from jcr_desk.ratings import Rating, ShortTermRating
from jcr_desk.structured.abcp.analysis import ProgramInputs, analyse_program
from jcr_desk.structured.abcp.caps import CapParties
from jcr_desk.structured.abcp.program import AbcpProgram, Party
from jcr_desk.structured.fields import FieldError

#: Terms ``--set`` may change for one analysis (the case is not changed).
NUMERIC_TERMS: Final = ("subordination", "cash_reserve", "transfer_reserve")


class ProgramRunError(ExplainedError, ValueError):
    """An override or a program the analysis cannot use; one sentence for the analyst, in
    their language (context ``AbcpRun``, or the field check's own sentence)."""

    CONTEXT = "AbcpRun"


def find_program(case: Case, program_id: str) -> StoredProgram:
    try:
        return case.program(program_id)
    except KeyError:
        raise ProgramRunError(
            Text("AbcpRun", QT_TRANSLATE_NOOP("AbcpRun", "The case has no such ABCP program."))
        ) from None


def party_rating(case: Case, party: Party) -> ShortTermRating | None:
    """A party's short-term rating: the committee's (or its long-term rating's, through the
    rulebook's table) when it is an entity of the group tab, else the typed one."""
    if party.entity_id:
        try:
            entity = case.entity(party.entity_id)
        except KeyError:
            return None
        decision = case.decision(entity.id, "short_term")
        if decision is not None:
            return ShortTermRating.parse(decision.rating)
        long_term = entity_rating(case, entity)
        return None if long_term is None else load_rulebook().short_term_for(Rating(long_term))
    return None if party.short_term_rating is None else ShortTermRating(party.short_term_rating)


def program_parties(case: Case, program: AbcpProgram) -> CapParties:
    country = next((c for c in case.countries if c.code == program.asset_country), None)
    return CapParties(
        sponsor=party_rating(case, program.sponsor),
        sellers=tuple(
            (seller.name or "a seller", party_rating(case, seller)) for seller in program.sellers
        ),
        asset_country_ceiling=None if country is None else country.country_ceiling,
        sovereign=None if country is None else country.foreign_currency_rating,
    )


def program_inputs(
    case: Case, program_id: str, overrides: Mapping[str, Any] | None = None
) -> ProgramInputs:
    """The engine's inputs for the program, with ``overrides`` of its terms for one run."""
    item = find_program(case, program_id)
    program = with_overrides(item.program, overrides or {})
    receivables = None if item.receivables is None else item.receivables.loans
    parties = program_parties(case, program)
    return ProgramInputs(program, item.history, receivables, item.choices, parties)


def with_overrides(program: AbcpProgram, overrides: Mapping[str, Any]) -> AbcpProgram:
    """The program with some terms changed, checked like a stored one."""
    if not overrides:
        return program
    data = program.to_dict()
    for name, value in overrides.items():
        data[name] = value
        if name == "transfer_reserve":
            data["transfer_reserve_reason"] = "trial value (--set)"
        if name == "commingling_mitigated" and value:
            data["commingling_reason"] = data.get("commingling_reason") or "trial value (--set)"
    try:
        return AbcpProgram.from_dict(data, "program")
    except FieldError as error:
        raise ProgramRunError(error.sentence) from None


def program_inputs_hash(case: Case, item: StoredProgram) -> str:
    """Fingerprint of everything an analysis reads, to tell a stale stored one."""
    parties = program_parties(case, item.program)
    payload = {
        "program": item.program.to_dict(),
        "choices": item.choices.to_dict(),
        "history": None if item.history is None else item.history.source.get("sha256"),
        "history_rows": None if item.history is None else len(item.history.frame),
        "receivables": None
        if item.receivables is None
        else [item.receivables.id, item.receivables.source.get("sha256"),
              len(item.receivables.loans)],
        "parties": [str(parties.sponsor), [[n, str(r)] for n, r in parties.sellers],
                    parties.asset_country_ceiling, parties.sovereign],
        "rulebook": load_rulebook().version,
    }
    text = json.dumps(payload, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyse_case_program(
    case: Case,
    program_id: str,
    *,
    overrides: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> ProgramResultRecord:
    """Analyse the program (the caller decides whether to store the record)."""
    item = find_program(case, program_id)
    result = analyse_program(
        program_inputs(case, program_id, overrides), progress=progress, cancel=cancel
    )
    return ProgramResultRecord(item.id, now_utc(), program_inputs_hash(case, item), result)


def store_program_result(case: Case, record: ProgramResultRecord) -> None:
    """Keep ``record`` as its program's analysis, replacing the one before (computed, not
    edited: no undoable command; the window marks the case modified)."""
    for index, stored in enumerate(case.program_results):
        if stored.program_id == record.program_id:
            case.program_results[index] = record
            return
    case.program_results.append(record)
