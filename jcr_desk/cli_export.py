"""``jcr-desk-cli export``: the committee workbook of a case, as the window's File menu writes it.

Exit 0 with the file written; 2 with one line when the case cannot be read or the workbook
cannot be written (a missing folder, the file open in Excel).
"""

from __future__ import annotations

import argparse
from typing import Any

from jcr_desk.case import load_case
from jcr_desk.cli_errors import EXIT_OK, CommandError
from jcr_desk.i18n import explained, translate
from jcr_desk.reports import ExportError, export_workbook


def register_export(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help=translate("CLI", "write the committee workbook (Excel) of a case"),
        description=translate(
            "CLI",
            "Write the case as a formatted, auditable Excel workbook: cover, ratings, group, "
            "ceilings, pool, exceptions, assumptions (read back by 'scenario import'), "
            "enhancement with live formulas, cash flows, sensitivity, history and audit log.",
        ),
    )
    parser.add_argument("case", metavar="CASE", help=translate("CLI", "a .jcrcase file"))
    parser.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    parser.add_argument(
        "--loans",
        action="store_true",
        help=translate("CLI", "add every loan as an appendix"),
    )
    parser.add_argument(
        "--scenario",
        help=translate("CLI", "the scenario to present (default: the case's first)"),
    )
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace) -> int:
    case = load_case(args.case)
    try:
        report = export_workbook(
            case, args.output, include_loans=args.loans, scenario=args.scenario
        )
    except ExportError as error:
        raise CommandError(explained(error)) from error
    # The sheets are named in the workbook's language, as Excel shows their tabs.
    line = translate("CLI", "Wrote {path}: {count} sheets ({sheets})")
    print(line.format(path=report.path, count=len(report.sheets), sheets=", ".join(report.sheets)))
    for notice in report.notices:
        print(translate("CLI", "  note: {notice}").format(notice=notice.built(translate)))
    return EXIT_OK
