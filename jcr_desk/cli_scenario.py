"""``jcr-desk-cli scenario export|import``: a scenario as a TOML file a reviewer can rerun.

``export`` writes a case's scenario (``docs/scenario-format.md``); ``import`` reads one back
(or the Assumptions sheet of an edited committee workbook, same schema) into the case as one
recorded edit (replacing the scenario of the same name, or adding it), prints what changed
and saves the case atomically. A bad file is refused with one line naming the file and the
key (and, for a workbook, the sheet and cell).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from jcr_desk.case import load_case, save_case
from jcr_desk.case.document.errors import EditRefused
from jcr_desk.case.document.lock import acquire_lock
from jcr_desk.case.document.model import Case, Scenario
from jcr_desk.case.document.scenario_file import (
    SCENARIO_FILE,
    ImportScenario,
    ScenarioFile,
    ScenarioFileError,
    read_scenario_file,
    write_scenario_file,
)
from jcr_desk.cli_errors import EXIT_OK, EXIT_PROBLEMS, JSON_CHANGED_HELP, CommandError
from jcr_desk.i18n import QT_TRANSLATE_NOOP, Text, explained, translate
from jcr_desk.reports import read_workbook_scenario

#: Files read as committee workbooks (their Assumptions sheet) rather than TOML.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def register_scenario(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scenario",
        help=translate("CLI", "export a stress scenario to a TOML file, or import one into a case"),
        description=translate(
            "CLI", "A scenario's assumptions and structure as a documented TOML file."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=translate("CLI", "write a scenario of CASE to a TOML file"),
    )
    export.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    export.add_argument(
        "--scenario",
        help=translate("CLI", "scenario name (default: the case's first)"),
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.toml")
    export.set_defaults(handler=_export)
    imported = actions.add_parser(
        "import",
        help=translate(
            "CLI", "read a scenario file into CASE (one recorded edit; the case is saved)"
        ),
        description=translate(
            "CLI",
            "Replace the scenario of the file's name (or --name) with the file's assumptions "
            "and structure, or add it; exit 1 naming the key when the file is invalid.",
        ),
    )
    imported.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    imported.add_argument(
        "file",
        metavar="FILE",
        help=translate(
            "CLI",
            "a scenario file (.toml), or a committee workbook (.xlsx) whose Assumptions "
            "sheet was edited",
        ),
    )
    imported.add_argument(
        "--name",
        help=translate("CLI", "the scenario to replace or add (default: the file's)"),
    )
    imported.add_argument(
        "--reason",
        required=True,
        help=translate("CLI", "why (kept in the audit log)"),
    )
    imported.add_argument(
        "--json",
        action="store_true",
        help=translate("CLI", JSON_CHANGED_HELP),
    )
    imported.set_defaults(handler=_import)


def _export(args: argparse.Namespace) -> int:
    case = load_case(args.case)
    scenario = _chosen(case, args.scenario, args.case)
    path = write_scenario_file(case, scenario, args.output)
    print(translate("CLI", "{name}: written to {path}").format(name=scenario.name, path=path))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    case_path = Path(args.case)
    if not case_path.is_file():
        raise CommandError(translate("CLI", "{path}: no such case file").format(path=case_path))
    with acquire_lock(case_path):
        case = load_case(case_path)
        try:
            imported = _read(case, Path(args.file))
        except ScenarioFileError as error:
            raise CommandError(explained(error), EXIT_PROBLEMS) from error
        if args.name:
            imported = type(imported)(args.name.strip(), imported.assumptions, imported.structure)
        command = ImportScenario(imported, args.reason)
        try:
            command.check(case)
        except EditRefused as error:
            source = QT_TRANSLATE_NOOP("ScenarioFile", "{file}: {problem}")
            refused = Text(SCENARIO_FILE, source, {"file": args.file, "problem": error.sentence})
            raise CommandError(refused.translated(), EXIT_PROBLEMS) from error
        command.redo(case)
        save_case(case, case_path)
    if args.json:
        print(
            json.dumps({"scenario": imported.name, "changed": command.changed}, ensure_ascii=False)
        )
    else:
        line = translate("CLI", "{name}: {count} value(s) changed")
        print(line.format(name=imported.name, count=len(command.changed)))
        for change in command.changed_sentences:
            print(f"  {change.translated()}")
    return EXIT_OK


def _read(case: Case, path: Path) -> ScenarioFile:
    """A scenario file, or the Assumptions sheet of an edited committee workbook."""
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        return read_workbook_scenario(case, path)
    return read_scenario_file(case, path)


def _chosen(case: Case, name: str | None, where: str) -> Scenario:
    if not case.scenarios:
        message = translate("CLI", "{path}: the case has no stress scenario")
        raise CommandError(message.format(path=where), EXIT_PROBLEMS)
    if name is None:
        return case.scenarios[0]
    for scenario in case.scenarios:
        if scenario.name == name:
            return scenario
    names = ", ".join(repr(s.name) for s in case.scenarios)
    message = translate("CLI", "{path}: no scenario {name} (it has {names})")
    raise CommandError(message.format(path=where, name=repr(name), names=names))
