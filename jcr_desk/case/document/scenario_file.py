"""A scenario as a file: its assumptions and structure in TOML, to review, share and reproduce.

The file is the typed records' ``to_dict`` with two changes for people: entities are named,
not referred to by the case's internal ids (``servicer = "Sakura Bank"``), and empty values
are left out. Reading a file checks every value and names the first bad key with its file;
an import is one undoable edit that lists what changed. ``docs/scenario-format.md`` documents
every field; the committee workbook's Assumptions sheet uses the same records.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import tomli_w

from jcr_desk import __version__
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.model import Case, Scenario, current_user, new_id
from jcr_desk.i18n import QT_TRANSLATE_NOOP, ExplainedError, Text
from jcr_desk.methodology.rulebook import load_rulebook
from jcr_desk.structured.errors import StressInputError
from jcr_desk.structured.fields import FieldError
from jcr_desk.structured.rmbs.assumptions import StressAssumptions
from jcr_desk.structured.rmbs.deal import DealStructure

FORMAT = 1
#: Structure fields that hold an entity id in the case and the entity's name in a file.
_ENTITY_FIELDS = (("servicer_id", "servicer"), ("issuer_id", "issuer"))
_PARTY_FIELDS = (
    ("guarantee", "guarantor_id", "guarantor"),
    ("rent_guarantee", "company_id", "company"),
)


#: The translation context of a scenario file's refusals (``[context.ScenarioFile]``).
SCENARIO_FILE = "ScenarioFile"


class ScenarioFileError(ExplainedError, ValueError):
    """A scenario file cannot be read or names something the case does not have.

    A refusal of one value keeps its ``key`` ("assumptions.cpr") and its ``problem`` (the
    sentence after the key), so a reader of another layout (the workbook's Assumptions sheet)
    can name the cell instead."""

    CONTEXT = SCENARIO_FILE

    def __init__(
        self, message: Text | str, key: str | None = None, problem: Text | None = None
    ) -> None:
        super().__init__(message)
        self.key = key
        self.problem = problem


def _refused(where: str, key: str | None, problem: Text) -> ScenarioFileError:
    """The refusal "file: key: problem" (or "file: problem" for the whole file)."""
    if key is None:
        source = QT_TRANSLATE_NOOP("ScenarioFile", "{file}: {problem}")
        sentence = Text(SCENARIO_FILE, source, {"file": where, "problem": problem})
        return ScenarioFileError(sentence, None, problem)
    source = QT_TRANSLATE_NOOP("ScenarioFile", "{file}: {key}: {problem}")
    sentence = Text(SCENARIO_FILE, source, {"file": where, "key": key, "problem": problem})
    return ScenarioFileError(sentence, key, problem)


def _says(source: str, **args: Any) -> Text:
    return Text(SCENARIO_FILE, source, args)


@dataclass(frozen=True)
class ScenarioFile:
    """What a scenario file holds, read and checked against a case."""

    name: str
    assumptions: StressAssumptions
    structure: DealStructure


def scenario_document(case: Case, scenario: Scenario) -> dict[str, Any]:
    """The file's content for ``scenario`` as plain TOML values."""
    structure = scenario.structure.to_dict()
    for key, named in _ENTITY_FIELDS:
        if key in structure:
            structure[named] = _entity_name(case, structure.pop(key))
    for part, key, named in _PARTY_FIELDS:
        if key in structure.get(part, {}):
            structure[part][named] = _entity_name(case, structure[part].pop(key))
    for key in ("closing_date", "legal_final_maturity"):
        if key in structure:
            structure[key] = date.fromisoformat(structure[key])
    return {
        "format": FORMAT,
        "name": scenario.name,
        "written_by": f"JCR Desk {__version__}, rulebook {load_rulebook().version}",
        "assumptions": scenario.assumptions.to_dict(),
        "structure": structure,
    }


def write_scenario_file(case: Case, scenario: Scenario, path: str | Path) -> Path:
    """Write ``scenario`` to ``path`` (UTF-8 TOML); returns the path written."""
    target = Path(path)
    text = tomli_w.dumps(scenario_document(case, scenario))
    target.write_text(text, encoding="utf-8")
    return target


def read_scenario_file(case: Case, path: str | Path) -> ScenarioFile:
    """Read and check a scenario file against ``case``; one :class:`ScenarioFileError` line."""
    source = Path(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problem = _says(QT_TRANSLATE_NOOP("ScenarioFile", "no such file"))
        raise _refused(str(source), None, problem) from None
    except (OSError, UnicodeDecodeError) as error:
        problem = _says(QT_TRANSLATE_NOOP("ScenarioFile", "cannot be read ({error})"), error=error)
        raise _refused(str(source), None, problem) from None
    except tomllib.TOMLDecodeError as error:
        problem = _says(QT_TRANSLATE_NOOP("ScenarioFile", "not a TOML file ({error})"), error=error)
        raise _refused(str(source), None, problem) from None
    return scenario_from_document(case, data, str(source))


def scenario_from_document(case: Case, data: Mapping[str, Any], where: str) -> ScenarioFile:
    """The records of a file's content, entity names resolved in ``case``."""
    unknown = sorted(set(data) - {"format", "name", "written_by", "assumptions", "structure"})
    if unknown:
        problem = _says(QT_TRANSLATE_NOOP("ScenarioFile", "is not a field of a scenario file"))
        raise _refused(where, unknown[0], problem)
    if data.get("format", FORMAT) != FORMAT:
        problem = _says(
            QT_TRANSLATE_NOOP("ScenarioFile", "is {found}; this JCR Desk reads format {format}"),
            found=repr(data.get("format")),
            format=FORMAT,
        )
        raise _refused(where, "format", problem)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problem = _says(QT_TRANSLATE_NOOP("ScenarioFile", "every scenario file names its scenario"))
        raise _refused(where, "name", problem)
    structure = dict(data.get("structure") or {})
    try:
        for key, named in _ENTITY_FIELDS:
            if named in structure:
                found = structure.pop(named)
                structure[key] = _entity_id(case, found, f"structure.{named}", where)
        for part, key, named in _PARTY_FIELDS:
            if isinstance(structure.get(part), Mapping) and named in structure[part]:
                section = dict(structure[part])
                found = section.pop(named)
                section[key] = _entity_id(case, found, f"structure.{part}.{named}", where)
                structure[part] = section
        return ScenarioFile(
            name.strip(),
            StressAssumptions.from_dict(data.get("assumptions") or {}, "assumptions"),
            DealStructure.from_dict(structure, "structure"),
        )
    except FieldError as error:
        # The check's own sentence names the key ("key: problem") in whatever words it
        # translates to; the key and problem apart let the workbook name the cell instead.
        sentence = _refused(where, None, error.sentence).sentence
        raise ScenarioFileError(sentence, error.key, _problem_of(error)) from None
    except StressInputError as error:
        raise _refused(where, None, error.sentence) from None


def _problem_of(error: FieldError) -> Text:
    """A value's problem as the stress inputs' check says it (after its key)."""
    if isinstance(error.problem, Text):
        return error.problem
    return Text.as_written(StressInputError.CONTEXT, error.problem)


def change_sentences(
    before: Mapping[str, Any], after: Mapping[str, Any], prefix: str = ""
) -> list[Text]:
    """What an import changes, one "key: old → new" per value, in key order."""
    lines = []
    for key in sorted(set(before) | set(after)):
        path = f"{prefix}{key}"
        old, new = before.get(key), after.get(key)
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            lines += change_sentences(old, new, f"{path}.")
        elif old != new:
            source = QT_TRANSLATE_NOOP("ScenarioFile", "{key}: {old} → {new}")
            lines.append(_says(source, key=path, old=_short(old), new=_short(new)))
    return lines


class ImportScenario:
    """Replace the scenario called like the file (or add it) with the file's content."""

    def __init__(self, imported: ScenarioFile, reason: str, analyst: str | None = None) -> None:
        self._imported = imported
        self._reason = (reason or "").strip()
        self._analyst = (analyst or "").strip() or current_user()
        self._replaced: tuple[StressAssumptions, DealStructure] | None = None
        self._added: Scenario | None = None
        self.changed: list[str] = []  # English (the audit log, --json)
        self.changed_sentences: list[Text] = []  # the same, to show in the analyst's language
        self.scenario_id: str | None = None  # the scenario replaced or added, once applied
        self.text = f"Import scenario {imported.name}"

    def check(self, case: Case) -> None:
        if not self._reason:
            source = QT_TRANSLATE_NOOP(
                "ScenarioFile",
                "Import scenario {name}: an import is a recorded decision; give a reason.",
            )
            raise EditRefused(_says(source, name=self._imported.name))

    def redo(self, case: Case) -> None:
        target = _named(case, self._imported.name)
        if target is None:
            pool = case.pools[-1].id if case.pools else None
            if self._added is None:
                self._added = Scenario(new_id(), self._imported.name, pool)
            target = Scenario(self._added.id, self._added.name, self._added.pool_id)
            case.scenarios.append(target)
            before: dict[str, Any] = {}
        else:
            self._replaced = (target.assumptions, target.structure)
            before = _record(target.assumptions, target.structure)
        target.assumptions = self._imported.assumptions
        target.structure = self._imported.structure
        self.scenario_id = target.id
        self.changed_sentences = change_sentences(
            before, _record(target.assumptions, target.structure)
        )
        self.changed = [str(line) for line in self.changed_sentences]
        listed = "; ".join(self.changed) or "nothing changed"
        case.log(
            QT_TRANSLATE_NOOP("AuditLog", "scenario imported"),
            f"{target.name}: {listed}; reason: {self._reason}",
            user=self._analyst,
        )

    def undo(self, case: Case) -> None:
        if self._replaced is None and self._added is None:
            raise RuntimeError("undo before redo")
        if self._added is not None and self._replaced is None:
            case.scenarios[:] = [s for s in case.scenarios if s.id != self._added.id]
        else:
            target = _named(case, self._imported.name)
            assert target is not None and self._replaced is not None
            target.assumptions, target.structure = self._replaced
        case.log(QT_TRANSLATE_NOOP("AuditLog", "undo"), self.text)


def _record(assumptions: StressAssumptions, structure: DealStructure) -> dict[str, Any]:
    return {"assumptions": assumptions.to_dict(), "structure": structure.to_dict()}


def _named(case: Case, name: str) -> Scenario | None:
    key = name.strip().casefold()
    return next((s for s in case.scenarios if s.name.strip().casefold() == key), None)


def _entity_name(case: Case, entity_id: str) -> str:
    try:
        return case.entity(entity_id).name
    except KeyError:
        return entity_id


def _entity_id(case: Case, name: object, key: str, where: str) -> str:
    for entity in case.entities:
        if entity.name == name or entity.id == name:
            return entity.id
    problem = _says(
        QT_TRANSLATE_NOOP("ScenarioFile", "the case has no entity called {name}"), name=repr(name)
    )
    raise _refused(where, key, problem)


def _short(value: object) -> Text | str:
    if value is None:
        return _says(QT_TRANSLATE_NOOP("ScenarioFile", "none"))
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
