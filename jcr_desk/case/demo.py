"""The bundled demo case: a fictional financial group and an RMBS of its bank.

A new user, a screenshot and the end-to-end tests all need a complete case without real
data. The group, its ratings and the deal terms come from ``resources/demo/demo_case.toml``;
the loans from the synthetic generator, so the pool in the case and the sample tapes written
beside it are the same loans.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

import jcr_desk
from jcr_desk.case import CASE_SUFFIX, CaseFileError, load_case, save_case
from jcr_desk.case.document.model import (
    Case,
    CommitteeInfo,
    CommitteeItem,
    Country,
    DisclosureInfo,
    Entity,
    RatingHistoryEntry,
    Scenario,
    StoredPool,
    new_id,
)
from jcr_desk.case.document.storage import SCHEMA_VERSION, stored_format
from jcr_desk.case.edits.decision_commands import RecordDecision
from jcr_desk.case.services.guidelines import evaluate_entity
from jcr_desk.i18n import QT_TRANSLATE_NOOP
from jcr_desk.paths import resources_dir, user_data_dir
from jcr_desk.pool.synthetic import DEFAULT_AS_OF, DEFAULT_SEED, generate_loans
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure

DEMO_LOANS = 3000
CASE_NAME = f"demo{CASE_SUFFIX}"
TAPE_NAME = "demo_tape.xlsx"
TAPE_JA_NAME = "demo_tape_ja.xlsx"
STATIC_NAME = "demo_static_data.xlsx"


@dataclass(frozen=True)
class DemoFiles:
    """What :func:`write_demo` wrote."""

    case_path: Path
    tape_path: Path
    tape_ja_path: Path
    static_path: Path
    abcp_history_path: Path | None = None
    abcp_receivables_path: Path | None = None


def demo_settings() -> dict[str, Any]:
    """The demo group's names, ratings and deal terms."""
    with (resources_dir() / "demo" / "demo_case.toml").open("rb") as handle:
        return tomllib.load(handle)


def build_demo_case(loans: int = DEMO_LOANS, seed: int = DEFAULT_SEED) -> Case:
    """A complete committee case around ``loans`` synthetic housing loans."""
    from jcr_desk.case.demo_abcp import build_demo_program  # the tape reader: not at start-up

    settings = demo_settings()
    entities, ids = _entities(settings["entities"])
    holding = next(entity for entity in entities if entity.role == "holding")
    pool = _pool(settings["pool"], loans, seed)
    case = Case(
        committee=_committee(settings["committee"], holding.name),
        entities=entities,
        countries=[Country(**country) for country in settings["countries"]],
        pools=[pool],
        scenarios=[_scenario(settings["scenario"], pool, ids)],
        programs=[build_demo_program(settings["abcp"], ids)],
        history=[RatingHistoryEntry(issuer=holding.name, **row) for row in settings["history"]],
        disclosure=DisclosureInfo(**settings["disclosure"]),
        committee_items=[_committee_item(row, ids) for row in settings["committee_items"]],
        rulebook_version=_rulebook_version(),
        app_version=jcr_desk.__version__,
    )
    case.log(
        QT_TRANSLATE_NOOP("AuditLog", "demo case created"),
        f"fictional group, {loans:,} synthetic loans (seed {seed}) and an ABCP program of "
        "synthetic card receivables; ratings and stress inputs are illustrative",
    )
    for row in settings["decisions"]:
        _record_decision(case, ids[row["entity"]], row)
    return case


def write_demo(
    directory: str | Path, loans: int = DEMO_LOANS, seed: int = DEFAULT_SEED
) -> DemoFiles:
    """Write the demo case (with its stress results), its pool as an English and a Japanese
    tape, and sample static data of the originator into ``directory``.

    Raises ``OSError`` when the folder cannot be made or written, ``CaseFileError`` when
    the case cannot be saved.
    """
    # Imported here, not at the top: every start of the window reads the demo through
    # ensure_user_demo, which must not pay for the tape writers, the tape reader and the
    # stress engine (about half a second) when the demo is already written.
    from jcr_desk.case.demo_abcp import write_demo_program
    from jcr_desk.case.services.abcp_run import analyse_case_program
    from jcr_desk.case.services.pool_import import pool_from_tape
    from jcr_desk.case.services.stress_run import run_scenario
    from jcr_desk.pool.tape import read_tape
    from jcr_desk.pool.tape_writer import write_tape_xlsx
    from jcr_desk.structured.rmbs.synthetic_static import write_synthetic_static

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    case = build_demo_case(loans, seed)
    frame = case.pools[0].loans
    titles = demo_settings()["tape"]["title"]
    files = DemoFiles(
        folder / CASE_NAME, folder / TAPE_NAME, folder / TAPE_JA_NAME, folder / STATIC_NAME
    )
    write_tape_xlsx(frame, files.tape_path, "en", titles["en"], as_of=DEFAULT_AS_OF)
    write_tape_xlsx(frame, files.tape_ja_path, "ja", titles["ja"], as_of=DEFAULT_AS_OF)
    assumptions = case.scenarios[0].assumptions
    write_synthetic_static(
        files.static_path,
        lifetime_default=assumptions.base_default_rate,
        cpr=assumptions.cpr,
        seed=seed,
    )
    # The case's pool is the English tape as the Pool tab would import it: with its source
    # (file, sheet, SHA-256), each loan's Excel row and the validation report.
    generated = case.pools[0]
    imported = pool_from_tape(read_tape(files.tape_path), generated.name)
    case.pools[0] = replace(imported, id=generated.id)
    history_path, receivables_path = write_demo_program(case, folder, demo_settings()["abcp"])
    files = replace(files, abcp_history_path=history_path, abcp_receivables_path=receivables_path)
    # Stored results, so the Stress and ABCP tabs show their tables as soon as they open.
    case.results = [run_scenario(case, scenario.id) for scenario in case.scenarios]
    case.program_results = [analyse_case_program(case, item.id) for item in case.programs]
    save_case(case, files.case_path)
    return files


def ensure_user_demo() -> Path:
    """The per-user demo case the window opens when started without a case.

    Written on first use, and written again when the file there cannot be opened (a
    damaged copy) or was written in an older case format (the demo then shows what this
    version adds, such as an ABCP program).
    """
    folder = user_data_dir() / "demo"
    case_path = folder / CASE_NAME
    if case_path.exists() and stored_format(case_path) == SCHEMA_VERSION:
        try:
            load_case(case_path)
        except CaseFileError:
            pass
        else:
            return case_path
    return write_demo(folder).case_path


def _committee(section: dict[str, Any], issuer: str) -> CommitteeInfo:
    return CommitteeInfo(
        case_name=section["case_name"],
        issuer=issuer,
        committee_date=section["committee_date"],
        analysts=list(section["analysts"]),
        members=list(section["members"]),
        rationale=[" ".join(paragraph.split()) for paragraph in section["rationale"]],
    )


def _committee_item(row: dict[str, Any], ids: dict[str, str]) -> CommitteeItem:
    """The committee's inputs for one item; ``entity`` is an entity key of the settings."""
    fields = {name: value for name, value in row.items() if name not in ("entity", "item")}
    return CommitteeItem(key=f"entity:{ids[row['entity']]}:{row['item']}", **fields)


def _entities(rows: list[dict[str, Any]]) -> tuple[list[Entity], dict[str, str]]:
    """Entities with fresh ids; parents refer to keys of the settings file."""
    ids = {row["key"]: new_id() for row in rows}
    entities = [
        Entity(
            id=ids[row["key"]],
            name=row["name"],
            role=row["role"],
            sector=row.get("sector", ""),
            country=row.get("country", "JP"),
            currency=row.get("currency", "JPY"),
            parent_id=ids[row["parent"]] if "parent" in row else None,
            ownership_pct=row.get("ownership_pct"),
            inputs=dict(row.get("inputs", {})),
            financials={k: float(v) for k, v in row.get("financials", {}).items()},
            name_ja=row.get("name_ja", ""),
        )
        for row in rows
    ]
    return entities, ids


def _record_decision(case: Case, entity_id: str, row: dict[str, Any]) -> None:
    """Record a committee decision the way the window does, on the engine's live guideline.

    A row without ``rating`` accepts the guideline's proposal; one with a rating overrides
    it and carries its ``reason``. Going through ``RecordDecision`` keeps the demo's
    decisions, their guideline snapshots and their audit entries exactly like real ones.
    """
    guidelines = evaluate_entity(case, entity_id)
    guideline = guidelines.issue if row["item"] == "issue" else guidelines.long_term
    if guideline is None or guideline.proposed is None:
        raise ValueError(f"the demo decision for {row['entity']!r} has no guideline to follow")
    rating = row.get("rating") or (
        str(guidelines.short_term) if row["item"] == "short_term" else str(guideline.proposed)
    )
    command = RecordDecision(
        entity_id, row["item"], guideline, rating, row.get("reason", ""), row["analyst"]
    )
    command.check(case)
    command.redo(case)


def _pool(section: dict[str, Any], loans: int, seed: int) -> StoredPool:
    as_of = DEFAULT_AS_OF
    return StoredPool(
        id=new_id(),
        name=f"{section['name']} (cut-off {as_of.isoformat()})",
        loans=generate_loans(loans, seed, as_of),
        source={
            "generator": "JCR Desk synthetic tape",
            "seed": seed,
            "loans": loans,
            "as_of": as_of.isoformat(),
        },
    )


def _scenario(section: dict[str, Any], pool: StoredPool, ids: dict[str, str]) -> Scenario:
    total = int(pool.loans["current_balance"].sum())
    structure = {
        "issuer_id": ids[section["issuer"]],
        "servicer_id": ids[section["servicer"]],
        "closing_date": section["closing_date"].isoformat(),
        "legal_final_maturity": _legal_final(pool.loans, section["legal_final_margin_months"]),
        "payment": section["payment"],
        "fees": dict(section["fees"]),
        "classes": _classes(section["tranches"], total, section["balance_unit"]),
        "sized_for_pool": total,
        "rent_guarantee": section.get("rent_guarantee"),
        "group_credit_life": section.get("group_credit_life"),
    }
    return Scenario(
        id=new_id(),
        name=section["name"],
        pool_id=pool.id,
        assumptions=StressAssumptions.from_dict(
            section["assumptions"], "demo scenario.assumptions"
        ),
        structure=DealStructure.from_dict(structure, "demo scenario"),
    )


def _classes(rows: list[dict[str, Any]], total: int, unit: int) -> list[dict[str, Any]]:
    """Sized classes in rank order; the last, unsized class takes what the others leave."""
    classes = [dict(row) for row in sorted(rows, key=lambda row: row["rank"])]
    sized = 0
    for note in classes[:-1]:
        note["balance"] = int(total * note.pop("share")) // unit * unit
        sized += note["balance"]
    classes[-1]["balance"] = total - sized
    return classes


def _legal_final(loans: pd.DataFrame, margin_months: int) -> str | None:
    """Month end ``margin_months`` after the last loan matures, as an ISO date."""
    if loans.empty:
        return None
    last = pd.Timestamp(loans["maturity_date"].max()).to_period("M") + margin_months
    return last.end_time.date().isoformat()


def _rulebook_version() -> str:
    """The rulebook's version if its manifest is readable; the demo works without it."""
    try:
        with (resources_dir() / "methodology" / "rulebook.toml").open("rb") as handle:
            return str(tomllib.load(handle).get("version", ""))
    except (OSError, tomllib.TOMLDecodeError):
        return ""
